import Foundation
import Hummingbird
import HummingbirdAuth
import MediaModel
import MediaStore
import NIOCore
import HTTPTypes

/// The signed-in user of a request, as the session table gives it — never a name the client sends.
public struct SessionUser: Sendable, Equatable {
    public var name: String
    public var role: Role
    public var csrf: String
    public var language: Language?
    var tokenDigest: String
}

/// The request context: the session's user, if any, and the peer address for login throttling.
public struct ServerContext: AuthRequestContext, RequestContext {
    public var coreContext: CoreRequestContextStorage
    public var identity: SessionUser?
    public let remoteAddress: String?

    public init(source: ApplicationRequestContextSource) {
        self.coreContext = .init(source: source)
        self.identity = nil
        self.remoteAddress = source.channel.remoteAddress?.ipAddress
    }
}

extension ServerContext {
    /// The signed-in user. Routes sit behind `RequireSession`, so this always holds there; a route
    /// registered without it answers 401 instead of trapping.
    var signedIn: SessionUser {
        get throws(HTTPError) {
            guard let identity else { throw HTTPError(.unauthorized, message: "sign in first") }
            return identity
        }
    }
}

let sessionCookieName = "mediamon_session"
/// A working day and then some: a monitor signs in once per shift.
let sessionLifetime: TimeInterval = 12 * 3600

/// Finds the session of the request's cookie in the store.
struct SessionAuthenticator: AuthenticatorMiddleware {
    typealias Context = ServerContext
    let database: MonitoringDatabase

    func authenticate(request: Request, context: ServerContext) async throws -> SessionUser? {
        guard let token = request.cookies[sessionCookieName]?.value, !token.isEmpty, token.count <= 100 else { return nil }
        let digest = Tokens.digest(token)
        guard let session = try await blocking({ try database.session(tokenDigest: digest) }) else { return nil }
        return SessionUser(name: session.account.name, role: session.account.role, csrf: session.csrf,
                           language: session.account.language, tokenDigest: digest)
    }
}

/// Refuses requests without a session (401, or a redirect to the login page for pages), and
/// state changes without the session's CSRF token in `X-CSRF-Token` (403).
struct RequireSession: RouterMiddleware {
    typealias Context = ServerContext
    var redirectToLogin = false

    func handle(_ request: Request, context: ServerContext, next: (Request, ServerContext) async throws -> Response) async throws -> Response {
        guard let user = context.identity else {
            if redirectToLogin { return .redirect(to: "/login", type: .found) }
            return jsonError(.unauthorized, "sign in first (POST /api/session)")
        }
        if ![.get, .head].contains(request.method) {
            guard let sent = request.headers[.csrfToken], Tokens.equal(sent, user.csrf) else {
                return jsonError(.forbidden, "this request changes data and needs the X-CSRF-Token header of your session")
            }
        }
        return try await next(request, context)
    }
}

extension HTTPField.Name {
    static let csrfToken = HTTPField.Name("X-CSRF-Token")!
}

/// Failed logins per account name and per peer address: the tenth failure within a minute, and
/// every attempt after it until the minute has passed, is answered 429 without checking the password.
actor LoginThrottle {
    static let window: TimeInterval = 60
    static let allowedFailures = 9
    private var failures: [String: [Date]] = [:]
    /// The time; tests give a clock of their own, so the minute never depends on how fast they run.
    let clock: @Sendable () -> Date

    init(clock: @escaping @Sendable () -> Date = { Date() }) { self.clock = clock }

    func isThrottled(_ keys: [String]) -> Bool {
        let now = clock()
        return keys.contains { key in recent(key, now: now).count >= Self.allowedFailures }
    }

    func recordFailure(_ keys: [String]) {
        let now = clock()
        for key in keys { failures[key] = recent(key, now: now) + [now] }
        // Bounded memory under a flood of invented names: forget the oldest keys.
        if failures.count > 10_000 {
            failures = failures.filter { !$0.value.isEmpty && now.timeIntervalSince($0.value.last!) < Self.window }
        }
    }

    func clear(_ key: String) { failures[key] = nil }

    private func recent(_ key: String, now: Date) -> [Date] {
        (failures[key] ?? []).filter { now.timeIntervalSince($0) < Self.window }
    }
}

/// Runs blocking work (SQLite, password hashing) on a thread of its own, so the server's
/// cooperative threads keep answering requests meanwhile.
func blocking<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        blockingQueue.async {
            continuation.resume(with: Result { try work() })
        }
    }
}

private let blockingQueue = DispatchQueue(label: "mediamon.server.blocking", attributes: .concurrent)
