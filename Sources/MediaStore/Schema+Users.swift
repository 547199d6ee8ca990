import GRDB

extension Schema {
    /// `v3-users`: the team server's accounts, sessions and assignments, and a version per
    /// item and coder so that two browsers editing the same codings never silently overwrite.
    static func registerUsers(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v3-users") { db in
            try db.execute(sql: """
                -- passwordHash is "pbkdf2-sha256$ITERATIONS$SALT$KEY" (base64); never a plain digest.
                CREATE TABLE account (
                    name TEXT PRIMARY KEY,
                    role TEXT NOT NULL CHECK (role IN ('admin', 'analyst', 'monitor')),
                    passwordHash TEXT NOT NULL,
                    language TEXT,
                    createdAt TEXT NOT NULL
                );
                -- Only a digest of the session token is kept: a copy of the file opens no session.
                CREATE TABLE session (
                    tokenDigest TEXT PRIMARY KEY,
                    account TEXT NOT NULL REFERENCES account(name) ON DELETE CASCADE,
                    csrf TEXT NOT NULL,
                    createdAt TEXT NOT NULL,
                    expiresAt TEXT NOT NULL
                );
                CREATE INDEX session_account ON session(account);
                -- The outlets and days a monitor codes.
                CREATE TABLE assignment (
                    account TEXT NOT NULL REFERENCES account(name) ON DELETE CASCADE,
                    outletID TEXT NOT NULL REFERENCES outlet(id),
                    firstDate TEXT NOT NULL,
                    lastDate TEXT NOT NULL,
                    assignedBy TEXT NOT NULL,
                    PRIMARY KEY (account, outletID, firstDate)
                );
                -- Bumped by triggers on every write of a coder's codings or genre of an item,
                -- whoever writes them (server, CLI, sheet import). No foreign key: the triggers also
                -- fire while an item's codings are deleted with it.
                CREATE TABLE itemVersion (
                    segmentID INTEGER NOT NULL,
                    coder TEXT NOT NULL,
                    version INTEGER NOT NULL,
                    PRIMARY KEY (segmentID, coder)
                );
                """)
            for (table, event, row) in [("coding", "INSERT", "NEW"), ("coding", "UPDATE", "NEW"), ("coding", "DELETE", "OLD"),
                                        ("segmentGenre", "INSERT", "NEW"), ("segmentGenre", "UPDATE", "NEW"), ("segmentGenre", "DELETE", "OLD")] {
                try db.execute(sql: """
                    CREATE TRIGGER \(table)_\(event.lowercased())_version AFTER \(event) ON \(table) BEGIN
                        INSERT INTO itemVersion (segmentID, coder, version) VALUES (\(row).segmentID, \(row).coder, 1)
                            ON CONFLICT (segmentID, coder) DO UPDATE SET version = version + 1;
                    END;
                    """)
            }
        }
    }
}
