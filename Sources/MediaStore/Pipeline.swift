import Foundation
import MediaModel

/// Reads a programme source on a second thread while the caller stores what it has read, so
/// that parsing and SQLite run side by side on two cores. Batches pass through a small bounded
/// queue: memory stays constant however big the file.
///
/// Errors on either side stop both: a reader error is rethrown to the caller, and a store error
/// stops the reader at its next batch. The reader thread has always finished when `run` returns.
enum Pipeline {
    static let batchSize = 1024
    static let queueDepth = 4

    static func run(_ source: some ProgrammeSource, store: (NewProgramme) throws -> Void) throws -> ReadNotes {
        guard ProcessInfo.processInfo.activeProcessorCount > 1 else { return try source.read(store) }
        let queue = Handoff()
        let read: ((NewProgramme) throws -> Void) throws -> ReadNotes = { each in try source.read(each) }
        let box = UncheckedBox(read)
        let thread = Thread {
            var batch: [NewProgramme] = []
            batch.reserveCapacity(batchSize)
            do {
                let notes = try box.value { p in
                    batch.append(p)
                    if batch.count == batchSize {
                        try queue.put(batch)
                        batch.removeAll(keepingCapacity: true)
                    }
                }
                if !batch.isEmpty { try queue.put(batch) }
                queue.finish(notes: notes, error: nil)
            } catch {
                queue.finish(notes: nil, error: error)
            }
        }
        thread.stackSize = 8 << 20
        thread.start()
        do {
            while let batch = queue.take() {
                for p in batch { try store(p) }
            }
        } catch {
            queue.cancel()
            queue.waitUntilFinished()
            throw error
        }
        queue.waitUntilFinished()
        if let error = queue.error { throw error }
        return queue.notes ?? ReadNotes()
    }
}

private struct UncheckedBox<T>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
}

/// The bounded queue between the reader thread and the storing one.
private final class Handoff: @unchecked Sendable {
    private let condition = NSCondition()
    private var batches: [[NewProgramme]] = []
    private var finished = false
    private var cancelled = false
    private(set) var notes: ReadNotes?
    private(set) var error: Error?

    struct Cancelled: Error {}

    func put(_ batch: [NewProgramme]) throws {
        condition.lock(); defer { condition.unlock() }
        while batches.count >= Pipeline.queueDepth && !cancelled { condition.wait() }
        if cancelled { throw Cancelled() }
        batches.append(batch)
        condition.broadcast()
    }

    /// The next batch, or nil once the reader has finished and everything was taken (or it failed).
    func take() -> [NewProgramme]? {
        condition.lock(); defer { condition.unlock() }
        while batches.isEmpty && !finished { condition.wait() }
        if error != nil { return nil }
        guard !batches.isEmpty else { return nil }
        let batch = batches.removeFirst()
        condition.broadcast()
        return batch
    }

    func finish(notes: ReadNotes?, error: Error?) {
        condition.lock(); defer { condition.unlock() }
        self.notes = notes
        if !(error is Cancelled) { self.error = error }
        finished = true
        condition.broadcast()
    }

    func cancel() {
        condition.lock(); defer { condition.unlock() }
        cancelled = true
        batches.removeAll()
        condition.broadcast()
    }

    func waitUntilFinished() {
        condition.lock(); defer { condition.unlock() }
        while !finished { condition.wait() }
    }
}
