import Foundation
import MediaCodebooks
import Testing
@testable import MediaModel

/// The codebook's `variables:` section (DESIGN §8): declared, checked with lines, and used to check values.
@Suite struct VariableTests {
    @Test func theShippedCodebookDeclaresToneDirectGenreCapacityAndTopic() throws {
        let book = try CodebookReader().read(contentsOf: ShippedCodebooks.kazakhstan2012)
        #expect(book.variables.map(\.id) == ["tone", "direct", "genre", "capacity", "topic"])
        let capacity = try #require(book.variable("capacity"))
        #expect(capacity.of == .coding && capacity.level == .nominal && capacity.defaultValue == "other")
        #expect(capacity.categories.map(\.id) == ["official", "campaign", "other"])
        #expect(capacity.category("official")?.key == "o")
        let topic = try #require(book.variable("topic"))
        #expect(topic.of == .item)
        #expect(topic.categories.map(\.id).contains("independence-20"))
        #expect(book.variable("genre")?.categories.map(\.id) == book.genres.map(\.id))
        #expect(book.variable("direct")?.bound == .amount)
        #expect(book.variable("tone")?.categories.map(\.id) == ["positive", "neutral", "negative"])
    }

    /// A codebook written before variables existed (every database's snapshot until now) has the three built-ins.
    @Test func aCodebookWithoutVariablesHasToneDirectAndGenre() throws {
        let book = try CodebookReader().read(yaml: validYAML, file: "test.yaml")
        #expect(book.variables.map(\.id) == ["tone", "direct", "genre"])
        #expect(book.variable("genre")?.categories.map(\.id) == ["news", "paid-advertising"])
    }

    @Test func aNewVariableNeedsOnlyYAML() throws {
        let yaml = validYAML + """

            variables:
              - id: speaker-gender
                of: coding
                level: nominal
                name: {en: Speaker's gender, ru: Пол говорящего}
                categories:
                  - {id: woman, key: w, name: Woman}
                  - {id: man, key: m, name: Man}
              - id: fairness
                of: item
                level: ordinal
                required: true
                name: Fairness
                categories: [{id: low, name: Low}, {id: mid, name: Middle}, {id: high, name: High}]
            """
        let book = try CodebookReader().read(yaml: yaml, file: "test.yaml")
        #expect(book.variables.map(\.id) == ["tone", "direct", "genre", "speaker-gender", "fairness"])
        #expect(book.extraVariables(of: .coding).map(\.id) == ["speaker-gender"])
        #expect(book.extraVariables(of: .item).map(\.id) == ["fairness"])
        #expect(try book.checkValues(["speaker-gender": "woman"], of: .coding) == ["speaker-gender": "woman"])
        #expect(throws: InputError.self) { try book.checkValues(["fairness": "mid"], of: .coding) }
        // Required with no default: an item coded without it is refused, naming the variable.
        do {
            _ = try book.checkValues([:], of: .item)
            Issue.record("a missing required variable was accepted")
        } catch {
            #expect(error.field == "fairness")
        }
    }

    @Test func anUnknownValueIsAnErrorNamingIt() throws {
        let book = try CodebookReader().read(contentsOf: ShippedCodebooks.kazakhstan2012)
        do {
            _ = try book.checkValues(["capacity": "officail"], of: .coding)
            Issue.record("accepted a value the codebook does not allow")
        } catch {
            #expect(error.field == "capacity")
            #expect(error.message.contains("\"officail\""))
            #expect(error.message.contains("official, campaign, other"))
        }
        do {
            _ = try book.checkValues(["mood": "happy"], of: .coding)
            Issue.record("accepted an undeclared variable")
        } catch {
            #expect(error.message.contains("unknown variable \"mood\""))
        }
        // A missing optional value is not stored; it reads as its default. The item's topic has none.
        #expect(try book.checkValues([:], of: .coding) == [:])
        #expect(book.withDefaults([:], of: .coding) == ["capacity": "other"])
        #expect(book.withDefaults(["capacity": "official"], of: .coding) == ["capacity": "official"])
        #expect(book.withDefaults([:], of: .item) == [:])
    }

    @Test func badDeclarationsAreReportedWithTheirLines() {
        let yaml = validYAML + """

            variables:
              - id: capacity
                of: coding
                level: nominal
                name: Capacity
                default: offical
                categories:
                  - {id: official, key: o, name: Official}
                  - {id: campaign, key: o, name: Campaign}
              - id: capacity
                of: person
                level: nominal
                name: Again
                categories: [{id: a, name: A}]
              - id: minutes
                of: item
                level: interval
                bound: amount
                name: Minutes
              - id: tone
                of: coding
                level: nominal
                name: Tone
                categories: [{id: good, name: Good}]
              - id: empty
                of: coding
                level: ordinal
                name: Empty
            """
        let found = problems(yaml)
        func line(_ text: String) -> Int? { found.first { $0.description.contains(text) }?.line }
        let base = validYAML.split(separator: "\n", omittingEmptySubsequences: false).count + 1
        #expect(line("key \"o\" already selects official") == base + 8)
        #expect(line("\"offical\" is not a category of capacity") == base + 5)
        #expect(line("\"person\" is not one of coding, item") == base + 10)
        #expect(line("only a variable of the coding can be bounded") == base + 17)
        #expect(line("tone's categories are positive, neutral, negative") == base + 23)
        #expect(line("an ordinal variable needs its categories") != nil)
        #expect(found.contains { $0.description.contains("duplicate variable id \"capacity\"") })
    }

    @Test func assignmentsParse() {
        #expect(VariableAssignment("capacity=official") == VariableAssignment(variable: "capacity", value: "official"))
        #expect(VariableAssignment("capacity") == nil)
        #expect(VariableAssignment("=x") == nil)
    }
}
