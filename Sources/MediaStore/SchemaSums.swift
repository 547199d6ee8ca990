import Foundation
import GRDB
import MediaModel

extension Schema {
    /// `v4-sums`: the coding sums reports read (docs/METHODOLOGY.md "Coding sums"), built here from
    /// the codings already stored and kept up to date by every write of codings from then on.
    ///
    /// Text keys are never NULL ("" for none) so that the primary key makes each combination one row.
    /// The key's order lets a report that needs no variable values group the primary codings' sums
    /// by a prefix of it, in the table's own order (no sort).
    /// Amounts and direct speech are integers in millionths of the unit: sums of them are exact.
    static func registerSums(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v4-sums") { db in
            try db.execute(sql: """
                CREATE TABLE codingSum (
                    outletID TEXT NOT NULL,
                    date TEXT NOT NULL,
                    subjectID TEXT NOT NULL,
                    unit TEXT NOT NULL,
                    genreID TEXT NOT NULL,
                    tone TEXT NOT NULL,
                    codingVars TEXT NOT NULL,
                    itemVars TEXT NOT NULL,
                    isPrimary INTEGER NOT NULL CHECK (isPrimary IN (0, 1)),
                    insideWindow INTEGER NOT NULL CHECK (insideWindow IN (0, 1)),
                    amount INTEGER NOT NULL,
                    direct INTEGER NOT NULL,
                    codings INTEGER NOT NULL CHECK (codings >= 0),
                    PRIMARY KEY (isPrimary, outletID, date, subjectID, unit, genreID, tone, insideWindow, codingVars, itemVars)
                ) WITHOUT ROWID;
                -- How many codings the sums hold, kept by triggers on every change of a sum, so that
                -- the guard every report runs (sums hold every coding) reads one row, not them all.
                CREATE TABLE codingSumTotal (
                    id INTEGER PRIMARY KEY CHECK (id = 1),
                    codings INTEGER NOT NULL
                );
                INSERT INTO codingSumTotal (id, codings) VALUES (1, 0);
                CREATE TRIGGER codingSum_insert AFTER INSERT ON codingSum BEGIN
                    UPDATE codingSumTotal SET codings = codings + NEW.codings WHERE id = 1;
                END;
                CREATE TRIGGER codingSum_update AFTER UPDATE OF codings ON codingSum BEGIN
                    UPDATE codingSumTotal SET codings = codings + NEW.codings - OLD.codings WHERE id = 1;
                END;
                CREATE TRIGGER codingSum_delete AFTER DELETE ON codingSum BEGIN
                    UPDATE codingSumTotal SET codings = codings - OLD.codings WHERE id = 1;
                END;
                """)
            // A database being created has no codebook yet, and no codings.
            guard let stored = try Row.fetchOne(db, sql: "SELECT yaml, source FROM codebook WHERE id = 1") else { return }
            let codebook = try CodebookReader().read(yaml: stored["yaml"], file: "codebook snapshot of \(stored["source"] as String)")
            try MonitoringDatabase.rebuildSums(db, codebook: codebook, clock: MissionClock(codebook: codebook))
        }
    }
}
