import Foundation
import MediaCodebooks
import Testing
@testable import MediaModel

@Suite struct RulesReaderTests {
    /// The line of `needle` in `text`, counting from 1.
    func line(of needle: String, in text: String) -> Int {
        text.components(separatedBy: "\n").firstIndex { $0.contains(needle) }! + 1
    }

    @Test func readsTheShippedCodebooksEqualCoverageRule() throws {
        let book = try CodebookReader().read(contentsOf: ShippedCodebooks.kazakhstan2012)
        let rule = try #require(book.rules.first { $0.id == "equal-coverage" })
        #expect(rule.kind == .equalCoverage)
        #expect(rule.tolerance == 5)
        #expect(rule.ownership == [.state, .private])
        #expect(rule.media == [.tv, .print])
        #expect(rule.text.en.contains("Central Election Commission"))
        #expect(rule.text.ru != nil)
        // TV channels and newspapers, not the online outlets.
        #expect(rule.boundOutlets(in: book).count == 12)
        #expect(rule.boundSubjects(in: book).count == 8)
    }

    @Test func readsEveryKindWithItsOptions() throws {
        let yaml = validYAML + """

            rules:
              - id: equal
                kind: equal-coverage
                text: Equal coverage
                ownership: state
                tolerance: 2.5
              - id: cap
                kind: max-share
                text: {en: "No one above half", ru: "Не больше половины"}
                subjects: [nur-otan]
                max: 50
                attributeInstitutions: true
                per: period
              - id: paid
                kind: allowed-slots
                text: Paid airtime in its slots
                genres: [paid-advertising]
                slots: [{from: "21:00", to: "22:00"}, {from: "07:00", to: "08:00"}]
              - id: free
                kind: equal-airtime
                text: Free airtime shared equally
                genres: [paid-advertising]
                tolerance: 1
            """
        let book = try CodebookReader().read(yaml: yaml, file: "test.yaml")
        #expect(book.rules.map(\.id) == ["equal", "cap", "paid", "free"])
        #expect(book.rules[0].ownership == [.state] && book.rules[0].tolerance == 2.5 && book.rules[0].per == .week)
        #expect(book.rules[1].attributeInstitutions && book.rules[1].max == 50 && book.rules[1].per == .period)
        #expect(book.rules[1].text.ru == "Не больше половины")
        #expect(book.rules[2].slots.map(\.description) == ["21:00:00–22:00:00", "07:00:00–08:00:00"])
        #expect(book.rules[3].genres == ["paid-advertising"])
    }

    @Test func reportsEachBadRuleAtItsLine() {
        let yaml = validYAML + """

            rules:
              - id: equal
                kind: equal-coverage
                text: Equal coverage
              - id: Bad Id
                kind: fairness
                text: Something
              - id: cap
                kind: max-share
                text: Cap
                max: 150
                outlets: [khabar, ktk]
                subjects: [somebody]
              - id: paid
                kind: allowed-slots
                text: Paid
                slots: [{from: "22:00", to: "21:00"}]
                colour: red
              - id: equal
                kind: max-share
                text: twice
                max: 10
            """
        let found = problems(yaml).map(\.description)
        func has(_ needle: String, _ fragment: String) -> Bool {
            found.contains { $0.hasPrefix("test.yaml:\(line(of: needle, in: yaml))") && $0.contains(fragment) }
        }
        #expect(has("- id: equal", "tolerance: an equal-coverage rule needs tolerance"))
        #expect(has("id: Bad Id", "is not a valid id"))
        #expect(has("kind: fairness", "\"fairness\" is not one of equal-coverage, max-share"))
        #expect(has("max: 150", "a share cannot be above 100 percent"))
        #expect(has("outlets: [khabar, ktk]", "\"ktk\" is not an outlet of this codebook"))
        #expect(has("subjects: [somebody]", "\"somebody\" is not a subject of this codebook"))
        #expect(has("slots: [{from: \"22:00\"", "a slot must end after it starts"))
        #expect(has("colour: red", "unknown key in a rule"))
        #expect(found.contains { $0.contains("duplicate rule id \"equal\"") })
    }
}
