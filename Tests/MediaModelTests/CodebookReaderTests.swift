import Foundation
import MediaCodebooks
import Testing
@testable import MediaModel

/// A small valid codebook; tests break one thing at a time.
let validYAML = """
    mission: Test mission
    period: {from: 2011-12-16, to: 2012-01-13}
    timeZone: Asia/Almaty
    window: {from: "18:00", to: "24:00"}
    genres:
      - {id: news, name: News}
      - {id: paid-advertising, name: Paid, editorial: false}
    subjects:
      - id: nur-otan
        kind: party
        name: {en: Nur Otan, kk: «Нұр Отан»}
        aliases: [Нұр Отан, Нур Отан]
      - id: president
        kind: institution
        affiliation: nur-otan
        name: President
        aliases: [{text: Президент, context: capitalised}]
    outlets:
      - {id: khabar, name: Khabar, medium: tv, ownership: state, languages: [kk, ru], xmltv: [khabar.kz]}
      - {id: panorama, name: Panorama, medium: print, ownership: private, languages: [ru]}
    """

func problems(_ yaml: String) -> [InputError] {
    do {
        _ = try CodebookReader().read(yaml: yaml, file: "test.yaml")
        return []
    } catch let errors as InputErrors {
        return errors.errors
    } catch {
        Issue.record("unexpected error \(error)")
        return []
    }
}

@Suite struct CodebookReaderTests {
    @Test func readsTheShippedKazakhstanCodebook() throws {
        let book = try CodebookReader().read(contentsOf: ShippedCodebooks.kazakhstan2012)
        #expect(book.period == DayRange(first: LocalDate("2011-12-16")!, last: LocalDate("2012-01-13")!))
        #expect(book.timeZoneID == "Asia/Almaty")
        #expect(book.window == TimeWindow(from: TimeOfDay("18:00")!, to: TimeOfDay("24:00")!))
        let parties = ["nur-otan", "ak-zhol", "knpk", "osdp", "auyl", "patriots", "adilet", "rukhaniyat"]
        #expect(book.subjects.filter { $0.kind == .party }.map(\.id).sorted() == parties.sorted())
        for id in ["president", "government", "cec", "akims"] {
            #expect(book.subject(id)?.kind == .institution, "missing institution \(id)")
        }
        #expect(book.subject("president")?.affiliation == "nur-otan")
        #expect(book.subject("cec")?.affiliation == nil)
        let tv = ["kazakhstan-tv", "khabar", "astana-tv", "channel-7", "channel-31", "ktk"]
        let print = ["golos-respubliki", "kazakhstanskaya-pravda", "panorama", "vzglyad", "svoboda-slova", "zhas-alash"]
        for id in tv { #expect(book.outlet(id)?.medium == .tv, "\(id)") }
        for id in print { #expect(book.outlet(id)?.medium == .print, "\(id)") }
        #expect(Set(book.genres.map(\.id)) == ["news", "current-affairs", "interview", "debate", "paid-advertising",
                                                "free-airtime", "voter-education", "other"])
        #expect(book.genres.filter { !$0.editorial }.map(\.id).sorted() == ["free-airtime", "paid-advertising"])
        // Abbreviations in both languages, as newspapers write them.
        let aliases = Set(book.subjects.flatMap { s in s.aliases.map { "\(s.id):\($0.text)" } })
        for expected in ["osdp:ЖСДП", "osdp:ОСДП", "knpk:ҚКХП", "knpk:КНПК", "patriots:ҚПП", "patriots:ППК"] {
            #expect(aliases.contains(expected), "missing alias \(expected)")
        }
    }

    @Test func acceptsAValidCodebook() {
        #expect(problems(validYAML).isEmpty)
    }

    @Test func reportsAnUnknownKeyWithItsLine() {
        let yaml = validYAML.replacingOccurrences(of: "    kind: institution", with: "    kind: institution\n    colour: red")
        let found = problems(yaml)
        #expect(found.count == 1)
        #expect(found.first?.field == "colour")
        #expect(found.first?.line == 15)
        #expect(found.first?.description.hasPrefix("test.yaml:15:") == true)
    }

    @Test func reportsDuplicateIDs() {
        let yaml = validYAML.replacingOccurrences(of: "id: panorama", with: "id: khabar")
        let found = problems(yaml)
        #expect(found.contains { $0.message.contains("duplicate outlet id \"khabar\"") && $0.line == 20 })
    }

    @Test func reportsAnAliasClaimedByTwoSubjects() {
        let yaml = validYAML.replacingOccurrences(of: "[{text: Президент, context: capitalised}]", with: "[нур отан]")
        let found = problems(yaml)
        #expect(found.count == 1)
        #expect(found.first?.message.contains("already claimed by nur-otan") == true)
        #expect(found.first?.line == 17)
    }

    @Test func reportsBadDatesWindowsAndZones() {
        var yaml = validYAML.replacingOccurrences(of: "to: 2012-01-13", with: "to: 2012-02-30")
        #expect(problems(yaml).contains { $0.field == "to" && $0.message.contains("not a date") && $0.line == 2 })
        yaml = validYAML.replacingOccurrences(of: "from: 2011-12-16", with: "from: 2012-03-01")
        #expect(problems(yaml).contains { $0.message.contains("ends (2012-01-13) before it starts") })
        yaml = validYAML.replacingOccurrences(of: "Asia/Almaty", with: "+06:00")
        #expect(problems(yaml).contains { $0.field == "timeZone" && $0.line == 3 })
        yaml = validYAML.replacingOccurrences(of: "Asia/Almaty", with: "Asia/Atlantis")
        #expect(problems(yaml).contains { $0.field == "timeZone" })
        yaml = validYAML.replacingOccurrences(of: "to: \"24:00\"", with: "to: \"17:00\"")
        #expect(problems(yaml).contains { $0.message.contains("end after it starts") })
    }

    @Test func reportsAnAffiliationThatIsNoParty() {
        let yaml = validYAML.replacingOccurrences(of: "affiliation: nur-otan", with: "affiliation: president")
        #expect(problems(yaml).contains { $0.field == "affiliation" && $0.line == 15 })
    }

    @Test func reportsEveryProblemAtOnce() {
        let yaml = validYAML
            .replacingOccurrences(of: "medium: tv", with: "medium: television")
            .replacingOccurrences(of: "ownership: private", with: "ownership: public")
            .replacingOccurrences(of: "kind: institution", with: "kind: official")
        let found = problems(yaml)
        #expect(found.count == 3)
        #expect(found.map(\.field) == ["kind", "medium", "ownership"])
    }

    @Test func reportsMissingSectionsAndInvalidYAML() {
        #expect(problems("mission: x\n").contains { $0.field == "outlets" && $0.message == "missing in the codebook" })
        let broken = problems("mission: [unclosed\nperiod: x\n")
        #expect(broken.count == 1)
        #expect(broken.first?.message.hasPrefix("not valid YAML") == true)
        #expect(broken.first?.line != nil)
        #expect(problems("").first?.message == "the codebook is empty")
    }

    @Test func rejectsIDsThatAreNotLowerCaseWithHyphens() {
        let yaml = validYAML.replacingOccurrences(of: "id: nur-otan", with: "id: Nur Otan")
        #expect(problems(yaml).contains { $0.field == "id" && $0.message.contains("not a valid id") })
    }
}
