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

    @Test func readsTenuresAsOneSpanOrAList() throws {
        let one = try CodebookReader().read(yaml: Self.yaml("{text: Тоқаев, during: {from: 2019-03-20}}"), file: "test.yaml")
        let alias = try #require(one.subject("president")?.aliases.first)
        #expect(alias.during == [Alias.Tenure(from: LocalDate("2019-03-20"), to: nil)])
        #expect(!alias.holds(on: LocalDate("2011-06-01")!) && alias.holds(on: LocalDate("2019-03-20")!))
        let two = try CodebookReader().read(yaml: Self.yaml(
            "{text: Масимов, during: [{from: 2007-01-10, to: 2012-09-24}, {from: 2014-04-02, to: 2016-09-08}]}"), file: "test.yaml")
        let masimov = try #require(two.subject("president")?.aliases.first)
        #expect(masimov.holds(on: LocalDate("2012-09-24")!) && !masimov.holds(on: LocalDate("2013-01-01")!))
        #expect(masimov.holds(on: LocalDate("2015-01-01")!) && !masimov.holds(on: LocalDate("2020-01-01")!))
        #expect(masimov.holds(during: DayRange(first: LocalDate("2011-12-16")!, last: LocalDate("2012-01-13")!)))
    }

    @Test func reportsABadTenureWithItsLine() {
        let bad = problems(Self.yaml("{text: Тоқаев, during: {from: 2019-02-30}}"))
        #expect(bad.count == 1)
        #expect(bad.first?.message.contains("not a date") == true && bad.first?.line == 17 && bad.first?.file == "test.yaml")
        let backwards = problems(Self.yaml("{text: Тоқаев, during: {from: 2019-03-20, to: 2019-01-01}}"))
        #expect(backwards.count == 1 && backwards.first?.message.contains("ends") == true && backwards.first?.line == 17)
        let empty = problems(Self.yaml("{text: Тоқаев, during: {}}"))
        #expect(empty.count == 1 && empty.first?.field == "during")
    }
}
