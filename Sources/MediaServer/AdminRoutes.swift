import Foundation
import Hummingbird
import Logging
import MediaModel
import MediaStore
import MediaText
import Synchronization

/// The codebook the server works with: the database view (codebook, clock, rules) and the mention
/// matcher compiled from it, replaced together when an admin amends the codebook, so requests
/// after the amend see its new subjects and variables without a restart.
final class LiveCodebook: Sendable {
    private let current: Mutex<(database: MonitoringDatabase, matcher: MentionMatcher, generation: Int)>

    init(database: MonitoringDatabase, matcher: MentionMatcher) {
        current = Mutex((database, matcher, 1))
    }

    var database: MonitoringDatabase { current.withLock { $0.database } }
    var matcher: MentionMatcher { current.withLock { $0.matcher } }
    /// Counts the amends this server applied: an open page that sees it change reloads the codebook.
    var generation: Int { current.withLock { $0.generation } }

    func withCurrent<T: Sendable>(_ body: (MonitoringDatabase, Int) -> T) -> T {
        current.withLock { body($0.database, $0.generation) }
    }

    func replace(_ database: MonitoringDatabase, _ matcher: MentionMatcher) {
        current.withLock { $0 = (database, matcher, $0.generation + 1) }
    }
}

/// Runs `work` on a thread of its own with a large stack: reading a codebook and compiling its
/// mention matcher (ICU's transliterators among others) need more stack than the server's
/// worker threads have.
func onLargeStack<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        let thread = Thread { continuation.resume(with: Result { try work() }) }
        thread.stackSize = 16 << 20
        thread.start()
    }
}

extension TeamServer {
    // MARK: Codebook amend (admin)

    struct AmendRequest: Decodable {
        var yaml: String
        /// The file's name when uploaded; shown in messages and kept as the snapshot's source.
        var source: String?
    }

    /// What an amend adds, as the CLI prints it.
    struct AmendBody: Encodable {
        var applied: Bool
        var subjects: [String]
        var aliases: Int
        var outlets: [String]
        var genres: [String]
        var variables: [String]
        var categories: [String]
        /// Ownership, window, language, editorial or rule changes: they move figures already reported.
        var changed: [String]
        var nothingNew: Bool

        init(_ summary: AmendSummary, applied: Bool) {
            self.applied = applied
            subjects = summary.subjects
            aliases = summary.aliases
            outlets = summary.outlets
            genres = summary.genres
            variables = summary.variables
            categories = summary.categories
            changed = summary.changed
            nothingNew = summary.isEmpty
        }
    }

    struct ProblemBody: Encodable { var line: Int?; var field: String?; var message: String }
    struct RefusedBody: Encodable { var error: String; var problems: [ProblemBody] }

    /// A codebook is larger than the API's usual 64 KiB bodies.
    static let largestCodebook = 4 << 20

    /// `POST /api/codebook/check` (`apply` false): what the YAML would add, or 422 with every
    /// reason it is refused; nothing is written. `POST /api/codebook/amend`: checks and applies in
    /// one transaction, and the server works with the new codebook from the next request.
    func amendCodebook(_ request: Request, _ context: ServerContext, apply: Bool) async throws -> Response {
        if let refused = try require(.admin, context) { return refused }
        guard let buffer = try? await request.body.collect(upTo: Self.largestCodebook),
              let body = try? JSONDecoder().decode(AmendRequest.self, from: Data(buffer: buffer)) else {
            return jsonError(.badRequest, "send {\"yaml\": \"…\", \"source\": \"file name\"} as JSON (at most 4 MiB)")
        }
        let user = try context.signedIn.name
        // The snapshot's source says who amended it from where, since the audit log is of codings.
        let file = body.source.map { URL(fileURLWithPath: $0).lastPathComponent }.flatMap { $0.isEmpty ? nil : $0 } ?? "pasted codebook"
        let live = self.live
        do {
            let summary = try await onLargeStack { () -> AmendSummary in
                let database = live.database
                let book = try CodebookReader().read(yaml: body.yaml, file: file)
                guard apply else { return try database.amendPreview(to: book, yaml: body.yaml, source: file) }
                // Compiled before the amend is written: a matcher that fails to build (ICU) leaves the
                // database as it was, not amended behind a refused request.
                let matcher = try MentionMatcher(codebook: book)
                let summary = try database.amend(to: book, yaml: body.yaml, source: "\(file), amended in the browser by \(user)")
                live.replace(try database.reloadingCodebook(), matcher)
                return summary
            }
            if apply {
                var logger = Logger(label: "mediamon.serve")
                logger.logLevel = .notice
                logger.notice("codebook amended by \(user) from \(file): \(AmendBody(summary, applied: true).described)")
            }
            return jsonResponse(.ok, AmendBody(summary, applied: apply))
        } catch let errors as InputErrors {
            return refused(errors.errors)
        } catch let error as InputError {
            return refused([error])
        }
    }

    func refused(_ problems: [InputError]) -> Response {
        jsonResponse(.unprocessableContent, RefusedBody(
            error: problems.count == 1 ? Self.placed(problems[0]) : "\(problems.count) problems; nothing was changed",
            problems: problems.map { ProblemBody(line: $0.line, field: $0.field, message: $0.message) }))
    }

    /// `line 12: variables: …`: the file is the one the admin just gave.
    static func placed(_ problem: InputError) -> String {
        ([problem.line.map { "line \($0)" }, problem.field].compactMap { $0 } + [problem.message]).joined(separator: ": ")
    }

    // MARK: Users (admin)

    struct PasswordRequest: Decodable { var password: String }

    /// `DELETE /api/users/{name}`: the account, its sessions and assignments; its codings stay.
    func removeUser(_ request: Request, _ context: ServerContext) async throws -> Response {
        if let refused = try require(.admin, context) { return refused }
        guard let name = context.parameters.get("name") else { return jsonError(.notFound, "no such account") }
        guard try context.signedIn.name != name else {
            return jsonError(.unprocessableContent, "you cannot remove your own account while signed in with it", field: "name")
        }
        let database = self.database
        do {
            try await blocking { try database.removeAccount(name) }
            return jsonResponse(.ok, ["removed": name])
        } catch let error as InputError {
            return error.message.hasPrefix("there is no account") ? jsonError(.notFound, error.message, field: error.field) : unprocessable(error)
        }
    }

    /// `PUT /api/users/{name}/password`: a new password, which signs the account out everywhere.
    func resetPassword(_ request: Request, _ context: ServerContext) async throws -> Response {
        if let refused = try require(.admin, context) { return refused }
        guard let name = context.parameters.get("name") else { return jsonError(.notFound, "no such account") }
        guard let body = await decodeBody(PasswordRequest.self, request) else { return jsonError(.badRequest, "send {\"password\"}") }
        let database = self.database, hasher = self.hasher
        do {
            try await blocking { try database.setPasswordHash(try hasher.hash(body.password), of: name) }
            return jsonResponse(.ok, ["changed": name])
        } catch let error as InputError {
            return error.message.hasPrefix("there is no account") ? jsonError(.notFound, error.message, field: error.field) : unprocessable(error)
        }
    }
}

extension TeamServer.AmendBody {
    /// One line for the server's log.
    var described: String {
        if nothingNew { return "nothing new" }
        return [("subjects", subjects), ("outlets", outlets), ("genres", genres), ("variables", variables), ("categories", categories)]
            .filter { !$0.1.isEmpty }.map { "\($0.0) \($0.1.joined(separator: ", "))" }.joined(separator: "; ")
            + (aliases > 0 ? "; \(aliases) aliases" : "")
    }
}
