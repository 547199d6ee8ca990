import Foundation
import GRDB
import MediaModel

/// What an account may do on the team server (DESIGN §9).
public enum Role: String, Sendable, CaseIterable, Codable, Comparable {
    /// Codes the outlets and days assigned to them; sees their own codings only.
    case monitor
    /// Everything a monitor does for all monitors, plus assignments, reliability and reports.
    case analyst
    /// Everything an analyst does, plus users.
    case admin

    private var rank: Int { Self.allCases.firstIndex(of: self)! }
    public static func < (a: Role, b: Role) -> Bool { a.rank < b.rank }
}

/// An account as stored. The password hash is never shown by any listing.
public struct Account: Sendable, Equatable {
    public var name: String
    public var role: Role
    public var passwordHash: String
    public var language: Language?
    public var createdAt: String
}

/// A signed-in browser: the account and the CSRF token its state changes must carry.
public struct StoredSession: Sendable, Equatable {
    public var account: Account
    public var csrf: String
    public var expiresAt: String
}

/// A monitor's outlet and days.
public struct Assignment: Sendable, Equatable, Codable {
    public var user: String
    public var outlet: String
    public var from: String
    public var to: String
    public var assignedBy: String

    public init(user: String, outlet: String, from: String, to: String, assignedBy: String) {
        self.user = user
        self.outlet = outlet
        self.from = from
        self.to = to
        self.assignedBy = assignedBy
    }
}

extension MonitoringDatabase {
    /// Account names are what the audit log records as the coder: the coder-name rules apply,
    /// and a name is kept plain (letters, digits, dot, dash, underscore) for URLs and logs.
    public static func checkAccountName(_ name: String) throws(InputError) {
        guard !name.isEmpty, name.count <= 64,
              name.unicodeScalars.allSatisfy({ CharacterSet.alphanumerics.contains($0) || "._-".unicodeScalars.contains($0) }) else {
            throw InputError(field: "name", "\"\(name)\" is not an account name (1–64 letters, digits, '.', '-' or '_')")
        }
    }

    public func addAccount(name: String, role: Role, passwordHash: String) throws {
        try Self.checkAccountName(name)
        try write { db in
            if try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM account WHERE name = ?", arguments: [name]) != 0 {
                throw InputError(field: "name", "there is already an account \"\(name)\"")
            }
            try db.execute(sql: "INSERT INTO account (name, role, passwordHash, createdAt) VALUES (?, ?, ?, ?)",
                           arguments: [name, role.rawValue, passwordHash, UTCTimestamp.now()])
        }
    }

    public func accounts() throws -> [Account] {
        try read { db in try Row.fetchAll(db, sql: "SELECT * FROM account ORDER BY name").map(Self.account) }
    }

    public func account(named name: String) throws -> Account? {
        try read { db in try Row.fetchOne(db, sql: "SELECT * FROM account WHERE name = ?", arguments: [name]).map(Self.account) }
    }

    /// Sets a new password hash and ends the account's sessions: a changed password logs every browser out.
    public func setPasswordHash(_ hash: String, of name: String) throws {
        try write { db in
            try db.execute(sql: "UPDATE account SET passwordHash = ? WHERE name = ?", arguments: [hash, name])
            guard db.changesCount == 1 else { throw InputError(field: "name", "there is no account \"\(name)\"") }
            try db.execute(sql: "DELETE FROM session WHERE account = ?", arguments: [name])
        }
    }

    public func setLanguage(_ language: Language?, of name: String) throws {
        try write { db in
            try db.execute(sql: "UPDATE account SET language = ? WHERE name = ?", arguments: [language?.rawValue, name])
        }
    }

    /// Removes an account with its sessions and assignments; its codings and audit entries stay.
    public func removeAccount(_ name: String) throws {
        try write { db in
            try db.execute(sql: "DELETE FROM account WHERE name = ?", arguments: [name])
            guard db.changesCount == 1 else { throw InputError(field: "name", "there is no account \"\(name)\"") }
        }
    }

    // MARK: Sessions

    public func createSession(tokenDigest: String, account: String, csrf: String, expiresAt: String) throws {
        try write { db in
            // Expired sessions go when a new one starts, so the table never grows without bound.
            try db.execute(sql: "DELETE FROM session WHERE expiresAt <= ?", arguments: [UTCTimestamp.now()])
            try db.execute(sql: "INSERT INTO session (tokenDigest, account, csrf, createdAt, expiresAt) VALUES (?, ?, ?, ?, ?)",
                           arguments: [tokenDigest, account, csrf, UTCTimestamp.now(), expiresAt])
        }
    }

    /// The unexpired session with this token digest, with its account.
    public func session(tokenDigest: String) throws -> StoredSession? {
        try read { db in
            guard let row = try Row.fetchOne(db, sql: """
                SELECT s.csrf, s.expiresAt, a.* FROM session s JOIN account a ON a.name = s.account
                WHERE s.tokenDigest = ? AND s.expiresAt > ?
                """, arguments: [tokenDigest, UTCTimestamp.now()]) else { return nil }
            return StoredSession(account: Self.account(row), csrf: row["csrf"], expiresAt: row["expiresAt"])
        }
    }

    public func endSession(tokenDigest: String) throws {
        try write { db in try db.execute(sql: "DELETE FROM session WHERE tokenDigest = ?", arguments: [tokenDigest]) }
    }

    // MARK: Assignments

    public func assign(_ assignment: Assignment) throws {
        guard codebook.outlet(assignment.outlet) != nil else {
            throw codebook.unknown(.outlet, assignment.outlet)
        }
        guard let from = LocalDate(assignment.from), let to = LocalDate(assignment.to) else {
            throw InputError(field: "from", "dates are YYYY-MM-DD (got \(assignment.from) and \(assignment.to))")
        }
        guard from <= to else { throw InputError(field: "to", "\(to) is before \(from)") }
        try write { db in
            guard let role = try String.fetchOne(db, sql: "SELECT role FROM account WHERE name = ?", arguments: [assignment.user]) else {
                throw InputError(field: "user", "there is no account \"\(assignment.user)\"")
            }
            guard role == Role.monitor.rawValue else { throw InputError(field: "user", "\(assignment.user) is an \(role), not a monitor") }
            try db.execute(sql: """
                INSERT INTO assignment (account, outletID, firstDate, lastDate, assignedBy) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (account, outletID, firstDate) DO UPDATE SET lastDate = excluded.lastDate, assignedBy = excluded.assignedBy
                """, arguments: [assignment.user, assignment.outlet, from.description, to.description, assignment.assignedBy])
        }
    }

    public func assignments(of user: String? = nil) throws -> [Assignment] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM assignment \(user == nil ? "" : "WHERE account = ?") ORDER BY account, outletID, firstDate",
                             arguments: StatementArguments(user.map { [$0] } ?? [])).map {
                Assignment(user: $0["account"], outlet: $0["outletID"], from: $0["firstDate"], to: $0["lastDate"], assignedBy: $0["assignedBy"])
            }
        }
    }

    // MARK: Versions

    /// The version of one coder's codings and genre of an item: 0 before any write, then one more
    /// per written row (triggers of `v3-users`).
    public func itemVersion(segment id: Int64, coder: String) throws -> Int {
        try read { db in try Self.itemVersion(db, segment: id, coder: coder) }
    }

    static func itemVersion(_ db: Database, segment id: Int64, coder: String) throws -> Int {
        try Int.fetchOne(db.cachedStatement(sql: "SELECT version FROM itemVersion WHERE segmentID = ? AND coder = ?"),
                         arguments: [id, coder]) ?? 0
    }

    /// Writes one coding as `code` does, if the coder's codings of the item are still at
    /// `version` — checked and written in one transaction, so a stale browser never overwrites.
    /// Returns the new version, or nil (nothing written) when the version has moved on.
    public func code(_ coding: NewCoding, segment id: Int64, genre: String?, itemValues: VariableValues = [:],
                     ifVersion version: Int) throws -> (CodingOutcome, Int)? {
        try rules.check(coding)
        if let genre, codebook.genre(genre) == nil {
            throw codebook.unknown(.genre, genre)
        }
        return try write { db in
            guard try Self.itemVersion(db, segment: id, coder: coding.coder) == version else { return nil }
            let outcome = try adjustingSums(ofItem: id, db) {
                try applyCodings([coding], coder: coding.coder, genre: genre, itemValues: itemValues, segment: id, db).first!
            }
            return (outcome, try Self.itemVersion(db, segment: id, coder: coding.coder))
        }
    }

    /// One coder's values of an item's own variables (topic …), as stored beside their genre.
    public func itemValues(segment id: Int64, coder: String) throws -> VariableValues {
        try read { db in
            StoredValues.decode(try String.fetchOne(db, sql: "SELECT vars FROM segmentGenre WHERE segmentID = ? AND coder = ?", arguments: [id, coder]))
        }
    }

    static func account(_ row: Row) -> Account {
        Account(name: row["name"], role: Role(rawValue: row["role"]) ?? .monitor, passwordHash: row["passwordHash"],
                language: (row["language"] as String?).flatMap(Language.init(rawValue:)), createdAt: row["createdAt"])
    }
}

/// How far coding has got: per coder, outlet and day; and per outlet and day.
public struct CoderProgress: Sendable, Equatable {
    public var coder: String
    public var outlet: String
    public var date: String
    public var items: Int
    public var codings: Int
}

public struct OutletDayProgress: Sendable, Equatable {
    public var outlet: String
    public var date: String
    public var items: Int
    public var coded: Int
}

extension MonitoringDatabase {
    /// Items coded and codings per coder, outlet and day; items and coded items per outlet and day
    /// (coded: by anyone, with a coding or a genre).
    public func progress() throws -> ([CoderProgress], [OutletDayProgress]) {
        try read { db in
            let coders = try Row.fetchAll(db, sql: """
                SELECT c.coder, s.outletID, s.date, COUNT(DISTINCT c.segmentID) AS items, COUNT(*) AS codings
                FROM coding c JOIN segment s ON s.id = c.segmentID
                GROUP BY c.coder, s.outletID, s.date ORDER BY c.coder, s.outletID, s.date
                """).map { CoderProgress(coder: $0["coder"], outlet: $0["outletID"], date: $0["date"], items: $0["items"], codings: $0["codings"]) }
            let days = try Row.fetchAll(db, sql: """
                SELECT s.outletID, s.date, COUNT(*) AS items,
                       SUM(EXISTS (SELECT 1 FROM coding c WHERE c.segmentID = s.id)
                           OR EXISTS (SELECT 1 FROM segmentGenre g WHERE g.segmentID = s.id)) AS coded
                FROM segment s GROUP BY s.outletID, s.date ORDER BY s.outletID, s.date
                """).map { OutletDayProgress(outlet: $0["outletID"], date: $0["date"], items: $0["items"], coded: $0["coded"]) }
            return (coders, days)
        }
    }
}
