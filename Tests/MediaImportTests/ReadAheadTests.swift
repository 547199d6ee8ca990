import Foundation
import MediaModel
import Testing
@testable import MediaImport

/// Reading a source ahead on its own thread gives exactly what reading it directly gives, and an
/// error on either side stops both sides.
@Suite struct ReadAheadTests {
    /// `count` generated programmes; fails after `failAfter` of them when given.
    struct Generated: ProgrammeSource, Sendable {
        var file = "generated.xml"
        var count: Int
        var failAfter: Int?

        struct Broken: Error, Equatable {}

        func read(_ each: (NewProgramme) throws -> Void) throws -> ReadNotes {
            for i in 0..<count {
                if let failAfter, i == failAfter { throw Broken() }
                try each(NewProgramme(outlet: "khabar", start: i * 60, end: i * 60 + 60, title: "P\(i)", line: i + 1))
            }
            return ReadNotes(skipped: ["channel x is not mapped": count])
        }
    }

    @Test func yieldsEveryProgrammeInOrderWithTheNotes() throws {
        // Many more than the channel holds at once (4 batches of 1,024), so the reader waits on the store.
        let source = Generated(count: 10_000)
        let (direct, directNotes) = try readAll(source)
        let (ahead, aheadNotes) = try readAll(ReadAhead(source))
        #expect(ahead == direct && ahead.count == 10_000)
        #expect(aheadNotes == directNotes)
    }

    @Test func aReaderErrorReachesTheCaller() {
        var stored = 0
        #expect(throws: Generated.Broken.self) {
            _ = try ReadAhead(Generated(count: 10_000, failAfter: 5_000)).read { _ in stored += 1 }
        }
        #expect(stored <= 5_000)
    }

    @Test func aStoreErrorStopsTheReader() {
        struct Full: Error {}
        var stored = 0
        #expect(throws: Full.self) {
            _ = try ReadAhead(Generated(count: 100_000)).read { _ in
                stored += 1
                if stored == 2_000 { throw Full() }
            }
        }
        #expect(stored == 2_000)
    }
}
