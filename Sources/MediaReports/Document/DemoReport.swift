import MediaModel

/// What `mediamon demo` prints: the tables a reader can hold against the published ODIHR findings,
/// compact enough for an 80-column terminal (subjects down, outlets across).
public struct DemoReport: Sendable {
    public let codebook: Codebook

    public init(codebook: Codebook) { self.codebook = codebook }

    /// `lateFrom`: also show negative coverage from that day on (the 2012 report's "OSDP: 14% negative
    /// from 7 January"), since a campaign's tone can turn in its last week.
    public func terminalDocument(_ rows: [CodedRow], filter: ReportFilter = ReportFilter(), lateFrom: LocalDate? = nil) -> ReportDocument {
        let composer = ReportComposer(codebook: codebook)
        let counted = filter.counted(rows, codebook: codebook)
        var attributedFilter = filter
        attributedFilter.attributeInstitutions = true
        let shares = ShareReport(codebook: codebook).tables(counted, grouping: .outlet)
        let attributed = ShareReport(codebook: codebook).tables(attributedFilter.counted(rows, codebook: codebook), grouping: .outlet)
        let tones = ToneReport(codebook: codebook).tables(counted, grouping: .outlet)
        var doc = ReportDocument(title: "Demonstration report", subtitle: composer.subtitle(filter))
        for t in shares {
            var blocks: [ReportDocument.Block] = [
                .table(composer.shareTable(t, title: "Share of coverage of the contesting parties (% of \(t.unit.label))")),
            ]
            if let a = attributed.first(where: { $0.unit == t.unit }), a != t {
                blocks.append(.table(composer.shareTable(a, title: "Share with officials attributed to their party (--attribute-institutions)", sheet: "Attributed")))
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
                    table.title = "Negative coverage from \(lateFrom) (% of each subject's coverage)"
                    table.sheetName = "Negative from \(lateFrom)"
                    blocks.append(.table(table))
                }
            }
            doc.sections.append(.init(title: composer.sectionTitle(t.unit), blocks: blocks))
        }
        return doc
    }
}

extension ReportComposer {
    /// One tone figure for every subject and outlet: the tone profile (`ofTone: false`, "61% of
    /// Rukhaniyat's coverage was negative") or the tone distribution (`ofTone: true`, "Nur Otan
    /// received 80% of the negative coverage").
    public func toneMatrix(_ t: ToneTable, _ tone: Tone, ofTone: Bool, grouping: OutletGrouping = .outlet) -> DataTable {
        let columns = t.outlets
        let title = ofTone
            ? "Each subject's part of the outlet's \(tone.rawValue) coverage (%)"
            : "\(tone.rawValue.capitalizedFirst) coverage (% of each subject's coverage)"
        var table = DataTable(title: title, columns: [.init("Subject", .text)] + columns.map {
            .init(codebook.columnName($0, grouping: grouping, language: language), .percent)
        })
        table.sheetName = "\(ofTone ? "Of all \(tone.rawValue)" : tone.rawValue.capitalizedFirst) (\(t.unit.label))"
        let subjects = codebook.subjects.map(\.id).filter { s in t.rows.contains { $0.subject == s } }
        for s in subjects {
            table.rows.append([.text(subjectName(s))] + columns.map { c -> DataTable.Cell in
                guard t.subjects(in: c).contains(s) else { return .empty }
                return .number(ofTone ? t.ofTone(s, tone, in: c) : t.ofSubject(s, tone, in: c))
            })
        }
        return table
    }
}
