import MediaModel
import Testing
@testable import MediaReliability

/// Alpha for every variable a codebook declares, at its level.
@Suite struct DeclaredVariableTests {
    static let capacity = Variable(id: "capacity", name: LocalizedName(en: "Capacity"), of: .coding, level: .nominal,
                                   categories: ["official", "campaign", "other"].map { .init(id: $0, name: LocalizedName(en: $0)) })
    static let fairness = Variable(id: "fairness", name: LocalizedName(en: "Fairness"), of: .item, level: .ordinal,
                                   categories: ["low", "mid", "high"].map { .init(id: $0, name: LocalizedName(en: $0)) })

    /// Items 1–3 coded by a and b. Capacity of Nur Otan: (official, official), (campaign, official), (other, other).
    /// Fairness of the items: (low, low), (high, mid), (mid, mid).
    func items() -> DoubleCodedItems {
        var rows: [CodedRow] = []
        let capacities = [("official", "official"), ("campaign", "official"), ("other", "other")]
        for (i, (a, b)) in capacities.enumerated() {
            for (coder, value) in [("a", a), ("b", b)] {
                rows.append(CodedRow(segmentID: Int64(i + 1), outlet: "khabar", unit: .seconds, date: LocalDate("2012-01-05")!, localStart: nil,
                                     genre: "news", subject: "nur-otan", amount: 30, direct: nil, tone: .neutral, coder: coder,
                                     isPrimary: coder == "a", values: ["capacity": value]))
            }
        }
        let fairness: [Int64: [String: VariableValues]] = [
            1: ["a": ["fairness": "low"], "b": ["fairness": "low"]],
            2: ["a": ["fairness": "high"], "b": ["fairness": "mid"]],
            3: ["a": ["fairness": "mid"], "b": ["fairness": "mid"]],
        ]
        return DoubleCodedItems(rows: rows, genres: [:], itemValues: fairness)
    }

    @Test func eachDeclaredVariableGetsAlphaAtItsLevel() throws {
        let report = try ReliabilityReport(items(), subjects: ["nur-otan"], tolerance: .relative(percent: 10),
                                           variables: [Variable.tone, Self.capacity, Self.fairness])
        #expect(report.declared.map(\.variable.id) == ["capacity", "fairness"])
        let capacity = try #require(report.declared.first { $0.variable.id == "capacity" }?.reliability)
        #expect(capacity.alpha == krippendorffAlpha(nominal: [["official", "official"], ["campaign", "official"], ["other", "other"]]))
        #expect(capacity.alpha.metric == .nominal && capacity.alpha.units == 3)
        #expect(abs((capacity.agreement ?? 0) - 200.0 / 3) < 1e-9)
        let fairness = try #require(report.declared.first { $0.variable.id == "fairness" }?.reliability)
        // Ranks in the codebook's order: low 0, mid 1, high 2.
        #expect(fairness.alpha == krippendorffAlpha([[0, 0], [2, 1], [1, 1]], metric: .ordinal))
        #expect(fairness.alpha.metric == .ordinal)
        let json = ReliabilityJSON(report)
        #expect(json.variables["capacity"] != nil && json.variables["fairness"] != nil && json.variables["tone"] != nil)
        #expect(report.table.rows.contains { $0.first == "fairness" && $0[1] == "ordinal" })
    }
}
