import Foundation
import MediaCodebooks
import MediaImport
import MediaModel
import Testing

/// Hostile inputs (Tests/HostileInputs, and generated ones too big to keep) must give a clear
/// error naming the file — never a crash, a hang, or the contents of a file they point at.
@Suite(.timeLimit(.minutes(2)))
struct HostileInputTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("HostileInputs")
    static let codebook = try! CodebookReader().read(contentsOf: ShippedCodebooks.kazakhstan2012)

    func path(_ name: String) -> String { Self.folder.appendingPathComponent(name).path }

    /// The text of the error `body` throws; fails the test if it throws none or a non-user error.
    func userError(_ body: () throws -> Void) -> String? {
        do {
            try body()
            return nil
        } catch let error as InputError {
            return error.description
        } catch let error as InputErrors {
            return error.description
        } catch {
            Issue.record("not a user error: \(type(of: error)): \(error)")
            return "\(error)"
        }
    }

    func programmes(_ file: String) throws -> [NewProgramme] {
        var found: [NewProgramme] = []
        _ = try XMLTVReader(path: file, codebook: Self.codebook).read { found.append($0) }
        return found
    }

    /// A file under the system temporary directory; the test removes it (`defer`) when it ends.
    func temporary(_ name: String, _ data: Data) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("hostile-\(UUID().uuidString)-\(name)")
        try data.write(to: url)
        return url.path
    }

    @Test func entityExpansionIsNeverCarriedOut() throws {
        var titles: [String] = []
        let error = userError { titles = try programmes(path("billion-laughs.xmltv.xml")).map(\.title) }
        if let error {
            #expect(error.contains("billion-laughs.xmltv.xml"))
        } else {
            #expect(titles.allSatisfy { $0.count < 10_000 }, "an entity was expanded")
        }
    }

    @Test func externalEntitiesAreNeverLoaded() throws {
        var titles: [String] = []
        let error = userError { titles = try programmes(path("external-entity.xmltv.xml")).map(\.title) }
        #expect(!titles.joined().contains("root:"), "the contents of /etc/passwd leaked into a title")
        if let error { #expect(error.contains("external-entity.xmltv.xml")) }
        // An external DTD on the network is neither fetched nor needed: the feed reads as it is.
        let feed = ArticleReader(codebook: Self.codebook, outlet: "tengrinews")
        var articles: [String] = []
        let feedError = userError { articles = try feed.read(path: path("external-dtd.rss.xml")).articles.map(\.title) }
        #expect(feedError == nil, "\(feedError ?? "")")
        #expect(articles == ["ЦИК"])
    }

    @Test func truncatedXMLIsAnErrorWithItsLine() {
        let error = userError { _ = try programmes(path("truncated.xmltv.xml")) }
        #expect(error?.contains("truncated.xmltv.xml:") == true, "\(error ?? "no error")")
    }

    @Test func yearZeroAndYear9999AreRejected() {
        let error = userError { _ = try programmes(path("year-zero.xmltv.xml")) }
        #expect(error?.contains("year-zero.xmltv.xml:3") == true, "\(error ?? "no error")")
        for (file, field) in [("year-0000.csv", "date"), ("year-9999.csv", "date"), ("negative-amount.csv", "amount"),
                              ("nan-amount.csv", "amount"), ("infinite-area.csv", "area"), ("nul-byte.csv", "")] {
            let error = userError { _ = try CodingSheetReader(codebook: Self.codebook).read(contentsOf: URL(fileURLWithPath: path(file))) }
            #expect(error?.contains("\(file):2") == true, "\(file): \(error ?? "no error")")
            if !field.isEmpty { #expect(error?.contains(": \(field): ") == true, "\(file): \(error ?? "no error")") }
        }
    }

    @Test func invalidUTF8InSubtitlesIsReadOrRejectedClearly() throws {
        let reader = try TranscriptReader(codebook: Self.codebook, outlet: "khabar", start: "2012-01-05T20:00:00")
        var transcript: NewTranscript?
        let error = userError { transcript = try reader.read(path: path("invalid-utf8.srt")) }
        // One cue, "Нур Отан" with four bytes that are not UTF-8 in the middle: rejected naming
        // the file, or read with the Cyrillic words intact — never as mojibake.
        if let error {
            #expect(error.contains("invalid-utf8.srt:1"), "\(error)")
        } else {
            let text = try #require(transcript?.cues.first?.text)
            #expect(text.hasPrefix("Нур") && text.hasSuffix("Отан"), "\(text)")
        }
    }

    @Test func aYAMLAliasBombIsRejectedAtOnce() {
        let error = userError { _ = try CodebookReader().read(contentsOf: URL(fileURLWithPath: path("yaml-bomb.yaml"))) }
        #expect(error?.contains("yaml-bomb.yaml") == true)
    }

    @Test func aTwentyMegabyteLineIsAnError() throws {
        var text = "outlet,date,start,end,page,area,title,genre,subject,amount,direct,tone,coder\n"
        text += "khabar,2012-01-05,20:00:00,20:01:00,,," + String(repeating: "Ж", count: 20_000_000) + ",news,nur-otan,30,,neutral,a\n"
        let file = try temporary("huge-line.csv", Data(text.utf8))
        defer { try? FileManager.default.removeItem(atPath: file) }
        let error = userError { _ = try CodingSheetReader(codebook: Self.codebook).read(contentsOf: URL(fileURLWithPath: file)) }
        #expect(error?.contains("huge-line.csv:2") == true, "\(error?.prefix(200) ?? "no error")")
    }

    @Test func tenThousandColumnsAreAnError() throws {
        let header = (0..<10_000).map { "c\($0)" }.joined(separator: ",")
        let file = try temporary("wide.csv", Data((header + "\n" + header + "\n").utf8))
        defer { try? FileManager.default.removeItem(atPath: file) }
        let error = userError { _ = try CodingSheetReader(codebook: Self.codebook).read(contentsOf: URL(fileURLWithPath: file)) }
        #expect(error?.contains("wide.csv:1") == true)
        #expect((error?.count ?? 0) < 10_000, "ten thousand problems listed one by one")
    }

    @Test func deeplyNestedXMLIsAnError() throws {
        let depth = 100_000
        let xml = "<?xml version=\"1.0\"?><tv>" + String(repeating: "<a>", count: depth) + String(repeating: "</a>", count: depth) + "</tv>"
        let file = try temporary("deep.xmltv.xml", Data(xml.utf8))
        defer { try? FileManager.default.removeItem(atPath: file) }
        let error = userError { _ = try programmes(file) }
        #expect(error?.contains("deep.xmltv.xml") == true, "\(error ?? "no error")")
        let feed = try temporary("deep.rss.xml", Data(xml.replacingOccurrences(of: "tv>", with: "rss>").utf8))
        defer { try? FileManager.default.removeItem(atPath: feed) }
        let feedError = userError { _ = try ArticleReader(codebook: Self.codebook, outlet: "tengrinews").read(path: feed) }
        #expect(feedError?.contains("deep.rss.xml") == true, "\(feedError ?? "no error")")
    }

    @Test func binaryJunkIsNotText() throws {
        var bytes = [UInt8]()
        var state: UInt32 = 12345
        for _ in 0..<50_000 { state = state &* 1_103_515_245 &+ 12345; bytes.append(UInt8(truncatingIfNeeded: state >> 16)) }
        let file = try temporary("junk.txt", Data(bytes))
        defer { try? FileManager.default.removeItem(atPath: file) }
        let error = userError { _ = try ArticleReader(codebook: Self.codebook, outlet: "tengrinews").read(path: file) }
        #expect(error?.contains("junk.txt") == true, "\(error ?? "no error")")
    }

    // MARK: - Issue 14: inputs that used to change figures silently

    func transcript(_ file: String) throws -> NewTranscript {
        try TranscriptReader(codebook: Self.codebook, outlet: "khabar", start: "2012-01-05T20:00:00").read(path: path(file))
    }

    func asRunLog(_ file: String) throws -> [NewProgramme] {
        var found: [NewProgramme] = []
        _ = try AsRunLogReader(path: path(file), codebook: Self.codebook, outlet: "khabar").read { found.append($0) }
        return found
    }

    @Test func subtitleCuesWithoutBlankLinesAreSeparateCues() throws {
        let cues = try transcript("srt-cues-without-blank-lines.srt").cues
        #expect(cues.map(\.text) == ["Первая реплика", "Вторая реплика о «Нұр Отан»", "Третья"])
        #expect(cues.map(\.line) == [2, 5, 8])
        #expect(cues[1].endMs - cues[1].startMs == 2_500)
        #expect(cues[1].subjects == ["nur-otan"])
    }

    @Test func aNegativeTimeCodeIsAnErrorNotAPositiveOne() {
        let error = userError { _ = try transcript("srt-negative-timecode.srt") }
        #expect(error?.contains("srt-negative-timecode.srt:2: start: \"-00:00:01,000\": a time code cannot be negative") == true, "\(error ?? "no error")")
    }

    @Test func aNegativeDurationInAnAsRunLogIsAnError() {
        let error = userError { _ = try asRunLog("asrun-negative-duration.csv") }
        #expect(error?.contains("asrun-negative-duration.csv:3: duration: \"-00:10:00\": a duration cannot be negative") == true, "\(error ?? "no error")")
    }

    @Test func aProgrammeOfFourHundredDaysIsAnError() {
        let error = userError { _ = try asRunLog("asrun-absurd-duration.csv") }
        #expect(error?.contains("asrun-absurd-duration.csv:2: duration: \"9999:00:00\" is longer than a programme can be (24 hours)") == true, "\(error ?? "no error")")
        let guide = userError { _ = try programmes(path("xmltv-year-long-programme.xml")) }
        #expect(guide?.contains("xmltv-year-long-programme.xml:3: stop:") == true, "\(guide ?? "no error")")
    }

    @Test func anAsRunLogReadsDottedDatesWithoutAMapping() throws {
        let programmes = try asRunLog("asrun-dotted-date.csv")
        #expect(programmes.count == 1)
        // 20:00 in Almaty on 7 January 2012 is 14:00 UTC.
        #expect(programmes.first?.start == UTCTimestamp.seconds("2012-01-07T14:00:00Z"))
    }

    @Test func aGuideDeclaringWindows1251InUTF8IsReadAsUTF8WithAWarning() throws {
        var titles: [String] = []
        let notes = try XMLTVReader(path: path("xmltv-declares-cp1251-but-utf8.xml"), codebook: Self.codebook).read { titles.append($0.title) }
        #expect(titles == ["Жаңалықтар"])
        #expect(notes.warnings.map(\.description).contains { $0.hasSuffix("xmltv-declares-cp1251-but-utf8.xml:1: encoding: the file declares windows-1251 but its bytes are UTF-8: read as UTF-8") },
                "\(notes.warnings)")
    }

    @Test func programmesGoOnlyToBroadcastOutlets() {
        let error = userError { _ = try XMLTVReader(path: path("xmltv-declares-cp1251-but-utf8.xml"), codebook: Self.codebook, channels: ["khabar.kz": "panorama"]) }
        #expect(error?.contains("panorama is print; XMLTV programmes belong to TV or radio outlets") == true, "\(error ?? "no error")")
    }

    @Test func anArticleInAnUnknownEncodingAdvisesNoMissingOption() {
        let error = userError { _ = try ArticleReader(codebook: Self.codebook, outlet: "tengrinews").read(path: path("latin1-article.txt")) }
        #expect(error?.contains("latin1-article.txt:1") == true, "\(error ?? "no error")")
        #expect(error?.contains("--encoding") == false, "\(error ?? "")")
    }

    @Test func aWorkbookGivenAsACodingSheetSaysSaveItAsCSV() {
        let error = userError { _ = try CodingSheetReader(codebook: Self.codebook).read(contentsOf: URL(fileURLWithPath: path("coding-sheet.xlsx"))) }
        #expect(error?.contains("coding-sheet.xlsx:1: this is a workbook (.xlsx or .ods, a ZIP file), not CSV: open it in Excel and save it as CSV") == true, "\(error ?? "no error")")
    }

    func sheet(_ file: String) throws -> CodingSheet {
        try CodingSheetReader(codebook: Self.codebook).read(contentsOf: URL(fileURLWithPath: path(file)))
    }

    @Test func aSheetRowEndingBeforeItStartsIsAnErrorNotADayLongItem() {
        let error = userError { _ = try sheet("sheet-end-before-start.csv") }
        #expect(error?.contains("sheet-end-before-start.csv:2: end: the item ends (20:00:00) before it starts (20:10:00)") == true, "\(error ?? "no error")")
    }

    @Test func aSheetRowPastMidnightSaysSoWithItsEndPast24() throws {
        let rows = try sheet("sheet-past-midnight.csv").rows
        #expect(rows.map(\.segment.placement.extent) == [600])
    }

    @Test func hexadecimalAmountsAreNotNumbers() {
        let error = userError { _ = try sheet("sheet-hex-amount.csv") }
        #expect(error?.contains("sheet-hex-amount.csv:2: amount: \"0x10\" is not a number") == true, "\(error ?? "no error")")
    }

    @Test func directSpeechIsRefusedOnlineAndAreasHaveABound() {
        let direct = userError { _ = try sheet("sheet-direct-online.csv") }
        #expect(direct?.contains("sheet-direct-online.csv:2: direct: direct speech is coded only on TV and radio") == true, "\(direct ?? "no error")")
        let area = userError { _ = try sheet("sheet-huge-area.csv") }
        #expect(area?.contains("sheet-huge-area.csv:2: area:") == true && area?.contains("more than an article can cover") == true, "\(area ?? "no error")")
    }

    @Test func anExcelSheetWithNoBreakThousandsAndEmptyTrailingRowsReads() throws {
        let rows = try sheet("sheet-excel-ru.csv").rows
        #expect(rows.count == 1)
        #expect(rows.first?.segment.placement == .print(page: 3, area: 1200.5))
        #expect(rows.first?.coding.amount == 1000.5)
    }

    @Test func aMappingFileNestedThousandsDeepIsAnErrorNotAStackOverflow() {
        let error = userError { _ = try LogMapping(contentsOf: URL(fileURLWithPath: path("deeply-nested.mapping.yaml"))) }
        #expect(error?.contains("deeply-nested.mapping.yaml:1: nested too deeply for a mapping file") == true, "\(error ?? "no error")")
    }

    /// Fuzzing the reference map found Yams' recursion overflowing the stack; the codebook went
    /// through the same parser. Both are refused with their line before Yams sees them.
    @Test func aCodebookOrReferenceMapNestedThousandsDeepIsAnErrorNotAStackOverflow() {
        let codebook = userError { _ = try CodebookReader().read(contentsOf: URL(fileURLWithPath: path("deeply-nested.codebook.yaml"))) }
        #expect(codebook?.contains("deeply-nested.codebook.yaml:1: nested too deeply for a codebook") == true, "\(codebook ?? "no error")")
        let map = userError { _ = try ReferenceMap(contentsOf: URL(fileURLWithPath: path("deeply-nested.reference-map.yaml"))) }
        #expect(map?.contains("deeply-nested.reference-map.yaml:1: nested too deeply for a reference map") == true, "\(map ?? "no error")")
    }

    /// Re-fuzzing after the bracket fix: block sequences and complex keys opened on one line
    /// (`- - - …`, `? ? ? …`, `- ? - ? …`) recurse in Yams just as brackets do, and overflowed the
    /// stack in all three readers (AddressSanitizer: stack-overflow). Refused with the line.
    @Test func blockIndicatorsNestedOnOneLineAreAnErrorNotAStackOverflow() {
        let mapping = userError { _ = try LogMapping(contentsOf: URL(fileURLWithPath: path("block-sequences-nested.mapping.yaml"))) }
        #expect(mapping?.contains("block-sequences-nested.mapping.yaml:1: nested too deeply for a mapping file") == true, "\(mapping ?? "no error")")
        let codebook = userError { _ = try CodebookReader().read(contentsOf: URL(fileURLWithPath: path("complex-keys-nested.codebook.yaml"))) }
        #expect(codebook?.contains("complex-keys-nested.codebook.yaml:1: nested too deeply for a codebook") == true, "\(codebook ?? "no error")")
        let map = userError { _ = try ReferenceMap(contentsOf: URL(fileURLWithPath: path("sequence-keys-nested.reference-map.yaml"))) }
        #expect(map?.contains("sequence-keys-nested.reference-map.yaml:1: nested too deeply for a reference map") == true, "\(map ?? "no error")")
    }

    /// The nesting check counts indicators, not dashes and question marks in words: a shipped-style
    /// list, negative numbers and a question in a title pass; 64 levels on one line do not.
    @Test func theNestingCheckCountsIndicatorsOnly() {
        #expect(YAMLNesting.lineNestedTooDeep("outlets:\n  - id: khabar\n    note: -5 ?x a-b: c\n      - - [a, {b: c}]\n") == nil)
        #expect(YAMLNesting.lineNestedTooDeep(String(repeating: "- ", count: 64) + "x\n") == nil)
        #expect(YAMLNesting.lineNestedTooDeep("a: 1\n" + String(repeating: "- ", count: 65) + "x\n") == 2)
        #expect(YAMLNesting.lineNestedTooDeep(String(repeating: " ", count: 120) + String(repeating: "? ", count: 5) + "x") == 1)
    }
}

