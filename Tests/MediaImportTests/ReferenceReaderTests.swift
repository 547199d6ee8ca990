import Foundation
import MediaModel
import Testing
import TestSupport
@testable import MediaImport

/// The real Arcom excerpt and its map, in `Tests/ReferenceData/arcom` (see SOURCE.md there).
enum ArcomData {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("ReferenceData/arcom")
    static func path(_ name: String) -> String { folder.appendingPathComponent(name).path }
    static func frenchCodebook() throws -> Codebook {
        try CodebookReader().read(contentsOf: folder.appendingPathComponent("fr-2022-presidentielle.yaml"))
    }
    static func map() throws -> ReferenceMap { try ReferenceMap(contentsOf: folder.appendingPathComponent("arcom.map.yaml")) }

    /// The CSV's rows split by hand (the file has no quoted fields), independently of `CSVTable`.
    static func rawRows() throws -> [[String: String]] {
        let lines = try String(contentsOfFile: path("pres_2022-excerpt.csv"), encoding: .utf8).split(separator: "\n").map(String.init)
        let header = lines[0].split(separator: ",").map(String.init)
        return lines.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init))) }
    }
}

@Suite(.temporaryFolder) struct ReferenceReaderTests {
    @Test func readsArcomsWideTableThroughTheMapWithEveryFigureInSeconds() throws {
        let codebook = try ArcomData.frenchCodebook()
        let table = try ReferenceReader(codebook: codebook, map: try ArcomData.map()).read(path: ArcomData.path("pres_2022-excerpt.csv"))
        let raw = try ArcomData.rawRows()
        let known = raw.filter { ["France 2", "TF1"].contains($0["station"]!) && !table.unknown.map(\.name).contains($0["candidat"]!) }
        // One figure per known row and measure column.
        #expect(table.figures.count == known.count * 3)
        #expect(table.skippedFigures == (raw.count - known.count) * 3)
        // France 2, Pécresse, 1–16 January: 40.3167 minutes of her own speaking time.
        let pecresse = try #require(table.figures.first {
            $0.outlet == "france-2" && $0.subject == "pecresse" && $0.measure == "speaking" && $0.period.first == LocalDate("2022-01-01")!
        })
        let source = try #require(raw.first { $0["station"] == "France 2" && $0["candidat"] == "Pecresse Valerie" && $0["date_start"] == "2022-01-01" })
        #expect(pecresse.amount == Double(source["time_candidat"]!)! * 60)
        #expect(pecresse.unit == .seconds)
        #expect(pecresse.period == DayRange(first: LocalDate("2022-01-01")!, last: LocalDate("2022-01-16")!))
        #expect(Set(table.figures.map(\.measure)) == ["speaking", "support", "mention"])
        // Names in "Surname Firstname" order and without accents found the codebook's candidates.
        #expect(Set(table.figures.map(\.subject)).isSuperset(of: ["melenchon", "dupont-aignan", "le-pen", "zemmour"]))
    }

    @Test func listsEveryUnknownNameWithItsLinesAndImportsNothingUnlessAskedToSkip() throws {
        let codebook = try ArcomData.frenchCodebook()
        let table = try ReferenceReader(codebook: codebook, map: try ArcomData.map()).read(path: ArcomData.path("pres_2022-excerpt.csv"))
        let raw = try ArcomData.rawRows()
        let taubiraLines = raw.enumerated().filter { $0.element["candidat"] == "Taubira Christiane" }.map { $0.offset + 2 }
        let taubira = try #require(table.unknown.first { $0.name == "Taubira Christiane" })
        #expect(taubira.field == "subject")
        #expect(taubira.lines == taubiraLines)
        #expect(table.unknown.contains { $0.field == "outlet" && $0.name == "Euronews" })
        let error = #expect(throws: InputError.self) { try table.figures(skipUnknown: false) }
        let message = error?.description ?? ""
        for u in table.unknown { #expect(message.contains("\"\(u.name)\""), "\(u.name) not listed") }
        #expect(message.contains("pres_2022-excerpt.csv:\(taubiraLines[0])"))
        #expect(try table.figures(skipUnknown: true).count == table.figures.count)
    }

    @Test func matchesNamesByIdNameOrAliasInEitherScript() throws {
        let book = try codebook()
        let subjects = try CodebookNames.subjects(of: book)
        for name in ["nur-otan", "NUR OTAN", "Нұр Отан", "«Нур Отан»", "Nūr Otan", "Нұр  Отан"] {
            #expect(try subjects.match(name) == .found("nur-otan"), "\(name)")
        }
        // Kazakh Cyrillic aliases found from their Latin spelling (2021 alphabet and BGN).
        #expect(try subjects.match("Aq jol") == .found("ak-zhol"))
        let peruashev = try subjects.match("Perūashev") == .found("ak-zhol") || subjects.match("Peruashev") == .found("ak-zhol")
        #expect(peruashev)
        #expect(try subjects.match("Otan Nur") == .found("nur-otan"))
        #expect(try subjects.match("Party of Something") == .unknown)
        let outlets = try CodebookNames.outlets(of: book)
        let khabar = try outlets.match("Хабар") == .found("khabar") || outlets.match("Khabar") == .found("khabar")
        #expect(khabar)
        #expect(try outlets.match("khabar") == .found("khabar"))
    }

    @Test func aNameTwoEntriesShareIsAmbiguousNotGuessed() throws {
        let names = try CodebookNames([("le-pen-marine", ["Marine Le Pen"]), ("le-pen-jean-marie", ["Jean-Marie Le Pen", "Le Pen"])])
        #expect(try names.match("Le Pen Marine") == .found("le-pen-marine"))
        let two = try CodebookNames([("a", ["Anna Maria Smith"]), ("b", ["Maria Anna Smith"])])
        #expect(try two.match("Anna Maria Smith") == .found("a"))
        #expect(try two.match("Smith Anna Maria") == .ambiguous(["a", "b"]))
    }

    @Test func readsDecimalCommaSemicolonsAndClockDurations() throws {
        let book = try codebook()
        let agcomStyle = """
            Soggetto;Editore;Tempo parola (HH:MM:SS);Dal;Al
            Nur Otan;Khabar;13:11:25;16.12.2011;13.01.2012
            Ак жол;Хабар;2:48:59;16.12.2011;13.01.2012
            """
        let map = try ReferenceMap(yaml: """
            columns: {subject: Soggetto, outlet: Editore, amount: "Tempo parola (HH:MM:SS)", from: Dal, to: Al}
            measure: speaking
            amount: "HH:MM:SS"
            date: dd.MM.yyyy
            """, file: "agcom.yaml")
        let table = try ReferenceReader(codebook: book, map: map).read(text: agcomStyle, file: "agcom.csv")
        let expected: [Double] = [47_485, 10_139]   // 13:11:25 and 2:48:59
        #expect(table.figures.map(\.amount) == expected)
        #expect(table.figures.map(\.subject) == ["nur-otan", "ak-zhol"])
        #expect(table.figures.allSatisfy { $0.unit == .seconds && $0.period == book.period })

        let percentages = "outlet;subject;share\nkhabar;nur-otan;23,63\nkhabar;ak-zhol;1 234,5\n"
        let percentMap = try ReferenceMap(yaml: """
            columns: {amount: share}
            measure: airtime
            unit: percent
            decimal: ","
            period: {from: 2011-12-16, to: 2012-01-13}
            """, file: "p.yaml")
        let error = #expect(throws: InputErrors.self) { try ReferenceReader(codebook: book, map: percentMap).read(text: percentages, file: "p.csv") }
        #expect(error?.description.contains("p.csv:3: share: 1 234,5 is above 100 percent") == true)
        let good = try ReferenceReader(codebook: book, map: percentMap).read(text: "outlet;subject;share\nkhabar;nur-otan;23,63\n", file: "p.csv")
        #expect(good.figures.first?.amount == 23.63)
        #expect(good.figures.first?.unit == .percent)
    }

    @Test func refusesCellsItWouldHaveToGuess() throws {
        let book = try codebook()
        let text = """
            outlet,subject,from,to,measure,amount,unit
            khabar,nur-otan,2012-01-01,2012-01-07,airtime,"12,5",seconds
            khabar,ak-zhol,2012-01-08,2012-01-07,airtime,10,seconds
            khabar,osdp,2012-01-01,2012-01-07,airtime,-3,seconds
            khabar,knpk,2012-01-01,2012-01-07,airtime,3,parsecs
            khabar,auyl,2012-01-01,2012-01-07,airtime,,minutes
            khabar,adilet,2012-01-01,2012-01-07,airtime,4,minutes
            Хабар,Әділет,2012-01-01,2012-01-07,airtime,5,minutes
            """
        let error = #expect(throws: InputErrors.self) { try ReferenceReader(codebook: book).read(text: text, file: "r.csv") }
        let lines = error?.errors.map(\.description) ?? []
        #expect(lines.contains { $0.hasPrefix("r.csv:2: amount: \"12,5\" is not a number with a decimal point") })
        #expect(lines.contains { $0.hasPrefix("r.csv:3: to: the period ends") })
        #expect(lines.contains { $0.hasPrefix("r.csv:4: amount: -3 is negative") })
        #expect(lines.contains { $0.hasPrefix("r.csv:5: unit: \"parsecs\" is not a unit") })
        #expect(lines.contains { $0.hasPrefix("r.csv:6: amount: empty") })
        #expect(lines.contains { $0.hasPrefix("r.csv:8: amount: a second airtime figure for khabar, adilet") })
    }

    @Test func mapErrorsNameTheKeyAndLine() throws {
        let error = #expect(throws: InputErrors.self) {
            try ReferenceMap(yaml: "columns: {station: x}\nmeasures: {speaking: a}\nunit: furlongs\nwidth: 3\n", file: "m.yaml")
        }
        let text = error?.description ?? ""
        #expect(text.contains("m.yaml:1: station: unknown field"))
        #expect(text.contains("m.yaml:3: unit: \"furlongs\" is not a unit"))
        #expect(text.contains("m.yaml:4: width: unknown key"))
    }

    @Test func aMissingColumnNamesWhatTheHeaderHas() throws {
        let error = #expect(throws: InputErrors.self) {
            try ReferenceReader(codebook: try codebook(), map: try ArcomData.map()).read(text: "station,candidate,date_start\nkhabar,nur-otan,2012-01-01\n", file: "x.csv")
        }
        #expect(error?.description.contains("x.csv:1: candidat: missing column") == true)
        #expect(error?.description.contains("x.csv:1: time_support: missing column (the amounts of support); the header has station, candidate, date_start") == true)
    }

    @Test func readsAWindows1251TableAndRefusesNaNAndInfinity() throws {
        let book = try codebook()
        let text = "outlet;subject;from;to;measure;amount;unit\nХабар;Нур Отан;2012-01-01;2012-01-07;airtime;12,5;minutes\n"
        let map = try ReferenceMap(yaml: "decimal: \",\"", file: "m.yaml")
        let encoded = try #require(text.data(using: .windowsCP1251))
        let path = try temporaryFile("council-1251.csv", encoded)
        let table = try ReferenceReader(codebook: book, map: map).read(path: path, file: "council-1251.csv")
        #expect(table.figures.map(\.subject) == ["nur-otan"])
        #expect(table.figures.map(\.amount) == [750])
        for bad in ["nan", "inf", "1e400", "-0,5"] {
            let hostile = "outlet;subject;from;to;measure;amount;unit\nkhabar;nur-otan;2012-01-01;2012-01-07;airtime;\(bad);seconds\n"
            #expect(throws: InputErrors.self, "\(bad)") { try ReferenceReader(codebook: book, map: map).read(text: hostile, file: "h.csv") }
        }
    }
}
