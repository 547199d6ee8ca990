import Testing
@testable import MediaText

/// The document-level rules' word split (`MentionMembers.swift`).
@Suite struct MentionMembersTests {
    /// The range shortcut agrees with Unicode's `Alphabetic` property on every scalar.
    @Test func letterRangesAgreeWithUnicode() {
        var disagreements: [UInt32] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if MentionMatcher.isLetter(scalar) != scalar.properties.isAlphabetic { disagreements.append(value) }
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(20).map { String($0, radix: 16) })")
    }
}
