import Foundation
import MediaModel
import Testing
@testable import MediaReliability

@Suite struct ReliabilityJSONTests {
    func encoded(_ report: ReliabilityReport) throws -> [String: Any] {
        let data = try JSONEncoder().encode(ReliabilityJSON(report))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test func keepsTheShapeOfDesignSectionSix() throws {
        var c = Codings()
        c.code(1, "a", "nur-otan", 100, .positive)
        c.code(1, "b", "nur-otan", 100, .positive)
        c.code(2, "a", "osdp", 40, .negative)
        c.code(2, "b", "osdp", 40, .neutral)
        let json = try encoded(try ReliabilityReport(c.items, subjects: ["nur-otan", "osdp"], tolerance: .relative(percent: 10)))
        #expect(json["items"] as? Int == 2)
        let variables = try #require(json["variables"] as? [String: [String: Any]])
        #expect(Set(variables.keys) == ["subject", "tone", "genre", "amount"])
        for name in ["subject", "tone", "genre", "amount"] {
            #expect(variables[name]?.keys.contains("alpha") == true && variables[name]?.keys.contains("agreement") == true)
        }
        #expect(variables["tone"]?["agreement"] as? Double == 50)
        #expect(variables["subject"]?["agreement"] as? Double == 1)
        #expect(variables["tone"]?["verdict"] as? String == "not reliable")
    }

    @Test func writesAnUndefinedAlphaAsNull() throws {
        var c = Codings()
        c.code(1, "a", "nur-otan", 100, .neutral)
        c.code(1, "b", "nur-otan", 100, .neutral)
        let json = try encoded(try ReliabilityReport(c.items, subjects: ["nur-otan"], tolerance: .relative(percent: 10)))
        let tone = try #require((json["variables"] as? [String: [String: Any]])?["tone"])
        #expect(tone["alpha"] is NSNull)
        #expect(tone["verdict"] as? String == "undefined")
        // No genre given: no units, agreement null too.
        let genre = try #require((json["variables"] as? [String: [String: Any]])?["genre"])
        #expect(genre["agreement"] is NSNull && genre["units"] as? Int == 0)
    }
}
