import Foundation
import GRDB

extension Schema {
    /// `v5-sums-without-values`: the coding sums summed over every value of the codebook's own
    /// variables (docs/METHODOLOGY.md "Coding sums"), which the reports that read no value read:
    /// about as many rows as the codings have outlets, days, subjects, genres and tones, however
    /// many variables a mission codes. Kept from the very changes that keep `codingSum` (one
    /// ledger writes both) and filled here from it.
    ///
    /// The key is `codingSum`'s without `codingVars` and `itemVars`, in the same order, so a report
    /// reads the rows in the order it read them grouped from `codingSum`.
    static func registerSumsWithoutValues(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v5-sums-without-values") { db in
            try db.execute(sql: """
                CREATE TABLE codingSumWithoutValues (
                    outletID TEXT NOT NULL,
                    date TEXT NOT NULL,
                    subjectID TEXT NOT NULL,
                    unit TEXT NOT NULL,
                    genreID TEXT NOT NULL,
                    tone TEXT NOT NULL,
                    isPrimary INTEGER NOT NULL CHECK (isPrimary IN (0, 1)),
                    insideWindow INTEGER NOT NULL CHECK (insideWindow IN (0, 1)),
                    amount INTEGER NOT NULL,
                    direct INTEGER NOT NULL,
                    codings INTEGER NOT NULL CHECK (codings >= 0),
                    PRIMARY KEY (isPrimary, outletID, date, subjectID, unit, genreID, tone, insideWindow)
                ) WITHOUT ROWID;
                -- Its own running total, as codingSumTotal is codingSum's: the guard of a report
                -- reads one row of the table it reads.
                CREATE TABLE codingSumWithoutValuesTotal (
                    id INTEGER PRIMARY KEY CHECK (id = 1),
                    codings INTEGER NOT NULL
                );
                INSERT INTO codingSumWithoutValuesTotal (id, codings) VALUES (1, 0);
                CREATE TRIGGER codingSumWithoutValues_insert AFTER INSERT ON codingSumWithoutValues BEGIN
                    UPDATE codingSumWithoutValuesTotal SET codings = codings + NEW.codings WHERE id = 1;
                END;
                CREATE TRIGGER codingSumWithoutValues_update AFTER UPDATE OF codings ON codingSumWithoutValues BEGIN
                    UPDATE codingSumWithoutValuesTotal SET codings = codings + NEW.codings - OLD.codings WHERE id = 1;
                END;
                CREATE TRIGGER codingSumWithoutValues_delete AFTER DELETE ON codingSumWithoutValues BEGIN
                    UPDATE codingSumWithoutValuesTotal SET codings = codings - OLD.codings WHERE id = 1;
                END;
                -- Integers: the sums over the values are exact.
                INSERT INTO codingSumWithoutValues (outletID, date, subjectID, unit, genreID, tone, isPrimary, insideWindow,
                                                    amount, direct, codings)
                    SELECT outletID, date, subjectID, unit, genreID, tone, isPrimary, insideWindow,
                           SUM(amount), SUM(direct), SUM(codings)
                    FROM codingSum
                    GROUP BY isPrimary, outletID, date, subjectID, unit, genreID, tone, insideWindow;
                """)
        }
    }
}
