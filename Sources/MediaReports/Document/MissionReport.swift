import MediaModel

/// The whole-campaign report a monitoring team hands to its head of mission: per medium, the share
/// of coverage, the share with officials attributed to their party, tone per outlet, and each
/// outlet's shares week by week. `mediamon demo` writes it as HTML and XLSX.
public struct MissionReport: Sendable {
    public let codebook: Codebook
    public let language: Language

    public init(codebook: Codebook, language: Language = .en) {
        self.codebook = codebook
        self.language = language
    }

    /// `references`: published figures set beside the mission's; the codebook's rules are checked when it declares any.
    public func document(_ rows: [CodedRow], filter: ReportFilter = ReportFilter(), numbering: WeekNumbering? = nil,
                         references: ReferenceComparison? = nil) -> ReportDocument {
        let composer = ReportComposer(codebook: codebook, language: language, weight: filter.weight)
        let shareReport = ShareReport(codebook: codebook)
        let counted = filter.counted(rows, codebook: codebook)
        var attributedFilter = filter
        attributedFilter.attributeInstitutions = true
        let shares = shareReport.tables(counted, grouping: .outlet)
        let attributed = filter.attributeInstitutions ? [] : shareReport.tables(attributedFilter.counted(rows, codebook: codebook), grouping: .outlet)
        let tones = ToneReport(codebook: codebook).tables(counted, grouping: .outlet)
        let series = shareReport.weekSeries(rows, filter: filter, numbering: numbering ?? WeekNumbering(period: filter.days ?? codebook.period))

        var doc = ReportDocument(title: "Media monitoring: coverage of the campaign", subtitle: composer.subtitle(filter))
        doc.sections.append(.init(title: "How to read this report", blocks: [.note(MissionReport.method)]))
        for t in shares {
            let section = composer.sectionTitle(t.unit)
            var blocks: [ReportDocument.Block] = [.table(composer.shareTable(t, title: "Share of coverage of the contesting parties (% of \(composer.unitLabel(t.unit)))"))]
            blocks += t.outlets.map { .chart(composer.shareBars(t, outlet: $0)) }
            if let a = attributed.first(where: { $0.unit == t.unit }), a != t {
                blocks.append(.note("With coverage of officials (President, Government, akims) attributed to the party they belong to:"))
                blocks.append(.table(composer.shareTable(a, title: "Share of coverage, officials attributed to their party (% of \(composer.unitLabel(t.unit)))", sheet: "Attributed")))
            }
            if let direct = composer.directSpeechTable(t) { blocks.append(.table(direct)) }
            doc.sections.append(.init(title: section + ": share of coverage", blocks: blocks))

            if let tone = tones.first(where: { $0.unit == t.unit }) {
                var toneBlocks: [ReportDocument.Block] = [.note(composer.toneNote)]
                for outlet in tone.outlets {
                    toneBlocks.append(.table(composer.toneTable(tone, outlet: outlet)))
                    toneBlocks.append(.chart(composer.toneStack(tone, outlet: outlet)))
                }
                doc.sections.append(.init(title: section + ": tone", blocks: toneBlocks))
            }
            let lines = series.filter { $0.unit == t.unit && $0.weeks.count > 1 }
            if !lines.isEmpty {
                doc.sections.append(.init(title: section + ": week by week", blocks: lines.map { .chart(composer.weekLines($0)) }))
            }
        }
        if let references { doc.sections += composer.referenceSections(references) }
        if !codebook.rules.isEmpty {
            doc.sections.append(composer.legalFrameworkSection(RulesCheck(codebook: codebook, numbering: numbering).breaches(rows)))
        }
        return doc
    }

    static let method = """
        Monitors coded every item covering a political subject: the airtime (seconds) or space (cm²) \
        devoted to each subject, and the tone of that coverage. A share of coverage is a subject's \
        part of all coverage of the contesting parties in one outlet, computed from unrounded sums \
        and printed with one decimal, so an outlet's shares add up to 100. Only each item's primary \
        coding counts (items coded twice for quality control are not counted twice); broadcast items \
        count only in prime time; paid and free airtime are kept apart from editorial coverage. \
        Television and newspapers are measured in different units and never added together.
        """
}
