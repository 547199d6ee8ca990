import Foundation
import Hummingbird
import HummingbirdTesting
import HTTPTypes
import MediaLocale
import MediaModel
import MediaReports
@testable import MediaServer
import MediaStore
import Testing
import TestSupport

/// Every route, for every role, with and without a session and the CSRF token (DESIGN §9).
@Suite(.temporaryFolder) struct ServerRouteTests {
    static let apiGets = ["/api/me", "/api/codebook", "/api/items?outlet=khabar&date=2012-01-11", "/api/queue?outlet=khabar&date=2012-01-11",
                          "/api/items/1", "/api/programmes/1", "/api/assignments", "/api/reports/share", "/api/progress",
                          "/api/reliability", "/api/events", "/api/users"]
    static let apiWrites: [(HTTPRequest.Method, String)] = [
        (.delete, "/api/session"), (.put, "/api/me"), (.post, "/api/items/1/codings"), (.delete, "/api/items/1/codings/nur-otan"),
        (.post, "/api/programmes/1/items"), (.post, "/api/assignments"), (.post, "/api/items/1/reconcile"),
        (.post, "/api/double-coding"), (.post, "/api/users"),
    ]

    @Test func everyRouteWithoutASessionIsRefused() async throws {
        let app = Application(router: try TestMission.server(media: TestMission.recordings).router())
        try await app.test(.router) { client in
            for uri in Self.apiGets + ["/media/khabar/2012-01-11T2200.ogg"] {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .unauthorized, "GET \(uri)")
                }
            }
            for (method, uri) in Self.apiWrites {
                try await client.execute(uri: uri, method: method, headers: [.contentType: "application/json"], body: ByteBuffer(string: "{}")) { response in
                    #expect(response.status == .unauthorized, "\(method) \(uri)")
                }
            }
            for page in ["/code", "/dashboard"] {
                try await client.execute(uri: page, method: .get) { response in
                    #expect(response.status == .found, "\(page)")
                    #expect(response.headers[.location] == "/login", "\(page)")
                }
            }
            // A made-up or stale cookie is no session either.
            try await client.execute(uri: "/api/me", method: .get, headers: [.cookie: "mediamon_session=forged"]) { response in
                #expect(response.status == .unauthorized)
            }
        }
    }

    @Test func signInSetsAStrictHttpOnlyExpiringCookieAndReturnsTheCSRFTokenButNoSecret() async throws {
        let app = Application(router: try TestMission.server().router())
        try await app.test(.router) { client in
            let body = ByteBuffer(string: #"{"user": "mona", "password": "\#(TestMission.password)"}"#)
            try await client.execute(uri: "/api/session", method: .post, headers: [.contentType: "application/json"], body: body) { response in
                #expect(response.status == .ok)
                let cookie = try #require(response.headers[.setCookie])
                #expect(cookie.hasPrefix("mediamon_session="))
                for attribute in ["HttpOnly", "SameSite=Strict", "Max-Age=43200", "Path=/"] { #expect(cookie.contains(attribute), "\(attribute) in \(cookie)") }
                let text = String(buffer: response.body)
                let object = try #require(try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any])
                #expect(object["user"] as? String == "mona")
                #expect(object["role"] as? String == "monitor")
                #expect((object["csrf"] as? String)?.count ?? 0 >= 40)
                #expect(!text.contains("pbkdf2") && !text.contains(TestMission.password))
            }
            let wrong = ByteBuffer(string: #"{"user": "mona", "password": "wrong password!"}"#)
            try await client.execute(uri: "/api/session", method: .post, headers: [.contentType: "application/json"], body: wrong) { response in
                #expect(response.status == .unauthorized)
                #expect(response.headers[.setCookie] == nil)
            }
            try await client.execute(uri: "/api/session", method: .post, headers: [.contentType: "application/json"],
                                     body: ByteBuffer(string: #"{"user": "nobody", "password": "whatever12345"}"#)) { response in
                #expect(response.status == .unauthorized)
            }
            // A form from another site cannot sign anyone in: only JSON is accepted.
            try await client.execute(uri: "/api/session", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                                     body: ByteBuffer(string: "user=mona&password=x")) { response in
                #expect(response.status == .unsupportedMediaType)
            }
        }
    }

    @Test func theTenthFailedSignInWithinAMinuteIsThrottledEvenWithTheRightPassword() async throws {
        let clock = TestClock()
        let app = Application(router: try TestMission.server(clock: clock.read).router())
        try await app.test(.router) { client in
            let wrong = ByteBuffer(string: #"{"user": "ann", "password": "guess guess guess"}"#)
            for attempt in 1...9 {
                try await client.execute(uri: "/api/session", method: .post, headers: [.contentType: "application/json"], body: wrong) { response in
                    #expect(response.status == .unauthorized, "attempt \(attempt)")
                }
            }
            let right = ByteBuffer(string: #"{"user": "ann", "password": "\#(TestMission.password)"}"#)
            try await client.execute(uri: "/api/session", method: .post, headers: [.contentType: "application/json"], body: right) { response in
                #expect(response.status == .tooManyRequests)
                #expect(response.headers[.retryAfter] == "60")
            }
            // Another account is not locked out by attempts on this one.
            _ = try await client.signIn("ada")
            // Once the minute has passed, the right password works again.
            clock.advance(59)
            try await client.execute(uri: "/api/session", method: .post, headers: [.contentType: "application/json"], body: right) { response in
                #expect(response.status == .tooManyRequests)
            }
            clock.advance(2)
            _ = try await client.signIn("ann")
        }
    }

    @Test func aStateChangeWithoutTheSessionsCSRFTokenIsRefused() async throws {
        let app = Application(router: try TestMission.server().router())
        try await app.test(.router) { client in
            let mona = try await client.signIn("mona")
            let ann = try await client.signIn("ann")
            let item = try await firstItem(client, mona)
            let coding = ByteBuffer(string: #"{"subject": "nur-otan", "amount": 5, "values": {"tone": "neutral"}}"#)
            for (method, uri) in Self.apiWrites {
                try await client.execute(uri: uri, method: method, headers: [.cookie: mona.cookie, .contentType: "application/json"], body: coding) { response in
                    #expect(response.status == .forbidden, "\(method) \(uri) without the token")
                }
                // Another session's token is not this session's.
                var headers = mona.writeHeaders
                headers[HTTPField.Name("X-CSRF-Token")!] = ann.csrf
                try await client.execute(uri: uri, method: method, headers: headers, body: coding) { response in
                    #expect(response.status == .forbidden, "\(method) \(uri) with another session's token")
                }
            }
            let (status, _) = try await client.post("/api/items/\(item)/codings", mona, ["subject": "nur-otan", "amount": 5, "values": ["tone": "neutral"]])
            #expect(status == .created)
        }
    }

    @Test func aMonitorIsRefusedReportsUsersAssignmentsOtherOutletsAndAnalystTools() async throws {
        let server = try TestMission.server()
        let app = Application(router: server.router())
        try await app.test(.router) { client in
            let mona = try await client.signIn("mona")
            for uri in ["/api/reports/share", "/api/reports/tone", "/api/progress", "/api/reliability", "/api/events", "/api/users",
                        "/api/items?outlet=ktk&date=2012-01-11", "/api/queue?outlet=ktk&date=2012-01-11"] {
                let (status, body) = try await client.getJSON(uri, mona)
                #expect(status == .forbidden, "GET \(uri)")
                #expect(body["error"] is String, "GET \(uri)")
            }
            let ktkItem = try #require(try server.database.segments(SegmentFilter(outlet: "ktk")).first)
            let (itemStatus, _) = try await client.getJSON("/api/items/\(ktkItem.id)", mona)
            #expect(itemStatus == .forbidden)
            for (uri, body) in [("/api/assignments", ["user": "mona", "outlet": "ktk", "from": "2012-01-01"]),
                                ("/api/double-coding", ["percent": 10]), ("/api/users", ["name": "eve", "role": "admin", "password": "0123456789ab"]),
                                ("/api/items/\(ktkItem.id)/reconcile", ["use": "mona"]),
                                ("/api/items/\(ktkItem.id)/codings", ["subject": "nur-otan", "amount": 1, "values": ["tone": "neutral"]])] as [(String, [String: Any])] {
                let (status, _) = try await client.post(uri, mona, body)
                #expect(status == .forbidden, "POST \(uri)")
            }
            // An analyst may do what the monitor may not, except users; an admin may that too.
            let ann = try await client.signIn("ann")
            #expect(try await client.getJSON("/api/reports/share", ann).0 == .ok)
            #expect(try await client.getJSON("/api/progress", ann).0 == .ok)
            #expect(try await client.getJSON("/api/users", ann).0 == .forbidden)
            let ada = try await client.signIn("ada")
            let (users, list) = try await client.getJSON("/api/users", ada)
            #expect(users == .ok)
            #expect(!"\(list)".contains("pbkdf2"))
        }
    }

    @Test func aMonitorSeesOnlyTheirOwnCodingsAndTheAuditNamesTheSessionUser() async throws {
        let server = try TestMission.server()
        let app = Application(router: server.router())
        try await app.test(.router) { client in
            let mona = try await client.signIn("mona")
            let item = try await firstItem(client, mona)
            let before = try server.database.codings(ofSegment: item)
            #expect(!before.isEmpty, "the demo's item \(item) has the sample coders' codings")
            let (detailStatus, detail) = try await client.getJSON("/api/items/\(item)", mona)
            #expect(detailStatus == .ok)
            #expect((detail["codings"] as? [Any])?.count == 0, "the sample coders' codings are not shown to mona")
            // A name in the body is ignored: the coder is the session's user.
            let (status, saved) = try await client.post("/api/items/\(item)/codings", mona,
                                                        ["subject": "ak-zhol", "amount": 7, "coder": "someone-else", "values": ["tone": "negative", "direct": 2]])
            #expect(status == .created)
            let coding = try #require(saved["coding"] as? [String: Any])
            #expect(coding["coder"] as? String == "mona")
            #expect((coding["values"] as? [String: Any])?["tone"] as? String == "negative")
            #expect(try server.database.auditLog(coder: "mona").contains { $0.segment == item && $0.field == "tone" && $0.new == "negative" })
            #expect(try server.database.auditLog(coder: "someone-else").isEmpty)
            let (_, list) = try await client.getJSON("/api/items?outlet=khabar&date=\(try dateOf(server, item))", mona)
            let row = try #require((list["items"] as? [[String: Any]])?.first { ($0["id"] as? Int).map(Int64.init) == item })
            #expect(row["codings"] as? Int == 1, "mona's count is of her own codings")
        }
    }

    @Test func aCodingThatBreaksARuleIsRefusedWith422AndNothingIsWritten() async throws {
        let server = try TestMission.server()
        let app = Application(router: server.router())
        try await app.test(.router) { client in
            let mona = try await client.signIn("mona")
            let item = try await firstItem(client, mona)
            let before = try server.database.codings(ofSegment: item)
            let audit = try server.database.auditLog().count
            for body in [["subject": "nur-otan", "amount": 5, "values": ["tone": "positiv"]],
                         ["subject": "nur-otan", "amount": 5, "values": [:] as [String: Any]],
                         ["subject": "nur-otan", "amount": 5, "values": ["tone": "neutral", "mood": "happy"]],
                         ["subject": "nur-otan", "amount": 5, "values": ["tone": "neutral", "direct": 9]],
                         ["subject": "nur-otan", "amount": 1e9, "values": ["tone": "neutral"]],
                         ["subject": "nur-otan", "amount": -1, "values": ["tone": "neutral"]],
                         ["subject": "no-such-party", "amount": 5, "values": ["tone": "neutral"]],
                         ["subject": "nur-otan", "amount": 5, "values": ["tone": "neutral", "genre": "gossip"]]] as [[String: Any]] {
                let (status, answer) = try await client.post("/api/items/\(item)/codings", mona, body)
                #expect(status == .unprocessableContent, "\(body)")
                #expect((answer["error"] as? String)?.isEmpty == false, "\(body)")
            }
            #expect(try server.database.codings(ofSegment: item) == before)
            #expect(try server.database.auditLog().count == audit)
        }
    }

    @Test func aStaleSaveIsRefusedWithWhatIsStoredNow() async throws {
        let server = try TestMission.server()
        let app = Application(router: server.router())
        try await app.test(.router) { client in
            let first = try await client.signIn("mona")
            let second = try await client.signIn("mona")
            let item = try await firstItem(client, first)
            let (_, opened) = try await client.getJSON("/api/items/\(item)", first)
            let version = try #require(opened["version"] as? Int)
            let (saved, body) = try await client.post("/api/items/\(item)/codings", first,
                                                      ["subject": "osdp", "amount": 4, "values": ["tone": "positive"], "version": version])
            #expect(saved == .created)
            #expect(body["version"] as? Int ?? 0 > version)
            // The second browser opened the item before the first saved.
            let (stale, conflict) = try await client.post("/api/items/\(item)/codings", second,
                                                          ["subject": "osdp", "amount": 9, "values": ["tone": "negative"], "version": version])
            #expect(stale == .conflict)
            let stored = try #require(conflict["codings"] as? [[String: Any]])
            #expect(stored.count == 1 && stored[0]["amount"] as? Double == 4)
            #expect(try server.database.codings(ofSegment: item).first { $0.coder == "mona" }?.tone == .positive)
        }
    }

    @Test func reportsAreTheCLIsJSONDocumentsFromTheSameCode() async throws {
        let server = try TestMission.server()
        let app = Application(router: server.router())
        try await app.test(.router) { client in
            let ann = try await client.signIn("ann")
            let cases: [(String, ReportKind, (inout ReportRequest) -> Void)] = [
                ("/api/reports/share?outlet=khabar&outlet=kazakhstan-tv", .share, { $0.outlets = ["khabar", "kazakhstan-tv"] }),
                ("/api/reports/tone?from=2012-01-07&attributeInstitutions=true", .tone, { $0.from = LocalDate("2012-01-07"); $0.attributeInstitutions = true }),
                ("/api/reports/weekly?week=2", .weekly, { $0.week = 2 }),
                ("/api/reports/compare?group=ownership&subjects=all", .compare, { $0.group = .ownership; $0.subjects = .all }),
                ("/api/reports/breakdown?by=capacity&subjects=all&where=capacity=official", .breakdown,
                 { $0.by = "capacity"; $0.subjects = .all; $0.conditions = ["capacity=official"] }),
            ]
            for (uri, kind, configure) in cases {
                var request = ReportRequest()
                configure(&request)
                let db = server.database
                let expected = try request.render(kind, codebook: db.codebook) { try db.codedRows(days: $0, outlets: $1) }.json()
                try await client.execute(uri: uri, method: .get, headers: ann.headers) { response in
                    #expect(response.status == .ok, "\(uri)")
                    #expect(String(buffer: response.body) == expected, "\(uri)")
                }
            }
            for (uri, status) in [("/api/reports/weekly", HTTPResponse.Status.badRequest), ("/api/reports/share?week=2&from=2012-01-01", .badRequest),
                                  ("/api/reports/share?outlet=nowhere", .unprocessableContent), ("/api/reports/share?from=yesterday", .badRequest),
                                  ("/api/reports/nothing", .notFound), ("/api/reports/breakdown", .badRequest),
                                  ("/api/reports/breakdown?by=amount", .unprocessableContent), ("/api/reports/share?where=capacity", .badRequest),
                                  ("/api/reports/share?to=2011-12-01&from=2012-01-01", .badRequest)] {
                #expect(try await client.getJSON(uri, ann).0 == status, "\(uri)")
            }
            // The errors name the query parameters the request used, never the command line's flags.
            for (uri, message, field) in [("/api/reports/share?week=2&from=2012-01-01", "give either week or from/to, not both", nil),
                                          ("/api/reports/share?to=2011-12-01&from=2012-01-01", "to 2011-12-01 is before from 2012-01-01", nil),
                                          ("/api/reports/share?where=capacity", "where takes ID=VALUE, not \"capacity\"", nil),
                                          ("/api/reports/share?outlet=nowhere", "unknown outlet \"nowhere\" (the codebook has ", "outlet"),
                                          ("/api/reports/share?week=99", "has no week 99", "week")] as [(String, String, String?)] {
                let (_, body) = try await client.getJSON(uri, ann)
                let error = body["error"] as? String ?? ""
                #expect(error.contains(message) && !error.contains("--"), "\(uri): \(body)")
                #expect(body["field"] as? String == field, "\(uri): \(body)")
            }
            // Every download format, as the CLI writes it.
            for format in ReportFormat.allCases {
                try await client.execute(uri: "/api/reports/share?format=\(format.rawValue)", method: .get, headers: ann.headers) { response in
                    #expect(response.status == .ok, "\(format)")
                    #expect(response.headers[.contentType] == format.mediaType)
                    #expect(response.body.readableBytes > 100, "\(format)")
                }
            }
        }
    }

    @Test func anAnalystAssignsAMonitorWhoThenSeesTheOutlet() async throws {
        let app = Application(router: try TestMission.server().router())
        try await app.test(.router) { client in
            let ann = try await client.signIn("ann")
            let mark = try await client.signIn("mark")
            #expect(try await client.getJSON("/api/items?outlet=khabar&date=2012-01-11", mark).0 == .forbidden)
            let (status, _) = try await client.post("/api/assignments", ann, ["user": "mark", "outlet": "khabar", "from": "2012-01-11", "to": "2012-01-11"])
            #expect(status == .created)
            #expect(try await client.getJSON("/api/items?outlet=khabar&date=2012-01-11", mark).0 == .ok)
            #expect(try await client.getJSON("/api/items?outlet=khabar&date=2012-01-12", mark).0 == .forbidden)
            #expect(try await client.post("/api/assignments", ann, ["user": "ann", "outlet": "khabar", "from": "2012-01-11"]).0 == .unprocessableContent)
        }
    }

    @Test func theFormIsTheCodebooksVariablesAndTheirValuesAreStoredAndAudited() async throws {
        let server = try TestMission.server()
        let app = Application(router: server.router())
        try await app.test(.router) { client in
            let mona = try await client.signIn("mona")
            let (_, codebook) = try await client.getJSON("/api/codebook?lang=kk", mona)
            let variables = try #require(codebook["variables"] as? [[String: Any]])
            #expect(variables.compactMap { $0["id"] as? String } == server.database.codebook.variables.map(\.id))
            let capacity = try #require(variables.first { $0["id"] as? String == "capacity" })
            #expect((capacity["categories"] as? [[String: Any]])?.first { $0["id"] as? String == "campaign" }?["key"] as? String == "c")
            #expect(capacity["name"] as? String == server.database.codebook.variable("capacity")?.name.in(.kk))

            let item = try await firstItem(client, mona)
            let topic = try #require(server.database.codebook.variable("topic")?.categories.first?.id)
            let (status, saved) = try await client.post("/api/items/\(item)/codings", mona,
                ["subject": "nur-otan", "amount": 6, "values": ["tone": "neutral", "capacity": "campaign", "genre": "news", "topic": topic]])
            #expect(status == .created, "\(saved)")
            #expect(((saved["coding"] as? [String: Any])?["values"] as? [String: Any])?["capacity"] as? String == "campaign")
            #expect(try server.database.codings(ofSegment: item).first { $0.coder == "mona" }?.values["capacity"] == "campaign")
            #expect(try server.database.itemValues(segment: item, coder: "mona")["topic"] == topic)
            #expect(try server.database.auditLog(coder: "mona").contains { $0.segment == item && $0.field == "capacity" && $0.new == "campaign" })
            let (_, detail) = try await client.getJSON("/api/items/\(item)", mona)
            #expect((detail["itemValues"] as? [String: Any])?["topic"] as? String == topic)
            #expect(try await client.post("/api/items/\(item)/codings", mona,
                                          ["subject": "osdp", "amount": 1, "values": ["tone": "neutral", "capacity": "holiday"]]).0 == .unprocessableContent)
        }
    }

    @Test func thePagesWordsComeFromTheStringCatalogueInEveryLanguageAndEveryKeyExists() async throws {
        let app = Application(router: try TestMission.server().router())
        try await app.test(.router) { client in
            try await client.execute(uri: "/static/strings.js", method: .get) { response in
                #expect(response.status == .ok)
                let module = String(buffer: response.body)
                for language in MediaLocale.Language.allCases {
                    #expect(module.contains("signIn: \"\(Catalogue(language)[.webSignIn])\""), "\(language)")
                }
                // Every t("key") in the pages is a phrase of the catalogue.
                let pages = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
                    .appendingPathComponent("Sources/MediaServer/Pages")
                for file in ["code.js", "dashboard.js", "common.js", "admin.js"] {
                    let text = try String(contentsOf: pages.appendingPathComponent(file), encoding: .utf8)
                    var rest = Substring(text)
                    while let range = rest.range(of: "t(\"") {
                        let after = rest[range.upperBound...]
                        guard let end = after.firstIndex(of: "\"") else { break }
                        let key = after[..<end]
                        // t( as a word of its own, not the end of get( or set(.
                        let before = range.lowerBound > rest.startIndex ? rest[rest.index(before: range.lowerBound)] : " "
                        if !before.isLetter && !before.isNumber {
                            #expect(module.contains("    \(key): "), "\(file) uses t(\"\(key)\"), which the catalogue lacks")
                        }
                        rest = after[end...]
                    }
                }
            }
        }
    }

    @Test func signingOutEndsTheSession() async throws {
        let app = Application(router: try TestMission.server().router())
        try await app.test(.router) { client in
            let mona = try await client.signIn("mona")
            try await client.execute(uri: "/api/session", method: .delete, headers: mona.writeHeaders) { response in
                #expect(response.status == .ok)
            }
            #expect(try await client.getJSON("/api/me", mona).0 == .unauthorized)
        }
    }

    func firstItem(_ client: some TestClientProtocol, _ signed: Signed) async throws -> Int64 {
        let (_, list) = try await client.getJSON("/api/items?outlet=khabar&date=2012-01-11", signed)
        let items = try #require(list["items"] as? [[String: Any]])
        let coded = try #require(items.first { ($0["codings"] as? Int) == 0 && $0["start"] is String })
        return Int64(try #require(coded["id"] as? Int))
    }

    func dateOf(_ server: TeamServer, _ item: Int64) throws -> String {
        try #require(try server.database.segment(id: item)).date.description
    }
}
