import Foundation
import MediaCoder
import MediaModel
import MediaStore
import Testing

/// The codebook's own variables on the coding screen: asked from the YAML, with no code per variable.
@Suite struct CoderVariablesTests {
    /// Two variables no code knows of: a required nominal one with keys, and an interval one bounded by the amount.
    static let madeUp = """
      - id: speaker-gender
        of: coding
        level: nominal
        required: true
        name: {en: Speaker gender, ru: Пол говорящего}
        categories:
          - {id: female, key: f, name: {en: Female, ru: Женщина}}
          - {id: male, key: m, name: {en: Male, ru: Мужчина}}
          - {id: unknown, key: u, name: {en: Unknown, ru: Неизвестно}}
      - id: quoted
        of: coding
        level: interval
        bound: amount
        name: {en: Quoted seconds}

    """

    @Test func asksAVariableAddedToTheYAMLAndStoresItsValue() throws {
        let f = try Fixture(extraVariables: Self.madeUp)
        let id = try f.item("20:00:00", "20:02:30")
        let screen = try f.screen()
        screen.type("snur-otan⏎40⏎0")
        // Built-in fields first, then the declared ones in the codebook's order: capacity, speaker-gender, quoted.
        #expect(screen.text.contains("Capacity of nur-otan: [x=Other]  o=Official duties  c=Campaigning  x=Other"))
        screen.type("⏎")
        #expect(screen.text.contains("Speaker gender of nur-otan: [—]  f=Female  m=Male  u=Unknown"))
        screen.type("⏎")                       // required and empty: refused, nothing saved
        #expect(screen.text.contains("speaker-gender is required"))
        screen.type("q")                       // not a key of this variable
        #expect(screen.text.contains("speaker-gender: press one of f=Female"))
        #expect(try f.db.codings(ofSegment: id).isEmpty)
        screen.type("f")
        #expect(screen.text.contains("Quoted seconds of nur-otan: ▏  (0–40)"))
        screen.type("50⏎")                     // more than the amount
        #expect(screen.text.contains("quoted: 50 is more than the amount, 40"))
        #expect(try f.db.codings(ofSegment: id).isEmpty)
        screen.type("⌫⌫12⏎")
        let coding = try #require(try f.db.codings(ofSegment: id).first)
        #expect(coding.amount == 40 && coding.tone == .neutral)
        // The default (capacity other) is read, not stored: only what the coder gave.
        #expect(coding.values == ["speaker-gender": "female", "quoted": "12"])
        #expect(screen.text.contains("Saved nur-otan: 40 seconds, neutral, quoted 12, speaker-gender female"))
    }

    @Test func editingACodingShowsItsStoredValuesAndKeepsThem() throws {
        let f = try Fixture(extraVariables: Self.madeUp)
        let id = try f.item("20:00:00", "20:02:30")
        let screen = try f.screen()
        screen.type("snur-otan⏎40⏎0om7⏎")
        #expect(try f.db.codings(ofSegment: id).first?.values == ["capacity": "official", "speaker-gender": "male", "quoted": "7"])
        screen.type("-")                       // a new tone for the saved row: its stored values come up preselected
        #expect(screen.text.contains("Capacity of nur-otan: [o=Official duties]"))
        screen.type("⏎")
        #expect(screen.text.contains("Speaker gender of nur-otan: [m=Male]"))
        screen.type("u")
        #expect(screen.text.contains("Quoted seconds of nur-otan: 7▏"))
        screen.type("⏎")
        let coding = try #require(try f.db.codings(ofSegment: id).first)
        #expect(coding.tone == .negative)
        #expect(coding.values == ["capacity": "official", "speaker-gender": "unknown", "quoted": "7"])
        // Escape in a variable's prompt saves nothing.
        screen.type("+⎋")
        #expect(try f.db.codings(ofSegment: id).first?.tone == .negative)
    }

    @Test func theShippedCodebookAsksCapacityPerCodingAndTopicPerItem() throws {
        let f = try Fixture()
        let id = try f.item("20:00:00", "20:02:30")
        let screen = try f.screen()
        screen.type("snur-otan⏎40⏎+")
        #expect(screen.text.contains("Capacity of nur-otan: [x=Other]"))
        screen.type("c")
        #expect(try f.db.codings(ofSegment: id).first?.values == ["capacity": "campaign"])
        screen.type("sak-zhol⏎20⏎-⏎")          // Enter keeps the default, which is not stored
        #expect(try f.db.codings(ofSegment: id).first { $0.subject == "ak-zhol" }?.values == [:])
        #expect(try f.db.codings(ofSegment: id).first { $0.subject == "ak-zhol" }?.tone == .negative)

        screen.type("g1")
        #expect(screen.text.contains("Topic of the item: [—]  e=Election administration  c=Campaign"))
        screen.type("z")
        #expect(try f.db.itemValues(segment: id, coder: "aigerim") == ["topic": "zhanaozen"])
        screen.type("g1")
        #expect(screen.text.contains("Topic of the item: [z=Zhanaozen events]"))
        screen.handle(.ctrl("u"))              // not required: Ctrl-U leaves it empty, withdrawing it
        screen.type("⏎")
        #expect(try f.db.itemValues(segment: id, coder: "aigerim") == [:])
        #expect(try f.db.auditLog().filter { $0.field == "topic" }.map(\.new) == ["zhanaozen", nil])
        screen.type("u")                       // undo brings the topic back with the genre
        #expect(try f.db.itemValues(segment: id, coder: "aigerim") == ["topic": "zhanaozen"])
    }

    @Test func promptsInTheCodersLanguage() throws {
        let f = try Fixture(extraVariables: Self.madeUp)
        try f.db.addAccount(name: "aigerim", role: .monitor, passwordHash: "x")
        try f.db.setLanguage(.ru, of: "aigerim")
        try f.item("20:00:00", "20:02:30")
        let screen = try f.screen()
        screen.type("snur-otan⏎40⏎0⏎")
        #expect(screen.text.contains("Пол говорящего of nur-otan: [—]  f=Женщина  m=Мужчина  u=Неизвестно"))
    }
}
