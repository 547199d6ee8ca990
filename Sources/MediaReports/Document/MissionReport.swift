import MediaModel

/// The whole-campaign report a monitoring team hands to its head of mission: per medium, the share
/// of coverage, the share with officials attributed to their party, tone per outlet, and each
/// outlet's shares week by week. `mediamon demo` writes it as HTML, XLSX and Markdown.
///
/// Everything mission-specific comes from the codebook (its monitoring window, its institutions and
/// their parties, its outlets) and every word from the reader's language's catalogue.
public struct MissionReport: Sendable {
    public let codebook: Codebook
    public let language: Language

    public init(codebook: Codebook, language: Language = .en) {
        self.codebook = codebook
        self.language = language
    }

    /// `references`: published figures set beside the mission's; the codebook's rules are checked when it declares any,
    /// on `codings` (one row per coding: rules with time slots need each item's start) or else on `rows`.
    public func document(_ rows: [CodedRow], filter: ReportFilter = ReportFilter(), numbering: WeekNumbering? = nil,
                         references: ReferenceComparison? = nil, codings: [CodedRow]? = nil) -> ReportDocument {
        let composer = ReportComposer(codebook: codebook, language: language, weight: filter.weight)
        let text = composer.text
        let shareReport = ShareReport(codebook: codebook)
        let counted = filter.counted(rows, codebook: codebook)
        var attributedFilter = filter
        attributedFilter.attributeInstitutions = true
        let shares = shareReport.tables(counted, grouping: .outlet)
        let attributed = filter.attributeInstitutions ? [] : shareReport.tables(attributedFilter.counted(rows, codebook: codebook), grouping: .outlet)
        let tones = ToneReport(codebook: codebook).tables(counted, grouping: .outlet)
        let series = shareReport.weekSeries(rows, filter: filter, numbering: numbering ?? WeekNumbering(period: filter.days ?? codebook.period))

        var doc = composer.document(.missionReportTitle, filter: filter)
        doc.sections.append(.init(title: text[.howToRead], blocks: [.note(methodNote(composer))]))
        for t in shares {
            let section = composer.sectionTitle(t.unit)
            let unit = composer.unitLabel(t.unit)
            var blocks: [ReportDocument.Block] = [.table(composer.shareTable(t, title: text(.contestantsShareTitle, ["unit": unit])))]
            blocks += t.outlets.map { .chart(composer.shareBars(t, outlet: $0)) }
            if let a = attributed.first(where: { $0.unit == t.unit }), a != t {
                blocks.append(.note(text(.attributedNote, ["institutions": attributedInstitutions.joined(separator: ", ")])))
                blocks.append(.table(composer.shareTable(a, title: text(.attributedShareTitle, ["unit": unit]), sheet: .sheetAttributed)))
            }
            if let direct = composer.directSpeechTable(t) { blocks.append(.table(direct)) }
            doc.sections.append(.init(title: text(.sectionShare, ["section": section]), blocks: blocks))

            if let tone = tones.first(where: { $0.unit == t.unit }) {
                var toneBlocks: [ReportDocument.Block] = [.note(composer.toneNote)]
                for outlet in tone.outlets {
                    toneBlocks.append(.table(composer.toneTable(tone, outlet: outlet)))
                    toneBlocks.append(.chart(composer.toneStack(tone, outlet: outlet)))
                }
                doc.sections.append(.init(title: text(.sectionTone, ["section": section]), blocks: toneBlocks))
            }
            let lines = series.filter { $0.unit == t.unit && $0.weeks.count > 1 }
            if !lines.isEmpty {
                doc.sections.append(.init(title: text(.sectionWeeks, ["section": section]), blocks: lines.map { .chart(composer.weekLines($0)) }))
            }
        }
        if let references { doc.sections += composer.referenceSections(references) }
        if !codebook.rules.isEmpty {
            doc.sections.append(composer.legalFrameworkSection(RulesCheck(codebook: codebook, numbering: numbering).breaches(codings ?? rows)))
        }
        return doc
    }

    /// The institutions whose coverage `--attribute-institutions` folds into a party: the
    /// codebook's, in its order and the reader's language.
    var attributedInstitutions: [String] {
        codebook.subjects.filter { $0.kind == .institution && $0.affiliation != nil }.map { $0.name.in(language) }
    }

    /// How the figures were counted, with the codebook's monitoring window (and the outlets that
    /// keep their own).
    func methodNote(_ composer: ReportComposer) -> String {
        var window = composer.windowText(codebook.window)
        let own = codebook.outlets.filter { $0.medium.isBroadcast && $0.window != nil && $0.window != codebook.window }
        if !own.isEmpty {
            window += "; " + own.map { "\($0.name.in(language)) \(composer.windowText($0.window!))" }.joined(separator: ", ")
        }
        return composer.text(.methodNote, ["window": window])
    }
}
