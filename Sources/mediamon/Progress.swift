import Foundation
import Synchronization

/// A one-line progress bar on stderr for long work. It draws only when stderr is a terminal,
/// so pipes and log files stay clean, and redraws at most ten times a second.
///
///     let progress = Progress(label: "guide.xml")
///     progress.update(0.42)
///     progress.finish()
final class Progress: Sendable {
    private let label: String
    private let enabled: Bool
    /// When the bar was last drawn and what it showed: readers report from their own threads.
    private let drawn = Mutex((at: 0.0, text: ""))

    init(label: String, enabled: Bool = stderrIsTerminal) {
        self.label = label
        self.enabled = enabled
    }

    /// Shows `fraction` (0…1) done, with an optional count such as "12000 programmes".
    func update(_ fraction: Double, detail: String = "") {
        guard enabled else { return }
        drawn.withLock { drawn in
            let now = Date().timeIntervalSince1970
            guard now - drawn.at >= 0.1 || fraction >= 1 else { return }
            drawn.at = now
            let width = 30
            let clamped = min(max(fraction, 0), 1)
            let filled = Int((clamped * Double(width)).rounded(.down))
            let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
            let text = "\(bar) \(String(format: "%3d", Int(clamped * 100)))% \(label)\(detail.isEmpty ? "" : " — " + detail)"
            guard text != drawn.text else { return }
            drawn.text = text
            FileHandle.standardError.write(Data("\r\u{1B}[K\(text)".utf8))
        }
    }

    /// Shows a count when the total is unknown ("1200 files").
    func count(_ done: Int, of total: Int, unit: String) {
        update(total > 0 ? Double(done) / Double(total) : 0, detail: "\(done)/\(total) \(unit)")
    }

    /// Clears the bar so that the next output starts on a clean line.
    func finish() {
        guard enabled else { return }
        drawn.withLock { drawn in
            guard !drawn.text.isEmpty else { return }
            FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
            drawn = (at: 0, text: "")
        }
    }
}
