import Foundation
import MediaModel
import Synchronization

extension MentionReport {
    /// The report as `mediamon mentions --format json` writes it (DESIGN §6), in UTF-8 and without
    /// the final line break: `{"counts": {"nur-otan": 36}, "mentions": [{"subject", "start", "end",
    /// "text"}]}`, each mention also naming its "file" when the report has several files. Pretty,
    /// sorted keys and slashes unescaped: the bytes JSONEncoder writes with those options.
    public func jsonBytes() throws -> [UInt8] { try MentionJSON(self).bytes() }
}

/// The JSON shape of a ``MentionReport``, written directly as UTF-8 bytes: JSONEncoder took as long
/// as finding the mentions (about 27,000 instructions a mention), appending to a String about 8,000.
/// Encodable only so that tests can hold the bytes against JSONEncoder's.
struct MentionJSON: Encodable {
    struct Item: Encodable {
        var file: String?
        var subject: String
        var start: Int
        var end: Int
        var text: String
    }

    var counts: [String: Int]
    var mentions: [Item]

    init(_ report: MentionReport) {
        counts = report.counts
        let named = report.files.count > 1
        mentions = report.files.flatMap { f in
            f.mentions.map { Item(file: named ? f.path : nil, subject: $0.subject, start: $0.start, end: $0.end, text: $0.text) }
        }
    }

    /// What `JSONOutput.encoder` writes for `self`. The counts go through JSONEncoder, so their
    /// key order is the encoder's own.
    func bytes() throws -> [UInt8] {
        var out: [UInt8] = []
        Self.append("{\n  \"counts\" : ", to: &out)
        if counts.isEmpty {
            Self.append("{\n\n  }", to: &out)
        } else {
            for b in try JSONOutput.encoder.encode(counts) {
                out.append(b)
                if b == 0x0A { out.append(0x20); out.append(0x20) }
            }
        }
        Self.append(",\n  \"mentions\" : [", to: &out)
        if mentions.isEmpty { Self.append("\n\n  ]\n}", to: &out); return out }
        // The list in a few parts written side by side (each mention's text depends on it alone):
        // the output is written after the scan, so this part of the run is not parallel otherwise.
        let parts = mentions.count < 4096 ? 1 : max(1, min(8, ProcessInfo.processInfo.activeProcessorCount))
        let written = Mutex<[[UInt8]]>(Array(repeating: [], count: parts))
        let items = mentions
        DispatchQueue.concurrentPerform(iterations: parts) { p in
            let part = Self.bytes(of: items, from: items.count * p / parts, to: items.count * (p + 1) / parts)
            written.withLock { $0[p] = part }
        }
        for part in written.withLock({ $0 }) { out.append(contentsOf: part) }
        Self.append("\n  ]\n}", to: &out)
        return out
    }

    /// The JSON of `items[from..<to]` in the mention list, each preceded by its separator.
    static func bytes(of items: [Item], from: Int, to: Int) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity((to - from) * 120)
        // One quoted form per distinct file and subject, not one per mention.
        var quotedFile: (name: String, bytes: [UInt8])?
        var quotedSubjects: [String: [UInt8]] = [:]
        for i in from..<to {
            let m = items[i]
            append(i == 0 ? "\n    {\n      \"end\" : " : ",\n    {\n      \"end\" : ", to: &out)
            appendDecimal(m.end, to: &out)
            if let file = m.file {
                append(",\n      \"file\" : ", to: &out)
                if quotedFile?.name != file {
                    var q: [UInt8] = []
                    appendQuoted(file, to: &q)
                    quotedFile = (file, q)
                }
                out.append(contentsOf: quotedFile!.bytes)
            }
            append(",\n      \"start\" : ", to: &out)
            appendDecimal(m.start, to: &out)
            append(",\n      \"subject\" : ", to: &out)
            if let q = quotedSubjects[m.subject] {
                out.append(contentsOf: q)
            } else {
                var q: [UInt8] = []
                appendQuoted(m.subject, to: &q)
                quotedSubjects[m.subject] = q
                out.append(contentsOf: q)
            }
            append(",\n      \"text\" : ", to: &out)
            appendQuoted(m.text, to: &out)
            append("\n    }", to: &out)
        }
        return out
    }

    /// Appends a literal's bytes in one copy (a String's `utf8` view appends byte by byte).
    @inline(__always)
    static func append(_ literal: StaticString, to out: inout [UInt8]) {
        literal.withUTF8Buffer { out.append(contentsOf: $0) }
    }

    /// An integer in decimal, as JSONEncoder writes it.
    static func appendDecimal(_ value: Int, to out: inout [UInt8]) {
        if value < 0 { out.append(0x2D) }
        var v = value.magnitude
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var n = 0
        withUnsafeMutableBytes(of: &digits) { d in
            repeat {
                d[19 - n] = UInt8(truncatingIfNeeded: 0x30 + v % 10)
                v /= 10
                n += 1
            } while v > 0
            out.append(contentsOf: d[(20 - n)...])
        }
    }

    /// A JSON string as JSONEncoder writes it: quote, backslash and control characters escaped
    /// (`\n`, `\u001f`), slashes and everything else as they are.
    static func appendQuoted(_ text: String, to out: inout [UInt8]) {
        out.append(0x22)
        var text = text
        text.withUTF8 { utf8 in
            var plain = 0
            for i in 0..<utf8.count {
                let b = utf8[i]
                if b >= 0x20, b != 0x22, b != 0x5C { continue }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[plain..<i]))
                switch b {
                case 0x22: out.append(contentsOf: "\\\"".utf8)
                case 0x5C: out.append(contentsOf: "\\\\".utf8)
                case 0x0A: out.append(contentsOf: "\\n".utf8)
                case 0x0D: out.append(contentsOf: "\\r".utf8)
                case 0x09: out.append(contentsOf: "\\t".utf8)
                case 0x08: out.append(contentsOf: "\\b".utf8)
                case 0x0C: out.append(contentsOf: "\\f".utf8)
                default: out.append(contentsOf: ((b < 0x10 ? "\\u000" : "\\u00") + String(b, radix: 16)).utf8)
                }
                plain = i + 1
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[plain...]))
        }
        out.append(0x22)
    }
}
