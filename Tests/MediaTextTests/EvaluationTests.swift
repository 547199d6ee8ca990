import Foundation
import MediaModel
import Testing
@testable import MediaText

/// Precision and recall of the mention finder on real Kazakh and Russian news, hand-annotated
/// (`Evaluation/`, sources and annotation rules in `Evaluation/SOURCES.md`), in every writing
/// variant monitors meet: plain, with Latin or Greek look-alike letters, and Kazakh in the Latin
/// alphabets of 2017, 2018 and 2021.
@Suite struct EvaluationTests {
    /// One annotated span: subject and Unicode-scalar offsets in the stripped document.
    struct Expected: Equatable {
        var subject: String
        var start: Int
        var end: Int
    }

    struct Document {
        var name: String
        var text: String
        var expected: [Expected]
        /// The day the text was published (`Evaluation/dates.txt`); nil: the codebook's period.
        var date: LocalDate? = nil
    }

    static let evaluation = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Evaluation")

    /// Reads `⟦subject|text⟧` marks out of an annotated file.
    static func parse(name: String, annotated: String) -> Document {
        var text = String.UnicodeScalarView()
        var expected: [Expected] = []
        var open: (subject: String, start: Int)?
        var subject: String.UnicodeScalarView?
        for s in annotated.unicodeScalars {
            if s == "⟦" { subject = String.UnicodeScalarView(); continue }
            if var current = subject {
                if s == "|" {
                    open = (String(current), text.count)
                    subject = nil
                } else {
                    current.append(s)
                    subject = current
                }
                continue
            }
            if s == "⟧", let o = open {
                expected.append(Expected(subject: o.subject, start: o.start, end: text.count))
                open = nil
                continue
            }
            text.append(s)
        }
        return Document(name: name, text: String(text), expected: expected)
    }

    static func load(_ subfolder: String) -> [Document] {
        let folder = evaluation.appendingPathComponent(subfolder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".txt") }.sorted().map { name in
            let annotated = try! String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            var d = parse(name: String(name.dropLast(4)), annotated: annotated)
            d.date = dates[d.name] ?? nil
            return d
        }
    }

    /// `Evaluation/dates.txt`: a document's name, its date (YYYY-MM-DD, or `period` for the
    /// codebook's period) and why; `#` starts a comment.
    static let dates: [String: LocalDate?] = {
        let text = (try? String(contentsOf: evaluation.appendingPathComponent("dates.txt"), encoding: .utf8)) ?? ""
        var out: [String: LocalDate?] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: true)
            guard fields.count >= 2 else { continue }
            // A date that does not parse leaves the document without a line: everyDocumentIsDated fails.
            if fields[1] == "period" {
                out[String(fields[0])] = .some(nil)
            } else if let date = LocalDate(String(fields[1])) {
                out[String(fields[0])] = .some(date)
            }
        }
        return out
    }()

    /// The development set: the matcher and codebook were corrected on these (the first 37 texts,
    /// the 26 of the second set, the 15 of the third, the 36 of the fourth, the 35 of the fifth,
    /// the 45 of the sixth and the 50 of the seventh, each of which joined after its fixes).
    static let documents = load("documents")
    /// A fresh set, annotated by hand and committed before the finder is first run on it
    /// (`Evaluation/fresh/`, when present): scored by ``freshNews()``.
    static let fresh = load("fresh")
    static var hasFresh: Bool { !fresh.isEmpty }

    // MARK: Variants

    static let latinLookAlikes: [Character: Character] = [
        "а": "a", "с": "c", "е": "e", "о": "o", "р": "p", "х": "x", "у": "y", "і": "i", "һ": "h", "ә": "ə",
        "А": "A", "В": "B", "С": "C", "Е": "E", "Н": "H", "І": "I", "К": "K", "М": "M", "О": "O", "Р": "P",
        "Т": "T", "Х": "X", "У": "Y", "Ә": "Ə",
    ]
    static let greekLookAlikes: [Character: Character] = [
        "а": "α", "е": "ε", "і": "ι", "к": "κ", "о": "ο", "р": "ρ", "т": "τ", "у": "υ", "х": "χ",
        "А": "Α", "В": "Β", "Е": "Ε", "Н": "Η", "І": "Ι", "К": "Κ", "М": "Μ", "О": "Ο", "Р": "Ρ", "Т": "Τ",
        "У": "Υ", "Х": "Χ",
    ]

    /// A letter-for-letter substitution keeps every offset.
    static func substituted(_ d: Document, _ map: [Character: Character], suffix: String) -> Document {
        Document(name: d.name + suffix, text: String(d.text.map { map[$0] ?? $0 }), expected: d.expected, date: d.date)
    }

    /// The document transliterated piece by piece between annotation boundaries.
    static func transliterated(_ d: Document, _ scheme: KazakhLatin.Scheme) -> Document {
        let romanize = KazakhLatin(scheme)!
        let scalars = Array(d.text.unicodeScalars)
        let cuts = Set([0, scalars.count] + d.expected.flatMap { [$0.start, $0.end] }).sorted()
        var newOffset: [Int: Int] = [:]
        var out = ""
        var count = 0
        for (a, b) in zip(cuts, cuts.dropFirst()) {
            newOffset[a] = count
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[a..<b])
            // A Latin ə standing for ә in the Cyrillic source (kk-y6 prints «əкімі») is that Kazakh
            // letter: a Latin edition is transliterated from the letter, not from its look-alike.
            let piece = try! romanize(String(view).replacingOccurrences(of: "ə", with: "ә").replacingOccurrences(of: "Ə", with: "Ә"))
            out += piece
            count += piece.unicodeScalars.count
        }
        newOffset[scalars.count] = count
        let expected = d.expected.map { Expected(subject: $0.subject, start: newOffset[$0.start]!, end: newOffset[$0.end]!) }
        return Document(name: d.name + "/" + scheme.rawValue, text: out, expected: expected, date: d.date)
    }

    static var russian: [Document] { documents.filter { $0.name.hasPrefix("ru-") } }
    static var kazakh: [Document] { documents.filter { $0.name.hasPrefix("kk-") } }
    static var kazakhLatin: [Document] { inLatinAlphabets(documents) }

    /// The published Latin texts of a set and its Kazakh Cyrillic texts in the three alphabets.
    static func inLatinAlphabets(_ set: [Document]) -> [Document] {
        set.filter { $0.name.hasPrefix("kl-") }
            + set.filter { $0.name.hasPrefix("kk-") }.flatMap { d in
                [KazakhLatin.Scheme.latin2017, .latin2018, .official2021].map { transliterated(d, $0) }
            }
    }

    // MARK: Scoring

    struct Score {
        var found: [String: Int] = [:]
        var expected: [String: Int] = [:]
        var correct: [String: Int] = [:]
        var misses: [String] = []
        var falseAlarms: [String] = []

        func precision(_ s: String? = nil) -> Double {
            let f = s.map { found[$0] ?? 0 } ?? found.values.reduce(0, +)
            let c = s.map { correct[$0] ?? 0 } ?? correct.values.reduce(0, +)
            return f == 0 ? 1 : Double(c) / Double(f)
        }

        func recall(_ s: String? = nil) -> Double {
            let e = s.map { expected[$0] ?? 0 } ?? expected.values.reduce(0, +)
            let c = s.map { correct[$0] ?? 0 } ?? correct.values.reduce(0, +)
            return e == 0 ? 1 : Double(c) / Double(e)
        }

        var total: (found: Int, expected: Int, correct: Int) {
            (found.values.reduce(0, +), expected.values.reduce(0, +), correct.values.reduce(0, +))
        }
    }

    /// A found mention is correct when it has an annotated span's subject and overlaps it; each
    /// annotated span is matched at most once, so a reference counted twice is a false alarm.
    static func score(_ documents: [Document]) -> Score {
        var score = Score()
        for d in documents {
            let found = try! Shipped.matcher.mentions(in: d.text, on: d.date)
            var used = [Bool](repeating: false, count: d.expected.count)
            let scalars = Array(d.text.unicodeScalars)
            func snippet(_ a: Int, _ b: Int) -> String {
                var v = String.UnicodeScalarView()
                v.append(contentsOf: scalars[max(0, a)..<min(scalars.count, b)])
                return String(v)
            }
            for e in d.expected { score.expected[e.subject, default: 0] += 1 }
            for m in found {
                score.found[m.subject, default: 0] += 1
                if let i = d.expected.indices.first(where: { i in
                    !used[i] && d.expected[i].subject == m.subject && d.expected[i].start < m.end && m.start < d.expected[i].end
                }) {
                    used[i] = true
                    score.correct[m.subject, default: 0] += 1
                } else {
                    score.falseAlarms.append("\(d.name): \(m.subject) «\(m.text)»")
                }
            }
            for (i, e) in d.expected.enumerated() where !used[i] {
                score.misses.append("\(d.name): \(e.subject) «\(snippet(e.start, e.end))»")
            }
        }
        return score
    }

    static func report(_ title: String, _ s: Score) -> String {
        let t = s.total
        var lines = ["\(title): P \(String(format: "%.3f", s.precision())) R \(String(format: "%.3f", s.recall())) (found \(t.found), annotated \(t.expected), correct \(t.correct))"]
        for subject in Set(s.expected.keys).union(s.found.keys).sorted() {
            lines.append("  \(subject): P \(String(format: "%.3f", s.precision(subject))) R \(String(format: "%.3f", s.recall(subject))) (\(s.correct[subject] ?? 0)/\(s.found[subject] ?? 0) found, \(s.expected[subject] ?? 0) annotated)")
        }
        lines += s.misses.map { "  miss  \($0)" } + s.falseAlarms.map { "  false \($0)" }
        return lines.joined(separator: "\n")
    }

    // MARK: Tests

    @Test func annotationsAreWellFormed() {
        #expect(Self.russian.count >= 15 && Self.kazakh.count >= 10)
        let subjects = Set(Shipped.codebook.subjects.map(\.id))
        for d in Self.documents + Self.fresh {
            #expect(!d.text.contains("⟦") && !d.text.contains("⟧"), "\(d.name): unbalanced mark")
            for e in d.expected { #expect(subjects.contains(e.subject) && e.end > e.start, "\(d.name): \(e.subject)") }
        }
    }

    /// Every document has a line in `dates.txt`, with a valid date or `period`.
    @Test func everyDocumentIsDated() {
        for d in Self.documents + Self.fresh {
            let entry = Self.dates[d.name]
            #expect(entry != nil, "\(d.name): no line in Evaluation/dates.txt, or not a date")
        }
        #expect(Self.dates.values.contains { $0 != nil })
    }

    @Test func kazakhAndRussianPlain() {
        let s = Self.score(Self.russian + Self.kazakh)
        print(Self.report("Kazakh and Russian, plain", s))
        // Floors just under the figures (P 0.982: 7074 of 7203 found; R 0.983: 7074 of 7199, after
        // round 27, with the thirty-seventh and thirty-eighth sets joined and most of their errors
        // left — their first run, P 0.939 / R 0.960, was after round 26; before they joined, P 0.986
        // / R 0.985 on 6530; SOURCES.md). After round 28: P 0.983 (7077 of 7201), R 0.983 (7077 of 7199).
        // With the thirty-ninth set joined (its errors left but round 28's): P 0.982 (7391 of 7525),
        // R 0.983 (7391 of 7517). After round 29: P 0.982 (7391 of 7523), R 0.983 (7391 of 7516).
        // With the fortieth and forty-first sets joined after their first run (P 0.925 / R 0.951), their
        // errors left but what round 29 fixed: P 0.979 (8011 of 8182), R 0.981 (8011 of 8168). After
        // round 30: P 0.980 (8011 of 8176), R 0.981 (8011 of 8168). With the forty-second set joined:
        // P 0.980 (8329 of 8497), R 0.980 (8329 of 8495); after round 31: P 0.980 (8329 of 8496).
        // With the forty-third and forty-fourth sets joined after their first run (P 0.948 / R 0.972),
        // their errors left but what round 31 fixed: P 0.980 (8992 of 9173), R 0.980 (8992 of 9177,
        // 0.9798 — the recall floor follows the sets' misses). After round 32: P 0.980 (8997 of
        // 9178), R 0.980 (8997 of 9177, 0.9804).
        // With the forty-fifth and forty-sixth sets joined after their first run (P 0.957 / R 0.947),
        // their errors left but what round 32 fixed: P 0.979 (9633 of 9842), R 0.979 (9633 of 9836).
        // After round 33: P 0.979 (9633 of 9838, 0.9792), R unchanged. With the forty-seventh set
        // joined after its first run (P 0.908 / R 0.961), its errors left but what round 33 fixed:
        // P 0.979 (9782 of 9995, 0.9787 — the precision floor follows the set's false alarms), R 0.979
        // (9782 of 9990, 0.9792). After round 34: P 0.979 (9782 of 9994, 0.9788), R unchanged (the
        // floors stay: the round's fixes are the forty-eighth set's; one development false alarm).
        // With the forty-eighth set joined after its first run (P 0.938 / R 0.979), its errors left
        // but what round 34 fixed: P 0.979 (10068 of 10289, 0.9785), R 0.979 (10068 of 10282, 0.9792).
        // After round 35: unchanged (its fixes are the forty-ninth and fiftieth sets'; floors stay).
        // With the forty-ninth and fiftieth sets joined after their first run (P 0.941 / R 0.966), their
        // errors left but what round 35 fixed: P 0.977 (10550 of 10798, 0.9770), R 0.979 (10550 of
        // 10780, 0.9787) — both floors follow the sets' errors (opinion pieces' past holders, akims in
        // general, a foreign item), as each joining set's have. After round 36: unchanged. With the
        // fifty-first to fifty-fourth sets joined after their first run (P 0.943 / R 0.969), their
        // errors left but what round 36 fixed: P 0.974 (11742 of 12051, 0.9744), R 0.978 (11742 of
        // 12010, 0.9777). After round 37: P 0.974 (11749 of 12057, 0.9745), R 0.978 (11749 of 12010,
        // 0.9783). With the fifty-fifth set joined after its first run (P 0.948 / R 0.961), its errors
        // left but what round 37 fixed: P 0.974 (12024 of 12343, 0.9742), R 0.978 (12024 of 12294,
        // 0.9780); the floors hold. After round 38: P 0.974 (12024 of 12342, 0.9742). With the
        // fifty-sixth and fifty-seventh sets joined after their first run (P 0.932 / R 0.974), their
        // errors left but what round 38 fixed: P 0.972 (12856 of 13228, 0.9719), R 0.978 (12856 of
        // 13148, 0.9778) — both floors follow the sets' errors (Russian akims' elections, opinion).
        // With the fifty-eighth set joined, after round 39 (which saw it): P 0.972 (13287 of 13666,
        // 0.9723), R 0.979 (13287 of 13573, 0.9789); the floors hold. With the fifty-ninth set joined
        // after its first run (P 0.915 / R 0.930), its errors left but what round 40 (begun) fixed:
        // P 0.971 (13686 of 14097, 0.9708), R 0.977 (13686 of 14002, 0.9774); the precision floor
        // follows the set's errors (Russian false alarms). With the sixtieth set joined after round 41
        // (which fixed most of its errors): P 0.971 (14217 of 14635, 0.9714), R 0.978 (14217 of
        // 14539, 0.9779); the floors hold. With the sixty-first set joined after round 43 (rounds 42
        // and 43 saw it): P 0.972 (14698 of 15118, 0.9722), R 0.978 (14698 of 15035, 0.9776). With
        // the lead's ruling after round 43 applied (SOURCES.md: 8 spans added, 15 removed — election
        // outcomes, appointments, buildings the finder still counts): P 0.972 (14690 of 15118, 0.9717),
        // R 0.978 (14690 of 15028, 0.9775); the floors hold. With the sixty-second set joined after
        // round 45 (which saw it) and two of its spans corrected by the ruling: P 0.972 (15148 of
        // 15578, 0.9724), R 0.978 (15148 of 15493, 0.9777); the floors hold. After round 46: P 0.972
        // (15156 of 15586, 0.9724), R 0.978 (15156 of 15493, 0.9783).
        // With the sixty-third set joined after round 47 (two of its spans corrected by the lead), after
        // round 48: P 0.973 (15486 of 15918, 0.9729), R 0.978 (15486 of 15827, 0.9785). With the
        // sixty-fourth set joined after round 49 (which saw it; four of its spans corrected by the
        // lead): P 0.972 (15898 of 16350, 0.9724), R 0.978 (15898 of 16249, 0.9784). After round 50,
        // with kk-ee6's two general statements annotated by the ruling after round 43: P 0.973 (15900
        // of 16349, 0.9725), R 0.978 (15900 of 16251, 0.9784). After round 51: P 0.973 (15904 of
        // 16354, 0.9725), R 0.979 (15904 of 16251, 0.9786). With the sixty-fifth set joined after
        // round 51 (which saw it; kk-ei14's «Елбасы ретінде» unmarked by the lead, a capacity): P 0.973
        // (16167 of 16622, 0.9726), R 0.979 (16167 of 16519, 0.9787); the floors hold. After round 52:
        // P 0.973 (16167 of 16619). With the sixty-sixth set joined after round 52 (which saw it; two
        // spans unmarked by the lead, kk-em5's «Орталық сайлау аппараты», the commission's staff, and
        // ru-ep7's akim by bare name): P 0.973 (16506 of 16966, 0.9729), R 0.978 (16506 of 16873,
        // 0.9783); the floors hold. After round 53: P 0.973 (16505 of 16961, 0.9731), R 0.978 (16505
        // of 16873, 0.9782). With the sixty-seventh set joined after round 53 (which saw it): P 0.973
        // (16756 of 17226, 0.9727), R 0.978 (16756 of 17128, 0.9783); the floors hold. With the
        // sixty-eighth set joined after round 55 (rounds 54 and 55 saw it): P 0.973 (16869 of 17341,
        // 0.9728), R 0.979 (16869 of 17239, 0.9785). After round 56: P 0.973 (16868 of 17338). With the
        // sixty-ninth set joined after round 56 (which saw it): P 0.973 (17071 of 17543, 0.9731), R 0.979
        // (17071 of 17442, 0.9787). After round 57: P 0.973 (17071 of 17540). With the seventieth set
        // joined after round 57 (which saw it): P 0.973 (17232 of 17704, 0.9733), R 0.979 (17232 of 17603, 0.9789).
        // After round 58: P 0.974 (17231 of 17700). With the seventy-first set joined after round 58: P
        // 0.973 (17386 of 17867, 0.9731), R 0.979 (17386 of 17761, 0.9789). After round 59: P 0.973 (17385
        // of 17865, 0.9731), R 0.979 (17385 of 17761, 0.9788). With the seventy-second set joined after
        // round 59 (which saw it): P 0.973 (17532 of 18016, 0.9731), R 0.979 (17532 of 17912, 0.9788). After
        // round 60: P 0.973 (17540 of 18022). With the seventy-third set joined after round 60 (which saw
        // it): P 0.973 (17718 of 18201, 0.9735), R 0.979 (17718 of 18091, 0.9794). After round 61: P 0.974
        // (17718 of 18197). With the seventy-fourth set joined after round 61 (which saw it): P 0.974 (17842
        // of 18323, 0.9737), R 0.979 (17842 of 18217, 0.9794). After round 62: the same. With the
        // seventy-fifth set joined after round 62 (which saw it): P 0.974 (17947 of 18433, 0.9736), R 0.979
        // (17947 of 18323, 0.9795). After round 63: P 0.974 (17947 of 18432). With the seventy-sixth set
        // joined after round 63 (which saw it): P 0.974 (18111 of 18601, 0.9737), R 0.980 (18111 of 18488, 0.9796).
        // After round 64: P 0.974 (18111 of 18595). With the seventy-seventh set joined after round 64 (which saw
        // it): P 0.974 (18262 of 18748, 0.9741), R 0.979 (18262 of 18647, 0.9794).
        #expect(s.precision() >= 0.970 && s.recall() >= 0.977, "\(Self.report("plain", s))")
    }

    @Test func russianAndKazakhSeparately() {
        let ru = Self.score(Self.russian), kk = Self.score(Self.kazakh)
        print(Self.report("Russian, plain", ru))
        print(Self.report("Kazakh, plain", kk))
        // Russian P 0.980 (4080 of 4163), R 0.978 (4080 of 4170); Kazakh P 0.985 (2994 of 3040),
        // R 0.988 (2994 of 3029), after round 27 with the thirty-seventh and thirty-eighth sets
        // joined (before: Russian 0.985 / 0.982, Kazakh 0.987 / 0.989). kk-q25's event title
        // «"Елбасы-Елдің тұтқасы" атты … шара» is found again since the lead's ruling after round
        // 21 (SOURCES.md, "Thirtieth set"). After round 28: Russian P 0.981 (4083 of 4163), R 0.979
        // (4083 of 4170); Kazakh P 0.986 (2994 of 3038), R unchanged. With the thirty-ninth set
        // joined after its first run, its errors left but what round 28 fixed, and the lead's ruling
        // on a body's site named with its place (SOURCES.md): Russian P 0.979 (4289 of 4379), R 0.979
        // (4289 of 4379); Kazakh P 0.986 (3102 of 3146), R 0.989 (3102 of 3138). After round 29:
        // Russian P 0.980 (4289 of 4378), R 0.980 (4289 of 4378); Kazakh P 0.986 (3102 of 3145), R 0.989.
        // With the fortieth and forty-first sets joined after their first run (their errors left but what
        // round 29 fixed): Russian P 0.974 (4673 of 4798), R 0.976 (4673 of 4790); Kazakh P 0.986 (3338
        // of 3384), R 0.988 (3338 of 3378). After round 30: Russian P 0.975 (4674 of 4795), R 0.976
        // (4674 of 4790); Kazakh P 0.987 (3337 of 3381), R 0.988 (3337 of 3378, 0.9879): the Kazakh
        // recall floor falls to 0.987 for the codebook's `during` on the bare «Азат» (the lead's
        // correction after round 28: the OSDP only before the split of March 2013), which costs
        // kk-h11's «Азат» (dated 2016 by a year, annotated as the OSDP) and removes ru-ay22's three
        // false alarms.
        // With the forty-second set joined (its errors left but round 30's) and the lead's corrections
        // before the forty-third and forty-fourth sets' run (SOURCES.md: «прежний / бывший» akims, the
        // bare «Азат» after the split, the change of a sitting holder or body, kk-p7's headline):
        // Russian P 0.976 (4875 of 4997), R 0.975 (4875 of 5001, 0.9748 — new sets join with their
        // errors, so the floor follows); Kazakh P 0.987 (3454 of 3500), R 0.989 (3454 of 3494): the
        // Kazakh recall floor is back at 0.988, kk-h11's «Азат» being the other party (SOURCES.md).
        // After round 31: Russian P 0.976 (4875 of 4996, 0.9758), Kazakh unchanged. With the
        // forty-third and forty-fourth sets joined: Russian P 0.976 (5295 of 5427), R 0.974 (5295 of
        // 5439, 0.9735); Kazakh P 0.987 (3697 of 3746), R 0.989 (3697 of 3738). After round 32:
        // Russian P 0.976 (5300 of 5432), R 0.974 (5300 of 5439, 0.9744); Kazakh unchanged.
        // With the forty-fifth and forty-sixth sets joined, after round 32: Russian P 0.974 (5712 of
        // 5866), R 0.974 (5712 of 5867); Kazakh P 0.986 (3921 of 3976), R 0.988 (3921 of 3969, 0.9879).
        // After round 33: Russian P 0.974 (5712 of 5864, 0.9741), Kazakh P 0.987 (3921 of 3974,
        // 0.9867); recalls unchanged. With the forty-seventh set joined: Russian P 0.974 (5849 of
        // 6008, 0.9735), R 0.974 (0.9735); Kazakh P 0.986 (3933 of 3987, 0.9865), R 0.988 (3933 of
        // 3982, 0.9877). After round 34: Russian P 0.974 (5849 of 6007, 0.9737); the rest unchanged.
        // With the forty-eighth set joined: Russian P 0.973 (6029 of 6194, 0.9734), R 0.974 (6029 of
        // 6191, 0.9738); Kazakh P 0.986 (4039 of 4095, 0.9863), R 0.987 (4039 of 4091, 0.9873).
        // With the forty-ninth and fiftieth sets joined, after round 35: Russian P 0.971 (6384 of 6573,
        // 0.9712 — the sets' Russian opinion pieces), R 0.973 (6384 of 6560, 0.9732); Kazakh P 0.986
        // (4166 of 4225, 0.9860), R 0.987 (4166 of 4220, 0.9872). With the fifty-first to fifty-fourth
        // sets joined, after round 36: Russian P 0.968 (7218 of 7459, 0.9677), R 0.972 (7218 of 7424,
        // 0.9723); Kazakh P 0.985 (4524 of 4592, 0.9852), R 0.986 (4524 of 4586, 0.9865). After
        // round 37: Russian P 0.968 (7220 of 7460, 0.9678), R 0.973 (7220 of 7424, 0.9725); Kazakh P
        // 0.985 (4529 of 4597, 0.9852), R 0.988 (4529 of 4586, 0.9876). With the fifty-fifth set
        // joined: Russian P 0.967 (7403 of 7654, 0.9672), R 0.972 (7403 of 7614, 0.9723); Kazakh P
        // 0.986 (4621 of 4689, 0.9855), R 0.987 (4621 of 4680, 0.9874); the floors hold. With the
        // fifty-sixth and fifty-seventh sets joined, after round 38: Russian P 0.963 (8019 of 8324,
        // 0.9634 — the sets' Russian false alarms), R 0.972 (8019 of 8250, 0.9720 exactly, so the
        // floor sits at 0.971); Kazakh P 0.986 (4837 of 4904, 0.9863), R 0.988 (4837 of 4898, 0.9875).
        // With the fifty-eighth set joined, after round 39: Russian P 0.964 (8337 of 8649, 0.9639),
        // R 0.974 (8337 of 8562, 0.9737); Kazakh P 0.987 (4950 of 5017, 0.9866), R 0.988 (4950 of
        // 5011, 0.9878); the floors hold. With the fifty-ninth set joined, after round 40 (begun):
        // Russian P 0.962 (8600 of 8938, 0.9622), R 0.972 (8600 of 8851, 0.9716); Kazakh P 0.986
        // (5086 of 5159, 0.9859), R 0.987 (5086 of 5151, 0.9874). With the sixtieth set joined, after
        // round 41: Russian P 0.963 (8973 of 9315, 0.9633), R 0.972 (8973 of 9230, 0.9722);
        // Kazakh P 0.986 (5244 of 5320, 0.9857), R 0.988 (5244 of 5309, 0.9878). With the
        // sixty-first set joined, after round 43: Russian P 0.965 (9283 of 9624, 0.9646), R 0.972
        // (9283 of 9553, 0.9717); Kazakh P 0.986 (5415 of 5494, 0.9856), R 0.988 (5415 of 5482, 0.9878).
        // With the lead's ruling after round 43 (SOURCES.md): Russian P 0.964 (9280 of 9624, 0.9643),
        // R 0.972 (9280 of 9551, 0.9716); Kazakh P 0.985 (5410 of 5494, 0.9847), R 0.988 (5410 of
        // 5477, 0.9878) — the Kazakh precision floor follows the ruling: five election outcomes and a
        // building («Сайланған 40 әкімнің», «29 әкім орнында қалды») the finder still counts. With
        // the sixty-second set joined, after round 45: Russian P 0.965 (9543 of 9886, 0.9653), R 0.972
        // (9543 of 9817, 0.9721); Kazakh P 0.985 (5605 of 5692, 0.9847), R 0.987 (5605 of 5676, 0.9875).
        // After round 46: Russian P 0.965 (9551 of 9894, 0.9653), R 0.973 (9551 of 9817, 0.9729).
        // With the sixty-third set joined, after round 48: Russian P 0.966 (9792 of 10133, 0.9663), R
        // 0.973 (9792 of 10062, 0.9732); Kazakh P 0.984 (5694 of 5785, 0.9843), R 0.988 (5694 of 5765,
        // 0.9877). With the sixty-fourth set joined, after round 49: Russian P 0.966 (10045 of 10402,
        // 0.9657), R 0.973 (10045 of 10320, 0.9733); Kazakh P 0.984 (5853 of 5948, 0.9840), R 0.987
        // (5853 of 5929, 0.9872). After round 50 and kk-ee6's two spans: Kazakh P 0.984 (5855 of
        // 5948, 0.9844), R 0.987 (5855 of 5931, 0.9872); Russian unchanged. With the sixty-fifth set
        // joined after round 51: Russian P 0.966 (10208 of 10568, 0.9659), R 0.974 (10208 of 10481,
        // 0.9740); Kazakh P 0.984 (5959 of 6054, 0.9843), R 0.987 (5959 of 6038, 0.9869 — the recall
        // floor follows the set's Kazakh misses: «премьерді», «ОСК сайтында», a descriptive title).
        // With the sixty-sixth set joined after round 52: Russian P 0.967 (10442 of 10803, 0.9666), R
        // 0.973 (10442 of 10730, 0.9732); Kazakh P 0.984 (6064 of 6163, 0.9839 — the precision floor
        // follows the set's Kazakh false alarms: a career list, a foreign press secretary, a compound),
        // R 0.987 (6064 of 6143, 0.9871). With the sixty-seventh set joined after round 53: Russian P
        // 0.966 (10671 of 11041, 0.9665), R 0.973 (10671 of 10963, 0.9734); Kazakh P 0.984 (6085 of
        // 6185, 0.9838), R 0.987 (6085 of 6165, 0.9870); the floors hold. With the sixty-eighth set
        // joined after round 55: Russian P 0.967 (10760 of 11132, 0.9666), R 0.974 (10760 of 11051,
        // 0.9737); Kazakh P 0.984 (6109 of 6209, 0.9839), R 0.987 (6109 of 6188, 0.9872); the floors hold.
        // With the sixty-ninth set joined after round 56: Russian P 0.967 (10876 of 11249, 0.9668), R
        // 0.974 (10876 of 11167, 0.9739); Kazakh P 0.984 (6195 of 6294, 0.9843), R 0.987 (6195 of 6275, 0.9873).
        // With the seventieth set joined after round 57: Russian P 0.967 (11016 of 11390, 0.9672), R 0.974
        // (11016 of 11307, 0.9743); Kazakh P 0.984 (6216 of 6314, 0.9845), R 0.987 (6216 of 6296, 0.9873).
        // With the seventy-first set joined after round 58: Russian P 0.968 (11113 of 11486, 0.9675), R
        // 0.974 (11113 of 11407, 0.9742); Kazakh P 0.983 (6273 of 6381, 0.9831), R 0.987 (6273 of 6354, 0.9873).
        // With the seventy-second set joined after round 59: Russian P 0.968 (11212 of 11588, 0.9676), R
        // 0.974 (11212 of 11510, 0.9741); Kazakh P 0.983 (6320 of 6428, 0.9832), R 0.987 (6320 of 6402, 0.9872).
        // With the seventy-third set joined after round 60: Russian P 0.968 (11356 of 11731, 0.9680), R
        // 0.975 (11356 of 11646, 0.9751); Kazakh P 0.983 (6362 of 6470, 0.9833), R 0.987 (6362 of 6445, 0.9871).
        // With the seventy-fourth set joined after round 61: Russian P 0.968 (11446 of 11819, 0.9684), R
        // 0.975 (11446 of 11738, 0.9751); Kazakh P 0.983 (6396 of 6504, 0.9834), R 0.987 (6396 of 6479, 0.9872).
        // With the seventy-fifth set joined after round 62: Russian P 0.968 (11499 of 11877, 0.9682), R
        // 0.975 (11499 of 11791, 0.9752); Kazakh P 0.984 (6448 of 6556, 0.9835), R 0.987 (6448 of 6532, 0.9871).
        // With the seventy-sixth set joined after round 63: Russian P 0.968 (11592 of 11975, 0.9680), R
        // 0.975 (11592 of 11884, 0.9754); Kazakh P 0.984 (6519 of 6626, 0.9839), R 0.987 (6519 of 6604, 0.9871).
        // With the seventy-seventh set joined after round 64: Russian P 0.968 (11677 of 12061, 0.9682), R
        // 0.975 (11677 of 11971, 0.9755); Kazakh P 0.985 (6585 of 6687, 0.9847), R 0.986 (6585 of 6676, 0.9864 —
        // the set's Kazakh joint plurals of two heads of state, which the development set leaves out nine times of ten).
        #expect(ru.precision() >= 0.962 && ru.recall() >= 0.971, "\(Self.report("Russian, plain", ru).prefix { $0 != "\n" })")
        #expect(kk.precision() >= 0.983 && kk.recall() >= 0.986, "\(Self.report("Kazakh, plain", kk).prefix { $0 != "\n" })")
    }

    @Test func latinLookAlikes() {
        let s = Self.score((Self.russian + Self.kazakh).map { Self.substituted($0, Self.latinLookAlikes, suffix: "/latin-look-alikes") })
        print(Self.report("Latin look-alikes", s))
        // P 0.982 (7074 of 7203), R 0.983 on 7199 annotated (after round 27, the thirty-seventh and
        // thirty-eighth sets joined). After round 28: P 0.983 (7077 of 7201).
        // With the fortieth and forty-first sets joined: P 0.979 (8011 of 8182), R 0.981 (8011 of 8168).
        // After round 30: P 0.980 (8011 of 8176). After round 31, the forty-second set joined: P 0.980
        // (8329 of 8496), R 0.980 (8329 of 8495). With the forty-third and forty-fourth sets joined: P
        // 0.980 (8992 of 9173), R 0.980 (8992 of 9177, 0.9798). After round 32: P 0.980 (8997 of
        // 9178), R 0.980 (8997 of 9177, 0.9804).
        // With the forty-fifth and forty-sixth sets joined, after round 32: P 0.979 (9633 of 9842), R 0.979.
        // After round 33: P 0.979 (9633 of 9838, 0.9792). With the forty-seventh set joined: P 0.979
        // (9782 of 9995, 0.9787), R 0.979 (9782 of 9990, 0.9792). After round 34: P 0.979 (9782 of
        // 9994, 0.9788), R unchanged. With the forty-eighth set joined: P 0.979 (10068 of 10289,
        // 0.9785), R 0.979 (10068 of 10282, 0.9792). With the forty-ninth and fiftieth sets joined,
        // after round 35: P 0.977 (10550 of 10798, 0.9770), R 0.979 (10550 of 10780, 0.9787). With
        // the fifty-first to fifty-fourth sets joined, after round 36: P 0.974 (11741 of 12050,
        // 0.9744), R 0.978 (11741 of 12010, 0.9776). After round 37: P 0.974 (11748 of 12056, 0.9745),
        // R 0.978 (11748 of 12010, 0.9782). With the fifty-fifth set joined after its first run, its
        // errors left but what round 37 fixed: P 0.974 (12023 of 12342, 0.9742), R 0.978 (12023 of
        // 12294, 0.9780 — under 0.978 by one mention: the recall floor follows the set's misses).
        // With the fifty-sixth and fifty-seventh sets joined, after round 38: P 0.972 (12854 of
        // 13226, 0.9719), R 0.978 (12854 of 13148, 0.9776).
        // With the fifty-eighth set joined, after round 39: P 0.972 (13287 of 13666), R 0.979.
        // With the fifty-ninth set joined, after round 40 (begun): P 0.971 (13686 of 14097, 0.9708),
        // R 0.977 (13686 of 14002, 0.9774). With the sixtieth set joined, after round 41: P 0.971
        // (14217 of 14635, 0.9714), R 0.978 (14217 of 14539, 0.9779). With the sixty-first set
        // joined, after round 43: P 0.972 (14698 of 15117, 0.9723), R 0.978 (14698 of 15035, 0.9776).
        // With the lead's ruling after round 43: P 0.972 (14690 of 15117, 0.9718), R 0.978 (14690 of
        // 15028, 0.9775). With the sixty-second set joined, after round 45: P 0.972 (15147 of 15576,
        // 0.9725), R 0.978 (15147 of 15493, 0.9777).
        // With the sixty-third set joined, after round 48: P 0.973 (15484 of 15914, 0.9730), R 0.978
        // (15484 of 15827, 0.9783).
        #expect(s.precision() >= 0.970 && s.recall() >= 0.977, "\(Self.report("latin look-alikes", s))")
    }

    @Test func greekLookAlikes() {
        let s = Self.score((Self.russian + Self.kazakh).map { Self.substituted($0, Self.greekLookAlikes, suffix: "/greek-look-alikes") })
        print(Self.report("Greek look-alikes", s))
        // P 0.982 (7074 of 7207), R 0.983 on 7199 annotated (after round 27, the thirty-seventh and
        // thirty-eighth sets joined). After round 28: P 0.982 (7077 of 7205). With the thirty-ninth
        // set joined: P 0.982 (7391 of 7529), R 0.983 (7391 of 7517). After round 29: P 0.982 (7391 of 7527).
        // With the fortieth and forty-first sets joined after their first run, their errors left but what
        // round 29 fixed: P 0.979 (8011 of 8186), R 0.981 (8011 of 8168). After round 30: P 0.979
        // (8011 of 8180). With the forty-second to forty-fourth sets joined, after round 31: P 0.980
        // (8992 of 9177, 0.9798), R 0.980 (8992 of 9177, 0.9798). After round 32: P 0.980 (8997 of
        // 9182, 0.9799), R 0.980 (8997 of 9177, 0.9804).
        // With the forty-fifth and forty-sixth sets joined, after round 32: P 0.978 (9632 of 9845), R
        // 0.979 (9632 of 9836). After round 33: P 0.979 (9632 of 9841, 0.9788), R unchanged. With the
        // forty-seventh set joined: P 0.978 (9781 of 9998, 0.9783), R 0.979 (9781 of 9990, 0.9791).
        // After round 34, the forty-eighth set joined: P 0.978 (10067 of 10292, 0.9781), R 0.979
        // (10067 of 10282, 0.9791). With the forty-ninth and fiftieth sets joined, after round 35: P
        // 0.977 (10549 of 10801, 0.9767), R 0.979 (10549 of 10780, 0.9786). With the fifty-first to
        // fifty-fourth sets joined, after round 36: P 0.974 (11740 of 12053, 0.9740), R 0.978 (11740
        // of 12010, 0.9775). After round 37: P 0.974 (11747 of 12059, 0.9741), R 0.978 (11747 of
        // 12010, 0.9781). With the fifty-fifth set joined after its first run, its errors left but
        // what round 37 fixed: P 0.974 (12021 of 12344, 0.9738), R 0.978 (12021 of 12294, 0.9778) —
        // both floors follow the set's errors. With the fifty-sixth and fifty-seventh sets joined,
        // after round 38: P 0.972 (12853 of 13229, 0.9716), R 0.978 (12853 of 13148, 0.9776).
        // With the fifty-eighth set joined, after round 39: P 0.972 (13284 of 13667, 0.9720), R 0.979
        // (13284 of 13573, 0.9787). With the fifty-ninth set joined, after round 40 (begun): P 0.971
        // (13683 of 14098, 0.9706), R 0.977 (13683 of 14002, 0.9772). With the sixtieth set joined,
        // after round 41: P 0.971 (14214 of 14636, 0.9712), R 0.978 (14214 of 14539, 0.9776). With
        // the sixty-first set joined, after round 43: P 0.972 (14695 of 15119, 0.9720), R 0.977
        // (14695 of 15035, 0.9774). With the lead's ruling after round 43: P 0.971 (14687 of 15119,
        // 0.9714), R 0.977 (14687 of 15028, 0.9773). With the sixty-second set joined, after round
        // 45: P 0.972 (15145 of 15579, 0.9721), R 0.978 (15145 of 15493, 0.9775).
        // With the sixty-third set joined, after round 48: P 0.973 (15483 of 15919, 0.9726), R 0.978
        // (15483 of 15827, 0.9783). With the sixty-fourth set joined, after round 49: P 0.972 (15895
        // of 16351, 0.9721), R 0.978 (15895 of 16249, 0.9782).
        #expect(s.precision() >= 0.970 && s.recall() >= 0.977, "\(Self.report("greek look-alikes", s))")
    }

    @Test func kazakhInLatinAlphabets() {
        let s = Self.score(Self.kazakhLatin)
        print(Self.report("Kazakh in Latin (2017, 2018, 2021 and published Latin texts)", s))
        // P 0.980 (9459 of 9650), R 0.986 (9459 of 9590), after round 27 with the thirty-seventh and
        // thirty-eighth sets joined (before: P 0.984 / R 0.987 on 8947). After round 28: P 0.981
        // (9459 of 9647), R 0.986. After round 29, the thirty-ninth set joined: P 0.981 (9794 of 9982),
        // R 0.986 (9794 of 9933). With the fortieth and forty-first sets joined: P 0.982 (10577 of
        // 10776), R 0.986 (10577 of 10731); after round 30: P 0.983 (10577 of 10764), R 0.986. With
        // the forty-second to forty-fourth sets joined, after round 31: P 0.982 (11739 of 11952), R
        // 0.987 (11739 of 11898).
        // With the forty-fifth and forty-sixth sets joined, after round 32: P 0.982 (12462 of 12691,
        // 0.9820), R 0.985 (12462 of 12646). After round 33: P 0.983 (12462 of 12683, 0.9826). With
        // the forty-seventh set joined: P 0.982 (12522 of 12748, 0.9823), R 0.985 (12522 of 12711).
        // After round 34, with the forty-eighth set joined after its first run (its errors left but
        // what round 34 fixed): P 0.982 (12858 of 13091, 0.9822), R 0.985 (12858 of 13056, 0.9848 —
        // the recall floor follows the set's misses in the Kazakh published in Latin). With the
        // forty-ninth and fiftieth sets joined, after round 35 (which read the Cyrillic «к» inside their
        // published Latin words): P 0.982 (13306 of 13552, 0.9818 — the precision floor follows the
        // sets' false alarms, three times each in the transliterations), R 0.985 (13306 of 13513, 0.9847).
        // With the fifty-first to fifty-fourth sets joined, after round 36: P 0.981 (14488 of 14766,
        // 0.9812), R 0.984 (14488 of 14719, 0.9843); the floors hold. After round 37 (rounds 23 and 35
        // read in the Latin alphabets too): P 0.981 (14504 of 14779, 0.9814), R 0.985 (14504 of
        // 14719, 0.9854). With the fifty-fifth set joined: P 0.982 (14790 of 15065, 0.9818), R 0.985
        // (14790 of 15011, 0.9853); the floors hold. With the fifty-sixth and fifty-seventh sets
        // joined, after round 38: P 0.982 (15478 of 15754, 0.9825), R 0.985 (15478 of 15713, 0.9850).
        // With the fifty-eighth set joined, after round 39: P 0.983 (15840 of 16122, 0.9825), R 0.985
        // (15840 of 16075, 0.9854). With the fifty-ninth set joined, after round 40 (begun): P 0.982
        // (16256 of 16554, 0.9820), R 0.985 (16256 of 16503, 0.9850); the floors hold. With the
        // sixtieth set joined, after round 41: P 0.982 (16748 of 17060, 0.9817), R 0.985 (16748 of
        // 16995, 0.9855). With the sixty-first set joined, after round 43: P 0.981 (17283 of 17611,
        // 0.9814), R 0.986 (17283 of 17536, 0.9856). With the lead's ruling after round 43: P 0.981
        // (17268 of 17611, 0.9805 — the precision floor follows the ruling's five Kazakh spans, found
        // three times each in the transliterations), R 0.986 (17268 of 17521, 0.9856). With the
        // sixty-second set joined, after round 45: P 0.981 (17887 of 18240, 0.9806), R 0.985 (17887
        // of 18154, 0.9853).
        // With the sixty-third set joined, after round 48: P 0.980 (18169 of 18534, 0.9803), R 0.985
        // (18169 of 18437, 0.9855). With the sixty-fourth set joined, after round 49: P 0.980 (18649
        // of 19028, 0.9801), R 0.985 (18649 of 18935, 0.9849 — the recall floor follows the set's
        // misses, read in every alphabet). With the sixty-fifth set joined after round 51: P 0.980
        // (18970 of 19356, 0.9800), R 0.985 (18970 of 19262, 0.9848); the floors hold. With the
        // sixty-sixth set joined after round 52: P 0.979 (19281 of 19685, 0.9795 — the precision floor
        // follows the set's Kazakh false alarms, read in three alphabets), R 0.985 (19281 of 19577, 0.9849).
        // With the sixty-seventh set joined after round 53: P 0.979 (19400 of 19815, 0.9791), R 0.985
        // (19400 of 19703, 0.9846); the floors hold. With the sixty-eighth set joined after round 55:
        // P 0.978 (19547 of 19979, 0.9784 — the precision floor follows the set's Latin false alarms:
        // kl-et11's presidents of a world survey and the Soviet party, kl-et8's representative, read in
        // every alphabet), R 0.984 (19547 of 19857, 0.9844). After round 56: P 0.979 (19544 of 19969,
        // 0.9787). With the sixty-ninth set joined after round 56: P 0.979 (19859 of 20291, 0.9787), R
        // 0.984 (19859 of 20172, 0.9845). With the seventieth set joined after round 57: P 0.979 (19971
        // of 20399, 0.9790), R 0.984 (19971 of 20286, 0.9845). With the seventy-first set joined after
        // round 58: P 0.978 (20163 of 20624, 0.9777 — the precision floor follows the set's Kazakh false
        // alarms read in three alphabets: kk-fc6's «Сара Назарбаева», kk-fc7's career list), R 0.984
        // (20163 of 20484, 0.9843). With the seventy-second set joined after round 59: P 0.978 (20304 of
        // 20762, 0.9779), R 0.984 (20304 of 20628, 0.9843). With the seventy-third set joined after round
        // 60: P 0.978 (20430 of 20888, 0.9781), R 0.984 (20430 of 20757, 0.9842). With the seventy-fourth set
        // joined after round 61: P 0.978 (20532 of 20991, 0.9781), R 0.984 (20532 of 20859, 0.9843). With the
        // seventy-fifth set joined after round 62: P 0.978 (20687 of 21146, 0.9783), R 0.984 (20687 of 21018, 0.9843).
        // With the seventy-sixth set joined after round 63: P 0.979 (20900 of 21357, 0.9786), R 0.984 (20900
        // of 21234, 0.9843). With the seventy-seventh set joined after round 64: P 0.980 (21098 of 21539,
        // 0.9795), R 0.984 (21098 of 21450, 0.9836 — the recall floor follows that set's Kazakh joint plurals,
        // «Президенттер», «мемлекет басшылары», read in three alphabets, which round 56's majority reading leaves out).
        #expect(s.precision() >= 0.977 && s.recall() >= 0.983, "\(Self.report("kazakh latin", s))")
    }

    /// The fresh set (the seventy-eighth, all from stored pages: Russian news of the south and west,
    /// `ru-fq`; Russian opinion and analysis, `ru-fr`; Kazakh news of the Government, `kk-fq`; Kazakh
    /// elections and parties, `kk-fr`) in every writing variant: annotated by hand and committed before
    /// the finder was first run on it, and never tuned on. The floors sit just under that first run, after
    /// round 64 (P 0.946 / R 0.917 Russian, P 0.969 / R 0.838 Kazakh, P 0.952 / R 0.895 both and with
    /// either look-alike script, P 0.969 / R 0.838 in the Latin alphabets, transliterated).
    /// Fixing its errors makes it development data.
    @Test(.enabled(if: EvaluationTests.hasFresh, "no Evaluation/fresh/ folder"))
    func freshNews() {
        let cyrillic = Self.fresh.filter { !$0.name.hasPrefix("kl-") }
        // (title, documents, floors: precision, recall)
        let sets: [(String, [Document], (Double, Double)?)] = [
            ("Fresh, Russian plain", cyrillic.filter { $0.name.hasPrefix("ru-") }, (0.945, 0.916)),
            ("Fresh, Kazakh plain", cyrillic.filter { $0.name.hasPrefix("kk-") }, (0.968, 0.837)),
            ("Fresh, Kazakh and Russian plain", cyrillic, (0.951, 0.894)),
            ("Fresh, Latin look-alikes", cyrillic.map { Self.substituted($0, Self.latinLookAlikes, suffix: "/latin-look-alikes") }, (0.951, 0.894)),
            ("Fresh, Greek look-alikes", cyrillic.map { Self.substituted($0, Self.greekLookAlikes, suffix: "/greek-look-alikes") }, (0.951, 0.894)),
            ("Fresh, Kazakh in Latin", Self.inLatinAlphabets(Self.fresh), (0.968, 0.837)),
        ]
        #expect(cyrillic.contains { !$0.expected.isEmpty })
        for (title, documents, floors) in sets {
            let s = Self.score(documents)
            print(Self.report(title, s))
            if let floors {
                #expect(s.precision() >= floors.0 && s.recall() >= floors.1, "\(Self.report(title, s))")
            }
        }
    }
}
