import Testing
@testable import MediaModel

/// The alias keys for shared surnames and exclusions: `context: person` with `given` and `roles`,
/// `notPrecededBy`.
@Suite struct AliasReaderTests {
    static func yaml(_ alias: String) -> String {
        validYAML.replacingOccurrences(of: "[{text: Президент, context: capitalised}]", with: "[\(alias)]")
    }

    @Test func readsAPersonAliasWithGivenNamesAndRoles() throws {
        let book = try CodebookReader().read(yaml: Self.yaml(
            "{text: Касымов, context: person, given: [Гани], roles: [патриот], notPrecededBy: [имени]}"), file: "test.yaml")
        let alias = try #require(book.subject("president")?.aliases.first)
        #expect(alias.context == .person && alias.given == ["Гани"] && alias.roles == ["патриот"] && alias.notPrecededBy == ["имени"])
    }

    @Test func readsAfterMention() throws {
        let book = try CodebookReader().read(yaml: Self.yaml("{text: президент, context: after-mention}"), file: "test.yaml")
        #expect(book.subject("president")?.aliases.first?.context == .afterMention)
    }

    @Test func reportsAPersonAliasWithoutGivenNames() {
        let found = problems(Self.yaml("{text: Касымов, context: person, roles: [сенатор]}"))
        #expect(found.count == 1)
        #expect(found.first?.message.contains("given names") == true && found.first?.line == 17)
    }

    @Test func reportsGivenNamesOnAnAliasThatIsNoPerson() {
        let found = problems(Self.yaml("{text: Касымов, given: [Гани]}"))
        #expect(found.count == 1)
        #expect(found.first?.field == "given" && found.first?.message.contains("only for context: person") == true)
    }
}
