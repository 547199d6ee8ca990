import Foundation
import Hummingbird
import HummingbirdTesting
import HTTPTypes
import MediaCodebooks
import MediaModel
@testable import MediaServer
@testable import MediaStore
import Testing
import TestSupport

/// The admin's codebook amend and accounts from the browser, and moving an item's edges from the
/// player (DESIGN §9, README "The JSON API").
@Suite(.temporaryFolder) struct AdminAndMoveTests {
    static let newWrites: [(HTTPRequest.Method, String)] = [
        (.put, "/api/items/1/times"), (.post, "/api/codebook/check"), (.post, "/api/codebook/amend"),
        (.delete, "/api/users/mark"), (.put, "/api/users/mark/password"),
    ]

    /// The shipped codebook with one more coding variable, as an admin would amend it.
    static func amendedYAML() throws -> String {
        let yaml = try String(contentsOf: ShippedCodebooks.kazakhstan2012, encoding: .utf8)
        let variable = """
            variables:
              - id: format
                of: coding
                level: nominal
                required: false
                name: {en: Format, ru: Формат, kk: Формат}
                categories:
                  - {id: studio, key: t, name: {en: In the studio, ru: В студии, kk: Студияда}}
                  - {id: report, key: r, name: {en: Field report, ru: Репортаж, kk: Репортаж}}

            """
        #expect(yaml.contains("\nvariables:\n"))
        return yaml.replacingOccurrences(of: "\nvariables:\n", with: "\n" + variable)
    }

    func put(_ client: some TestClientProtocol, _ uri: String, _ signed: Signed, _ json: [String: Any]) async throws -> (HTTPResponse.Status, [String: Any]) {
        let body = try JSONSerialization.data(withJSONObject: json)
        return try await client.execute(uri: uri, method: .put, headers: signed.writeHeaders, body: ByteBuffer(bytes: body)) { response in
            (response.status, (try? JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any]) ?? [:])
        }
    }

    func delete(_ client: some TestClientProtocol, _ uri: String, _ signed: Signed) async throws -> (HTTPResponse.Status, [String: Any]) {
        try await client.execute(uri: uri, method: .delete, headers: signed.writeHeaders) { response in
            (response.status, (try? JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any]) ?? [:])
        }
    }

    @Test func theNewRoutesRefuseNoSessionNoOrAForeignCSRFTokenAndTheWrongRole() async throws {
        let app = Application(router: try TestMission.server().router())
        try await app.test(.router) { client in
            for (method, uri) in Self.newWrites {
                try await client.execute(uri: uri, method: method, headers: [.contentType: "application/json"], body: ByteBuffer(string: "{}")) { response in
                    #expect(response.status == .unauthorized, "\(method) \(uri) without a session")
                }
            }
            try await client.execute(uri: "/admin", method: .get) { response in
                #expect(response.status == .found)
                #expect(response.headers[.location] == "/login")
            }
            let ada = try await client.signIn("ada")
            let ann = try await client.signIn("ann")
            let mona = try await client.signIn("mona")
            for (method, uri) in Self.newWrites {
                try await client.execute(uri: uri, method: method, headers: [.cookie: ada.cookie, .contentType: "application/json"],
                                         body: ByteBuffer(string: "{}")) { response in
                    #expect(response.status == .forbidden, "\(method) \(uri) without the token")
                }
                var foreign = ada.writeHeaders
                foreign[HTTPField.Name("X-CSRF-Token")!] = ann.csrf
                try await client.execute(uri: uri, method: method, headers: foreign, body: ByteBuffer(string: "{}")) { response in
                    #expect(response.status == .forbidden, "\(method) \(uri) with another session's token")
                }
            }
            // The codebook and accounts are the admin's alone: an analyst and a monitor get 403.
            let yaml = try Self.amendedYAML()
            for signed in [ann, mona] {
                for route in ["/api/codebook/check", "/api/codebook/amend"] {
                    #expect(try await client.post(route, signed, ["yaml": yaml]).0 == .forbidden, "\(route)")
                }
                #expect(try await delete(client, "/api/users/mark", signed).0 == .forbidden)
                #expect(try await put(client, "/api/users/mark/password", signed, ["password": "a new long password"]).0 == .forbidden)
                try await client.execute(uri: "/admin", method: .get, headers: signed.headers) { response in
                    #expect(response.status == .found, "the admin page for a non-admin")
                }
            }
            try await client.execute(uri: "/admin", method: .get, headers: ada.headers) { response in
                #expect(response.status == .ok)
                #expect(String(buffer: response.body).contains("admin.js"))
            }
            // A monitor moves items only on their own outlets and days.
            let mark = try await client.signIn("mark")
            let item = try await khabarItems(client, ann)[0]
            let (status, _) = try await put(client, "/api/items/\(item.id)/times", mark, ["start": item.start, "end": item.end, "version": "x"])
            #expect(status == .forbidden)
        }
    }

    @Test func anAdminChecksThenAppliesAnAmendAndTheFormHasTheNewVariableWithoutARestart() async throws {
        let server = try TestMission.server()
        let app = Application(router: server.router())
        try await app.test(.router) { client in
            let ada = try await client.signIn("ada")
            let generation = try #require(try await client.getJSON("/api/codebook", ada).1["generation"] as? Int)
            let yaml = try Self.amendedYAML()
            let (checked, preview) = try await client.post("/api/codebook/check", ada, ["yaml": yaml, "source": "kz-amended.yaml"])
            #expect(checked == .ok)
            #expect(preview["variables"] as? [String] == ["format"])
            #expect(preview["applied"] as? Bool == false)
            // Checking wrote nothing: the stored snapshot is the old one.
            let reopened = try MonitoringDatabase.open(at: server.database.path)
            #expect(reopened.codebook.variable("format") == nil)
            #expect(server.database.codebook.variable("format") == nil)

            let (applied, added) = try await client.post("/api/codebook/amend", ada, ["yaml": yaml, "source": "kz-amended.yaml"])
            #expect(applied == .ok, "\(added)")
            #expect(added["variables"] as? [String] == ["format"])
            #expect(added["applied"] as? Bool == true)
            #expect(server.database.codebook.variable("format") != nil)
            let source = try await blocking { try server.database.read { db in try String.fetchOne(db, sql: "SELECT source FROM codebook") } }
            #expect(source == "kz-amended.yaml, amended in the browser by ada")

            // The form is generated from the codebook: the next request has the new variable,
            // and a monitor's coding may carry it.
            let mona = try await client.signIn("mona")
            let (_, codebook) = try await client.getJSON("/api/codebook?lang=ru", mona)
            let variables = try #require(codebook["variables"] as? [[String: Any]])
            let format = try #require(variables.first { $0["id"] as? String == "format" })
            #expect(format["name"] as? String == "Формат")
            // An open page learns of the amend from the next item it opens.
            #expect(codebook["generation"] as? Int == generation + 1)
            let item = try await khabarItems(client, mona)[0]
            #expect(try await client.getJSON("/api/items/\(item.id)", mona).1["codebookGeneration"] as? Int == generation + 1)
            let (saved, body) = try await client.post("/api/items/\(item.id)/codings", mona,
                                                      ["subject": "nur-otan", "amount": 3, "values": ["tone": "neutral", "format": "studio"]])
            #expect(saved == .created, "\(body)")
            #expect(try server.database.codings(ofSegment: item.id).first { $0.coder == "mona" }?.values["format"] == "studio")
        }
    }

    @Test func aRefusedAmendListsEveryReasonAndChangesNothing() async throws {
        let server = try TestMission.server()
        let app = Application(router: server.router())
        try await app.test(.router) { client in
            let ada = try await client.signIn("ada")
            let original = try String(contentsOf: ShippedCodebooks.kazakhstan2012, encoding: .utf8)
            // The time zone changed under stored items, and Khabar (with items) made a radio station.
            let broken = original.replacingOccurrences(of: "timeZone: Asia/Almaty", with: "timeZone: Europe/Moscow")
                .replacingOccurrences(of: "{id: khabar, name: {en: Khabar, ru: Хабар, kk: Хабар}, medium: tv,",
                                      with: "{id: khabar, name: {en: Khabar, ru: Хабар, kk: Хабар}, medium: radio,")
            #expect(broken.contains("medium: radio,"))
            let snapshot = try await blocking { try server.database.read { db in try String.fetchOne(db, sql: "SELECT yaml FROM codebook") } }
            for route in ["/api/codebook/check", "/api/codebook/amend"] {
                let (status, body) = try await client.post(route, ada, ["yaml": broken])
                #expect(status == .unprocessableContent, "\(route)")
                let problems = try #require(body["problems"] as? [[String: Any]])
                let messages = problems.compactMap { $0["message"] as? String }
                #expect(messages.contains { $0.contains("time zone") }, "\(messages)")
                #expect(messages.contains { $0.contains("khabar") && $0.contains("medium") }, "\(messages)")
            }
            // Not YAML at all: the line is named.
            let (status, body) = try await client.post("/api/codebook/check", ada, ["yaml": "mission: [unclosed\n"])
            #expect(status == .unprocessableContent)
            #expect((body["problems"] as? [[String: Any]])?.first?["line"] as? Int != nil)
            let after = try await blocking { try server.database.read { db in try String.fetchOne(db, sql: "SELECT yaml FROM codebook") } }
            #expect(after == snapshot)
            #expect(server.database.codebook.outlet("khabar")?.medium == .tv)
        }
    }

    @Test func anAdminSetsAPasswordAndRemovesAnAccountButNotTheirOwn() async throws {
        let server = try TestMission.server()
        let app = Application(router: server.router())
        try await app.test(.router) { client in
            let ada = try await client.signIn("ada")
            let (set, _) = try await put(client, "/api/users/mona/password", ada, ["password": "a brand new password"])
            #expect(set == .ok)
            #expect(try await put(client, "/api/users/mona/password", ada, ["password": "short"]).0 == .unprocessableContent)
            #expect(try await put(client, "/api/users/nobody/password", ada, ["password": "a brand new password"]).0 == .notFound)
            _ = try await client.signIn("mona", password: "a brand new password")
            #expect(try await delete(client, "/api/users/ada", ada).0 == .unprocessableContent)
            #expect(try await delete(client, "/api/users/mark", ada).0 == .ok)
            #expect(try await delete(client, "/api/users/mark", ada).0 == .notFound)
            #expect(try server.database.account(named: "mark") == nil)
        }
    }

    struct ListedItem { var id: Int64; var start: String; var end: String; var codings: Int }

    /// Khabar's items of 2012-01-11 with times, in broadcast order.
    func khabarItems(_ client: some TestClientProtocol, _ signed: Signed) async throws -> [ListedItem] {
        let (_, list) = try await client.getJSON("/api/items?outlet=khabar&date=2012-01-11", signed)
        let items = try #require(list["items"] as? [[String: Any]])
        return items.compactMap { i in
            guard let id = i["id"] as? Int, let start = i["start"] as? String, let end = i["end"] as? String else { return nil }
            return ListedItem(id: Int64(id), start: start, end: end, codings: i["codings"] as? Int ?? 0)
        }.sorted { $0.start < $1.start }
    }

    static func seconds(_ text: String) -> Int {
        let p = text.split(separator: ":").map { Int($0)! }
        return p[0] * 3600 + p[1] * 60 + p[2]
    }

    static func text(_ seconds: Int) -> String { TimeOfDay(seconds: seconds)!.description }

    @Test func aMonitorMovesAnItemsEndVersionedAuditedAndWithinTheRules() async throws {
        let server = try TestMission.server()
        let app = Application(router: server.router())
        try await app.test(.router) { client in
            let mona = try await client.signIn("mona")
            let other = try await client.signIn("mona")
            let ann = try await client.signIn("ann")
            let items = try await khabarItems(client, ann)
            // An item whose codings leave it room to lose 5 seconds, and the item after it.
            let database = server.database
            let pair = try #require(try zip(items, items.dropFirst()).first { pair in
                let length = Double(Self.seconds(pair.0.end) - Self.seconds(pair.0.start))
                let totals = Dictionary(grouping: try database.codings(ofSegment: pair.0.id), by: \.coder).values.map { $0.reduce(0) { $0 + $1.amount } }
                return length >= 40 && (totals.max() ?? 0) + 20 <= length
            })
            let (item, next) = pair
            let (_, opened) = try await client.getJSON("/api/items/\(item.id)", mona)
            let version = try #require(opened["timesVersion"] as? String)
            let shorter = Self.text(Self.seconds(item.end) - 5)
            let (moved, body) = try await put(client, "/api/items/\(item.id)/times", mona, ["start": item.start, "end": shorter, "version": version])
            #expect(moved == .ok, "\(body)")
            #expect((body["item"] as? [String: Any])?["end"] as? String == shorter)
            let stored = try #require(try server.database.segment(id: item.id))
            #expect(stored.end?.description == shorter)
            #expect(stored.extent == Double(Self.seconds(shorter) - Self.seconds(item.start)))
            let audit = try server.database.auditLog().last
            #expect(audit?.coder == "mona" && audit?.field == "end" && audit?.old == item.end && audit?.new == shorter && audit?.segment == item.id)

            // The second browser read the item before the move: refused with where it is now.
            let (stale, conflict) = try await put(client, "/api/items/\(item.id)/times", other, ["start": item.start, "end": item.end, "version": version])
            #expect(stale == .conflict)
            #expect((conflict["item"] as? [String: Any])?["end"] as? String == shorter)
            #expect(try server.database.segment(id: item.id)?.end?.description == shorter)

            let current = try #require(body["version"] as? String)
            let auditCount = try server.database.auditLog().count
            // Over the next item's minutes: refused, nothing written.
            let (overlap, refusal) = try await put(client, "/api/items/\(item.id)/times", mona,
                                                   ["start": item.start, "end": Self.text(Self.seconds(next.start) + 2), "version": current])
            #expect(overlap == .unprocessableContent)
            #expect((refusal["error"] as? String)?.contains("\(next.id)") == true || (refusal["error"] as? String)?.contains("programme") == true, "\(refusal)")
            // The end before the start; longer than six hours.
            #expect(try await put(client, "/api/items/\(item.id)/times", mona, ["start": item.start, "end": Self.text(Self.seconds(item.start) - 60), "version": current]).0 == .unprocessableContent)
            #expect(try await put(client, "/api/items/\(item.id)/times", mona,
                                  ["start": item.start, "end": Self.text((Self.seconds(item.start) + 7 * 3600) % 86_400), "version": current]).0 == .unprocessableContent)
            // A coding longer than the item would be: the move is refused, naming the coder.
            let (_, saved) = try await client.post("/api/items/\(item.id)/codings", mona, ["subject": "nur-otan", "amount": 12, "values": ["tone": "neutral"]])
            #expect(saved["coding"] != nil, "\(saved)")
            let auditBefore = try server.database.auditLog().count
            let (tooShort, why) = try await put(client, "/api/items/\(item.id)/times", mona,
                                                ["start": item.start, "end": Self.text(Self.seconds(item.start) + 10), "version": current])
            #expect(tooShort == .unprocessableContent)
            #expect((why["error"] as? String)?.contains("mona (12 seconds)") == true && why["field"] as? String == "amount", "\(why)")
            // Blind double coding stays blind: a monitor is told how many others, not who or how much.
            let others = Set(try server.database.codings(ofSegment: item.id).map(\.coder)).subtracting(["mona"])
            for coder in others { #expect((why["error"] as? String)?.contains(coder) == false, "\(why)") }
            if !others.isEmpty { #expect((why["error"] as? String)?.contains("other coder") == true, "\(why)") }
            // An analyst is told who.
            let (_, named) = try await put(client, "/api/items/\(item.id)/times", ann,
                                           ["start": item.start, "end": Self.text(Self.seconds(item.start) + 10), "version": current])
            for coder in others.union(["mona"]) { #expect((named["error"] as? String)?.contains(coder) == true, "\(named)") }
            #expect(try server.database.segment(id: item.id)?.end?.description == shorter)
            #expect(try server.database.auditLog().count == auditBefore)
            #expect(auditBefore > auditCount)
        }
    }

    @Test func anItemIsNotMovedOverTheItemBeforeIt() throws {
        let server = try TestMission.server()
        let db = server.database
        let items = try db.segments(SegmentFilter(outlet: "khabar", date: LocalDate("2012-01-11")!)).filter { $0.start != nil }
            .sorted { $0.start!.seconds < $1.start!.seconds }
        let (previous, item) = try #require(zip(items, items.dropFirst()).first { $0.0.programmeID == $0.1.programmeID && $0.0.programmeID != nil })
        let version = try #require(item.timesVersion)
        let into = TimeOfDay(seconds: previous.end!.seconds - 1)!
        do {
            _ = try db.moveItem(item.id, start: into, end: item.end!, ifVersion: version, by: "mona")
            Issue.record("moving item \(item.id)'s start into item \(previous.id) was not refused")
        } catch let error as InputError {
            #expect(error.message.contains("overlaps item \(previous.id)"), "\(error)")
        }
        #expect(try db.segment(id: item.id) == item)
        // Moving it to where it is changes nothing and writes no audit entry.
        let audit = try db.auditLog().count
        #expect(try db.moveItem(item.id, start: item.start!, end: item.end!, ifVersion: version, by: "mona") == .moved(item))
        #expect(try db.auditLog().count == audit)
    }

    @Test func anItemOutsideAnyProgrammeMovesOnItsDayAndPastMidnightOnlyIfItRanPastIt() throws {
        let db = try TestMission.server().database
        let day = LocalDate("2011-12-20")!
        func add(_ start: String, _ end: String, _ title: String) throws -> StoredSegment {
            let id = try db.addSegment(NewSegment(outlet: "ktk", date: day, placement: .broadcast(start: TimeOfDay(start)!, end: TimeOfDay(end)!), title: title)).id
            return try #require(try db.segment(id: id))
        }
        func move(_ item: StoredSegment, _ start: String, _ end: String) throws -> StoredSegment {
            guard case .moved(let moved) = try db.moveItem(item.id, start: TimeOfDay(start)!, end: TimeOfDay(end)!, ifVersion: item.timesVersion, by: "mark") else {
                throw TestFailure("item \(item.id) was stale")
            }
            return moved
        }
        let night = try add("03:00:00", "03:01:00", "Night news")
        try #require(night.programmeID == nil, "the test needs an item outside every programme")
        let shorter = try move(night, "03:00:00", "03:00:30")
        #expect(shorter.extent == 30 && shorter.date == day)
        // An end before the start is refused, never read as the next day.
        #expect(throws: InputError.self) { try move(shorter, "03:00:00", "02:59:00") }
        // An item that ran past midnight keeps its end on the next day.
        let late = try add("23:59:00", "00:01:00", "Late news")
        try #require(late.programmeID == nil)
        let longer = try move(late, "23:58:00", "00:02:00")
        #expect(longer.extent == 240 && longer.date == day)
        // Longer than six hours.
        #expect(throws: InputError.self) { try move(longer, "17:00:00", "00:02:00") }
        // Print has no start and end.
        let article = try db.addSegment(NewSegment(outlet: "panorama", date: day, placement: .print(page: 2, area: 300), title: "Article")).id
        #expect(throws: InputError.self) {
            try db.moveItem(article, start: TimeOfDay("10:00:00")!, end: TimeOfDay("10:01:00")!, ifVersion: nil, by: "mark")
        }
    }
}
