import Dispatch
import Foundation
import MediaModel
import Synchronization

/// A programme source read on a thread of its own while the caller stores what it has read, so that
/// parsing and SQLite run side by side on two cores. Batches pass through a bounded channel:
/// memory stays constant however big the file.
///
/// This is the ingest side's concern: the store just reads a `ProgrammeSource` in its transaction
/// and never sees a thread. Errors on either side stop both: a reader error is rethrown from `read`,
/// and an error thrown by `each` (the store) stops the reader at its next batch. The reader thread
/// has always finished when `read` returns.
public struct ReadAhead<Source: ProgrammeSource & Sendable>: ProgrammeSource, Sendable {
    public let source: Source
    public var file: String { source.file }
    static var batchSize: Int { 1024 }
    static var depth: Int { 4 }

    public init(_ source: Source) { self.source = source }

    public func read(_ each: (NewProgramme) throws -> Void) throws -> ReadNotes {
        guard ProcessInfo.processInfo.activeProcessorCount > 1 else { return try source.read(each) }
        let channel = BatchChannel(depth: Self.depth)
        let source = self.source
        let thread = Thread {
            var batch: [NewProgramme] = []
            batch.reserveCapacity(Self.batchSize)
            do {
                let notes = try source.read { p in
                    batch.append(p)
                    if batch.count == Self.batchSize {
                        try channel.send(batch)
                        batch.removeAll(keepingCapacity: true)
                    }
                }
                if !batch.isEmpty { try channel.send(batch) }
                channel.finish(.success(notes))
            } catch {
                channel.finish(.failure(error))
            }
        }
        thread.stackSize = 8 << 20
        thread.start()
        do {
            while let batch = channel.receive() {
                for p in batch { try each(p) }
            }
        } catch {
            channel.cancel()
            _ = channel.waitForEnd()
            throw error
        }
        switch channel.waitForEnd() {
        case .success(let notes): return notes
        case .failure(let error) where error is BatchChannel.Cancelled: return ReadNotes()
        case .failure(let error): throw error
        }
    }
}

/// The bounded channel between the reader thread and the storing one: `send` waits while `depth`
/// batches are queued, `receive` waits for the next batch or the end.
final class BatchChannel: Sendable {
    struct Cancelled: Error {}

    private struct State {
        var batches: [[NewProgramme]] = []
        var end: Result<ReadNotes, any Error>?
        var cancelled = false
    }

    private let state = Mutex(State())
    /// Free places in the queue (the sender waits on it) and queued batches or the end (the receiver waits on it).
    private let places: DispatchSemaphore
    private let depth: Int
    private let ready = DispatchSemaphore(value: 0)
    private let ended = DispatchSemaphore(value: 0)

    init(depth: Int) {
        self.depth = depth
        // Created at 0 and raised: libdispatch traps when a semaphore is freed below its initial value.
        places = DispatchSemaphore(value: 0)
        for _ in 0..<depth { places.signal() }
    }

    func send(_ batch: [NewProgramme]) throws {
        places.wait()
        let cancelled = state.withLock { s -> Bool in
            if s.cancelled { return true }
            s.batches.append(batch)
            return false
        }
        if cancelled { places.signal(); throw Cancelled() }
        ready.signal()
    }

    /// The next batch, or nil once the reader has ended and every batch was taken (or it failed).
    func receive() -> [NewProgramme]? {
        ready.wait()
        let next = state.withLock { s -> [NewProgramme]? in
            if case .failure = s.end { return nil }
            return s.batches.isEmpty ? nil : s.batches.removeFirst()
        }
        if next != nil { places.signal() } else { ready.signal() }  // the end stays visible to later calls
        return next
    }

    func finish(_ end: Result<ReadNotes, any Error>) {
        state.withLock { $0.end = end }
        ready.signal()
        ended.signal()
    }

    /// Stops the sender: its next `send` throws, and one blocked on a full queue is let through.
    func cancel() {
        state.withLock { $0.cancelled = true; $0.batches.removeAll() }
        for _ in 0..<depth { places.signal() }
    }

    func waitForEnd() -> Result<ReadNotes, any Error> {
        ended.wait()
        ended.signal()
        return state.withLock { $0.end! }
    }
}
