import Foundation
import MediaModel
import MediaText

/// Reads SRT and WebVTT subtitles into cues on the clock: each cue's offset is added to the
/// local moment the recording starts (`--start`), converted to UTC through the tz database.
///
/// A broken time code, a cue ending before it starts, or a block without a time line is an
/// error naming its line; a file with no cue at all is an error too.
public struct TranscriptReader: Sendable {
    let codebook: Codebook
    let outlet: String
    /// UTC milliseconds of the recording's 00:00:00.
    let baseMs: Int
    let matcher: MentionFinder

    public init(codebook: Codebook, outlet: String, start: String) throws {
        guard let o = codebook.outlet(outlet) else {
            throw codebook.unknown(.outlet, outlet)
        }
        guard o.medium.isBroadcast else {
            throw InputError(field: "outlet", "\(outlet) is \(o.medium.rawValue); transcripts belong to TV or radio outlets")
        }
        guard let (date, time) = Timestamps.localDateTime(start) else {
            throw InputError(field: "start", "\"\(start)\" is not a local date and time (YYYY-MM-DDTHH:MM:SS)")
        }
        self.codebook = codebook
        self.outlet = outlet
        self.baseMs = MissionClock(codebook: codebook).utcSeconds(of: date, at: time) * 1000
        // The recording's day decides who held an office (Codebook aliases' `during`).
        self.matcher = try MentionFinder(codebook: codebook, on: date)
    }

    /// Whether `text` is a local date and time the reader takes as the recording's start, so that
    /// a command line can refuse a malformed one as misuse before anything is opened.
    public static func isRecordingStart(_ text: String) -> Bool { Timestamps.localDateTime(text) != nil }

    public func read(path: String, file: String? = nil) throws -> NewTranscript {
        let name = file ?? path
        let text = try TextFile.read(path: path, file: name, what: "SRT or WebVTT subtitles").text
        return try read(text: text, file: name)
    }

    public func read(text: String, file: String) throws -> NewTranscript {
        let lines = TextFile.lines(text)
        let isVTT = lines.first.map { $0.text.hasPrefix("WEBVTT") || $0.text.hasPrefix("\u{FEFF}WEBVTT") } ?? false
        var cues: [NewCue] = []
        var i = isVTT ? 1 : 0
        // Skips the WebVTT header's own lines.
        if isVTT { while i < lines.count, !lines[i].text.trimmingCharacters(in: .whitespaces).isEmpty { i += 1 } }
        while i < lines.count {
            // A block: lines up to the next blank one.
            while i < lines.count, lines[i].text.trimmingCharacters(in: .whitespaces).isEmpty { i += 1 }
            guard i < lines.count else { break }
            var block: [(number: Int, text: Substring)] = []
            while i < lines.count, !lines[i].text.trimmingCharacters(in: .whitespaces).isEmpty { block.append(lines[i]); i += 1 }
            let first = block[0].text.trimmingCharacters(in: .whitespaces)
            if isVTT, first.hasPrefix("NOTE") || first == "STYLE" || first == "REGION" { continue }
            guard let timeIndex = block.prefix(2).firstIndex(where: { $0.text.contains("-->") }) else {
                throw InputError(file: file, line: block[0].number, field: "time",
                                 "expected a time line such as `00:00:01,000 --> 00:00:04,000`, found \"\(first.prefix(60))\"")
            }
            // Cues written without the blank line between them are still separate cues: a later
            // time line starts the next one (with the number line before it, in SRT).
            var timeLine = block[timeIndex]
            var bodyLines: [Substring] = []
            func finish() throws {
                let (start, end) = try times(String(timeLine.text), line: timeLine.number, file: file)
                let body = bodyLines.map { Self.stripMarkup(String($0)) }.filter { !$0.isEmpty }.joined(separator: "\n")
                guard !body.isEmpty else { return }
                cues.append(NewCue(startMs: baseMs + start, endMs: baseMs + end, text: body, normalized: try SearchText.fold(body),
                                   subjects: try matcher.subjects(in: body), line: timeLine.number))
            }
            for line in block[(timeIndex + 1)...] {
                if line.text.contains("-->") {
                    if let last = bodyLines.last, last.trimmingCharacters(in: .whitespaces).allSatisfy({ $0.isASCII && $0.isNumber }) {
                        bodyLines.removeLast()
                    }
                    try finish()
                    timeLine = line
                    bodyLines = []
                } else {
                    bodyLines.append(line.text)
                }
            }
            try finish()
        }
        guard !cues.isEmpty else {
            throw InputError(file: file, line: 1, "no subtitle cues found (expected SRT or WebVTT)")
        }
        return NewTranscript(file: file, outlet: outlet, cues: cues)
    }

    /// `00:06:10,760 --> 00:06:11,200` (SRT) or `00:10.500 --> 00:12.000 align:start` (WebVTT), in ms.
    private func times(_ line: String, line number: Int, file: String) throws -> (Int, Int) {
        let parts = line.components(separatedBy: "-->")
        guard parts.count == 2 else {
            throw InputError(file: file, line: number, field: "time", "a time line needs one `-->` between start and end")
        }
        let startText = parts[0].trimmingCharacters(in: .whitespaces)
        let endText = parts[1].trimmingCharacters(in: .whitespaces).split(separator: " ").first.map(String.init) ?? ""
        for (field, text) in [("start", startText), ("end", endText)] where text.hasPrefix("-") {
            throw InputError(file: file, line: number, field: field, "\"\(text)\": a time code cannot be negative")
        }
        guard let start = Self.milliseconds(startText) else {
            throw InputError(file: file, line: number, field: "start", "\"\(startText)\" is not a time code (HH:MM:SS,mmm)")
        }
        guard let end = Self.milliseconds(endText) else {
            throw InputError(file: file, line: number, field: "end", "\"\(endText)\" is not a time code (HH:MM:SS,mmm)")
        }
        guard end >= start else {
            throw InputError(file: file, line: number, field: "end", "the cue ends (\(endText)) before it starts (\(startText))")
        }
        return (start, end)
    }

    /// `HH:MM:SS,mmm`, `HH:MM:SS.mmm` or `MM:SS.mmm` in milliseconds.
    static func milliseconds(_ text: String) -> Int? {
        let pieces = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "," || $0 == "." })
        guard pieces.count == 2, (1...3).contains(pieces[1].count), pieces[1].allSatisfy(\.isASCII),
              var millis = Int(pieces[1]) else { return nil }
        millis *= [0, 100, 10, 1][pieces[1].count]
        let clock = pieces[0].split(separator: ":", omittingEmptySubsequences: false)
        // Digits only: a sign ("-00") would otherwise be read and lost.
        guard (2...3).contains(clock.count), clock.allSatisfy({ !$0.isEmpty && $0.count <= 3 && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              pieces[1].allSatisfy(\.isNumber) else { return nil }
        let numbers = clock.compactMap { Int($0) }
        guard numbers.count == clock.count else { return nil }
        let (h, m, s) = numbers.count == 3 ? (numbers[0], numbers[1], numbers[2]) : (0, numbers[0], numbers[1])
        guard m < 60, s < 60, h >= 0 else { return nil }
        return ((h * 60 + m) * 60 + s) * 1000 + millis
    }

    /// Subtitle markup removed: `<i>`, `<v Speaker>`, `{\an8}`, and the common entities.
    static func stripMarkup(_ line: String) -> String {
        var out = ""
        var inTag = false, inBrace = false
        for ch in line {
            switch ch {
            case "<": inTag = true
            case ">" where inTag: inTag = false
            case "{" where !inTag: inBrace = true
            case "}" where inBrace: inBrace = false
            default: if !inTag && !inBrace { out.append(ch) }
            }
        }
        return out.replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(of: "&lt;", with: "<")
            .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&nbsp;", with: " ")
            .trimmingCharacters(in: .whitespaces)
    }
}
