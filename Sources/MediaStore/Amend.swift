import Foundation
import GRDB
import MediaModel

/// What `codebook amend` added.
public struct AmendSummary: Sendable, Equatable {
    public var subjects: [String] = []
    public var aliases = 0
    public var outlets: [String] = []
    public var genres: [String] = []
    public var variables: [String] = []
    /// `variable/category` for categories added to variables that already existed.
    public var categories: [String] = []
    /// Changes to what the reports count by (`khabar: ownership state → private`, the monitoring
    /// window): allowed, but never under "nothing new", since they move figures already reported.
    public var changed: [String] = []

    public var isEmpty: Bool {
        subjects.isEmpty && aliases == 0 && outlets.isEmpty && genres.isEmpty && variables.isEmpty && categories.isEmpty && changed.isEmpty
    }
}

extension MonitoringDatabase {
    /// Amends a running mission's codebook (`mediamon codebook amend NEW.yaml`): adds subjects,
    /// aliases, outlets, genres, variables and categories without touching a coding, and keeps the
    /// new YAML as the snapshot. Refuses — every problem listed, nothing changed — to remove or
    /// change the meaning of anything the stored codings, items or programmes use: a subject's kind
    /// or party, an outlet's medium, a genre's editorial flag, a variable's attachment, level,
    /// default or categories, the time zone, or a period that leaves stored items out.
    public func amend(to new: Codebook, yaml: String, source: String) throws -> AmendSummary {
        try write { db in try amend(db, to: new, yaml: yaml, source: source) }
    }

    /// What `amend` would add, or (thrown) every reason it would refuse: the same checks and
    /// writes in a savepoint that is rolled back, so nothing is kept.
    public func amendPreview(to new: Codebook, yaml: String, source: String) throws -> AmendSummary {
        try write { db in
            var summary = AmendSummary()
            try db.inSavepoint {
                summary = try amend(db, to: new, yaml: yaml, source: source)
                return .rollback
            }
            return summary
        }
    }

    private func amend(_ db: Database, to new: Codebook, yaml: String, source: String) throws -> AmendSummary {
        let old = codebook
        do {  // the scope the write closure was, so the checks below read as before
            var problems: [InputError] = []
            func refuse(_ field: String, _ message: String) { problems.append(InputError(file: source, field: field, message)) }
            func used(_ sql: String) throws -> Set<String> { Set(try String.fetchAll(db, sql: sql)) }

            let usedSubjects = try used("SELECT subjectID FROM coding UNION SELECT subjectID FROM cueMention UNION SELECT subjectID FROM suggestion")
            let usedOutlets = try used("SELECT outletID FROM segment UNION SELECT outletID FROM programme")
            let usedGenres = try used("SELECT genreID FROM segmentGenre UNION SELECT genreID FROM segment WHERE genreID IS NOT NULL")
            var usedValues: [String: Set<String>] = [:]
            for row in try Row.fetchAll(db, sql: """
                SELECT DISTINCT j.key, j.value FROM coding, json_each(coding.vars) j
                UNION SELECT DISTINCT j.key, j.value FROM segmentGenre, json_each(segmentGenre.vars) j
                """) {
                usedValues[row[0], default: []].insert(row[1])
            }
            let hasCodings = try Int.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM coding)") == 1
            let hasItems = try Int.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM segment)") == 1

            if new.timeZoneID != old.timeZoneID, hasItems {
                refuse("timeZone", "the stored items' times were read in \(old.timeZoneID); the time zone cannot change to \(new.timeZoneID)")
            }
            if new.period != old.period,
               let row = try Row.fetchOne(db, sql: "SELECT MIN(date), MAX(date) FROM segment"),
               let first = (row[0] as String?).flatMap(LocalDate.init), let last = (row[1] as String?).flatMap(LocalDate.init),
               !new.period.contains(first) || !new.period.contains(last) {
                refuse("period", "stored items are dated \(first) – \(last), outside the new period \(new.period)")
            }
            for subject in old.subjects {
                guard let now = new.subject(subject.id) else {
                    if usedSubjects.contains(subject.id) { refuse("subjects", "\(subject.id) is coded or mentioned; it cannot be removed") }
                    else { refuse("subjects", "\(subject.id) cannot be removed (the database keeps every subject it was given)") }
                    continue
                }
                if usedSubjects.contains(subject.id), now.kind != subject.kind || now.affiliation != subject.affiliation {
                    refuse("subjects", "\(subject.id) is coded; its kind and affiliation cannot change")
                }
            }
            for outlet in old.outlets {
                guard let now = new.outlet(outlet.id) else {
                    refuse("outlets", "\(outlet.id) cannot be removed" + (usedOutlets.contains(outlet.id) ? " (it has items)" : ""))
                    continue
                }
                if usedOutlets.contains(outlet.id), now.medium != outlet.medium {
                    refuse("outlets", "\(outlet.id) has items measured in \(outlet.medium.unit.label); its medium cannot change")
                }
            }
            for genre in old.genres {
                guard let now = new.genre(genre.id) else {
                    refuse("genres", "\(genre.id) cannot be removed" + (usedGenres.contains(genre.id) ? " (items are coded with it)" : ""))
                    continue
                }
                if usedGenres.contains(genre.id), now.editorial != genre.editorial {
                    refuse("genres", "items are coded \(genre.id); whether it is editorial cannot change")
                }
            }
            // A new variable's default is what every coding without a value reads as: added over
            // stored codings, it would count them all as that category though nobody coded it.
            for variable in new.variables where !variable.isBuiltIn && old.variable(variable.id) == nil {
                if hasCodings, let value = variable.defaultValue {
                    refuse("variables", "\(variable.id) is new but has a default (\(value)): the codings already stored would read as \(value) without anyone coding it; add it without a default")
                }
            }
            for variable in old.variables where !variable.isBuiltIn {
                let values = usedValues[variable.id] ?? []
                guard let now = new.variable(variable.id) else {
                    if !values.isEmpty { refuse("variables", "\(variable.id) has coded values; it cannot be removed") }
                    continue
                }
                if !values.isEmpty, now.of != variable.of || now.level != variable.level {
                    refuse("variables", "\(variable.id) has coded values; it stays a \(variable.level.rawValue) variable of the \(variable.of.rawValue)")
                }
                if hasCodings, now.defaultValue != variable.defaultValue {
                    refuse("variables", "\(variable.id)'s default (\(variable.defaultValue ?? "none")) is what uncoded values read as; it cannot change once there are codings")
                }
                for category in variable.categories where now.category(category.id) == nil && values.contains(category.id) {
                    refuse("variables", "\(variable.id) = \(category.id) is coded; the category cannot be removed")
                }
                if now.level == .ordinal, !values.isEmpty {
                    let kept = now.categories.map(\.id).filter { id in variable.categories.contains { $0.id == id } }
                    if kept != variable.categories.map(\.id).filter({ id in now.categories.contains { $0.id == id } }) {
                        refuse("variables", "\(variable.id) is ordinal and coded; its categories cannot be reordered")
                    }
                }
            }
            if !problems.isEmpty { throw InputErrors(problems) }

            var summary = AmendSummary()
            if new.window != old.window { summary.changed.append("monitoring window \(old.window) → \(new.window)") }
            for outlet in new.outlets {
                guard let was = old.outlet(outlet.id) else { continue }
                if outlet.ownership != was.ownership { summary.changed.append("\(outlet.id): ownership \(was.ownership.rawValue) → \(outlet.ownership.rawValue)") }
                if outlet.window != was.window {
                    summary.changed.append("\(outlet.id): window \(was.window.map(\.description) ?? "the mission's") → \(outlet.window.map(\.description) ?? "the mission's")")
                }
                if outlet.languages != was.languages {
                    summary.changed.append("\(outlet.id): languages \(was.languages.map(\.description).joined(separator: ", ")) → \(outlet.languages.map(\.description).joined(separator: ", "))")
                }
            }
            for genre in new.genres where old.genre(genre.id).map({ $0.editorial != genre.editorial }) == true {
                summary.changed.append("\(genre.id): \(genre.editorial ? "editorial" : "not editorial") now")
            }
            if new.rules != old.rules { summary.changed.append("rules") }
            for subject in new.subjects {
                if let was = old.subject(subject.id) {
                    summary.aliases += max(0, subject.aliases.count - was.aliases.count)
                    try db.execute(sql: "UPDATE subject SET name = ?, kind = ?, affiliation = ? WHERE id = ?",
                                   arguments: [subject.name.en, subject.kind.rawValue, subject.affiliation, subject.id])
                } else {
                    summary.subjects.append(subject.id)
                    summary.aliases += subject.aliases.count
                    try db.execute(sql: "INSERT INTO subject (id, kind, name, affiliation) VALUES (?, ?, ?, ?)",
                                   arguments: [subject.id, subject.kind.rawValue, subject.name.en, subject.affiliation])
                }
            }
            for outlet in new.outlets {
                if old.outlet(outlet.id) == nil { summary.outlets.append(outlet.id) }
                try db.execute(sql: """
                    INSERT INTO outlet (id, name, medium, ownership, unit) VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT (id) DO UPDATE SET name = excluded.name, medium = excluded.medium, ownership = excluded.ownership, unit = excluded.unit
                    """, arguments: [outlet.id, outlet.name.en, outlet.medium.rawValue, outlet.ownership.rawValue, outlet.medium.unit.rawValue])
            }
            for genre in new.genres {
                if old.genre(genre.id) == nil { summary.genres.append(genre.id) }
                try db.execute(sql: """
                    INSERT INTO genre (id, name, editorial) VALUES (?, ?, ?)
                    ON CONFLICT (id) DO UPDATE SET name = excluded.name, editorial = excluded.editorial
                    """, arguments: [genre.id, genre.name.en, genre.editorial])
            }
            for variable in new.variables where !variable.isBuiltIn {
                guard let was = old.variable(variable.id) else { summary.variables.append(variable.id); continue }
                summary.categories += variable.categories.filter { was.category($0.id) == nil }.map { "\(variable.id)/\($0.id)" }
            }
            try db.execute(sql: "UPDATE codebook SET yaml = ?, source = ?, loadedAt = ? WHERE id = 1",
                           arguments: [yaml, source, UTCTimestamp.now()])
            // A moved monitoring window moves codings in or out of it: the sums are counted again.
            // Anything else amend may add (a variable or category, read as its default) needs no change.
            if new.window != old.window || new.outlets.contains(where: { o in old.outlet(o.id).map { new.window(of: o) != old.window(of: $0) } ?? false }) {
                try Self.rebuildSums(db, codebook: new, clock: MissionClock(codebook: new))
            }
            return summary
        }
    }
}
