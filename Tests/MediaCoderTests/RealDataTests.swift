import Foundation
import MediaCoder
import MediaModel
import MediaStore
import Testing

/// The real third-party files in `../shared/data` beside the repository (see its SOURCES.md);
/// never copied into the repository. Tests that need them skip when the folder is absent.
enum SharedData {
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("../shared/data").standardizedFileURL

    static var available: Bool { FileManager.default.fileExists(atPath: root.appendingPathComponent("SOURCES.md").path) }

    /// Sentences of real Kazakh TV news (KazNERD, one token per line, a blank line between sentences).
    static func kazakhNewsSentences(_ count: Int) throws -> [String] {
        let text = try String(contentsOf: root.appendingPathComponent("kazakh/kaznerd_IOB2_test.txt"), encoding: .utf8)
        var sentences: [String] = []
        var words: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.trimmingCharacters(in: .whitespaces).isEmpty {
                if !words.isEmpty { sentences.append(words.joined(separator: " ")); words = [] }
                if sentences.count == count { break }
            } else if let token = line.split(separator: " ").first {
                words.append(String(token))
            }
        }
        return sentences
    }
}

@Suite(.enabled(if: SharedData.available)) struct RealDataTests {
    /// Real Kazakh news text laid out at several widths: nothing lost, nothing beyond the edge.
    @Test(arguments: [80, 57, 132])
    func laysOutRealKazakhNewsWithoutLosingAWord(width: Int) throws {
        let sentences = try SharedData.kazakhNewsSentences(400)
        #expect(sentences.count == 400)
        let f = try Fixture()
        for i in 0..<20 {
            let start = TimeOfDay(seconds: 20 * 3600 + i * 60)!, end = TimeOfDay(seconds: 20 * 3600 + i * 60 + 60)!
            _ = try f.db.addSegment(NewSegment(outlet: "khabar", date: Fixture.day, placement: .broadcast(start: start, end: end),
                                               title: "Сюжет \(i)", text: sentences[(i * 20)..<(i * 20 + 20)].joined(separator: " ")))
        }
        let screen = try f.screen()
        for i in 0..<20 {
            // Tall enough to show the whole text: rows 5 onwards until the panel's rule.
            let lines = screen.render(width: width, height: 400).map(strippingANSI)
            #expect(lines.allSatisfy { $0.count == width })
            let body = lines.dropFirst(4).prefix { !$0.hasPrefix("─ ") }
            let shown = body.joined(separator: " ").split(separator: " ")
            let expected = sentences[(i * 20)..<(i * 20 + 20)].joined(separator: " ").split(separator: " ")
            #expect(shown == expected, "item \(i)")
            screen.type("n")
        }
    }
}
