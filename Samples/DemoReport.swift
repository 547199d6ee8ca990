import MediaModel
import MediaReports

/// What `mediamon demo` prints: the tables a reader can hold against the published ODIHR findings,
/// compact enough for an 80-column terminal (subjects down, outlets across), in the reader's language.
/// It belongs to the samples, not to the reports library: which tables the 2012 report invites a
/// reader to check, and from which day its late-campaign finding runs, are facts about that mission.
public struct DemoReport: Sendable {
    public let codebook: Codebook
    public let language: Language

    /// 7 January 2012: from then on the ODIHR report found OSDP's coverage 14% negative (DESIGN §3).
    public static let lateCampaignFrom = LocalDate(year: 2012, month: 1, day: 7)!

    public init(codebook: Codebook, language: Language = .en) {
        self.codebook = codebook
        self.language = language
    }

    /// `lateFrom`: also show negative coverage from that day on (the 2012 report's "OSDP: 14% negative
    /// from 7 January"), since a campaign's tone can turn in its last week.
    public func terminalDocument(_ rows: [CodedRow], filter: ReportFilter = ReportFilter(), lateFrom: LocalDate? = nil) -> ReportDocument {
        let composer = ReportComposer(codebook: codebook, language: language, weight: filter.weight)
        let text = composer.text
        var attributedFilter = filter
        attributedFilter.attributeInstitutions = true
        let shares = ShareReport(codebook: codebook).tables(rows, filter: filter)
        let attributed = ShareReport(codebook: codebook).tables(rows, filter: attributedFilter)
        let tones = ToneReport(codebook: codebook).tables(rows, filter: filter)
        var doc = ReportDocument(title: text[.demoReportTitle], subtitle: composer.subtitle(filter), language: language)
        for t in shares {
            var blocks: [ReportDocument.Block] = [
                .table(composer.shareTable(t, title: text(.contestantsShareTitle, ["unit": composer.unitLabel(t.unit)]))),
            ]
            if let a = attributed.first(where: { $0.unit == t.unit }), a != t {
                blocks.append(.table(composer.shareTable(a, title: text[.demoAttributedTitle], sheet: .sheetAttributed)))
            }
            if let tone = tones.first(where: { $0.unit == t.unit }) {
                blocks.append(.table(composer.toneMatrix(tone, .positive, ofTone: false)))
                blocks.append(.table(composer.toneMatrix(tone, .negative, ofTone: false)))
                blocks.append(.table(composer.toneMatrix(tone, .negative, ofTone: true)))
            }
            let days = filter.days ?? codebook.period
            if let lateFrom, days.contains(lateFrom), t.unit == .seconds {
                var late = filter
                late.days = DayRange(first: lateFrom, last: days.last)
                if let tone = ToneReport(codebook: codebook).tables(rows, filter: late).first(where: { $0.unit == t.unit }) {
                    var table = composer.toneMatrix(tone, .negative, ofTone: false)
                    table.title = text(.lateNegativeTitle, ["date": composer.date(lateFrom)])
                    table.sheetName = text(.sheetLateNegative, ["date": composer.date(lateFrom)])
                    blocks.append(.table(table))
                }
            }
            doc.sections.append(.init(title: composer.sectionTitle(t.unit), blocks: blocks))
        }
        return doc
    }
}
