import Foundation
import GRDB
import MediaModel

/// A stored transcript cue with the programme it belongs to.
public struct StoredCue: Sendable, Equatable {
    public var id: Int64
    public var programmeID: Int64
    public var startMs: Int
    public var endMs: Int
    public var text: String
}

/// A pre-filled coding suggestion: a subject mentioned in a programme's transcript, with the
/// seconds of the cues that mention it.
public struct Suggestion: Sendable, Equatable {
    public var programmeID: Int64
    public var subject: String
    public var seconds: Double
    public var cues: Int
}

extension MonitoringDatabase {
    /// Stores a transcript's cues in one transaction, each attached to the programme of its
    /// outlet that encloses it; a cue no programme encloses stops the import (import the
    /// broadcast log first). A cue already stored is a duplicate. The programmes' coding
    /// suggestions are then recomputed from all their cues' mentions.
    public func importTranscript(_ transcript: NewTranscript) throws -> FileImport {
        guard codebook.outlet(transcript.outlet) != nil else {
            throw codebook.unknown(.outlet, transcript.outlet)
        }
        let source = URL(fileURLWithPath: transcript.file).lastPathComponent
        return try write { db in
            var result = FileImport(file: transcript.file, kind: "cues")
            let insert = try db.makeStatement(sql: """
                INSERT INTO cue (outletID, programmeID, startUTC, endUTC, startMs, endMs, text, normalized, source)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING
                """)
            let mention = try db.makeStatement(sql: "INSERT OR IGNORE INTO cueMention (cueID, subjectID) VALUES (?, ?)")
            var touched: Set<Int64> = []
            for cue in transcript.cues {
                let start = UTCTimestamp.string(Self.floorDiv(cue.startMs, 1000))
                let end = UTCTimestamp.string(Self.floorDiv(cue.endMs + 999, 1000))
                // The programme that holds the cue's start; a cue may run a moment past its programme's end.
                guard let programme = try programmeOnAir(outlet: transcript.outlet, at: start, db) else {
                    let local = clock.local(Self.floorDiv(cue.startMs, 1000))
                    throw InputError(file: transcript.file, line: cue.line, field: "time",
                                     "no programme of \(transcript.outlet) is on air at \(local.date) \(local.time) local time; import its broadcast log (xmltv or log) first")
                }
                try insert.execute(arguments: [transcript.outlet, programme, start, end, cue.startMs, cue.endMs,
                                               cue.text, cue.normalized, source])
                guard db.changesCount > 0 else { result.duplicates += 1; continue }
                result.imported += 1
                let id = db.lastInsertedRowID
                for subject in Set(cue.subjects) where codebook.subject(subject) != nil {
                    try mention.execute(arguments: [id, subject])
                }
                touched.insert(programme)
            }
            for programme in touched { try recomputeSuggestions(programme: programme, db) }
            if !touched.isEmpty {
                let rows = try Row.fetchAll(db, sql: """
                    SELECT subjectID, SUM(seconds) AS seconds FROM suggestion
                    WHERE programmeID IN (\(touched.map(String.init).joined(separator: ",")))
                    GROUP BY subjectID ORDER BY seconds DESC, subjectID
                    """)
                if !rows.isEmpty {
                    let list = rows.map { "\($0["subjectID"] as String) \(($0["seconds"] as Double).formatted) s" }
                    result.detail = "coding suggestions in \(plural(touched.count, "programme")): " + list.joined(separator: ", ")
                }
            }
            return result
        }
    }

    private func programmeOnAir(outlet: String, at instant: String, _ db: Database) throws -> Int64? {
        try Int64.fetchOne(db, sql: """
            SELECT id FROM programme WHERE outletID = ? AND startUTC <= ? AND endUTC > ?
            ORDER BY startUTC DESC LIMIT 1
            """, arguments: [outlet, instant, instant])
    }

    /// Per subject, the seconds of the programme's cues that mention it (a cue counts once per subject).
    func recomputeSuggestions(programme: Int64, _ db: Database) throws {
        try db.execute(sql: "DELETE FROM suggestion WHERE programmeID = ?", arguments: [programme])
        try db.execute(sql: """
            INSERT INTO suggestion (programmeID, subjectID, seconds, cues)
            SELECT c.programmeID, m.subjectID, SUM(c.endMs - c.startMs) / 1000.0, COUNT(*)
            FROM cue c JOIN cueMention m ON m.cueID = c.id
            WHERE c.programmeID = ?
            GROUP BY m.subjectID
            """, arguments: [programme])
    }

    public func cues(programme: Int64) throws -> [StoredCue] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM cue WHERE programmeID = ? ORDER BY startMs", arguments: [programme]).map(storedCue)
        }
    }

    /// Cues whose normalized text contains `folded` (already folded by the text layer), newest programmes last.
    public func searchCues(_ folded: String, outlet: String? = nil, limit: Int = 100) throws -> [StoredCue] {
        let pattern = "%" + folded.replacingOccurrences(of: "\\", with: "\\\\")
            .replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_") + "%"
        return try read { db in
            try Row.fetchAll(db, sql: """
                SELECT * FROM cue WHERE normalized LIKE ? ESCAPE '\\' \(outlet == nil ? "" : "AND outletID = ?")
                ORDER BY startMs LIMIT ?
                """, arguments: StatementArguments([pattern] + (outlet.map { [$0] } ?? []) + [String(limit)])).map(storedCue)
        }
    }

    public func suggestions(programme: Int64) throws -> [Suggestion] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM suggestion WHERE programmeID = ? ORDER BY seconds DESC, subjectID",
                             arguments: [programme]).map {
                Suggestion(programmeID: $0["programmeID"], subject: $0["subjectID"], seconds: $0["seconds"], cues: $0["cues"])
            }
        }
    }

    func storedCue(_ row: Row) -> StoredCue {
        StoredCue(id: row["id"], programmeID: row["programmeID"], startMs: row["startMs"], endMs: row["endMs"], text: row["text"])
    }

    static func floorDiv(_ a: Int, _ b: Int) -> Int { a >= 0 ? a / b : (a - b + 1) / b }
}
