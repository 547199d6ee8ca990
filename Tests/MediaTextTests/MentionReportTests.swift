import Foundation
import MediaModel
import Testing
import TestSupport
@testable import MediaText

@Suite(.temporaryFolder) struct MentionReportTests {
    @Test func sameMentionsInEveryEncodingOfAFile() throws {
        let text = "«Нұр Отан» партиясы мен ЖСДП-ның өкілдері және Ақ жолдың үміткері Азат Перуашев кездесті.\n"
        let decoder = TextDecoder()
        var reports: [[Mention]] = []
        for encoding in [TextEncoding.utf8, .rk1048, .pt154] {
            let path = try temporaryFile("a.txt", decoder.encode(text, as: encoding))
            let report = try MentionReport.scan(files: [path], matcher: Shipped.matcher)
            #expect(report.files[0].encoding == encoding)
            reports.append(report.files[0].mentions)
        }
        #expect(reports[0].map(\.subject) == ["nur-otan", "osdp", "ak-zhol", "ak-zhol"])
        #expect(reports.allSatisfy { $0 == reports[0] })
    }

    @Test func countsMentionsOverAllFiles() throws {
        let a = try temporaryFile("a.txt", Data("Нұр Отан және ЦИК.".utf8))
        let b = try temporaryFile("b.txt", Data("\u{FEFF}Нур Отану отказали.".utf8))
        let report = try MentionReport.scan(files: [a, b], matcher: Shipped.matcher, context: true)
        #expect(report.counts == ["nur-otan": 2, "cec": 1])
        #expect(report.files[1].mentions.first?.start == 0)
        #expect(report.files[0].sentences == ["Нұр Отан және ЦИК.", "Нұр Отан және ЦИК."])
    }

    @Test func namesEveryFileItCannotRead() throws {
        let good = try temporaryFile("good.txt", Data("Нұр Отан".utf8))
        let binary = try temporaryFile("bad.bin", Data((0..<400).map { UInt8(($0 * 151 + 7) % 256) }))
        #expect {
            try MentionReport.scan(files: [good, "/nonexistent/x.txt", binary], matcher: Shipped.matcher)
        } throws: { error in
            let errors = (error as? InputErrors)?.errors ?? []
            return errors.count == 2 && errors[0].file == "/nonexistent/x.txt" && errors[1].file == binary
                && errors[1].message.contains("unknown encoding")
        }
    }

    @Test func emptyFileHasNoMentions() throws {
        let path = try temporaryFile("empty.txt", Data())
        #expect(try MentionReport.scan(files: [path], matcher: Shipped.matcher).totalMentions == 0)
    }
}
