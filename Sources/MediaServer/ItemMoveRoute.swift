import Foundation
import Hummingbird
import MediaModel
import MediaStore

extension TeamServer {
    struct MoveRequest: Decodable {
        var start: String
        var end: String
        /// The item's `timesVersion` as the client read it.
        var version: String
    }

    struct MovedBody: Encodable {
        var item: ItemBody
        var version: String?
    }

    struct MoveConflictBody: Encodable {
        var error: String
        var item: ItemBody
        var version: String?
    }

    /// A monitor's count is of their own codings: blind double coding stays blind.
    func itemBody(_ s: StoredSegment, for user: SessionUser) throws -> ItemBody {
        let codings = user.role == .monitor ? try database.codings(ofSegment: s.id).filter { $0.coder == user.name }.count : s.codings
        return ItemBody(id: s.id, outlet: s.outlet, date: s.date.description, start: s.start?.description, end: s.end?.description,
                        title: s.title, genre: s.genre, codings: codings)
    }

    /// `PUT /api/items/{id}/times`: moves an item's start and end (set from the player's playhead),
    /// if nobody moved it since the client read `version`; 409 with the item as it is now when
    /// someone did, 422 when the new times break a rule (nothing written either way).
    func moveItem(_ request: Request, _ context: ServerContext) async throws -> Response {
        guard let id = context.parameters.get("id", as: Int64.self) else { return jsonError(.notFound, "no such item") }
        guard let body = await decodeBody(MoveRequest.self, request) else {
            return jsonError(.badRequest, "send {\"start\": \"HH:MM:SS\", \"end\": \"HH:MM:SS\", \"version\"} as JSON")
        }
        guard let start = TimeOfDay(body.start) else { return jsonError(.unprocessableContent, "\"\(body.start)\" is not a time (HH:MM:SS)", field: "start") }
        guard let end = TimeOfDay(body.end) else { return jsonError(.unprocessableContent, "\"\(body.end)\" is not a time (HH:MM:SS)", field: "end") }
        let user = try context.signedIn
        let database = self.database
        guard let segment = try await blocking({ try database.segment(id: id) }) else { return jsonError(.notFound, "there is no item \(id)") }
        if let refused = try await refusalUnlessAssigned(user, outlet: segment.outlet, date: segment.date) { return refused }
        do {
            let (outcome, item) = try await blocking { () -> (ItemMoveOutcome, ItemBody) in
                let outcome = try database.moveItem(id, start: start, end: end, ifVersion: body.version, by: user.name,
                                                    namingOtherCoders: user.role >= .analyst)
                switch outcome {
                case .moved(let s), .stale(let s): return (outcome, try itemBody(s, for: user))
                }
            }
            switch outcome {
            case .moved(let moved):
                await events.publish(#"{"item":\#(id),"outlet":"\#(moved.outlet)","date":"\#(moved.date)","coder":"\#(user.name)"}"#)
                return jsonResponse(.ok, MovedBody(item: item, version: moved.timesVersion))
            case .stale(let now):
                return jsonResponse(.conflict, MoveConflictBody(
                    error: "someone moved this item since you opened it: it now runs \(now.start?.description ?? "?")–\(now.end?.description ?? "?") on \(now.date)",
                    item: item, version: now.timesVersion))
            }
        } catch let error as InputError {
            return unprocessable(error)
        }
    }
}
