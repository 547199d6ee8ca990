import MediaModel
import Testing
@testable import MediaReliability

/// Hand-made codings: the units and figures are worked out in the comments.
struct Codings {
    var rows: [CodedRow] = []
    var genres: [Int64: [String: String]] = [:]

    mutating func code(_ item: Int64, _ coder: String, _ subject: String, _ amount: Double, _ tone: Tone,
                       outlet: String = "khabar", unit: AmountUnit = .seconds) {
        rows.append(CodedRow(segmentID: item, outlet: outlet, unit: unit, date: LocalDate("2012-01-05")!, localStart: nil,
                             genre: nil, subject: subject, amount: amount, direct: nil, tone: tone, coder: coder,
                             isPrimary: rows.allSatisfy { $0.segmentID != item || $0.coder == coder }))
    }

    mutating func genre(_ item: Int64, _ coder: String, _ genre: String) { genres[item, default: [:]][coder] = genre }

    var items: DoubleCodedItems { DoubleCodedItems(rows: rows, genres: genres) }
}

@Suite struct DoubleCodedItemsTests {
    let subjects = ["nur-otan", "ak-zhol", "osdp"]

    /// Item 1: a and b agree on Nur Otan's presence, differ on its tone and amount; only a saw Ak Zhol.
    /// Item 2: a alone (not double coded). Item 3: a codes OSDP, b gives a genre and no subject.
    func sample() -> Codings {
        var c = Codings()
        c.code(1, "a", "nur-otan", 100, .positive)
        c.code(1, "a", "ak-zhol", 20, .neutral)
        c.code(1, "b", "nur-otan", 80, .neutral)
        c.genre(1, "a", "news"); c.genre(1, "b", "news")
        c.code(2, "a", "osdp", 50, .negative)
        c.genre(2, "a", "news")
        c.code(3, "a", "osdp", 60, .neutral)
        c.genre(3, "a", "news"); c.genre(3, "b", "interview")
        return c
    }

    @Test func keepsOnlyItemsCodedByTwoOrMoreCoders() {
        let items = sample().items
        #expect(items.items.map(\.segmentID) == [1, 3])
        #expect(items.items.map(\.coders) == [["a", "b"], ["a", "b"]])
        #expect(items.coders == ["a", "b"])
    }

    @Test func buildsTheUnitsOfDesignSectionOneStepFour() {
        let items = sample().items
        // subject: each item × each codebook subject, present/absent for both coders.
        #expect(items.subjectUnits(subjects: subjects) == [
            [true, true], [true, false], [false, false],
            [false, false], [false, false], [true, false],
        ])
        // tone and amount: (item, subject) pairs coded by two or more coders only.
        let paired = items.pairedCodings
        #expect(paired.map { "\($0.item.segmentID) \($0.subject)" } == ["1 nur-otan"])
        #expect(paired[0].codings.map(\.amount) == [100, 80])
        #expect(items.genreUnits == [["news", "news"], ["news", "interview"]])
        #expect(items.subjectSets == [[["nur-otan", "ak-zhol"], ["nur-otan"]], [["osdp"], []]])
    }

    @Test func aCoderFilterDropsTheOthersCodings() {
        var c = sample()
        c.code(2, "c", "osdp", 50, .negative)
        #expect(c.items.items.map(\.segmentID) == [1, 2, 3])
        let ac = DoubleCodedItems(rows: c.rows, genres: c.genres, coders: ["a", "c"])
        #expect(ac.items.map(\.segmentID) == [2])
        #expect(DoubleCodedItems(rows: c.rows, genres: c.genres, coders: ["b"]).items.isEmpty)
    }

    @Test func reportComputesEachVariableOverItsUnits() throws {
        let report = try ReliabilityReport(sample().items, subjects: subjects, tolerance: .relative(percent: 10))
        #expect(report.items == 2)
        // subject: 6 units, 2 disagree (a-only Ak Zhol in item 1, a-only OSDP in item 3).
        // Values: true ×4, false ×8; o(t,f) = o(f,t) = 2 → D_o = 4/12, D_e = 2·4·8/(12·11) → α = 1 − (1/3)/(64/132).
        #expect(report.subject.alpha.units == 6)
        #expect(abs(report.subject.alpha.alpha! - (1 - (1.0 / 3) / (64.0 / 132))) < 1e-12)
        // Jaccard: item 1 → 1/2, item 3 → 0.
        #expect(report.subject.agreement == 0.25)
        // tone: one unit, positive vs neutral → α = 0, agreement 0%.
        #expect(report.tone.alpha.alpha == 0 && report.tone.agreement == 0)
        // genre: news/news and news/interview: values news ×3, interview ×1.
        // D_o = 2/4, D_e = 2·3·1/(4·3) = 1/2 → α = 0; one of two pairs agrees.
        #expect(report.genre.alpha.alpha == 0 && report.genre.agreement == 50)
        // amount: a single unit 100/80 → α = 0; 80 is not within 10% of 100.
        #expect(report.amount.alpha.alpha == 0 && report.amount.agreement == 0)
        #expect(report.amountByUnit.map(\.unit) == [.seconds])
    }

    @Test func rejectsAToleranceInAnotherUnitThanTheItems() {
        var c = sample()
        c.code(9, "a", "osdp", 300, .neutral, outlet: "panorama", unit: .squareCentimetres)
        c.code(9, "b", "osdp", 280, .neutral, outlet: "panorama", unit: .squareCentimetres)
        #expect(throws: InputError.self) { try ReliabilityReport(c.items, subjects: subjects, tolerance: .absolute(5, unit: .seconds)) }
        let report = try? ReliabilityReport(c.items, subjects: subjects, tolerance: .absolute(25, unit: nil))
        #expect(report?.amountByUnit.map(\.unit) == [.seconds, .squareCentimetres])
        #expect(report?.amountByUnit.last?.reliability.agreement == 100)
    }

    @Test func emptyDataGivesUndefinedFiguresNotACrash() throws {
        let report = try ReliabilityReport(Codings().items, subjects: subjects, tolerance: .relative(percent: 10))
        #expect(report.items == 0)
        for v in [report.subject, report.tone, report.genre, report.amount] {
            #expect(v.alpha.alpha == nil && v.agreement == nil && v.verdict == .undefined)
        }
    }
}
