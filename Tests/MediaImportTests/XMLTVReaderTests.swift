import Foundation
import MediaImport
import MediaModel
import MediaText
import Testing
import TestSupport

@Suite(.temporaryFolder) struct XMLTVReaderTests {
    @Test(.enabled(if: SharedData.available))
    func readsRealGuideWithOffsetsIntoUTC() throws {
        let path = SharedData.path("epg/iptvx_one_ru_guide.xmltv.xml")
        let book = try codebook(from: "2025-09-20", to: "2025-10-05")
        let reader = try XMLTVReader(path: path, codebook: book, channels: ["12-omsk": "khabar"])
        let (programmes, notes) = try readAll(reader)
        let inFile = try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "<programme ").count - 1
        #expect(programmes.count + notes.skippedCount == inFile)
        #expect(programmes.count > 200)
        let first = try #require(programmes.first)
        // 20250922014500 +0300 is 22:45 UTC the day before.
        #expect(first.start == utc("2025-09-21T22:45:00Z"))
        #expect(first.end == utc("2025-09-22T00:00:00Z"))
        #expect(first.title == "д/с Необыкновенные люди")
        #expect(first.description?.hasPrefix("В этом документальном цикле") == true)
        #expect(programmes.allSatisfy { $0.outlet == "khabar" && $0.end >= $0.start })
    }

    @Test(.enabled(if: SharedData.available))
    func skipsChannelsNoOutletClaimsAndCountsThem() throws {
        let reader = try XMLTVReader(path: SharedData.path("epg/iptvx_one_ru_guide.xmltv.xml"),
                                     codebook: try codebook(from: "2025-09-20", to: "2025-10-05"))
        let (programmes, notes) = try readAll(reader)
        #expect(programmes.isEmpty)
        #expect(notes.skippedCount > 200)
        #expect(notes.skipped.keys.contains { $0.contains("12-omsk") })
    }

    @Test(.enabled(if: SharedData.available))
    func skipsProgrammesOutsideThePeriod() throws {
        let reader = try XMLTVReader(path: SharedData.path("epg/iptvx_one_ru_guide.xmltv.xml"),
                                     codebook: try codebook(from: "2025-09-23", to: "2025-09-24"), channels: ["12-omsk": "khabar"])
        let (programmes, notes) = try readAll(reader)
        let book = try codebook()
        let clock = MissionClock(codebook: book)
        #expect(!programmes.isEmpty)
        #expect(programmes.allSatisfy { ["2025-09-23", "2025-09-24"].contains(clock.local($0.start).date.description) })
        #expect(notes.skipped.keys.contains { $0.contains("outside the monitoring period") })
    }

    @Test func timesWithoutOffsetAreLocalToTheCodebookZone() throws {
        let path = try temporaryFile("guide.xml", """
            <tv><programme start="20120105200000" stop="20120105203000" channel="khabar.kz"><title>Жаңалықтар</title></programme></tv>
            """)
        let (programmes, _) = try readAll(try XMLTVReader(path: path, codebook: try codebook()))
        // Almaty was UTC+6 in 2012.
        #expect(programmes.map(\.start) == [utc("2012-01-05T14:00:00Z")])
        #expect(programmes.map(\.end) == [utc("2012-01-05T14:30:00Z")])
    }

    @Test func rejectsProgrammeThatStopsBeforeItStarts() throws {
        let path = try temporaryFile("guide.xml", """
            <tv>
            <programme start="20120105200000 +0600" stop="20120105203000 +0600" channel="khabar.kz"><title>A</title></programme>
            <programme start="20120105210000 +0600" stop="20120105203000 +0600" channel="khabar.kz"><title>B</title></programme>
            </tv>
            """)
        let error = #expect(throws: InputError.self) { try readAll(try XMLTVReader(path: path, codebook: try codebook())) }
        #expect(error?.line == 3)
        #expect(error?.field == "stop")
        #expect(error?.message.contains("before it starts") == true)
    }

    @Test func rejectsMalformedXMLWithLineAndColumn() throws {
        let path = try temporaryFile("guide.xml", """
            <tv>
            <programme start="20120105200000 +0600" stop="20120105203000 +0600" channel="khabar.kz">
              <title>Жаңалықтар</titel>
            </programme>
            </tv>
            """)
        let error = #expect(throws: InputError.self) { try readAll(try XMLTVReader(path: path, codebook: try codebook())) }
        #expect(error?.line == 3)
        #expect(error?.column != nil)
        #expect(error?.message.hasPrefix("malformed XML") == true)
        #expect(error?.description.hasPrefix(path + ":3:") == true)
    }

    @Test func rejectsTruncatedFile() throws {
        let path = try temporaryFile("guide.xml", """
            <tv>
            <programme start="20120105200000 +0600" stop="20120105203000 +0600" channel="khabar.kz"><title>A</title></programme>
            <programme start="20120105203000 +0600" stop="2012010521
            """)
        let error = #expect(throws: InputError.self) { try readAll(try XMLTVReader(path: path, codebook: try codebook())) }
        #expect(error?.message.hasPrefix("malformed XML") == true)
        #expect((error?.line ?? 0) >= 3)
    }

    @Test func readsGuidesInLegacyCodePagesDeclaredOrNot() throws {
        let book = try codebook()
        let decoder = TextDecoder()
        func guide(_ declaration: String, _ title: String, _ encoding: TextEncoding) throws -> String {
            let xml = declaration + "<tv><programme start=\"20120105200000 +0600\" stop=\"20120105203000 +0600\" channel=\"khabar.kz\"><title>\(title)</title></programme></tv>"
            return try temporaryFile("guide.xml", decoder.encode(xml, as: encoding))
        }
        let declared = try guide("<?xml version=\"1.0\" encoding=\"RK1048\"?>", "Қазақстан жаңалықтары", .rk1048)
        #expect(try readAll(XMLTVReader(path: declared, codebook: book)).0.map(\.title) == ["Қазақстан жаңалықтары"])
        let undeclared = try guide("", "Новости недели: выборы в Мажилис", .windows1251)
        #expect(try readAll(XMLTVReader(path: undeclared, codebook: book)).0.map(\.title) == ["Новости недели: выборы в Мажилис"])
    }

    @Test func neverLoadsExternalEntities() throws {
        let secret = try temporaryFile("secret.txt", "secret-content-42")
        let path = try temporaryFile("guide.xml", """
            <?xml version="1.0"?>
            <!DOCTYPE tv [ <!ENTITY xxe SYSTEM "file://\(secret)"> ]>
            <tv><programme start="20120105200000 +0600" stop="20120105203000 +0600" channel="khabar.kz"><title>A &xxe;</title></programme></tv>
            """)
        let (programmes, _) = try readAll(try XMLTVReader(path: path, codebook: try codebook()))
        #expect(programmes.count == 1)
        #expect(programmes.first.map { !$0.title.contains("secret") } == true)
    }

    @Test func warnsAboutOverlappingProgrammesButKeepsThem() throws {
        let path = try temporaryFile("guide.xml", """
            <tv>
            <programme start="20120105200000 +0600" stop="20120105210000 +0600" channel="khabar.kz"><title>A</title></programme>
            <programme start="20120105203000 +0600" stop="20120105213000 +0600" channel="khabar.kz"><title>B</title></programme>
            <programme start="20120105203000 +0600" stop="20120105213000 +0600" channel="kazakhstan.kz"><title>C</title></programme>
            </tv>
            """)
        let (programmes, notes) = try readAll(try XMLTVReader(path: path, codebook: try codebook()))
        #expect(programmes.count == 3)
        #expect(notes.warningCount == 1)
        #expect(notes.warnings.first?.line == 3)
        #expect(notes.warnings.first?.message.contains("overlaps \"A\"") == true)
    }

    @Test func programmeWithoutStopEndsWhenTheNextOneStarts() throws {
        let path = try temporaryFile("guide.xml", """
            <tv>
            <programme start="20120105200000 +0600" channel="khabar.kz"><title>A</title></programme>
            <programme start="20120105204500 +0600" channel="khabar.kz"><title>B</title></programme>
            </tv>
            """)
        let (programmes, notes) = try readAll(try XMLTVReader(path: path, codebook: try codebook()))
        #expect(programmes.map(\.title) == ["A"])
        #expect(programmes.first?.end == utc("2012-01-05T14:45:00Z"))
        #expect(notes.skippedCount == 1)
    }

    @Test func channelOptionOverridesTheCodebookAndChecksTheOutlet() throws {
        let path = try temporaryFile("guide.xml", """
            <tv><programme start="20120105200000 +0600" stop="20120105203000 +0600" channel="khabar.kz"><title>A</title></programme></tv>
            """)
        let (programmes, _) = try readAll(try XMLTVReader(path: path, codebook: try codebook(), channels: ["khabar.kz": "ktk"]))
        #expect(programmes.map(\.outlet) == ["ktk"])
        #expect(throws: InputError.self) { try XMLTVReader(path: path, codebook: try codebook(), channels: ["x": "no-such-outlet"]) }
    }

    @Test func rejectsEmptyAndBinaryFilesAndOtherDocuments() throws {
        let empty = try temporaryFile("empty.xml", "")
        #expect(throws: InputError.self) { try readAll(try XMLTVReader(path: empty, codebook: try codebook())) }
        let binary = try temporaryFile("binary.xml", Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D]))
        let binaryError = #expect(throws: InputError.self) { try readAll(try XMLTVReader(path: binary, codebook: try codebook())) }
        #expect(binaryError?.message.contains("malformed") == true || binaryError?.message.contains("not") == true)
        let rss = try temporaryFile("feed.xml", "<rss><channel/></rss>")
        let rssError = #expect(throws: InputError.self) { try readAll(try XMLTVReader(path: rss, codebook: try codebook())) }
        #expect(rssError?.message.contains("not an XMLTV guide") == true)
    }
}
