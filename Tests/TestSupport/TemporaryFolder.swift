import Foundation
import Testing

/// Shared by the test targets that write files (one copy instead of one per target).
///
/// The running test's own folder under the system temporary directory, removed when the test
/// ends, passed or failed. A suite whose tests write files carries `.temporaryFolder`; the helpers
/// that write make their folders inside it (`TemporaryFolder.newFolder()`), so a run leaves nothing.
public struct TemporaryFolder: SuiteTrait, TestTrait, TestScoping {
    @TaskLocal public static var current: URL?

    public init() {}

    public var isRecursive: Bool { true }

    /// A folder per test case (not per suite), so tests running side by side never share one.
    public func scopeProvider(for test: Test, testCase: Test.Case?) -> Self? { testCase == nil ? nil : self }

    public func provideScope(for test: Test, testCase: Test.Case?, performing function: @Sendable () async throws -> Void) async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mediamon-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try await Self.$current.withValue(folder) { try await function() }
    }

    /// A new empty folder inside the running test's folder.
    public static func newFolder() throws -> URL {
        guard let root = current else { throw MissingTrait() }
        let folder = root.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    public struct MissingTrait: Error, CustomStringConvertible {
        public var description: String { "this test writes files: its suite needs the .temporaryFolder trait, which removes them when it ends" }
    }
}

extension Trait where Self == TemporaryFolder {
    /// Each test gets its own folder under the system temporary directory, removed when it ends.
    public static var temporaryFolder: Self { Self() }
}
