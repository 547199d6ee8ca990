import GRDB

extension Schema {
    /// `v3-reference`: figures other monitors published, in a table of their own. No share computed
    /// from codings ever reads it; `report reference` sets the two side by side.
    static func registerReferenceFigures(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v3-reference") { db in
            try db.execute(sql: """
                CREATE TABLE referenceFigure (
                    id INTEGER PRIMARY KEY,
                    -- Who published it, as named on import: `arcom`, `ministry-of-information`.
                    source TEXT NOT NULL,
                    outletID TEXT NOT NULL REFERENCES outlet(id),
                    subjectID TEXT NOT NULL REFERENCES subject(id),
                    fromDate TEXT NOT NULL,
                    toDate TEXT NOT NULL CHECK (toDate >= fromDate),
                    measure TEXT NOT NULL,
                    -- Time in seconds whatever unit it was published in; cm²; or a percentage as published.
                    amount REAL NOT NULL CHECK (amount >= 0),
                    unit TEXT NOT NULL CHECK (unit IN ('seconds', 'cm²', 'percent')),
                    file TEXT NOT NULL,
                    line INTEGER NOT NULL,
                    importedAt TEXT NOT NULL,
                    UNIQUE (source, outletID, subjectID, fromDate, toDate, measure)
                );
                """)
        }
    }
}
