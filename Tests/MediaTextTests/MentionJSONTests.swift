import Foundation
import MediaModel
import Testing
import TestSupport
@testable import MediaText

/// `mentions --format json` (DESIGN §6): the bytes MentionReport writes directly are JSONEncoder's
/// (pretty, sorted keys, slashes unescaped) and parse to the documented shape.
@Suite(.temporaryFolder) struct MentionJSONTests {
    func parsed(_ bytes: [UInt8]) throws -> (counts: [String: Int], mentions: [[String: Any]], keys: Set<String>) {
        let root = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
        let counts = try #require(root["counts"] as? [String: Int])
        let mentions = try #require(root["mentions"] as? [[String: Any]])
        return (counts, mentions, Set(root.keys))
    }

    func encoded(_ report: MentionReport) throws -> [UInt8] { Array(try JSONOutput.encoder.encode(MentionJSON(report))) }

    /// Two files: every mention names its file, the name escaped (quote, backslash, a control
    /// character) with its non-BMP letter as it is; offsets count the emoji before a mention once.
    @Test func twoFilesAsTheCommandWritesThem() throws {
        let name = "say \"hi\" \\ \u{1D538}\u{1}.txt"
        let a = try temporaryFile(name, Data("😀 «Нұр Отан» партиясы мен ЖСДП-ның өкілдері.\n".utf8))
        let b = try temporaryFile("b.txt", Data("Нұр\r\nОтан және ЦИК, «Ақ\tжол» партиясы\n".utf8))
        let report = try MentionReport.scan(files: [a, b], matcher: Shipped.matcher)
        let bytes = try report.jsonBytes()
        let folderOfA = String(a.dropLast(name.count))
        #expect(!folderOfA.contains { "\"\\".contains($0) || $0.asciiValue.map { $0 < 0x20 } == true })
        let expected = #"""
            {
              "counts" : {
                "ak-zhol" : 1,
                "cec" : 1,
                "nur-otan" : 2,
                "osdp" : 1
              },
              "mentions" : [
                {
                  "end" : 11,
                  "file" : "\#(folderOfA)say \"hi\" \\ 𝔸\u0001.txt",
                  "start" : 3,
                  "subject" : "nur-otan",
                  "text" : "Нұр Отан"
                },
                {
                  "end" : 34,
                  "file" : "\#(folderOfA)say \"hi\" \\ 𝔸\u0001.txt",
                  "start" : 26,
                  "subject" : "osdp",
                  "text" : "ЖСДП-ның"
                },
                {
                  "end" : 9,
                  "file" : "\#(b)",
                  "start" : 0,
                  "subject" : "nur-otan",
                  "text" : "Нұр\r\nОтан"
                },
                {
                  "end" : 18,
                  "file" : "\#(b)",
                  "start" : 15,
                  "subject" : "cec",
                  "text" : "ЦИК"
                },
                {
                  "end" : 27,
                  "file" : "\#(b)",
                  "start" : 21,
                  "subject" : "ak-zhol",
                  "text" : "Ақ\tжол"
                }
              ]
            }
            """#
        #expect(String(decoding: bytes, as: UTF8.self) == expected)
        #expect(bytes == (try encoded(report)))

        let json = try parsed(bytes)
        #expect(json.keys == ["counts", "mentions"])
        #expect(json.counts == ["ak-zhol": 1, "cec": 1, "nur-otan": 2, "osdp": 1])
        #expect(json.mentions.allSatisfy { Set($0.keys) == ["file", "subject", "start", "end", "text"] })
        #expect(json.mentions.map { $0["file"] as? String } == [a, a, b, b, b])
        #expect(json.mentions.map { $0["subject"] as? String } == ["nur-otan", "osdp", "nur-otan", "cec", "ak-zhol"])
        #expect(json.mentions.map { $0["start"] as? Int } == [3, 26, 0, 15, 21])
        #expect(json.mentions.map { $0["text"] as? String } == ["Нұр Отан", "ЖСДП-ның", "Нұр\r\nОтан", "ЦИК", "Ақ\tжол"])
    }

    @Test func oneFileNamesNoFile() throws {
        let a = try temporaryFile("a.txt", Data("«Ақ жол» және \"ЦИК\"".utf8))
        let report = try MentionReport.scan(files: [a], matcher: Shipped.matcher)
        let bytes = try report.jsonBytes()
        #expect(bytes == (try encoded(report)))
        let json = try parsed(bytes)
        #expect(json.counts == ["ak-zhol": 1, "cec": 1])
        #expect(json.mentions.allSatisfy { Set($0.keys) == ["subject", "start", "end", "text"] })
        #expect(json.mentions.map { $0["start"] as? Int } == [1, 15])
    }

    @Test func aFileWithoutMentionsGivesEmptyCountsAndList() throws {
        let a = try temporaryFile("a.txt", Data("Ауа райы жақсы.".utf8))
        let report = try MentionReport.scan(files: [a], matcher: Shipped.matcher)
        let bytes = try report.jsonBytes()
        #expect(String(decoding: bytes, as: UTF8.self) == "{\n  \"counts\" : {\n\n  },\n  \"mentions\" : [\n\n  ]\n}")
        let json = try parsed(bytes)
        #expect(json.counts.isEmpty && json.mentions.isEmpty)
    }

    /// Over 4096 mentions the list is written in parts side by side; the parts join to JSONEncoder's
    /// bytes, every control character, quote, backslash, slash and non-BMP scalar escaped as it does.
    @Test func aLongListWrittenInPartsIsJSONEncodersBytes() throws {
        let specials: [String] = (0..<0x20).map { String(UnicodeScalar(UInt8($0))) } + ["\"", "\\", "/", "\u{7F}", "𝔸", "😀", "Ә"]
        func mentions(_ n: Int, _ shift: Int) -> [Mention] {
            (0..<n).map { i in
                Mention(subject: ["nur-otan", "cec", "ak-zhol"][i % 3], start: i * 7, end: i * 7 + 5,
                        text: "a" + specials[(i + shift) % specials.count] + specials[(i * 5) % specials.count] + "б")
            }
        }
        let report = MentionReport(files: [
            .init(path: "one \"1\".txt", encoding: .utf8, mentions: mentions(3000, 0), sentences: []),
            .init(path: "dir/two\u{1F}\u{1D538}.txt", encoding: .windows1251, mentions: mentions(2500, 11), sentences: []),
        ])
        let bytes = try report.jsonBytes()
        #expect(bytes == (try encoded(report)))
        let json = try parsed(bytes)
        #expect(json.mentions.count == 5500)
        #expect(json.counts == ["nur-otan": 1834, "cec": 1833, "ak-zhol": 1833])
        #expect(json.mentions.map { $0["text"] as? String } == report.files.flatMap { $0.mentions.map(\.text) })
        #expect(json.mentions.last?["file"] as? String == "dir/two\u{1F}\u{1D538}.txt")
    }
}
