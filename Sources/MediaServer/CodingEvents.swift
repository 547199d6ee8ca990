import Foundation

/// Tells the open dashboards that codings were saved, so they refresh within a second or two
/// (server-sent events on `/api/events`).
actor CodingEvents {
    private var listeners: [UUID: AsyncStream<String>.Continuation] = [:]

    func subscribe() -> (UUID, AsyncStream<String>) {
        let id = UUID()
        let (stream, continuation) = AsyncStream<String>.makeStream(bufferingPolicy: .bufferingNewest(16))
        listeners[id] = continuation
        return (id, stream)
    }

    func unsubscribe(_ id: UUID) {
        listeners.removeValue(forKey: id)?.finish()
    }

    /// `data` is one line of JSON.
    func publish(_ data: String) {
        for continuation in listeners.values { continuation.yield(data) }
    }

    /// Ends every stream, so a shutting-down server does not wait for dashboards to disconnect.
    func finishAll() {
        for continuation in listeners.values { continuation.finish() }
        listeners = [:]
    }

    var count: Int { listeners.count }
}
