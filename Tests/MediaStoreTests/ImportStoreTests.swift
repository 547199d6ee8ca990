import Foundation
import MediaCodebooks
import MediaImport
import MediaModel
import MediaStore
import Testing
import TestSupport

/// Importing into a real monitoring database: one transaction per file, idempotent, linked.
@Suite(.temporaryFolder) struct ImportStoreTests {
    static let shared = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("../shared/data").standardizedFileURL
    static let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Samples/data/examples")
    static var sharedAvailable: Bool { FileManager.default.fileExists(atPath: shared.path) }

    let folder: URL

    init() throws { folder = try TemporaryFolder.newFolder() }

    func database(from first: String? = nil, to last: String? = nil) throws -> MonitoringDatabase {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var yaml = try String(contentsOf: ShippedCodebooks.kazakhstan2012, encoding: .utf8)
        if let first, let last {
            yaml = yaml.replacingOccurrences(of: "period: {from: 2011-12-16, to: 2012-01-13}", with: "period: {from: \(first), to: \(last)}")
        }
        let book = try CodebookReader().read(yaml: yaml, file: "test.yaml")
        return try MonitoringDatabase.create(at: folder.appendingPathComponent("m.sqlite").path, codebook: book, yaml: yaml, source: "test.yaml")
    }

    func file(_ name: String, _ text: String) throws -> String {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    @Test func reimportingAGuideCountsDuplicatesAndAddsNothing() throws {
        let db = try database()
        let path = Self.examples.appendingPathComponent("khabar-2012-01-05.xmltv.xml").path
        let first = try db.importProgrammes(from: XMLTVReader(path: path, codebook: db.codebook))
        #expect(first.imported == 6 && first.duplicates == 0 && first.skipped == 1)
        let again = try db.importProgrammes(from: XMLTVReader(path: path, codebook: db.codebook))
        #expect(again.imported == 0 && again.duplicates == 6 && again.skipped == 1)
        #expect(try db.programmeCount() == 6)
    }

    @Test func brokenGuideLeavesTheDatabaseUnchanged() throws {
        let db = try database()
        let good = Self.examples.appendingPathComponent("khabar-2012-01-05.xmltv.xml").path
        _ = try db.importProgrammes(from: XMLTVReader(path: good, codebook: db.codebook))
        // Valid programmes first, then a broken one: the earlier ones of this file must not stay.
        let broken = try file("broken.xml", """
            <tv>
            <programme start="20120106200000 +0600" stop="20120106210000 +0600" channel="khabar.kz"><title>A</title></programme>
            <programme start="20120106210000 +0600" stop="20120106220000 +0600" channel="khabar.kz"><title>B</title></programme>
            <programme start="20120106220000 +0600" stop="20120106213000 +0600" channel="khabar.kz"><title>C</title></programme>
            </tv>
            """)
        #expect(throws: InputError.self) { try db.importProgrammes(from: XMLTVReader(path: broken, codebook: db.codebook)) }
        let truncated = try file("truncated.xml", "<tv>\n<programme start=\"20120106200000 +0600\" stop=\"20120106210000 +0600\" channel=\"khabar.kz\"><title>A</title></programme>\n<programme")
        #expect(throws: InputError.self) { try db.importProgrammes(from: XMLTVReader(path: truncated, codebook: db.codebook)) }
        #expect(try db.programmeCount() == 6)
    }

    @Test func itemAddedByTimeBelongsToTheEnclosingProgramme() throws {
        let db = try database()
        let path = Self.examples.appendingPathComponent("khabar-2012-01-05.xmltv.xml").path
        _ = try db.importProgrammes(from: XMLTVReader(path: path, codebook: db.codebook))
        let news = try #require(db.programmes(outlet: "khabar", from: utc("2012-01-05T12:00:00Z"), to: utc("2012-01-05T12:30:00Z")).first)
        let inside = try db.addSegment(NewSegment(outlet: "khabar", date: LocalDate("2012-01-05")!,
                                                  placement: .broadcast(start: TimeOfDay("18:05")!, end: TimeOfDay("18:07")!), title: "Сюжет"))
        #expect(try db.segment(id: inside.id)?.programmeID == news.id)
        // Across two programmes: no single programme encloses it.
        let across = try db.addSegment(NewSegment(outlet: "khabar", date: LocalDate("2012-01-05")!,
                                                  placement: .broadcast(start: TimeOfDay("18:25")!, end: TimeOfDay("18:35")!), title: "Стык"))
        #expect(try db.segment(id: across.id)?.programmeID == nil)
    }

    @Test func itemAddedBeforeItsProgrammeIsLinkedWhenTheLogArrives() throws {
        let db = try database()
        let item = try db.addSegment(NewSegment(outlet: "khabar", date: LocalDate("2012-01-06")!,
                                                placement: .broadcast(start: TimeOfDay("18:40")!, end: TimeOfDay("18:45")!), title: "Сюжет"))
        #expect(try db.segment(id: item.id)?.programmeID == nil)
        let mapping = try LogMapping(contentsOf: Self.examples.appendingPathComponent("khabar-asrun.mapping.yaml"))
        _ = try db.importProgrammes(from: AsRunLogReader(path: Self.examples.appendingPathComponent("khabar-asrun-2012-01-06.csv").path,
                                                         codebook: db.codebook, outlet: "khabar", mapping: mapping))
        let show = try #require(db.programmes(outlet: "khabar", from: utc("2012-01-06T12:40:00Z"), to: utc("2012-01-06T12:41:00Z")).first)
        #expect(show.title == "«Бетпе-бет» ток-шоу")
        #expect(try db.segment(id: item.id)?.programmeID == show.id)
    }

    @Test func transcriptCuesJoinTheirProgrammeAndAreSearchable() throws {
        let db = try database()
        _ = try db.importProgrammes(from: XMLTVReader(path: Self.examples.appendingPathComponent("khabar-2012-01-05.xmltv.xml").path, codebook: db.codebook))
        let transcript = try debateTranscript(db)
        let result = try db.importTranscript(transcript)
        #expect(result.imported == 4 && result.duplicates == 0)
        let again = try db.importTranscript(transcript)
        #expect(again.imported == 0 && again.duplicates == 4)
        let debate = try #require(try debateProgramme(db))
        #expect(debate.title == "Дебаты: выборы в Мажилис")
        #expect(try db.cues(programme: debate.id).count == 4)
        let found = try db.searchCues("налоги для малого бизнеса")
        #expect(found.count == 1)
        #expect(found.first?.programmeID == debate.id)
    }

    @Test func mentionsInCuesBecomeSuggestionsWithTheirSeconds() throws {
        let db = try database()
        _ = try db.importProgrammes(from: XMLTVReader(path: Self.examples.appendingPathComponent("khabar-2012-01-05.xmltv.xml").path, codebook: db.codebook))
        let transcript = try debateTranscript(db)
        let result = try db.importTranscript(transcript)
        let debate = try #require(try debateProgramme(db))
        let suggestions = try db.suggestions(programme: debate.id)
        // Expected from the cues themselves: every subject a cue mentions gets that cue's seconds.
        var expected: [String: Double] = [:]
        for cue in transcript.cues { for subject in Set(cue.subjects) { expected[subject, default: 0] += cue.seconds } }
        #expect(!expected.isEmpty)
        #expect(Dictionary(uniqueKeysWithValues: suggestions.map { ($0.subject, $0.seconds) }) == expected)
        // «Ак жол» is named in two cues (7.5 s and 10.5 s).
        #expect(suggestions.first { $0.subject == "ak-zhol" }?.seconds == 18)
        #expect(result.detail?.contains("ak-zhol 18 s") == true)
        // Importing again changes nothing.
        _ = try db.importTranscript(transcript)
        #expect(try db.suggestions(programme: debate.id) == suggestions)
    }

    @Test func failureAfterManyBatchesRollsBackEveryProgrammeOfTheFile() throws {
        let db = try database()
        var xml = "<tv>\n"
        let base = utc("2011-12-20T00:00:00Z")
        for i in 0..<5000 {
            let start = base + i * 60
            xml += "<programme start=\"\(Self.xmltvTime(start))\" stop=\"\(Self.xmltvTime(start + 60))\" channel=\"ktk.kz\"><title>P\(i)</title></programme>\n"
        }
        xml += "<programme start=\"2011122300000 +0000\" stop=\"20111223010000 +0000\" channel=\"ktk.kz\"><title>bad</title></programme>\n</tv>\n"
        let path = try file("many.xml", xml)
        let error = #expect(throws: InputError.self) { try db.importProgrammes(from: XMLTVReader(path: path, codebook: db.codebook)) }
        #expect(error?.line == 5002)
        #expect(try db.programmeCount() == 0)
        // The same programmes import cleanly once the bad line is gone.
        let fixed = try file("fixed.xml", xml.replacingOccurrences(of: "2011122300000 +0000", with: "20111223000000 +0000"))
        let result = try db.importProgrammes(from: XMLTVReader(path: fixed, codebook: db.codebook))
        #expect(result.imported == 5001)
        #expect(try db.programmeCount() == 5001)
    }

    /// The sample evening's debate as its transcript reads (18:40 Almaty, 12:40 UTC).
    func debateTranscript(_ db: MonitoringDatabase) throws -> NewTranscript {
        let reader = try TranscriptReader(codebook: db.codebook, outlet: "khabar", start: "2012-01-05T18:40:00")
        return try reader.read(path: Self.examples.appendingPathComponent("khabar-2012-01-05-debate.vtt").path)
    }

    /// The debate's programme, from the sample evening's broadcast log.
    func debateProgramme(_ db: MonitoringDatabase) throws -> StoredProgramme? {
        try db.programmes(outlet: "khabar", from: utc("2012-01-05T12:40:00Z"), to: utc("2012-01-05T12:41:00Z")).first
    }

    static func xmltvTime(_ seconds: Int) -> String {
        UTCTimestamp.string(seconds).replacingOccurrences(of: "-", with: "").replacingOccurrences(of: ":", with: "")
            .replacingOccurrences(of: "T", with: "").replacingOccurrences(of: "Z", with: " +0000")
    }

    @Test func transcriptWithoutABroadcastLogIsRefusedWhole() throws {
        let db = try database()
        let transcript = try debateTranscript(db)
        let error = #expect(throws: InputError.self) { try db.importTranscript(transcript) }
        #expect(error?.line == 8)
        #expect(error?.message.contains("import its broadcast log") == true)
    }

    @Test func articlesImportOnceAndKeepBylineAndSection() throws {
        let db = try database()
        let reader = ArticleReader(codebook: db.codebook, outlet: "tengrinews")
        let path = Self.examples.appendingPathComponent("articles/tengrinews/tengrinews-elections.rss.xml").path
        let first = try db.importArticles(reader.read(path: path))
        #expect(first.imported == 2 && first.duplicates == 0)
        let again = try db.importArticles(reader.read(path: path))
        #expect(again.imported == 0 && again.duplicates == 2)
        let stored = try db.segments(SegmentFilter(outlet: "tengrinews"))
        #expect(stored.map(\.unit) == [.characters, .characters])
        #expect(stored.allSatisfy { Double($0.text?.count ?? 0) == $0.extent })
        #expect(stored.first?.title == "«Нур Отан» представил предвыборную программу в Астане")
    }

    /// A coding sheet's online row without `url` codes the imported article of that outlet, day and
    /// title — never a second item beside it (issue 14, item 2).
    @Test func anOnlineSheetRowWithoutURLCodesTheImportedArticle() throws {
        let db = try database()
        let reader = ArticleReader(codebook: db.codebook, outlet: "tengrinews")
        _ = try db.importArticles(reader.read(path: Self.examples.appendingPathComponent("articles/tengrinews/tengrinews-elections.rss.xml").path))
        let before = try db.segments(SegmentFilter(outlet: "tengrinews"))
        let article = try #require(before.first { $0.title == "«Нур Отан» представил предвыборную программу в Астане" })
        let sheet = """
            outlet,date,start,end,page,area,chars,url,title,genre,subject,amount,direct,tone,coder
            tengrinews,\(article.date),,,,,\(Int(article.extent)),,\(article.title),news,nur-otan,\(Int(article.extent) / 2),,positive,aigerim
            """
        let summary = try db.importSheet(CodingSheetReader(codebook: db.codebook).read(Data(sheet.utf8), file: "online.csv"))
        #expect(summary.newItems == 0 && summary.imported == 1)
        let after = try db.segments(SegmentFilter(outlet: "tengrinews"))
        #expect(after.count == before.count)
        #expect(after.first { $0.id == article.id }?.codings == 1)
    }

    @Test(.enabled(if: ImportStoreTests.sharedAvailable))
    func realWindows1251FeedImportsWhole() throws {
        let db = try database(from: "2006-01-01", to: "2006-01-31")
        let reader = ArticleReader(codebook: db.codebook, outlet: "zakon-kz")
        let result = try db.importArticles(reader.read(path: Self.shared.appendingPathComponent("encodings/newsru_rss.windows-1251.xml").path))
        #expect(result.imported + result.duplicates + result.skipped == 30)
        #expect(result.imported > 20)
        #expect(try db.segments(SegmentFilter(outlet: "zakon-kz")).count == result.imported)
    }

    static func utc(_ text: String) -> Int { UTCTimestamp.seconds(text)! }
    func utc(_ text: String) -> Int { Self.utc(text) }
}
