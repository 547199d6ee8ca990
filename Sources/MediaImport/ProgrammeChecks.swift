import MediaModel

/// What every broadcast log reader checks on its programmes before they are stored: the
/// monitoring period (outside it: skipped and counted) and overlaps on one outlet (a warning,
/// since guides overlap by a minute now and then and the programmes are still worth having).
struct ProgrammeChecks {
    /// No broadcast log programme runs longer than a day: a longer one is a typo in the log.
    static let longestProgramme = 24 * 3600

    let codebook: Codebook
    let clock: LocalClock
    let file: String
    /// Per outlet, the programme read so far that ends last.
    private var lastOf: [String: NewProgramme] = [:]

    init(codebook: Codebook, clock: LocalClock, file: String) {
        self.codebook = codebook
        self.clock = clock
        self.file = file
    }

    /// Whether to store `p`; records why not, and warns about overlaps.
    mutating func admit(_ p: NewProgramme, notes: inout ReadNotes) -> Bool {
        guard codebook.period.contains(clock.localDate(p.start)) else {
            notes.skip("outside the monitoring period \(codebook.period)")
            return false
        }
        if let previous = lastOf[p.outlet], p.start < previous.end, p.end > previous.start {
            notes.warn(InputError(file: file, line: p.line, field: "start",
                                  "\"\(p.title)\" overlaps \"\(previous.title)\" (line \(previous.line ?? 0)) on \(p.outlet)"))
        }
        if lastOf[p.outlet].map({ p.end > $0.end }) ?? true { lastOf[p.outlet] = p }
        return true
    }
}
