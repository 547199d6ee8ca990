import Foundation
import MediaModel
import MediaStore
import Testing

/// The store's side of the coder: each write leaves one audit row per changed field.
@Suite struct AuditLogTests {
    @Test func recordsInsertChangeAndRemovalFieldByField() throws {
        let f = try Fixture()
        let id = try f.item("20:00:00", "20:02:30")
        try f.db.code(NewCoding(subject: "osdp", amount: 40, direct: 10, tone: .neutral, coder: "a"), segment: id, genre: "news")
        try f.db.code(NewCoding(subject: "osdp", amount: 40, direct: 12, tone: .negative, coder: "a"), segment: id)
        try f.db.code(NewCoding(subject: "osdp", amount: 40, direct: 12, tone: .negative, coder: "a"), segment: id)
        try f.db.removeCoding(segment: id, subject: "osdp", coder: "a")
        let rows = try f.db.auditLog().map { [$0.subject ?? "-", $0.field, $0.old ?? "∅", $0.new ?? "∅"].joined(separator: " ") }
        #expect(rows == [
            "osdp amount ∅ 40", "osdp direct ∅ 10", "osdp tone ∅ neutral", "- genre ∅ news",
            "osdp direct 10 12", "osdp tone neutral negative",
            "osdp amount 40 ∅", "osdp direct 12 ∅", "osdp tone negative ∅",
        ])
    }

    @Test func sinceCountsFromLocalMidnight() throws {
        let f = try Fixture()
        let id = try f.item("20:00:00", "20:02:30")
        try f.db.setGenre("news", segment: id, coder: "a")
        let today = f.db.clock.local(Int(Date().timeIntervalSince1970)).date
        #expect(try f.db.auditLog(since: today).count == 1)
        #expect(try f.db.auditLog(since: today.adding(days: 1)).isEmpty)
        #expect(try f.db.auditLog(coder: "b").isEmpty)
    }

    @Test func refusesAnUnknownGenreOrAnEmptyCoderAndWritesNothing() throws {
        let f = try Fixture()
        let id = try f.item("20:00:00", "20:02:30")
        #expect(throws: InputError(field: "genre", "unknown genre \"soap\" (the codebook has news, current-affairs, interview, debate, paid-advertising, free-airtime, voter-education, other)")) {
            try f.db.setGenre("soap", segment: id, coder: "a")
        }
        #expect(throws: InputError(field: "coder", "the coder's name is empty")) {
            try f.db.setGenre("news", segment: id, coder: " ")
        }
        #expect(throws: InputError(field: "item", "there is no item 99")) {
            try f.db.removeCoding(segment: 99, subject: "osdp", coder: "a")
        }
        #expect(try f.db.auditLog().isEmpty)
    }
}
