import MediaModel
@testable import MediaReports

/// A small mission: two TV channels (state Kazakh-language, private Russian-language), one newspaper,
/// two parties, an institution affiliated with party A and one that is not.
enum Fixture {
    static let period = DayRange(first: LocalDate("2012-01-01")!, last: LocalDate("2012-01-14")!)

    static let codebook = Codebook(
        mission: "Test mission", period: period, timeZoneID: "Asia/Almaty",
        window: TimeWindow(from: TimeOfDay("18:00")!, to: TimeOfDay("24:00")!),
        genres: [
            Genre(id: "news", name: LocalizedName(en: "News"), editorial: true),
            Genre(id: "paid-advertising", name: LocalizedName(en: "Paid"), editorial: false),
        ],
        subjects: [
            Subject(id: "a", kind: .party, name: LocalizedName(en: "Party A", ru: "Партия А")),
            Subject(id: "b", kind: .party, name: LocalizedName(en: "Bloc of Something Long (BSL)")),
            Subject(id: "pres", kind: .institution, name: LocalizedName(en: "President"), affiliation: "a"),
            Subject(id: "cec", kind: .institution, name: LocalizedName(en: "CEC")),
        ],
        outlets: [
            Outlet(id: "tv1", name: LocalizedName(en: "State One"), medium: .tv, ownership: .state, languages: [.kk, .ru]),
            Outlet(id: "tv2", name: LocalizedName(en: "Private Two"), medium: .tv, ownership: .private, languages: [.ru]),
            Outlet(id: "paper", name: LocalizedName(en: "The Paper"), medium: .print, ownership: .private, languages: [.ru]),
        ])

    /// One coding; broadcast at 20:00 local unless `start` says otherwise, primary unless `primary` is false.
    static func row(_ outlet: String, _ subject: String, _ amount: Double, _ tone: Tone, day: String = "2012-01-02",
                    start: String? = "20:00", genre: String? = "news", direct: Double? = nil,
                    primary: Bool = true, segment: Int64 = 1) -> CodedRow {
        let unit: AmountUnit = outlet == "paper" ? .squareCentimetres : .seconds
        return CodedRow(segmentID: segment, outlet: outlet, unit: unit, date: LocalDate(day)!,
                        localStart: unit == .seconds ? start.flatMap { TimeOfDay($0) } : nil,
                        genre: genre, subject: subject, amount: amount, direct: direct, tone: tone,
                        coder: primary ? "first" : "second", isPrimary: primary)
    }
}

extension Array where Element == ShareTable {
    func table(_ unit: AmountUnit) -> ShareTable? { first { $0.unit == unit } }
}

extension Array where Element == ToneTable {
    func table(_ unit: AmountUnit) -> ToneTable? { first { $0.unit == unit } }
}
