import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import MediaModel
import MediaSamples
import Testing
@testable import MediaReports

/// Reports in the monitors' languages: the demonstration mission rendered in Kazakh and Russian in
/// every format keeps no English word a reader would see, writes figures with a decimal comma, and
/// says which language it is in.
@Suite struct ReportLanguageTests {
    /// Words that stay in the Latin alphabet in any language: the command-line option a title names.
    static let untranslatable: Set<String> = ["attribute", "institutions"]

    func demo() throws -> (codebook: Codebook, rows: [CodedRow]) {
        try #require(DemoFiguresTests.demo, "the demonstration database could not be built")
    }

    /// Every document a reader can get from the demo database: the full report, the demo's
    /// terminal tables and each `report` command's document.
    func documents(_ language: Language) throws -> [ReportDocument] {
        let d = try demo()
        let composer = ReportComposer(codebook: d.codebook, language: language)
        let filter = ReportFilter()
        let numbering = WeekNumbering(period: d.codebook.period)
        let shares = ShareReport(codebook: d.codebook)
        let week = try #require(numbering.week(2))
        // `report breakdown --by ID` for the codebook's own variables and the built-in ones.
        let breakdown = BreakdownReport(codebook: d.codebook)
        let breakdowns = try ["capacity", "topic", "tone", "genre"].map { id in
            let variable = try #require(d.codebook.variable(id))
            let tables = breakdown.tables(d.rows, by: variable, filter: filter)
            try #require(!tables.isEmpty, "the demo has no \(id) to break down")
            return breakdown.document(tables, variable: variable, language: language)
        }
        return [
            MissionReport(codebook: d.codebook, language: language).document(d.rows),
            DemoReport(codebook: d.codebook, language: language).terminalDocument(d.rows, lateFrom: DemoReport.lateCampaignFrom),
            composer.shareDocument(shares.tables(d.rows, filter: filter), filter: filter),
            composer.toneDocument(ToneReport(codebook: d.codebook).tables(d.rows, filter: filter), filter: filter),
            composer.weeklyDocument(shares.weekly(d.rows, filter: filter, week: week, numbering: numbering), filter: filter,
                                    series: shares.weekSeries(d.rows, filter: filter, numbering: numbering, through: week)),
            composer.compareDocument(shares.tables(d.rows, filter: filter, grouping: .ownership),
                                     tones: ToneReport(codebook: d.codebook).tables(d.rows, filter: filter, grouping: .ownership),
                                     filter: filter, grouping: .ownership),
            composer.compareDocument(shares.tables(d.rows, filter: filter, grouping: .language),
                                     tones: ToneReport(codebook: d.codebook).tables(d.rows, filter: filter, grouping: .language),
                                     filter: filter, grouping: .language),
            composer.shareDocument([], filter: filter),
        ] + breakdowns
    }

    /// Latin-alphabet words of two or more letters, but for those allowed.
    func englishWords(_ text: String) -> Set<String> {
        // The codebook's own identifiers (a rule's id such as `equal-coverage`) are data the mission
        // chose, shown as they are in every language: they are not words of the report.
        var text = text
        for id in (try? demo().codebook.rules.map(\.id)) ?? [] { text = text.replacingOccurrences(of: id, with: " ") }
        return Set(text.split { !($0.isASCII && $0.isLetter) }.map(String.init).filter { $0.count > 1 && !Self.untranslatable.contains($0) })
    }

    /// What a reader of the HTML sees: the text of every element but the style sheet, and the charts' labels.
    func visibleText(html: String) throws -> String {
        let xml = try XMLDocument(data: Data(html.utf8))
        for style in xml.elements(named: "style") { style.detach() }
        return xml.rootElement()?.stringValue ?? ""
    }

    func workbookText(_ document: ReportDocument) throws -> String {
        let reader = try XLSXReader(data: try XLSXWriter.data(document))
        var text = ""
        for sheet in try reader.sheets() {
            text += sheet.name + "\n"
            for case .text(let s) in try reader.cells(sheet.path).values { text += s + "\n" }
        }
        return text
    }

    @Test(arguments: [Language.kk, .ru])
    func everyFormatIsWrittenWhollyInTheReadersLanguage(_ language: Language) throws {
        for document in try documents(language) {
            #expect(document.language == language)
            let formats: [(String, String)] = [
                ("table", DocumentText.table(document)),
                ("markdown", DocumentText.markdown(document)),
                ("html", try visibleText(html: HTMLRenderer.render(document))),
                ("xlsx", try workbookText(document)),
            ]
            for (format, text) in formats {
                #expect(englishWords(text).isEmpty, "\(document.title) as \(format) in \(language.rawValue): \(englishWords(text).sorted())")
            }
        }
    }

    @Test func theEnglishReportStillReadsInEnglish() throws {
        let text = DocumentText.table(try documents(.en)[0])
        #expect(text.contains("How to read this report") && text.contains("Share of coverage of the contesting parties (% of seconds)"))
        #expect(!englishWords(text).isEmpty)
    }

    @Test func htmlSaysWhichLanguageItIsIn() throws {
        for language in Language.allCases {
            let html = HTMLRenderer.render(try documents(language)[0])
            _ = try XMLDocument(data: Data(html.utf8))
            let root = try #require(html.split(separator: "\n").first { $0.hasPrefix("<html") })
            #expect(root.contains(" lang=\"\(language.rawValue)\"") && root.contains(" xml:lang=\"\(language.rawValue)\""), "\(root)")
        }
    }

    @Test func figuresTakeADecimalCommaAndNoBreakSpacesInKazakhAndRussian() throws {
        let d = try demo()
        let table = try #require(ShareReport(codebook: d.codebook).tables(d.rows, filter: ReportFilter()).first { $0.unit == .seconds })
        for language in [Language.kk, .ru] {
            let document = ReportDocument(title: "", sections: [.init(title: "", blocks: [
                .table(ReportComposer(codebook: d.codebook, language: language).shareTable(table)),
            ])], language: language)
            let text = DocumentText.table(document)
            // Kazakhstan TV: Nur Otan 24% (DESIGN §3), over 27 000 seconds.
            #expect(text.contains("24,0") && !text.contains("24.0"), "\(language)")
            #expect(text.contains("27\u{00A0}000"), "\(language)")
            let html = HTMLRenderer.render(document)
            #expect(html.contains(">24,0<") && html.contains("27\u{00A0}000"))
        }
        let english = DocumentText.table(ReportDocument(title: "", sections: [.init(title: "", blocks: [
            .table(ReportComposer(codebook: d.codebook).shareTable(table)),
        ])]))
        #expect(english.contains("24.0") && english.contains("27 000"))
    }

    @Test func datesAndWeeksAreWrittenTheReadersWay() throws {
        let doc = try documents(.ru)
        #expect(doc[0].subtitle[1] == "Период: с 16.12.2011 по 13.01.2012")
        let weekly = doc[4]
        #expect(weekly.title == "Еженедельный отчёт: Нед. 2")
        #expect(try documents(.kk)[4].tables.first?.columns.map(\.title).contains("2-апта") == true)
    }

    @Test func theMethodNoteNamesTheCodebooksWindowAndInstitutions() throws {
        let d = try demo()
        var codebook = d.codebook
        codebook.window = try #require(TimeOfDay("19:00").flatMap { from in TimeOfDay("23:30").map { TimeWindow(from: from, to: $0) } })
        let text = DocumentText.table(MissionReport(codebook: codebook).document(d.rows))
        #expect(text.contains("(19:00–23:30)") && !text.contains("18:00"))
        // The shipped codebook's affiliated institutions, by their names there.
        let institutions = d.codebook.subjects.filter { $0.kind == .institution && $0.affiliation != nil }.map(\.name.en)
        #expect(!institutions.isEmpty)
        #expect(DocumentText.table(MissionReport(codebook: d.codebook).document(d.rows))
            .replacingOccurrences(of: "\n", with: " ").contains("officials (\(institutions.joined(separator: ", ")))"))
    }
}
