import Foundation
import TestSupport
import GRDB
import Hummingbird
import HummingbirdTesting
import HTTPTypes
import MediaCodebooks
import MediaModel
import MediaSamples
@testable import MediaServer
@testable import MediaStore
import Synchronization

/// The demonstration mission, built once per test run and copied for each test, with accounts:
/// `mona` and `mark` (monitors; mona assigned Khabar for the period), `ann` (analyst), `ada` (admin).
enum TestMission {
    static let password = "correct horse battery"
    /// Few iterations, so a suite that signs in hundreds of times stays quick; the default cost is tested on its own.
    static let hasher = PasswordHasher(iterations: 1_000)
    private static let template = Mutex<String?>(nil)

    static func templatePath() throws -> String {
        try template.withLock { path in
            if let path { return path }
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mediamon-server-template-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let file = folder.appendingPathComponent("monitoring.sqlite").path
            do {
                let result = try DemoMission.build(at: file, codebook: ShippedCodebooks.kazakhstan2012) { _ in }
                let db = result.database
                for (name, role) in [("mona", Role.monitor), ("mark", Role.monitor), ("ann", Role.analyst), ("ada", Role.admin)] {
                    try db.addAccount(name: name, role: role, passwordHash: try hasher.hash(password))
                }
                try db.assign(Assignment(user: "mona", outlet: "khabar", from: "2011-12-16", to: "2012-01-13", assignedBy: "ann"))
                try db.assign(Assignment(user: "mark", outlet: "ktk", from: "2011-12-16", to: "2012-01-13", assignedBy: "ann"))
                // One writer, then the file is complete on its own (no -wal beside it to copy).
                try db.checkpoint()
            } catch {
                try? FileManager.default.removeItem(at: folder)
                throw error
            }
            // Shared by every test of the run, so removed when the run ends rather than with a test.
            atexit { TestMission.removeTemplate() }
            path = file
            return file
        }
    }

    private static func removeTemplate() {
        if let path = template.withLock({ $0 }) {
            try? FileManager.default.removeItem(at: URL(fileURLWithPath: path).deletingLastPathComponent())
        }
    }

    /// A fresh copy of the mission, in the running test's temporary folder, and a server over it.
    static func server(media: String? = nil, clock: @escaping @Sendable () -> Date = { Date() }) throws -> TeamServer {
        let folder = try TemporaryFolder.newFolder()
        let file = folder.appendingPathComponent("monitoring.sqlite").path
        try FileManager.default.copyItem(atPath: try templatePath(), toPath: file)
        let db = try MonitoringDatabase.open(at: file)
        return try TeamServer(database: db, media: try media.map(MediaFolder.init), hasher: hasher, clock: clock)
    }

    static var recordings: String { DemoMission.dataFolder.appendingPathComponent("recordings").path }
}

/// A signed-in client: the session cookie and the CSRF token.
struct Signed {
    var cookie: String
    var csrf: String

    var headers: HTTPFields { [.cookie: cookie] }
    var writeHeaders: HTTPFields { [.cookie: cookie, .contentType: "application/json", HTTPField.Name("X-CSRF-Token")!: csrf] }
}

extension TestClientProtocol {
    func signIn(_ user: String, password: String = TestMission.password) async throws -> Signed {
        let body = try JSONSerialization.data(withJSONObject: ["user": user, "password": password])
        return try await execute(uri: "/api/session", method: .post, headers: [.contentType: "application/json"],
                                 body: ByteBuffer(bytes: body)) { response in
            guard response.status == .ok, let setCookie = response.headers[.setCookie],
                  let object = try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any],
                  let csrf = object["csrf"] as? String else {
                throw TestFailure("sign-in of \(user) answered \(response.status)")
            }
            return Signed(cookie: String(setCookie.split(separator: ";")[0]), csrf: csrf)
        }
    }

    func post(_ uri: String, _ signed: Signed, _ json: [String: Any]) async throws -> (HTTPResponse.Status, [String: Any]) {
        let body = try JSONSerialization.data(withJSONObject: json)
        return try await execute(uri: uri, method: .post, headers: signed.writeHeaders, body: ByteBuffer(bytes: body)) { response in
            (response.status, (try? JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any]) ?? [:])
        }
    }

    func getJSON(_ uri: String, _ signed: Signed) async throws -> (HTTPResponse.Status, [String: Any]) {
        try await execute(uri: uri, method: .get, headers: signed.headers) { response in
            (response.status, (try? JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any]) ?? [:])
        }
    }
}

/// A clock that stands still until a test moves it.
final class TestClock: Sendable {
    private let now = Mutex(Date(timeIntervalSince1970: 1_326_000_000))
    func read() -> Date { now.withLock { $0 } }
    func advance(_ seconds: TimeInterval) { now.withLock { $0 = $0.addingTimeInterval(seconds) } }
}

struct TestFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

extension MonitoringDatabase {
    /// Moves the write-ahead log into the file, so the file alone is the whole database.
    func checkpoint() throws {
        try pool.writeWithoutTransaction { try $0.checkpoint(.truncate) }
    }
}
