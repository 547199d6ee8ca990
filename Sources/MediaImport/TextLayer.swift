import Foundation
import MediaModel
import MediaText

/// The text layer as importers use it: one place to fold text for search and to find the
/// codebook's subjects in it.
enum Folding {
    /// NFC, lower case, `ё`→`е`, quotes dropped, whitespace collapsed: what search compares.
    static func fold(_ text: String) -> String {
        let lowered = text.precomposedStringWithCanonicalMapping.lowercased()
        var out = ""
        out.reserveCapacity(lowered.count)
        for ch in lowered {
            switch ch {
            case "ё": out.append("е")
            case "«", "»", "„", "“", "”", "\"": continue
            default: out.append(ch)
            }
        }
        return out.collapsingWhitespace
    }
}

/// Finds the codebook's subjects mentioned in a piece of text, for coding suggestions.
struct MentionFinder: Sendable {
    let codebook: Codebook

    init(codebook: Codebook) { self.codebook = codebook }

    /// The ids of the subjects mentioned, each once, in codebook order.
    func subjects(in text: String) -> [String] {
        []
    }
}
