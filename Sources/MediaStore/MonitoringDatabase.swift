import Foundation
import GRDB
import MediaModel

/// A mission's monitoring database: one SQLite file holding the codebook snapshot, outlets,
/// programmes, items, codings and the audit log.
///
/// Every write is one transaction: a bad coding sheet or import leaves the file exactly as it was.
public final class MonitoringDatabase: Sendable {
    public let path: String
    public let codebook: Codebook
    public let clock: MissionClock
    /// A pool on a new file (it sets up WAL mode), a single connection on an existing one: a
    /// pool writes on opening whenever no WAL file is left (GRDB's WAL workaround), which would
    /// change the file even when the command then refuses its input.
    let pool: any DatabaseWriter
    let rules: CodingRules

    /// Creates a new database at `path` from a codebook. Refuses to overwrite an existing one.
    public static func create(at path: String, codebook: Codebook, yaml: String, source: String) throws -> MonitoringDatabase {
        if FileManager.default.fileExists(atPath: path) {
            throw InputError(file: path, "a monitoring database already exists here; choose another --db or remove it first")
        }
        let pool = try openPool(path)
        try Schema.migrator.migrate(pool)
        try pool.write { db in
            try db.execute(sql: "INSERT INTO codebook (id, yaml, source, loadedAt) VALUES (1, ?, ?, ?)",
                           arguments: [yaml, source, UTCTimestamp.now()])
            for outlet in codebook.outlets {
                try db.execute(sql: "INSERT INTO outlet (id, name, medium, ownership, unit) VALUES (?, ?, ?, ?, ?)",
                               arguments: [outlet.id, outlet.name.en, outlet.medium.rawValue, outlet.ownership.rawValue, outlet.medium.unit.rawValue])
            }
            for subject in codebook.subjects {
                try db.execute(sql: "INSERT INTO subject (id, kind, name, affiliation) VALUES (?, ?, ?, ?)",
                               arguments: [subject.id, subject.kind.rawValue, subject.name.en, subject.affiliation])
            }
            for genre in codebook.genres {
                try db.execute(sql: "INSERT INTO genre (id, name, editorial) VALUES (?, ?, ?)",
                               arguments: [genre.id, genre.name.en, genre.editorial])
            }
        }
        return MonitoringDatabase(path: path, pool: pool, codebook: codebook)
    }

    /// Opens an existing database, bringing its schema up to date. With `readOnly`, nothing is
    /// ever written — not even the write SQLite's WAL setup makes on opening a pool — so that a
    /// command that only reads leaves the file byte for byte as it was.
    public static func open(at path: String, readOnly: Bool = false) throws -> MonitoringDatabase {
        guard FileManager.default.fileExists(atPath: path) else {
            throw InputError(file: path, "no monitoring database here; create one with `mediamon init --codebook FILE` (or pass --db)")
        }
        let pool: any DatabaseWriter
        do {
            pool = try openExisting(path, readOnly: readOnly)
            if readOnly {
                guard try pool.read({ try Schema.migrator.hasCompletedMigrations($0) }) else {
                    throw InputError(file: path, "the database was made by an older mediamon: open it once with a command that writes (an import or `mediamon code add`) to bring it up to date")
                }
            } else {
                try Schema.migrator.migrate(pool)
            }
        } catch let error as DatabaseError {
            throw InputError(file: path, "not a mediamon database: \(error.message ?? error.description)")
        }
        let stored = try pool.read { db in
            try Row.fetchOne(db, sql: "SELECT yaml, source FROM codebook WHERE id = 1")
        }
        guard let stored else { throw InputError(file: path, "the database has no codebook; it was not created by `mediamon init`") }
        let codebook = try CodebookReader().read(yaml: stored["yaml"], file: "\(path) (codebook snapshot of \(stored["source"] as String))")
        return MonitoringDatabase(path: path, pool: pool, codebook: codebook)
    }

    private init(path: String, pool: any DatabaseWriter, codebook: Codebook) {
        self.path = path
        self.pool = pool
        self.codebook = codebook
        self.clock = MissionClock(codebook: codebook)
        self.rules = CodingRules(codebook: codebook)
    }

    /// An existing file, already in WAL mode (the mode is kept in the file).
    private static func openExisting(_ path: String, readOnly: Bool) throws -> DatabaseQueue {
        var config = configuration()
        config.readonly = readOnly
        return try DatabaseQueue(path: path, configuration: config)
    }

    private static func openPool(_ path: String) throws -> DatabasePool {
        try DatabasePool(path: path, configuration: configuration())
    }

    private static func configuration() -> Configuration {
        var config = Configuration()
        config.foreignKeysEnabled = true
        // Several monitors code into one file at once: wait for a writer rather than fail.
        config.busyMode = .timeout(30)
        return config
    }

    /// Runs `body` in one write transaction; on any error, nothing it did is kept.
    func write<T>(_ body: (Database) throws -> T) throws -> T {
        try pool.write(body)
    }

    func read<T>(_ body: (Database) throws -> T) throws -> T {
        try pool.read(body)
    }
}
