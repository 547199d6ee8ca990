import Foundation
import MediaCodebooks
import MediaModel
@testable import MediaText

/// The shipped codebook's matcher, compiled once for all tests.
enum Shipped {
    static let codebook: Codebook = try! CodebookReader().read(contentsOf: ShippedCodebooks.kazakhstan2012)
    static let matcher = try! MentionMatcher(codebook: codebook)

    /// (subject, text) of every mention in `text`.
    static func found(_ text: String) -> [(String, String)] {
        try! matcher.mentions(in: text).map { ($0.subject, $0.text) }
    }

    static func subjects(_ text: String) -> [String] { try! matcher.mentions(in: text).map(\.subject) }
}
