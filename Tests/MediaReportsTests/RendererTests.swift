import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import MediaModel
import Testing
@testable import MediaReports

@Suite struct RendererTests {
    let rows = [
        Fixture.row("tv1", "a", 60, .positive, direct: 20), Fixture.row("tv1", "b", 30, .negative, segment: 2),
        Fixture.row("tv1", "pres", 45, .neutral, segment: 3), Fixture.row("tv2", "b", 25, .neutral, day: "2012-01-09"),
        Fixture.row("paper", "a", 420, .negative, day: "2012-01-09"), Fixture.row("paper", "b", 140.5, .neutral),
    ]

    var document: ReportDocument {
        MissionReport(codebook: Fixture.codebook).document(rows)
    }

    /// Print has no direct speech: its CSV rows leave direct and direct_share empty instead of 0.
    @Test func shareCSVLeavesDirectSpeechEmptyOffAir() {
        let tables = ShareReport(codebook: Fixture.codebook).tables(rows, filter: ReportFilter())
        let lines = ShareRenderer(codebook: Fixture.codebook).csv(tables).split(separator: "\n")
        let paper = lines.filter { $0.hasPrefix("paper,") }
        #expect(!paper.isEmpty && paper.allSatisfy { $0.hasSuffix(",,") }, "\(paper)")
        let tv = lines.filter { $0.hasPrefix("tv1,a,") }
        #expect(tv.count == 1 && !tv[0].hasSuffix(",,") && tv[0].contains(",20,"), "\(tv)")
    }

    @Test func htmlIsWellFormedAndHoldsEveryTable() throws {
        let doc = document
        let html = HTMLRenderer.render(doc)
        let xml = try XMLDocument(data: Data(html.utf8))
        let captions = xml.elements(named: "caption").map { $0.stringValue ?? "" }
        #expect(captions == doc.tables.map(\.title))
        #expect(!doc.tables.isEmpty)
        // Charts are inline SVG, and nothing is fetched from elsewhere.
        #expect(xml.elements(named: "svg").count >= 3)
        #expect(!html.replacingOccurrences(of: "http://www.w3.org/", with: "").contains("http://"))
        #expect(!html.contains("https://"))
        #expect(!html.contains("<script"))
    }

    @Test func htmlPrintsEveryFigureOfEveryTable() throws {
        let doc = document
        let html = HTMLRenderer.render(doc)
        let xml = try XMLDocument(data: Data(html.utf8))
        let tables = xml.elements(named: "table")
        #expect(tables.count == doc.tables.count)
        for (table, node) in zip(doc.tables, tables) {
            let body = try #require(node.elements(named: "tbody").first)
            let cells = body.elements(named: "tr").flatMap { tr in
                (tr.children ?? []).compactMap { $0 as? XMLElement }.map { $0.stringValue ?? "" }
            }
            let expected = table.rows.indices.flatMap { r in table.columns.indices.map { table.text(row: r, column: $0) } }
            #expect(cells == expected, "\(table.title)")
        }
    }

    @Test func htmlEscapesNamesThatLookLikeMarkup() throws {
        var doc = ReportDocument(title: "A & B <test>", subtitle: ["\"quoted\""])
        doc.sections = [.init(title: "S", blocks: [.table(DataTable(title: "<T>", columns: [.init("x & y", .text)], rows: [[.text("<b>")]])),
                                                 .chart(.bars(title: "c<", bars: [.init(label: "a&b", value: 50, colour: 0)]))])]
        let xml = try XMLDocument(data: Data(HTMLRenderer.render(doc).utf8))
        #expect(xml.elements(named: "caption").first?.stringValue == "<T>")
    }

    @Test func controlCharactersInNamesDoNotBreakTheXML() throws {
        var doc = ReportDocument(title: "Bell\u{07}and\u{01}null")
        doc.sections = [.init(title: "S", blocks: [.table(DataTable(title: "T\u{0B}", columns: [.init("x", .text)], rows: [[.text("a\u{1F}b")]]))])]
        _ = try XMLDocument(data: Data(HTMLRenderer.render(doc).utf8))
        let reader = try XLSXReader(data: try XLSXWriter.data(doc))
        let cells = try reader.cells(try #require(try reader.sheets().first).path)
        #expect(cells.values.contains(.text("ab")))
    }

    @Test func xlsxOpensWithOneSheetPerTableAndNumbersAsNumbers() throws {
        let doc = document
        let reader = try XLSXReader(data: try XLSXWriter.data(doc))
        let sheets = try reader.sheets()
        #expect(sheets.count == doc.tables.count)
        #expect(Set(sheets.map { $0.name.lowercased() }).count == sheets.count)
        #expect(sheets.allSatisfy { $0.name.count <= 31 && !$0.name.contains(":") })
        _ = try reader.xml("[Content_Types].xml")
        _ = try reader.xml("xl/styles.xml")

        let share = try #require(doc.tables.first)
        let cells = try reader.cells(sheets[0].path)
        #expect(cells["A1"] == .text(share.title))
        // Title, three subtitle lines, then the header row.
        let header = 1 + doc.subtitle.count + 1
        #expect(cells["A\(header)"] == .text("Subject"))
        // Unrounded figures, as numbers: the first data row holds Party A's share on tv1 (60 of 90 seconds).
        let expected = 60.0 / 90 * 100
        guard case .number(let value)? = cells["B\(header + 1)"] else {
            Issue.record("B\(header + 1) is not a number: \(String(describing: cells["B\(header + 1)"]))")
            return
        }
        #expect(abs(value - expected) < 1e-12)
    }

    @Test func sheetNamesFollowExcelsRules() {
        let names = XLSXWriter.sheetNames(["Khabar: tone [week 2] / final?", "Khabar: tone [week 2] / final?", String(repeating: "x", count: 40), ""])
        #expect(names.allSatisfy { $0.count <= 31 && $0.rangeOfCharacter(from: CharacterSet(charactersIn: "[]:*?/\\")) == nil })
        #expect(Set(names.map { $0.lowercased() }).count == names.count)
        #expect(XLSXWriter.columnName(0) == "A" && XLSXWriter.columnName(25) == "Z" && XLSXWriter.columnName(26) == "AA")
    }

    @Test func terminalTablesFitEightyColumns() {
        let text = DocumentText.table(document)
        let widest = text.split(separator: "\n").map { String($0).displayWidth }.max() ?? 0
        #expect(widest <= 80)
        #expect(text.contains("Share of coverage"))
    }

    @Test func markdownTableHasOneRowPerDataRow() throws {
        let t = try #require(document.tables.first)
        let md = DocumentText.markdown(t)
        let lines = md.split(separator: "\n").filter { $0.hasPrefix("|") }
        #expect(lines.count == t.rows.count + 2)
    }

    @Test func toneJSONKeepsTheDocumentedKeys() throws {
        let tables = ToneReport(codebook: Fixture.codebook).tables(rows, filter: ReportFilter())
        let json = try FigureData().toneJSON(tables)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let first = try #require((object["rows"] as? [[String: Any]])?.first)
        for key in ["outlet", "subject", "tone", "amount", "ofSubject", "ofTone"] { #expect(first[key] != nil, "\(key)") }
    }

    @Test func figuresThatAreNotNumbersPrintAsADash() {
        #expect(percent(.nan) == "–")
        #expect(amountText(.infinity) == "–")
    }

    @Test func pointsCarryTheirSign() {
        #expect(points(3.24) == "+3.2")
        #expect(points(-1.0) == "−1.0")
        #expect(points(0.04) == "0.0")
    }

    @Test func longNamesWrapInsteadOfWideningTheTable() {
        #expect("Party of Patriots of Kazakhstan".wrapped(to: 15) == ["Party of", "Patriots of", "Kazakhstan"])
        #expect("Kazakhstanskaya".wrapped(to: 11) == ["Kazakhstan-", "skaya"])
    }

    @Test func emptyReportSaysSoInEveryFormat() throws {
        let empty = ReportComposer(codebook: Fixture.codebook).shareDocument([], filter: ReportFilter())
        #expect(DocumentText.table(empty).contains("No coded items match"))
        #expect(DocumentText.markdown(empty).contains("No coded items match"))
        let xml = try XMLDocument(data: Data(HTMLRenderer.render(empty).utf8))
        #expect(xml.elements(named: "table").isEmpty)
        let sheets = try XLSXReader(data: try XLSXWriter.data(empty)).sheets()
        #expect(sheets.count == 1)
    }

    @Test func weeklyDocumentHasAShareAndAToneTablePerOutlet() throws {
        let numbering = WeekNumbering(period: Fixture.period)
        let report = ShareReport(codebook: Fixture.codebook)
        let weekly = report.weekly(rows, filter: ReportFilter(), week: try #require(numbering.week(2)), numbering: numbering)
        let doc = ReportComposer(codebook: Fixture.codebook).weeklyDocument(weekly, filter: ReportFilter(),
                                                                            series: report.weekSeries(rows, filter: ReportFilter(), numbering: numbering))
        // Week 2 (8–14 January): tv2 and the paper have coverage.
        #expect(doc.sections.map(\.title) == ["Private Two", "The Paper"])
        #expect(doc.tables.count == 4)
        let change = try #require(doc.tables.first)
        #expect(change.columns.map(\.title) == ["Subject", "W2", "W1", "Change (points)", "Seconds"])
    }

    @Test func subjectNamesFollowTheReadersLanguage() throws {
        let t = try #require(ShareReport(codebook: Fixture.codebook).tables(rows, filter: ReportFilter()).first)
        let table = ReportComposer(codebook: Fixture.codebook, language: .ru).shareTable(t)
        #expect(table.rows.first?.first == .text("Партия А"))
        // A long name with an abbreviation in parentheses is shown as the abbreviation.
        #expect(Fixture.codebook.shortSubjectName("b") == "BSL")
    }

    @Test func weeklyJSONHasNullChangeInTheFirstWeek() throws {
        let numbering = WeekNumbering(period: Fixture.period)
        let weekly = ShareReport(codebook: Fixture.codebook).weekly(rows, filter: ReportFilter(), week: try #require(numbering.week(1)), numbering: numbering)
        let json = try FigureData().weeklyJSON(weekly)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["previous"] is NSNull)
        let share = try #require(((object["outlets"] as? [[String: Any]])?.first?["shares"] as? [[String: Any]])?.first)
        #expect(share["change"] is NSNull && share["previousShare"] is NSNull)
    }
}
