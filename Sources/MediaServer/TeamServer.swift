import Foundation
import Hummingbird
import HummingbirdAuth
import Logging
import MediaCoder
import MediaModel
import MediaReports
import MediaStore
import MediaText
import NIOCore
import HTTPTypes
import ServiceLifecycle

/// The team server (DESIGN §9): one process over one monitoring database, serving the pages,
/// the JSON API and the recordings to monitors and analysts on the mission's network.
public struct TeamServer: Sendable {
    public let media: MediaFolder?
    public let hasher: PasswordHasher
    let throttle: LoginThrottle
    let events = CodingEvents()
    let live: LiveCodebook
    /// The database with the codebook as it is now: an admin's amend replaces it.
    public var database: MonitoringDatabase { live.database }
    var matcher: MentionMatcher { live.matcher }

    /// `clock` times the failed sign-ins the throttle counts.
    public init(database: MonitoringDatabase, media: MediaFolder?, hasher: PasswordHasher = PasswordHasher(),
                clock: @escaping @Sendable () -> Date = { Date() }) throws(TextProcessingError) {
        self.throttle = LoginThrottle(clock: clock)
        self.media = media
        self.hasher = hasher
        self.live = LiveCodebook(database: database, matcher: try MentionMatcher(codebook: database.codebook))
    }

    /// Serves on `host:port` until SIGINT or SIGTERM; requests in flight finish first.
    /// `onRunning` receives the URL once the port is bound.
    public func run(host: String, port: Int, onRunning: @escaping @Sendable (String) -> Void) async throws {
        var logger = Logger(label: "mediamon.serve")
        logger.logLevel = .warning
        let events = self.events
        let app = Application(
            router: router(),
            configuration: .init(address: .hostname(host, port: port), serverName: "mediamon"),
            services: [EventStreamCloser(events: events)],
            onServerRunning: { channel in
                let bound = channel.localAddress?.port ?? port
                let shown = host.contains(":") ? "[\(host)]" : host
                onRunning("http://\(shown):\(bound)/")
            },
            logger: logger
        )
        try await app.runService()
    }

    // MARK: Routes

    public func router() -> Router<ServerContext> {
        let router = Router(context: ServerContext.self)
        router.add(middleware: SecurityHeaders())
        router.add(middleware: SessionAuthenticator(database: database))

        // Public: the login page, its assets, signing in.
        router.get("/") { _, context in
            guard let user = context.identity else { return Response.redirect(to: "/login", type: .found) }
            let home = switch user.role { case .monitor: "/code"; case .analyst: "/dashboard"; case .admin: "/admin" }
            return Response.redirect(to: home, type: .found)
        }
        router.get("/login") { _, _ in try Pages.response("login.html") }
        router.get("/static/{file}") { _, context in
            let file = try context.parameters.require("file")
            return try Pages.response(file)
        }
        router.post("/api/session") { request, context in try await login(request, context) }

        // Pages: a redirect to the login page without a session.
        let pages = router.group().add(middleware: RequireSession(redirectToLogin: true))
        pages.get("/code") { _, _ in try Pages.response("code.html") }
        pages.get("/admin") { _, context in
            guard try context.signedIn.role == .admin else { return Response.redirect(to: "/", type: .found) }
            return try Pages.response("admin.html")
        }
        pages.get("/dashboard") { _, context in
            guard try context.signedIn.role >= .analyst else { return Response.redirect(to: "/code", type: .found) }
            return try Pages.response("dashboard.html")
        }

        // Recordings: a session, and a name that is a recording's name.
        router.group("media").add(middleware: RequireSession())
            .get("{outlet}/{file}") { request, context in try await recording(request, context) }
            .head("{outlet}/{file}") { request, context in try await recording(request, context) }

        let api = router.group("api").add(middleware: RequireSession())
        api.delete("session") { _, context in
            let digest = try context.signedIn.tokenDigest
            try await blocking { try database.endSession(tokenDigest: digest) }
            var response = jsonResponse(.ok, ["signedOut": true])
            response.setCookie(Cookie(name: sessionCookieName, value: "", maxAge: 0, path: "/", httpOnly: true, sameSite: .strict))
            return response
        }
        api.get("me") { _, context in jsonResponse(.ok, SessionBody(try context.signedIn)) }
        api.put("me") { request, context in try await setLanguage(request, context) }
        api.get("codebook") { request, context in try codebookResponse(request, context) }
        api.get("items") { request, context in try await items(request, context) }
        api.get("queue") { request, context in try await queue(request, context) }
        api.get("items/{id}") { request, context in try await item(request, context) }
        api.post("items/{id}/codings") { request, context in try await saveCoding(request, context) }
        api.delete("items/{id}/codings/{subject}") { request, context in try await removeCoding(request, context) }
        api.get("programmes/{id}") { request, context in try await programme(request, context) }
        api.post("programmes/{id}/items") { request, context in try await cutItem(request, context) }
        api.get("assignments") { request, context in try await listAssignments(request, context) }
        api.post("assignments") { request, context in try await addAssignment(request, context) }
        api.get("reports/{kind}") { request, context in try await report(request, context) }
        api.get("progress") { request, context in try await progress(request, context) }
        api.get("reliability") { request, context in try await reliability(request, context) }
        api.post("items/{id}/reconcile") { request, context in try await reconcile(request, context) }
        api.post("double-coding") { request, context in try await assignDoubleCoding(request, context) }
        api.get("events") { request, context in try await eventStream(request, context) }
        api.get("users") { request, context in try await listUsers(request, context) }
        api.post("users") { request, context in try await addUser(request, context) }
        api.delete("users/{name}") { request, context in try await removeUser(request, context) }
        api.put("users/{name}/password") { request, context in try await resetPassword(request, context) }
        api.post("codebook/check") { request, context in try await amendCodebook(request, context, apply: false) }
        api.post("codebook/amend") { request, context in try await amendCodebook(request, context, apply: true) }
        api.put("items/{id}/times") { request, context in try await moveItem(request, context) }
        return router
    }

    // MARK: Sessions

    struct LoginBody: Decodable { var user: String; var password: String }

    struct SessionBody: Encodable {
        var user: String
        var role: String
        var csrf: String
        var language: String?
        init(_ user: SessionUser) {
            self.user = user.name
            self.role = user.role.rawValue
            self.csrf = user.csrf
            self.language = user.language?.rawValue
        }
    }

    func login(_ request: Request, _ context: ServerContext) async throws -> Response {
        // A form posted from another site cannot send JSON: this closes login CSRF.
        guard request.headers[.contentType]?.hasPrefix("application/json") == true else {
            return jsonError(.unsupportedMediaType, "send {\"user\", \"password\"} as application/json")
        }
        guard let body = await decodeBody(LoginBody.self, request) else {
            return jsonError(.badRequest, "send {\"user\", \"password\"} as JSON")
        }
        var keys = ["user:" + body.user.lowercased()]
        if let address = context.remoteAddress { keys.append("peer:" + address) }
        if await throttle.isThrottled(keys) {
            var response = jsonError(.tooManyRequests, "too many failed sign-ins; wait a minute")
            response.headers[.retryAfter] = "60"
            return response
        }
        let hasher = self.hasher, database = self.database
        let account = try await blocking { () -> Account? in
            guard let account = try database.account(named: body.user) else {
                // As slow as a real check, so timing does not tell which names exist.
                _ = hasher.verify(body.password, against: "pbkdf2-sha256$\(hasher.iterations)$AAAAAAAAAAAAAAAAAAAAAA==$AAAA")
                return nil
            }
            return hasher.verify(body.password, against: account.passwordHash) ? account : nil
        }
        guard let account else {
            await throttle.recordFailure(keys)
            return jsonError(.unauthorized, "wrong user name or password")
        }
        await throttle.clear(keys[0])
        let token = Tokens.random(), csrf = Tokens.random()
        let expires = Date().addingTimeInterval(sessionLifetime)
        let expiresAt = UTCTimestamp.string(Int(expires.timeIntervalSince1970))
        try await blocking { try database.createSession(tokenDigest: Tokens.digest(token), account: account.name, csrf: csrf, expiresAt: expiresAt) }
        let user = SessionUser(name: account.name, role: account.role, csrf: csrf, language: account.language, tokenDigest: "")
        var response = jsonResponse(.ok, SessionBody(user))
        response.setCookie(Cookie(name: sessionCookieName, value: token, expires: expires, maxAge: Int(sessionLifetime),
                                  path: "/", httpOnly: true, sameSite: .strict))
        return response
    }

    struct LanguageBody: Decodable { var language: String? }

    func setLanguage(_ request: Request, _ context: ServerContext) async throws -> Response {
        guard let body = await decodeBody(LanguageBody.self, request) else { return jsonError(.badRequest, "send {\"language\": \"en\"|\"ru\"|\"kk\"}") }
        let language = body.language.flatMap(Language.init(rawValue:))
        guard body.language == nil || language != nil else { return jsonError(.unprocessableContent, "language is en, ru or kk", field: "language") }
        let name = try context.signedIn.name
        try await blocking { try database.setLanguage(language, of: name) }
        var user = try context.signedIn
        user.language = language
        return jsonResponse(.ok, SessionBody(user))
    }

    // MARK: Roles

    /// 403 unless the session's role is at least `role`.
    func require(_ role: Role, _ context: ServerContext) throws -> Response? {
        let user = try context.signedIn
        return user.role >= role ? nil : jsonError(.forbidden, "your role (\(user.role.rawValue)) does not allow this")
    }

    /// 403 unless the user may code this outlet and day (the same shape as `require`).
    func refusalUnlessAssigned(_ user: SessionUser, outlet: String, date: LocalDate) async throws -> Response? {
        try await mayCode(user, outlet: outlet, date: date) ? nil : jsonError(.forbidden, "\(outlet) on \(date) is not assigned to you")
    }

    /// Whether a monitor may see and code this outlet and day: analysts may everywhere.
    func mayCode(_ user: SessionUser, outlet: String, date: LocalDate) async throws -> Bool {
        if user.role >= .analyst { return true }
        let name = user.name
        let assignments = try await blocking { try database.assignments(of: name) }
        return assignments.contains { $0.outlet == outlet && $0.from <= date.description && date.description <= $0.to }
    }

    // MARK: Items and codings

    struct ItemBody: Encodable {
        var id: Int64
        var outlet: String
        var date: String
        var start: String?
        var end: String?
        var title: String
        var genre: String?
        var codings: Int
    }

    func items(_ request: Request, _ context: ServerContext) async throws -> Response {
        let query = request.uri.queryParameters
        guard let outlet = query["outlet"].map(String.init), database.codebook.outlet(outlet) != nil else {
            return jsonError(.badRequest, "give outlet=ID (an outlet of the codebook)", field: "outlet")
        }
        guard let date = query["date"].flatMap({ LocalDate(String($0)) }) else {
            return jsonError(.badRequest, "give date=YYYY-MM-DD", field: "date")
        }
        let user = try context.signedIn
        if let refused = try await refusalUnlessAssigned(user, outlet: outlet, date: date) { return refused }
        let database = self.database
        let body = try await blocking { () -> [ItemBody] in
            let filter = SegmentFilter(outlet: outlet, date: date)
            let segments = try database.segments(filter)
            // A monitor's count is of their own codings: blind double coding stays blind.
            let own = user.role == .monitor ? try database.work(of: user.name, filter).codings : nil
            return segments.map { s in
                ItemBody(id: s.id, outlet: s.outlet, date: s.date.description, start: s.start?.description, end: s.end?.description,
                         title: s.title, genre: s.genre, codings: own.map { $0[s.id]?.count ?? 0 } ?? s.codings)
            }
        }
        return jsonResponse(.ok, ["items": body])
    }

    struct QueueEntryBody: Encodable {
        var kind: String
        var id: Int64
        var outlet: String
        var date: String
        var start: String?
        var end: String?
        var title: String
        var coded: Bool
        var inWindow: Bool
    }

    /// The terminal coder's queue for an outlet and day: items in broadcast order (inside the
    /// monitoring window first), and programmes still to be cut into items.
    func queue(_ request: Request, _ context: ServerContext) async throws -> Response {
        let query = request.uri.queryParameters
        guard let outlet = query["outlet"].map(String.init), let codebookOutlet = database.codebook.outlet(outlet),
              let date = query["date"].flatMap({ LocalDate(String($0)) }) else {
            return jsonError(.badRequest, "give outlet=ID and date=YYYY-MM-DD")
        }
        let user = try context.signedIn
        if let refused = try await refusalUnlessAssigned(user, outlet: outlet, date: date) { return refused }
        let database = self.database
        let window = database.codebook.window(of: codebookOutlet)
        do {
            let entries = try await blocking { () -> [QueueEntryBody] in
                // Every item of the outlet and day, whoever coded it (the page shows only this
                // coder's codings), and the programmes nobody has cut into items yet.
                let filter = SegmentFilter(outlet: outlet, date: date)
                let work = try database.work(of: user.name, filter)
                var entries = try database.segments(filter).map { s in
                    QueueEntryBody(kind: "item", id: s.id, outlet: s.outlet, date: s.date.description, start: s.start?.description,
                                   end: s.end?.description, title: s.title, coded: work.codings[s.id] != nil || work.genres[s.id] != nil,
                                   inWindow: s.start.map { window.contains(start: $0) } ?? true)
                }
                for p in try database.localProgrammes(outlet: outlet, date: date) where p.items == 0 {
                    entries.append(QueueEntryBody(kind: "programme", id: p.id, outlet: p.outlet, date: p.date.description, start: p.start.description,
                                                  end: p.end.description, title: p.title, coded: false, inWindow: window.contains(start: p.start)))
                }
                return entries.sorted { ($0.start ?? "", $0.kind == "item" ? 1 : 0, $0.id) < ($1.start ?? "", $1.kind == "item" ? 1 : 0, $1.id) }
            }
            // Inside the monitoring window first: those are the items the reports count.
            let ordered = entries.filter(\.inWindow) + entries.filter { !$0.inWindow }
            let coded = entries.filter { $0.kind == "item" && $0.coded }.count
            let items = entries.filter { $0.kind == "item" }.count
            return jsonResponse(.ok, QueueBody(entries: ordered, coded: coded, left: items - coded))
        } catch let error as InputError {
            return unprocessable(error)
        }
    }

    struct QueueBody: Encodable { var entries: [QueueEntryBody]; var coded: Int; var left: Int }

    struct CodingBody: Encodable {
        var item: Int64
        var subject: String
        var amount: Double
        var values: [String: VariableValue]
        var coder: String
        var codedAt: String

        init(_ coding: StoredCoding) {
            item = coding.segmentID
            subject = coding.subject
            amount = coding.amount
            var values: [String: VariableValue] = ["tone": .text(coding.tone.rawValue)]
            if let direct = coding.direct { values["direct"] = .number(direct) }
            for (id, value) in coding.values { values[id] = Double(value).map { .number($0) } ?? .text(value) }
            self.values = values
            coder = coding.coder
            codedAt = coding.codedAt
        }
    }

    struct TextPart: Encodable { var text: String; var subject: String? }

    struct CueBody: Encodable { var start: Double; var end: Double; var parts: [TextPart] }

    struct RecordingBody: Encodable { var url: String; var offset: Double }

    struct ItemDetail: Encodable {
        var item: ItemBody
        var unit: String
        var extent: Double
        var page: Int?
        var url: String?
        var programme: Int64?
        var codings: [CodingBody]
        var genre: String?
        /// This coder's values of the item's own variables (topic …).
        var itemValues: VariableValues
        var version: Int
        var titleParts: [TextPart]
        var textParts: [TextPart]
        var cues: [CueBody]
        var suggestions: [Suggested]
        var recording: RecordingBody?
        /// The version of the item's start and end, for `PUT /api/items/{id}/times`.
        var timesVersion: String?
        /// The codebook's generation (`GET /api/codebook`): a page with another one reloads it.
        var codebookGeneration: Int
    }

    struct Suggested: Encodable { var subject: String; var amount: Double? }

    func item(_ request: Request, _ context: ServerContext) async throws -> Response {
        guard let id = context.parameters.get("id", as: Int64.self) else { return jsonError(.notFound, "no such item") }
        let user = try context.signedIn
        let (database, generation) = live.withCurrent { ($0, $1) }
        let media = self.media
        guard let segment = try await blocking({ try database.segment(id: id) }) else { return jsonError(.notFound, "there is no item \(id)") }
        // The item's day decides who held an office (the codebook aliases' `during`).
        let matcher = self.matcher.on(segment.date)
        if let refused = try await refusalUnlessAssigned(user, outlet: segment.outlet, date: segment.date) { return refused }
        let detail = try await blocking { () -> ItemDetail in
            let work = try database.work(of: user.name, SegmentFilter(outlet: segment.outlet, date: segment.date))
            let mine = work.codings[id] ?? []
            let clock = database.clock
            var timed: [TimedCue] = []
            var cueBodies: [CueBody] = []
            var itemStartUTC: Int?
            if segment.unit == .seconds, let start = segment.start {
                let startUTC = clock.utcSeconds(of: segment.date, at: start)
                itemStartUTC = startUTC
                for cue in try database.cues(ofItem: id) {
                    let t = TimedCue(start: Double(cue.startMs) / 1000 - Double(startUTC), end: Double(cue.endMs) / 1000 - Double(startUTC), text: cue.text)
                    timed.append(t)
                    cueBodies.append(CueBody(start: t.start, end: t.end, parts: Self.parts(cue.text, try matcher.mentions(in: cue.text))))
                }
            }
            let text = ItemText(title: segment.title, text: segment.text, cues: timed, extent: segment.extent, finder: matcher)
            if let problem = text.problem { throw problem }
            let recording = itemStartUTC.flatMap { Self.recording(media, database, outlet: segment.outlet, startUTC: $0) }
            let body = ItemBody(id: segment.id, outlet: segment.outlet, date: segment.date.description, start: segment.start?.description,
                                end: segment.end?.description, title: segment.title, genre: segment.genre,
                                codings: user.role == .monitor ? mine.count : segment.codings)
            return ItemDetail(item: body, unit: segment.unit.rawValue, extent: segment.extent, page: segment.page, url: segment.url,
                              programme: segment.programmeID, codings: mine.map(CodingBody.init), genre: work.genres[id],
                              itemValues: try database.itemValues(segment: id, coder: user.name),
                              version: try database.itemVersion(segment: id, coder: user.name),
                              titleParts: Self.parts(segment.title, text.titleMentions),
                              textParts: segment.unit == .seconds ? [] : Self.parts(segment.text ?? "", try matcher.mentions(in: segment.text ?? "")),
                              cues: cueBodies, suggestions: text.suggestions.map { Suggested(subject: $0.subject, amount: $0.amount) },
                              recording: recording, timesVersion: segment.timesVersion, codebookGeneration: generation)
        }
        return jsonResponse(.ok, detail)
    }

    /// Text cut at its mentions (offsets in Unicode scalars), so pages highlight without
    /// converting offsets into JavaScript's UTF-16.
    static func parts(_ text: String, _ mentions: [Mention]) -> [TextPart] {
        let scalars = Array(text.unicodeScalars)
        var parts: [TextPart] = []
        var at = 0
        for mention in mentions.sorted(by: { $0.start < $1.start }) where mention.start >= at && mention.end <= scalars.count {
            if mention.start > at { parts.append(TextPart(text: String(String.UnicodeScalarView(scalars[at..<mention.start])), subject: nil)) }
            parts.append(TextPart(text: String(String.UnicodeScalarView(scalars[mention.start..<mention.end])), subject: mention.subject))
            at = mention.end
        }
        if at < scalars.count { parts.append(TextPart(text: String(String.UnicodeScalarView(scalars[at...])), subject: nil)) }
        return parts
    }

    func saveCoding(_ request: Request, _ context: ServerContext) async throws -> Response {
        guard let id = context.parameters.get("id", as: Int64.self) else { return jsonError(.notFound, "no such item") }
        guard let body = await decodeBody(CodingRequest.self, request) else {
            return jsonError(.badRequest, "send {\"subject\", \"amount\", \"values\": {…}, \"version\"} as JSON")
        }
        let user = try context.signedIn
        let database = self.database
        guard let segment = try await blocking({ try database.segment(id: id) }) else { return jsonError(.notFound, "there is no item \(id)") }
        if let refused = try await refusalUnlessAssigned(user, outlet: segment.outlet, date: segment.date) { return refused }
        let write: CodingWrite
        do {
            write = try body.write(codebook: database.codebook, coder: user.name)
        } catch let error as InputError {
            return unprocessable(error)
        }
        do {
            let result = try await blocking { () -> (StoredCoding, Int)? in
                let version = try body.version ?? database.itemVersion(segment: id, coder: user.name)
                guard let (_, newVersion) = try database.code(write.coding, segment: id, genre: write.genre, itemValues: write.itemValues,
                                                              ifVersion: version) else { return nil }
                let stored = try database.codings(ofSegment: id).first { $0.coder == user.name && $0.subject == write.coding.subject }!
                return (stored, newVersion)
            }
            guard let (stored, version) = result else {
                let current = try await blocking { () -> ConflictBody in
                    ConflictBody(error: "someone saved this item's codings since you opened it; here is what is stored now",
                                 codings: try database.codings(ofSegment: id).filter { $0.coder == user.name }.map(CodingBody.init),
                                 version: try database.itemVersion(segment: id, coder: user.name))
                }
                return jsonResponse(.conflict, current)
            }
            await events.publish(#"{"item":\#(id),"outlet":"\#(segment.outlet)","date":"\#(segment.date)","coder":"\#(user.name)"}"#)
            return jsonResponse(.created, SavedBody(coding: CodingBody(stored), version: version))
        } catch let error as InputError {
            return unprocessable(error)
        }
    }

    struct SavedBody: Encodable { var coding: CodingBody; var version: Int }
    struct ConflictBody: Encodable { var error: String; var codings: [CodingBody]; var version: Int }

    func removeCoding(_ request: Request, _ context: ServerContext) async throws -> Response {
        guard let id = context.parameters.get("id", as: Int64.self), let subject = context.parameters.get("subject") else {
            return jsonError(.notFound, "no such coding")
        }
        let user = try context.signedIn
        let database = self.database
        guard let segment = try await blocking({ try database.segment(id: id) }) else { return jsonError(.notFound, "there is no item \(id)") }
        if let refused = try await refusalUnlessAssigned(user, outlet: segment.outlet, date: segment.date) { return refused }
        do {
            let removed = try await blocking { try database.removeCoding(segment: id, subject: subject, coder: user.name) }
            await events.publish(#"{"item":\#(id),"outlet":"\#(segment.outlet)","date":"\#(segment.date)","coder":"\#(user.name)"}"#)
            let version = try await blocking { try database.itemVersion(segment: id, coder: user.name) }
            return jsonResponse(.ok, SavedBody(coding: CodingBody(removed), version: version))
        } catch let error as InputError {
            return unprocessable(error)
        }
    }

    struct ProgrammeDetail: Encodable {
        var id: Int64
        var outlet: String
        var date: String
        var start: String
        var end: String
        var titleParts: [TextPart]
        var cues: [CueBody]
        var codings: [CodingBody] = []
        var recording: RecordingBody?
    }

    /// A programme still to be cut into items: its recording and transcript, times from its start.
    func programme(_ request: Request, _ context: ServerContext) async throws -> Response {
        guard let id = context.parameters.get("id", as: Int64.self) else { return jsonError(.notFound, "no such programme") }
        let database = self.database, media = self.media
        guard let p = try await blocking({ try database.localProgrammes().first { $0.id == id } }) else {
            return jsonError(.notFound, "there is no programme \(id)")
        }
        let matcher = self.matcher.on(p.date)
        if let refused = try await refusalUnlessAssigned(try context.signedIn, outlet: p.outlet, date: p.date) { return refused }
        let detail = try await blocking { () -> ProgrammeDetail in
            let cues = try database.cues(programme: id).map { cue in
                CueBody(start: Double(cue.startMs) / 1000 - Double(p.startUTC), end: Double(cue.endMs) / 1000 - Double(p.startUTC),
                        parts: Self.parts(cue.text, try matcher.mentions(in: cue.text)))
            }
            return ProgrammeDetail(id: p.id, outlet: p.outlet, date: p.date.description, start: p.start.description, end: p.end.description,
                                   titleParts: Self.parts(p.title, try matcher.mentions(in: p.title)), cues: cues,
                                   recording: Self.recording(media, database, outlet: p.outlet, startUTC: p.startUTC))
        }
        return jsonResponse(.ok, detail)
    }

    /// The recording that started last at or before `startUTC`, less than a day before it.
    static func recording(_ media: MediaFolder?, _ database: MonitoringDatabase, outlet: String, startUTC: Int) -> RecordingBody? {
        guard let media else { return nil }
        let clock = database.clock
        let candidates = media.recordings(of: outlet, codebook: database.codebook).map { r in (r.file, clock.utcSeconds(of: r.date, at: r.start)) }
            .filter { $0.1 <= startUTC && startUTC - $0.1 < 86_400 }
        guard let best = candidates.max(by: { $0.1 < $1.1 }) else { return nil }
        return RecordingBody(url: "/media/\(outlet)/\(best.0)", offset: Double(startUTC - best.1))
    }

    struct CutBody: Decodable { var start: String; var end: String; var title: String? }

    /// A new item cut out of a programme, from start and end marks set at the player's playhead.
    func cutItem(_ request: Request, _ context: ServerContext) async throws -> Response {
        guard let id = context.parameters.get("id", as: Int64.self) else { return jsonError(.notFound, "no such programme") }
        guard let body = await decodeBody(CutBody.self, request) else { return jsonError(.badRequest, "send {\"start\", \"end\", \"title\"}") }
        guard let start = TimeOfDay(body.start) else { return jsonError(.unprocessableContent, "\"\(body.start)\" is not a time (HH:MM:SS)", field: "start") }
        guard let end = TimeOfDay(body.end) else { return jsonError(.unprocessableContent, "\"\(body.end)\" is not a time (HH:MM:SS)", field: "end") }
        let user = try context.signedIn
        let database = self.database
        guard let programme = try await blocking({ try database.localProgrammes().first { $0.id == id } }) else {
            return jsonError(.notFound, "there is no programme \(id)")
        }
        if let refused = try await refusalUnlessAssigned(user, outlet: programme.outlet, date: programme.date) { return refused }
        do {
            let s = try await blocking { try database.addItem(inProgramme: id, start: start, end: end, title: body.title ?? "") }
            return jsonResponse(.created, ItemBody(id: s.id, outlet: s.outlet, date: s.date.description, start: s.start?.description,
                                                   end: s.end?.description, title: s.title, genre: s.genre, codings: 0))
        } catch let error as InputError {
            return unprocessable(error)
        }
    }

    // MARK: Recordings

    func recording(_ request: Request, _ context: ServerContext) async throws -> Response {
        guard let media else { return jsonError(.notFound, "this server has no recordings folder (serve --media DIR)") }
        // The raw path is checked, before any decoding: a recording's name never needs escapes.
        let parts = request.uri.path.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 4, parts[0].isEmpty, parts[1] == "media",
              let path = media.resolve(outlet: String(parts[2]), file: String(parts[3]), codebook: database.codebook) else {
            return jsonError(.notFound, "no such recording")
        }
        let user = try context.signedIn
        // A recording that starts late in the evening runs into the next day.
        if user.role == .monitor, let date = LocalDate(String(parts[3].prefix(10))) {
            let today = try await mayCode(user, outlet: String(parts[2]), date: date)
            let tomorrow = try await mayCode(user, outlet: String(parts[2]), date: date.adding(days: 1))
            if !today && !tomorrow { return jsonError(.forbidden, "\(parts[2]) on \(date) is not assigned to you") }
        }
        return try await recordingResponse(path: path, request: request)
    }
}

/// Dashboards hold event streams open; on SIGINT/SIGTERM they are ended, so shutdown waits
/// only for the requests that write.
struct EventStreamCloser: Service {
    let events: CodingEvents

    func run() async throws {
        try? await gracefulShutdown()
        await events.finishAll()
    }
}

/// Headers every response carries: no framing by other sites, no sniffing, scripts from here only.
struct SecurityHeaders: RouterMiddleware {
    typealias Context = ServerContext

    func handle(_ request: Request, context: ServerContext, next: (Request, ServerContext) async throws -> Response) async throws -> Response {
        var response: Response
        do {
            response = try await next(request, context)
        } catch let error as HTTPError {
            response = jsonError(error.status, error.body ?? error.status.reasonPhrase)
        }
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[HTTPField.Name("X-Frame-Options")!] = "DENY"
        response.headers[HTTPField.Name("Referrer-Policy")!] = "same-origin"
        response.headers[.contentSecurityPolicy] = "default-src 'self'; media-src 'self'; style-src 'self'; script-src 'self'; frame-ancestors 'none'"
        return response
    }
}
