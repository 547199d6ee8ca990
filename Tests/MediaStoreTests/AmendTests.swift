import Foundation
import GRDB
import MediaCodebooks
import MediaModel
import Testing
import TestSupport
@testable import MediaStore

/// `codebook amend`: a running mission gains variables, categories and subjects without losing a
/// coding, and cannot lose or retype what its codings use (AmCAT's failure: a new variable wiped codings).
@Suite(.temporaryFolder) struct AmendTests {
    static let shipped = try! String(contentsOf: ShippedCodebooks.kazakhstan2012, encoding: .utf8)

    func amend(_ db: MonitoringDatabase, _ yaml: String) throws -> AmendSummary {
        try db.amend(to: try CodebookReader().read(yaml: yaml, file: "new.yaml"), yaml: yaml, source: "new.yaml")
    }

    func codingsAndAudit(_ db: MonitoringDatabase) throws -> [String] {
        try db.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM coding ORDER BY id").map { "\($0)" }
                + Row.fetchAll(db, sql: "SELECT * FROM segmentGenre ORDER BY rowid").map { "\($0)" }
                + Row.fetchAll(db, sql: "SELECT * FROM audit ORDER BY id").map { "\($0)" }
        }
    }

    @Test func addsAVariableACategoryAndASubjectWithoutTouchingACoding() throws {
        let db = try makeCodedDatabase()
        let before = try codingsAndAudit(db)
        var yaml = Self.shipped.replacingOccurrences(of: """
              - {id: other, key: x, name: {en: Other, ru: Другое, kk: Басқа}}

            subjects:
            """, with: """
              - {id: other, key: x, name: {en: Other, ru: Другое, kk: Басқа}}
                  - {id: health, key: h, name: {en: Health, ru: Здравоохранение, kk: Денсаулық}}
              - id: speaker-gender
                of: coding
                level: nominal
                name: {en: Speaker's gender, ru: Пол говорящего, kk: Сөйлеушінің жынысы}
                categories:
                  - {id: woman, key: w, name: {en: Woman, ru: Женщина, kk: Әйел}}
                  - {id: man, key: m, name: {en: Man, ru: Мужчина, kk: Ер}}

            subjects:
            """)
        yaml += """

              - id: cec-chair
                kind: institution
                name: {en: CEC chairman, ru: Председатель ЦИК, kk: ОСК төрағасы}
                aliases: [Тестбек Сынақов]
            """
        // The appended subject must sit in the subjects list, before outlets.
        yaml = yaml.replacingOccurrences(of: "\noutlets:\n", with: "\n__OUTLETS__\n")
        let tail = yaml.components(separatedBy: "\n__OUTLETS__\n")
        let outletsAndSubject = tail[1].components(separatedBy: "\n\n  - id: cec-chair")
        yaml = tail[0] + "\n  - id: cec-chair" + outletsAndSubject[1] + "\n\noutlets:\n" + outletsAndSubject[0] + "\n"

        let summary = try amend(db, yaml)
        #expect(summary.variables == ["speaker-gender"])
        #expect(summary.categories == ["topic/health"])
        #expect(summary.subjects == ["cec-chair"])
        #expect(try codingsAndAudit(db) == before)
        // The database now reads with the amended codebook: the new variable can be coded.
        let reopened = try MonitoringDatabase.open(at: db.path)
        #expect(reopened.codebook.variable("speaker-gender") != nil)
        let item = try #require(try reopened.segments().first).id
        try reopened.code(NewCoding(subject: "cec-chair", amount: 10, tone: .neutral, coder: "aigerim", values: ["speaker-gender": "man"]),
                          segment: item)
        #expect(try reopened.codings(ofSegment: item).first { $0.subject == "cec-chair" }?.values == ["speaker-gender": "man"])
    }

    @Test func refusesToRemoveOrRetypeWhatCodingsUseAndChangesNothing() throws {
        let db = try makeCodedDatabase()
        let before = try codingsAndAudit(db)
        let snapshot = try db.read { db in try String.fetchOne(db, sql: "SELECT yaml FROM codebook") }
        let withoutCapacity = Self.shipped.replacingOccurrences(of: "  - id: capacity\n    of: coding\n    level: nominal", with: "  - id: capacity\n    of: coding\n    level: ordinal")
        let withoutOfficial = Self.shipped.replacingOccurrences(of: "      - {id: official, key: o, name: {en: Official duties, ru: Служебные обязанности, kk: Қызметтік міндет}}\n", with: "")
        let otherDefault = Self.shipped.replacingOccurrences(of: "default: other", with: "default: campaign")
        let noPresident = Self.shipped.replacingOccurrences(of: "  - id: president\n", with: "  - id: head-of-state\n")
        #expect(withoutCapacity != Self.shipped && withoutOfficial != Self.shipped && otherDefault != Self.shipped && noPresident != Self.shipped)
        for (yaml, reason) in [(withoutCapacity, "stays a nominal variable"), (withoutOfficial, "capacity = official is coded"),
                               (otherDefault, "default"), (noPresident, "president is coded")] {
            do {
                _ = try amend(db, yaml)
                Issue.record("amended although \(reason)")
            } catch let errors as InputErrors {
                #expect(errors.errors.contains { $0.message.contains(reason) }, "\(errors)")
            }
            #expect(try codingsAndAudit(db) == before)
            #expect(try db.read { db in try String.fetchOne(db, sql: "SELECT yaml FROM codebook") } == snapshot)
        }
    }
}
