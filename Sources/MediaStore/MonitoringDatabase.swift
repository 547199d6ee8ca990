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
            throw InputError(file: path, "a monitoring database already exists here; choose another file or remove it first")
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

    /// How a command uses the database.
    public enum Access: Sendable {
        /// Reads and writes; the schema must be current.
        case readWrite
        /// Only reads: the file is opened read-only, never migrated, and left byte-for-byte as it was.
        case readOnly
    }

    /// Opens an existing database. It must be a mediamon database with the current schema: an
    /// older one is refused with "run `mediamon migrate`", a newer one (written by a later
    /// mediamon) and any other SQLite file are refused untouched.
    public static func open(at path: String, access: Access = .readWrite) throws -> MonitoringDatabase {
        let status = try inspect(path)
        switch status {
        case .current: break
        case .needsMigration(let pending):
            throw InputError(file: path, "this database was made by an earlier mediamon (it lacks \(pending.joined(separator: ", "))); run `mediamon migrate --db \(path)` first (it writes a backup beside it)")
        }
        let writer: any DatabaseWriter
        do {
            writer = access == .readOnly ? try openReadOnly(path) : try openExisting(path, readOnly: false)
        } catch let error as DatabaseError {
            throw InputError(file: path, "cannot open the database: \(error.message ?? error.description)")
        }
        return try MonitoringDatabase(path: path, writer: writer)
    }

    /// What `mediamon migrate` did.
    public enum MigrationOutcome: Sendable, Equatable {
        case alreadyCurrent
        /// Upgraded after writing a backup of the file as it was to `backup`.
        case migrated(applied: [String], backup: String)
    }

    /// Upgrades a database made by an earlier mediamon to the current schema, writing a backup of
    /// it beside it first (`NAME.before-migrate-YYYYMMDDTHHMMSSZ.sqlite`). Refuses, untouched, a file
    /// that is not a mediamon database or was written by a newer mediamon.
    public static func migrate(at path: String) throws -> MigrationOutcome {
        guard case .needsMigration(let pending) = try inspect(path) else { return .alreadyCurrent }
        let stamp = UTCTimestamp.now().prefix(19).replacingOccurrences(of: "-", with: "").replacingOccurrences(of: ":", with: "")
        let backup = path + ".before-migrate-\(stamp)Z.sqlite"
        if FileManager.default.fileExists(atPath: backup) { throw InputError(file: backup, "a backup with this name exists already; try again in a second") }
        let source = try openReadOnly(path)
        let target = try DatabaseQueue(path: backup)
        try source.backup(to: target)
        try target.close()
        try source.close()
        let pool = try openPool(path)
        try Schema.migrator.migrate(pool)
        try pool.close()
        return .migrated(applied: pending, backup: backup)
    }

    enum Status: Equatable {
        case current
        case needsMigration([String])
    }

    /// What the file at `path` is, found out through a read-only connection: nothing is written.
    static func inspect(_ path: String) throws -> Status {
        guard FileManager.default.fileExists(atPath: path) else {
            throw InputError(file: path, "no monitoring database here; create one with `mediamon init --codebook FILE` (or pass --db)")
        }
        // Look at the header before SQLite does: it would treat an empty or foreign file as a new database.
        let header = FileHandle(forReadingAtPath: path).map { h in defer { try? h.close() }; return h.readData(ofLength: 16) } ?? Data()
        guard header == Data("SQLite format 3\0".utf8) else {
            throw InputError(file: path, "not a mediamon database (not an SQLite file); left untouched")
        }
        do {
            let queue = try openReadOnly(path)
            defer { try? queue.close() }
            return try queue.read { db in
                guard try db.tableExists("grdb_migrations"), try db.tableExists("codebook") else {
                    throw InputError(file: path, "not a mediamon database (an SQLite file without mediamon's tables); left untouched")
                }
                let migrator = Schema.migrator
                if try migrator.hasBeenSuperseded(db) {
                    throw InputError(file: path, "this database was written by a newer mediamon (it has migrations this one does not know); use that version — left untouched")
                }
                if try migrator.hasCompletedMigrations(db) { return .current }
                let applied = try migrator.appliedIdentifiers(db)
                return .needsMigration(migrator.migrations.filter { !applied.contains($0) })
            }
        } catch let error as DatabaseError {
            throw InputError(file: path, "not a mediamon database: \(error.message ?? error.description); left untouched")
        }
    }

    private convenience init(path: String, writer: any DatabaseWriter) throws {
        let stored = try writer.read { db in
            try Row.fetchOne(db, sql: "SELECT yaml, source FROM codebook WHERE id = 1")
        }
        guard let stored else { throw InputError(file: path, "the database has no codebook; it was not created by `mediamon init`") }
        let codebook = try CodebookReader().read(yaml: stored["yaml"], file: "\(path) (codebook snapshot of \(stored["source"] as String))")
        self.init(path: path, pool: writer, codebook: codebook)
    }

    /// The same database with the codebook snapshot it stores now (after `amend`), for a process
    /// that keeps running, as the team server does: the connection is shared; the codebook, its
    /// clock and rules are read afresh.
    public func reloadingCodebook() throws -> MonitoringDatabase {
        try MonitoringDatabase(path: path, writer: pool)
    }

    private static func openReadOnly(_ path: String) throws -> DatabaseQueue {
        var config = Configuration()
        config.readonly = true
        config.busyMode = .timeout(30)
        return try DatabaseQueue(path: path, configuration: config)
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
