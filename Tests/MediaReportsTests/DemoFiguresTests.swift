import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import MediaCodebooks
import MediaModel
import MediaSamples
import MediaStore
import Testing
@testable import MediaReports

/// The demonstration mission, built through the real import path, reproduces the published
/// ODIHR 2012 figures of DESIGN §3, each within half a point.
@Suite struct DemoFiguresTests {
    /// Built once for the suite: importing every sample sheet takes a few seconds.
    static let demo: (codebook: Codebook, rows: [CodedRow])? = {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mediamon-demo-test-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        guard let result = try? DemoMission.build(at: folder.appendingPathComponent("monitoring.sqlite").path,
                                                  codebook: ShippedCodebooks.kazakhstan2012),
              let rows = try? result.database.codedRows() else { return nil }
        return (result.database.codebook, rows)
    }()

    func demo() throws -> (codebook: Codebook, rows: [CodedRow]) {
        try #require(Self.demo, "the demonstration database could not be built")
    }

    func shares(_ filter: ReportFilter = ReportFilter(), unit: AmountUnit) throws -> ShareTable {
        let d = try demo()
        return try #require(ShareReport(codebook: d.codebook).tables(d.rows, filter: filter).first { $0.unit == unit })
    }

    func tone(_ filter: ReportFilter = ReportFilter(), unit: AmountUnit, grouping: OutletGrouping = .outlet) throws -> ToneTable {
        let d = try demo()
        return try #require(ToneReport(codebook: d.codebook).tables(d.rows, filter: filter, grouping: grouping).first { $0.unit == unit })
    }

    func near(_ value: Double?, _ published: Double, _ what: Comment) {
        #expect(value.map { abs($0 - published) <= 0.5 } == true, "\(what): \(value.map(percent) ?? "none"), published \(published)")
    }

    func within(_ value: Double?, _ low: Double, _ high: Double, _ what: Comment) {
        #expect(value.map { $0 >= low - 0.5 && $0 <= high + 0.5 } == true, "\(what): \(value.map(percent) ?? "none"), published \(low)–\(high)")
    }

    @Test func stateTelevisionSharesMatchThePublishedFigures() throws {
        let tv = try shares(unit: .seconds)
        near(tv.share(of: "nur-otan", in: "kazakhstan-tv"), 24, "Kazakhstan TV, Nur Otan")
        for party in ["adilet", "ak-zhol", "auyl", "knpk", "patriots"] {
            within(tv.share(of: party, in: "kazakhstan-tv"), 11, 14, "Kazakhstan TV, \(party)")
        }
        near(tv.share(of: "nur-otan", in: "khabar"), 21, "Khabar, Nur Otan")
        for party in ["adilet", "ak-zhol", "auyl", "knpk", "patriots", "osdp"] {
            within(tv.share(of: party, in: "khabar"), 12, 15, "Khabar, \(party)")
        }
    }

    @Test func commercialTelevisionSharesMatchThePublishedFigures() throws {
        let tv = try shares(unit: .seconds)
        near(tv.share(of: "nur-otan", in: "astana-tv"), 80, "Astana TV, Nur Otan")
        near(tv.share(of: "nur-otan", in: "channel-7"), 51, "Channel 7, Nur Otan")
        // "The other commercial channels were balanced": no party far ahead.
        for outlet in ["channel-31", "ktk"] {
            let largest = tv.rows.filter { $0.outlet == outlet }.map(\.share).max() ?? 100
            #expect(largest < 20, "\(outlet): largest share \(percent(largest))")
        }
    }

    @Test func attributingOfficialsGivesNurOtan46And45Percent() throws {
        let tv = try shares(ReportFilter(attributeInstitutions: true), unit: .seconds)
        near(tv.share(of: "nur-otan", in: "kazakhstan-tv"), 46, "Kazakhstan TV, Nur Otan with officials")
        near(tv.share(of: "nur-otan", in: "khabar"), 45, "Khabar, Nur Otan with officials")
    }

    @Test func televisionToneMatchesThePublishedFigures() throws {
        let tv = try tone(unit: .seconds)
        var highest = (outlet: "", value: 0.0)
        for outlet in tv.outlets {
            let negative = tv.ofSubject("nur-otan", .negative, in: outlet)
            #expect(negative <= 2.5, "\(outlet): Nur Otan \(percent(negative))% negative")
            if negative > highest.value { highest = (outlet, negative) }
        }
        #expect(highest.outlet == "channel-31", "Nur Otan's most negative coverage is on 31 Kanal")
        near(tv.ofSubject("nur-otan", .negative, in: "channel-31"), 2, "31 Kanal, Nur Otan negative")
        for outlet in ["kazakhstan-tv", "khabar"] {
            near(tv.ofSubject("rukhaniyat", .negative, in: outlet), 61, "\(outlet), Rukhaniyat negative")
        }
        let state = try tone(unit: .seconds, grouping: .ownership)
        near(state.ofSubject("rukhaniyat", .negative, in: "state"), 61, "state TV, Rukhaniyat negative")
    }

    @Test func osdpCoverageTurnsFourteenPercentNegativeFromSevenJanuary() throws {
        let d = try demo()
        let late = ReportFilter(days: DayRange(first: LocalDate("2012-01-07")!, last: d.codebook.period.last))
        let tv = try tone(late, unit: .seconds)
        for outlet in tv.outlets {
            near(tv.ofSubject("osdp", .negative, in: outlet), 14, "\(outlet), OSDP negative from 7 January")
        }
        let grouped = try tone(late, unit: .seconds, grouping: .medium)
        near(grouped.ofSubject("osdp", .negative, in: "tv"), 14, "all TV, OSDP negative from 7 January")
    }

    @Test func newspaperSharesMatchThePublishedFigures() throws {
        let print = try shares(unit: .squareCentimetres)
        near(print.share(of: "nur-otan", in: "golos-respubliki"), 67, "Golos Respubliki, Nur Otan")
        near(print.share(of: "nur-otan", in: "kazakhstanskaya-pravda"), 39, "Kazakhstanskaya Pravda, Nur Otan")
        near(print.share(of: "nur-otan", in: "panorama"), 67, "Panorama, Nur Otan")
        near(print.share(of: "nur-otan", in: "vzglyad"), 63, "Vzglyad, Nur Otan")
        near(print.share(of: "ak-zhol", in: "svoboda-slova"), 52, "Svoboda Slova, Ak Zhol")
        near(print.share(of: "osdp", in: "zhas-alash"), 49, "Zhas Alash, OSDP")
        for (outlet, leader) in [("svoboda-slova", "ak-zhol"), ("zhas-alash", "osdp")] {
            let first = print.rows.filter { $0.outlet == outlet }.max { $0.share < $1.share }
            #expect(first?.subject == leader, "\(outlet) gave most to \(leader)")
        }
    }

    @Test func newspaperToneMatchesThePublishedFigures() throws {
        let t = try tone(unit: .squareCentimetres)
        near(t.ofSubject("nur-otan", .negative, in: "golos-respubliki"), 86, "Golos Respubliki, Nur Otan negative")
        near(t.ofSubject("nur-otan", .neutral, in: "golos-respubliki"), 14, "Golos Respubliki, Nur Otan neutral")
        near(t.ofSubject("osdp", .neutral, in: "golos-respubliki"), 76, "Golos Respubliki, OSDP neutral")
        near(t.ofSubject("osdp", .positive, in: "golos-respubliki"), 12, "Golos Respubliki, OSDP positive")
        near(t.ofSubject("osdp", .negative, in: "golos-respubliki"), 12, "Golos Respubliki, OSDP negative")
        for party in t.subjects(in: "golos-respubliki") where party != "nur-otan" && party != "osdp" {
            near(t.ofSubject(party, .neutral, in: "golos-respubliki"), 100, "Golos Respubliki, \(party) only neutral")
        }
        near(t.ofSubject("nur-otan", .positive, in: "kazakhstanskaya-pravda"), 88, "Kazakhstanskaya Pravda, Nur Otan positive")
        near(t.ofSubject("osdp", .negative, in: "kazakhstanskaya-pravda"), 8, "Kazakhstanskaya Pravda, OSDP negative")
        near(t.ofSubject("patriots", .negative, in: "kazakhstanskaya-pravda"), 9, "Kazakhstanskaya Pravda, Patriots negative")
        near(t.ofSubject("ak-zhol", .positive, in: "svoboda-slova"), 85, "Svoboda Slova, Ak Zhol positive")
        near(t.ofTone("nur-otan", .negative, in: "svoboda-slova"), 80, "Svoboda Slova, Nur Otan's part of the negative")
        near(t.ofSubject("adilet", .positive, in: "vzglyad"), 74, "Vzglyad, Adilet positive")
        near(t.ofSubject("osdp", .positive, in: "vzglyad"), 65, "Vzglyad, OSDP positive")
        near(t.ofSubject("nur-otan", .negative, in: "vzglyad"), 80, "Vzglyad, Nur Otan negative")
        near(t.ofTone("nur-otan", .negative, in: "panorama"), 40, "Panorama, Nur Otan's part of the negative")
        near(t.ofTone("nur-otan", .negative, in: "zhas-alash"), 67, "Zhas Alash, Nur Otan's part of the negative")
    }

    @Test func demoReportHoldsEveryTableInHTMLAndXLSX() throws {
        let d = try demo()
        let document = MissionReport(codebook: d.codebook).document(d.rows)
        // Per medium a share table and one with officials attributed, a tone table per outlet with
        // codings (the codebook's online outlets have none in the demo), direct speech on TV, and the
        // breaches of each of the codebook's rules (the demo breaks its one rule) under "Legal framework".
        let coded = Set(d.rows.map(\.outlet)).count
        #expect(document.tables.count == 2 * 2 + coded + 1 + d.codebook.rules.count)
        #expect(document.sections.last?.title == "Legal framework")
        let xml = try XMLDocument(data: Data(HTMLRenderer.render(document).utf8))
        #expect(xml.elements(named: "caption").map { $0.stringValue ?? "" } == document.tables.map(\.title))
        // One share chart per outlet, one tone chart per outlet, one week-by-week chart per outlet.
        #expect(xml.elements(named: "svg").count == 3 * coded)
        let reader = try XLSXReader(data: try XLSXWriter.data(document))
        #expect(try reader.sheets().count == document.tables.count)
    }

    @Test func demoTerminalTablesFitEightyColumns() throws {
        let d = try demo()
        let text = DocumentText.table(DemoReport(codebook: d.codebook).terminalDocument(d.rows, lateFrom: LocalDate("2012-01-07")))
        for line in text.split(separator: "\n") {
            #expect(String(line).displayWidth <= 80, "\(line)")
        }
    }
}
