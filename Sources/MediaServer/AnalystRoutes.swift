import Foundation
import Hummingbird
import HummingbirdCore
import MediaModel
import MediaReliability
import MediaReports
import MediaStore

extension TeamServer {
    // MARK: Codebook

    struct NamedBody: Encodable { var id: String; var name: String; var kind: String? ; var unit: String? }

    struct CodebookBody: Encodable {
        var mission: String
        var period: [String]
        var subjects: [NamedBody]
        var outlets: [NamedBody]
        var variables: [FormVariable]
        /// Changes when an admin amends the codebook (`GET /api/items/{id}` carries it too).
        var generation: Int
    }

    /// What the pages build their forms and lists from, with names in the asked language.
    func codebookResponse(_ request: Request, _ context: ServerContext) throws -> Response {
        let preferred = try context.signedIn.language
        let language = request.uri.queryParameters["lang"].flatMap { Language(rawValue: String($0)) } ?? preferred ?? .en
        // One snapshot: the codebook and its generation are read together.
        let (codebook, generation) = live.withCurrent { ($0.codebook, $1) }
        return jsonResponse(.ok, CodebookBody(
            mission: codebook.mission, period: [codebook.period.first.description, codebook.period.last.description],
            subjects: codebook.subjects.map { NamedBody(id: $0.id, name: $0.name.in(language), kind: $0.kind.rawValue) },
            outlets: codebook.outlets.map { NamedBody(id: $0.id, name: $0.name.in(language), kind: $0.medium.rawValue, unit: $0.medium.unit.rawValue) },
            variables: FormVariable.all(of: codebook, language: language), generation: generation))
    }

    // MARK: Assignments

    func listAssignments(_ request: Request, _ context: ServerContext) async throws -> Response {
        let user = try context.signedIn
        let database = self.database
        // A monitor sees their own; an analyst everyone's.
        let list = try await blocking { try database.assignments(of: user.role == .monitor ? user.name : nil) }
        return jsonResponse(.ok, ["assignments": list])
    }

    struct AssignmentRequest: Decodable { var user: String; var outlet: String; var from: String; var to: String? }

    func addAssignment(_ request: Request, _ context: ServerContext) async throws -> Response {
        if let refused = try require(.analyst, context) { return refused }
        guard let body = await decodeBody(AssignmentRequest.self, request) else {
            return jsonError(.badRequest, "send {\"user\", \"outlet\", \"from\", \"to\"}")
        }
        let assignment = Assignment(user: body.user, outlet: body.outlet, from: body.from, to: body.to ?? body.from, assignedBy: try context.signedIn.name)
        let database = self.database
        do {
            try await blocking { try database.assign(assignment) }
            return jsonResponse(.created, assignment)
        } catch let error as InputError {
            return unprocessable(error)
        }
    }

    // MARK: Reports

    func report(_ request: Request, _ context: ServerContext) async throws -> Response {
        if let refused = try require(.analyst, context) { return refused }
        guard let kind = ReportKind(rawValue: context.parameters.get("kind") ?? "") else {
            return jsonError(.notFound, "reports are \(ReportKind.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        let query = request.uri.queryParameters
        let report: ReportRequest
        let format: ReportFormat
        do {
            report = try Self.reportRequest(query)
            format = try query["format"].map { value in
                guard let format = ReportFormat(rawValue: String(value)) else { throw InputError(field: "format", "format is one of \(ReportFormat.allCases.map(\.rawValue).joined(separator: ", "))") }
                return format
            } ?? .json
        } catch let error as InputError {
            return jsonError(.badRequest, error.message, field: error.field)
        }
        if let misuse = report.misuse(for: kind) { return jsonError(.badRequest, misuse.description) }
        let database = self.database
        do {
            let data = try await blocking { () -> Data in
                try report.render(kind, codebook: database.codebook) { days, outlets in
                    try database.codingSums(days: days, outlets: outlets, values: report.readsValues(kind))
                }
                    .data(format)
            }
            var headers = HTTPFields()
            headers[.contentType] = format.mediaType
            headers[.cacheControl] = "no-store"
            if format != .json {
                headers[.contentDisposition] = "attachment; filename=\"\(kind.rawValue).\(format == .table ? "txt" : format.rawValue)\""
            }
            return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
        } catch let misuse as ReportMisuse {
            return jsonError(.badRequest, misuse.description)
        } catch let error as InputError {
            return unprocessable(error)
        }
    }

    /// The CLI's report options as query parameters: `from`, `to`, `week`, `isoWeeks`, `outlet`
    /// (repeated), `genre` (repeated), `weight`, `attributeInstitutions`, `attributeBy`, `where` (repeated),
    /// `subjects`, `lang`, `group`, `by`.
    static func reportRequest(_ query: FlatDictionary<Substring, Substring>) throws -> ReportRequest {
        var request = ReportRequest()
        func date(_ name: String) throws -> LocalDate? {
            guard let value = query[Substring(name)] else { return nil }
            guard let date = LocalDate(String(value)) else { throw InputError(field: name, "\"\(value)\" is not a date (YYYY-MM-DD)") }
            return date
        }
        func flag(_ name: String) throws -> Bool {
            guard let value = query[Substring(name)] else { return false }
            switch value { case "", "true", "1": return true; case "false", "0": return false
            default: throw InputError(field: name, "\(name) is true or false") }
        }
        func choice<T: RawRepresentable>(_ name: String, _ type: T.Type) throws -> T? where T.RawValue == String {
            guard let value = query[Substring(name)] else { return nil }
            guard let parsed = T(rawValue: String(value)) else { throw InputError(field: name, "\"\(value)\" is not a value of \(name)") }
            return parsed
        }
        request.from = try date("from")
        request.to = try date("to")
        if let week = query["week"] {
            guard let number = Int(week) else { throw InputError(field: "week", "week is a number") }
            request.week = number
        }
        request.isoWeeks = try flag("isoWeeks")
        request.outlets = query.getAll("outlet").map { String($0) }
        request.genres = query.getAll("genre").map { String($0) }
        request.weight = try choice("weight", ReportFilter.Weight.self) ?? .amount
        request.attributeInstitutions = try flag("attributeInstitutions")
        request.subjects = try choice("subjects", ReportFilter.SubjectScope.self) ?? .contestants
        request.language = try choice("lang", Language.self) ?? .en
        request.group = try choice("group", OutletGrouping.self)
        request.conditions = query.getAll("where").map { String($0) }
        request.attributeBy = query["attributeBy"].map { String($0) }
        request.by = query["by"].map { String($0) }
        return request
    }

    // MARK: Progress

    struct ProgressRow: Encodable { var coder: String; var outlet: String; var date: String; var items: Int; var codings: Int }
    struct OutletDay: Encodable { var outlet: String; var date: String; var items: Int; var coded: Int }
    struct ProgressBody: Encodable { var monitors: [ProgressRow]; var outletDays: [OutletDay] }

    /// Progress per monitor and per outlet and day.
    func progress(_ request: Request, _ context: ServerContext) async throws -> Response {
        if let refused = try require(.analyst, context) { return refused }
        let database = self.database
        let body = try await blocking { () -> ProgressBody in
            let (monitors, days) = try database.progress()
            return ProgressBody(monitors: monitors.map { ProgressRow(coder: $0.coder, outlet: $0.outlet, date: $0.date, items: $0.items, codings: $0.codings) },
                                outletDays: days.map { OutletDay(outlet: $0.outlet, date: $0.date, items: $0.items, coded: $0.coded) })
        }
        return jsonResponse(.ok, body)
    }

    // MARK: Reliability

    struct ReliabilityBody: Encodable { var summary: ReliabilityJSON; var disagreements: DisagreementsJSON }

    /// The `reliability` and `reliability disagreements` JSON documents over the whole period,
    /// all coders, the CLI's default tolerance (10%).
    func reliability(_ request: Request, _ context: ServerContext) async throws -> Response {
        if let refused = try require(.analyst, context) { return refused }
        let database = self.database
        do {
            let body = try await blocking { () -> ReliabilityBody in
                let days = database.codebook.period
                let tolerance = AmountTolerance("10%")!
                let items = DoubleCodedItems(rows: try database.codedRows(days: days), genres: try database.coderGenres(days: days), coders: nil)
                let report = try ReliabilityReport(items, subjects: database.codebook.subjects.map(\.id), tolerance: tolerance)
                let list = Array(items.disagreements(tolerance: tolerance).prefix(200))
                return ReliabilityBody(summary: ReliabilityJSON(report), disagreements: DisagreementsJSON(list, titles: try database.segmentTitles(list.map(\.segmentID))))
            }
            return jsonResponse(.ok, body)
        } catch let error as InputError {
            return unprocessable(error)
        }
    }

    struct ReconcileRequest: Decodable { var use: String }

    /// `mediamon reconcile`: makes one coder's coding of an item the one reports count.
    func reconcile(_ request: Request, _ context: ServerContext) async throws -> Response {
        if let refused = try require(.analyst, context) { return refused }
        guard let id = context.parameters.get("id", as: Int64.self), let body = await decodeBody(ReconcileRequest.self, request) else {
            return jsonError(.badRequest, "send {\"use\": CODER}")
        }
        let database = self.database, by = try context.signedIn.name
        do {
            let outcome = try await blocking { try database.reconcile(segment: id, use: body.use, by: by) }
            await events.publish(#"{"item":\#(id),"reconciled":true}"#)
            switch outcome {
            case .unchanged: return jsonResponse(.ok, ["item": "\(id)", "primary": body.use, "changed": "false"])
            case .changed: return jsonResponse(.ok, ["item": "\(id)", "primary": body.use, "changed": "true"])
            }
        } catch let error as InputError {
            return unprocessable(error)
        }
    }

    struct DoubleCodingRequest: Decodable { var percent: Double; var seed: UInt64?; var outlets: [String]? }
    struct DoubleCodingBody: Encodable { var picked: Int; var added: Int; var removed: Int; var kept: Int }

    /// `mediamon assign --double N%`: the same sample from the same library.
    func assignDoubleCoding(_ request: Request, _ context: ServerContext) async throws -> Response {
        if let refused = try require(.analyst, context) { return refused }
        guard let body = await decodeBody(DoubleCodingRequest.self, request) else { return jsonError(.badRequest, "send {\"percent\", \"seed\", \"outlets\"}") }
        guard body.percent > 0, body.percent <= 100 else { return jsonError(.unprocessableContent, "percent is more than 0 and at most 100", field: "percent") }
        let outlets = body.outlets ?? []
        for id in outlets where database.codebook.outlet(id) == nil { return jsonError(.unprocessableContent, database.codebook.unknown(.outlet, id).message, field: "outlets") }
        let database = self.database, by = try context.signedIn.name
        let body2 = try await blocking { () -> DoubleCodingBody in
            let seed = body.seed ?? 1
            let sample = DoubleCodingSample(percent: body.percent, seed: seed)
            let candidates = try database.segments().filter { outlets.isEmpty || outlets.contains($0.outlet) }
            let picked = sample.pick(from: candidates.map { ($0.id, $0.outlet) })
            let change = try database.assignDoubleCoding(picked, outlets: outlets, percent: sample.percent, seed: seed, by: by)
            return DoubleCodingBody(picked: picked.count, added: change.added, removed: change.removed, kept: change.kept)
        }
        return jsonResponse(.created, body2)
    }

    // MARK: Live events

    /// Server-sent events: one `coding` event per saved coding, and a comment every 15 s to keep
    /// proxies from closing the stream.
    func eventStream(_ request: Request, _ context: ServerContext) async throws -> Response {
        if let refused = try require(.analyst, context) { return refused }
        let events = self.events
        let (id, stream) = await events.subscribe()
        var headers = HTTPFields()
        headers[.contentType] = "text/event-stream"
        headers[.cacheControl] = "no-store"
        let body = ResponseBody { writer in
            try await writer.write(ByteBuffer(string: ": connected\n\n"))
            await withTaskGroup(of: Void.self) { group in
                group.addTask {
                    while !Task.isCancelled {
                        try? await Task.sleep(for: .seconds(15))
                        await events.publish("")
                    }
                }
                for await data in stream {
                    let text = data.isEmpty ? ": keep-alive\n\n" : "event: coding\ndata: \(data)\n\n"
                    do { try await writer.write(ByteBuffer(string: text)) } catch { break }
                }
                group.cancelAll()
            }
            await events.unsubscribe(id)
            try await writer.finish(nil)
        }
        return Response(status: .ok, headers: headers, body: body)
    }

    // MARK: Users

    struct UserBody: Encodable { var name: String; var role: String; var createdAt: String }
    struct NewUserRequest: Decodable { var name: String; var role: String; var password: String }

    func listUsers(_ request: Request, _ context: ServerContext) async throws -> Response {
        if let refused = try require(.admin, context) { return refused }
        let database = self.database
        let users = try await blocking { try database.accounts() }
        return jsonResponse(.ok, ["users": users.map { UserBody(name: $0.name, role: $0.role.rawValue, createdAt: $0.createdAt) }])
    }

    func addUser(_ request: Request, _ context: ServerContext) async throws -> Response {
        if let refused = try require(.admin, context) { return refused }
        guard let body = await decodeBody(NewUserRequest.self, request) else { return jsonError(.badRequest, "send {\"name\", \"role\", \"password\"}") }
        guard let role = Role(rawValue: body.role) else { return jsonError(.unprocessableContent, "role is admin, analyst or monitor", field: "role") }
        let database = self.database, hasher = self.hasher
        do {
            try await blocking { try database.addAccount(name: body.name, role: role, passwordHash: try hasher.hash(body.password)) }
            return jsonResponse(.created, UserBody(name: body.name, role: role.rawValue, createdAt: UTCTimestamp.now()))
        } catch let error as InputError {
            return unprocessable(error)
        }
    }
}
