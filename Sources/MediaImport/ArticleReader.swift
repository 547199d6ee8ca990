import Foundation
import MediaModel
import MediaText

/// Reads articles — `.txt`, `.html`, RSS 2.0 / Atom feeds, NewsML-G2 items — as items.
///
/// An article's unit follows its outlet's medium: online → its length in characters; print →
/// cm², which only a `.txt` header (`area:` and `page:`) can give. Articles dated outside the
/// monitoring period, and entries without any text, are skipped and counted.
public struct ArticleReader: Sendable {
    public static let extensions: Set<String> = ["txt", "text", "html", "htm", "xhtml", "xml", "rss", "atom"]

    let codebook: Codebook
    /// The outlet for files that do not name one.
    let outlet: String?
    /// The date for entries that have none.
    let date: LocalDate?

    public init(codebook: Codebook, outlet: String? = nil, date: LocalDate? = nil) {
        self.codebook = codebook
        self.outlet = outlet
        self.date = date
    }

    /// The article files named, folders read recursively (only known extensions), in a stable order.
    public static func files(in paths: [String]) throws -> [String] {
        var files: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw InputError(file: path, "no such file or folder")
            }
            guard isDirectory.boolValue else { files.append(path); continue }
            let found = FileManager.default.enumerator(atPath: path)?.compactMap { $0 as? String } ?? []
            let matching = found.filter { extensions.contains(URL(fileURLWithPath: $0).pathExtension.lowercased()) }.sorted()
            if matching.isEmpty { throw InputError(file: path, "the folder holds no article files (\(extensions.sorted().joined(separator: ", ")))") }
            files += matching.map { (path as NSString).appendingPathComponent($0) }
        }
        return files
    }

    public func read(path: String, file: String? = nil) throws -> ArticleBatch {
        let name = file ?? path
        try checkReadable(path, file: name)
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw InputError(file: name, "cannot read the file: \(error.localizedDescription)")
        }
        return try read(data: data, file: name, extension: URL(fileURLWithPath: path).pathExtension.lowercased())
    }

    public func read(data: Data, file: String, extension ext: String) throws -> ArticleBatch {
        var batch = ArticleBatch(file: file)
        switch ext {
        case "html", "htm", "xhtml":
            try add(try page(data, file: file), to: &batch)
        case "xml", "rss", "atom":
            if let reason = TextFile.binaryReason(data) { throw InputError(file: file, line: 1, "not a text file (\(reason)); expected XML") }
            let head = String(decoding: data.prefix(2048), as: UTF8.self).lowercased()
            if head.contains("<html") && !head.contains("<rss") && !head.contains("<feed") {
                try add(try page(data, file: file), to: &batch)
            } else {
                for draft in try FeedReader(file: file).read(data) { try add(draft, to: &batch) }
            }
        case "txt", "text", "":
            try add(try textArticle(data, file: file), to: &batch)
        default:
            throw InputError(file: file, "unknown article format .\(ext) (use .txt, .html, .xml feeds or NewsML-G2 items)")
        }
        return batch
    }

    // MARK: - Formats

    static let headerKeys = ["outlet", "date", "title", "author", "page", "section", "area", "url", "language"]

    /// Plain text with an optional header of `key: value` lines ended by a blank line.
    func textArticle(_ data: Data, file: String) throws -> ArticleDraft {
        let decoded = try TextFile.decode(data, file: file, what: "article text")
        let lines = TextFile.lines(decoded.text.hasPrefix("\u{FEFF}") ? String(decoded.text.dropFirst()) : decoded.text)
        var draft = ArticleDraft(line: 1)
        var bodyStart = 0
        if let first = lines.first, Self.headerLine(first.text) != nil {
            var i = 0
            while i < lines.count {
                let line = lines[i]
                if line.text.trimmingCharacters(in: .whitespaces).isEmpty { i += 1; break }
                guard let (key, value) = Self.headerLine(line.text) else {
                    throw InputError(file: file, line: line.number, "a header line must be `key: value` (\(Self.headerKeys.joined(separator: ", "))), with a blank line before the text")
                }
                try draft.set(key, value, file: file, line: line.number)
                i += 1
            }
            bodyStart = i
        }
        let body = lines[bodyStart...].map { String($0.text) }.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
        draft.text = body
        draft.line = lines[safe: bodyStart]?.number ?? 1
        if draft.title == nil {
            draft.title = body.split(whereSeparator: \.isNewline).first.map { String($0.prefix(200)).collapsingWhitespace }
        }
        return draft
    }

    static func headerLine(_ line: Substring) -> (String, String)? {
        guard let colon = line.firstIndex(of: ":") else { return nil }
        let key = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
        guard !key.isEmpty, key.allSatisfy({ $0.isASCII && ($0.isLetter || $0 == "-") }) else { return nil }
        guard headerKeys.contains(key) else { return nil }
        return (key, line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces))
    }

    /// A web page: decoded with its declared charset (or detected), then its main text extracted.
    func page(_ data: Data, file: String) throws -> ArticleDraft {
        if data.isEmpty || data.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            throw InputError(file: file, line: 1, "the file is empty: no page in it")
        }
        if let reason = TextFile.binaryReason(data) { throw InputError(file: file, line: 1, "not a text file (\(reason)); expected an HTML page") }
        let text = try Self.decodeHTML(data, file: file)
        let page = try HTMLExtractor.extract(utf8: Data(text.utf8), file: file)
        var draft = ArticleDraft(line: 1)
        draft.title = page.title
        draft.dateText = page.date
        draft.author = page.byline
        draft.url = page.url
        draft.text = page.text
        return draft
    }

    /// The page's text: its `<meta charset>` if it names one we know, else what the text layer detects.
    static func decodeHTML(_ data: Data, file: String) throws -> String {
        let head = asciiHead(data, 4096).lowercased()
        if let range = head.range(of: "charset=") {
            let name = head[range.upperBound...].drop { $0 == "\"" || $0 == "'" || $0 == " " }
                .prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
            if let encoding = TextEncoding(name: String(name)), let decoded = try? TextDecoder().decode(data, as: encoding) {
                return decoded.text
            }
        }
        do { return try TextDecoder().decode(data).text } catch {
            throw InputError(file: file, line: 1, "\(error.message); expected an HTML page")
        }
    }

    /// The first bytes of a file as ASCII (other bytes as spaces), for sniffing declarations.
    static func asciiHead(_ data: Data, _ count: Int) -> String {
        data.prefix(count).withUnsafeBytes { raw in
            String(decoding: raw.map { $0 < 0x80 ? $0 : 0x20 }, as: UTF8.self)
        }
    }

    // MARK: - Drafts to items

    func add(_ draft: ArticleDraft, to batch: inout ArticleBatch) throws {
        let file = batch.file
        guard let outletID = draft.outlet ?? outlet else {
            throw InputError(file: file, line: draft.line, field: "outlet", mayBeGiven: true, "no outlet: give an `outlet:` header")
        }
        guard let outlet = codebook.outlet(outletID) else {
            throw codebook.unknown(.outlet, outletID, file: file, line: draft.line)
        }
        let clock = LocalClock(codebook: codebook)
        var day = draft.date
        if day == nil, let text = draft.dateText {
            guard let instant = Timestamps.articleDate(text, clock: clock) ?? Self.writtenDate(text, clock: clock) else {
                throw InputError(file: file, line: draft.line, field: "date", "\"\(text)\" is not a date this reader knows (ISO 8601, RFC 822, DD.MM.YYYY, 5 января 2012)")
            }
            day = clock.localDate(instant)
        }
        guard let day = day ?? date else {
            throw InputError(file: file, line: draft.line, field: "date", mayBeGiven: true,
                             "the article has no date (pubDate, published, a date header or meta tag)")
        }
        guard codebook.period.contains(day) else {
            batch.notes.skip("dated outside the monitoring period \(codebook.period)")
            return
        }
        let text = draft.text.trimmingEnds
        guard !text.isEmpty else {
            batch.notes.skip(draft.skipReason ?? "no article text (headline or metadata only)")
            return
        }
        let placement: Placement
        switch outlet.medium {
        case .online:
            placement = .online(characters: text.count, url: draft.url)
        case .print:
            guard let area = draft.area, let page = draft.page else {
                throw InputError(file: file, line: draft.line, field: draft.area == nil ? "area" : "page",
                                 "\(outlet.id) is a print outlet: its items are measured in cm², so a .txt with `page:` and `area:` headers is needed; web pages and feeds belong to an online outlet (\(codebook.outlets.filter { $0.medium == .online }.map(\.id).joined(separator: ", ")))")
            }
            placement = .print(page: page, area: area)
        case .tv, .radio:
            throw InputError(file: file, line: draft.line, field: "outlet",
                             "\(outlet.id) is \(outlet.medium.rawValue): articles belong to online or print outlets")
        }
        let title = (draft.title ?? "").collapsingWhitespace
        batch.articles.append(NewSegment(outlet: outlet.id, date: day, placement: placement, title: title.isEmpty ? "(untitled)" : title,
                                         language: draft.language ?? Self.language(of: text), text: text))
        batch.info.append(ArticleInfo(line: draft.line, author: draft.author, section: draft.section))
    }

    /// Kazakh when its letters appear, else Russian for Cyrillic text, else English for Latin.
    static func language(of text: String) -> LanguageCode? {
        var cyrillic = 0, kazakh = 0, latin = 0
        for scalar in text.unicodeScalars.prefix(5000) {
            switch scalar.value {
            case 0x04D8, 0x04D9, 0x0492, 0x0493, 0x049A, 0x049B, 0x04A2, 0x04A3, 0x04E8, 0x04E9, 0x04B0, 0x04B1, 0x04AE, 0x04AF, 0x04BA, 0x04BB, 0x0406, 0x0456:
                kazakh += 1; cyrillic += 1
            case 0x0400...0x04FF: cyrillic += 1
            case 0x41...0x5A, 0x61...0x7A: latin += 1
            default: break
            }
        }
        if cyrillic > latin { return kazakh * 100 >= cyrillic ? .kk : .ru }
        return latin > 0 ? .en : nil
    }

    /// Dates written out in Russian or Kazakh: `15 августа 2016, 13:43`, `2012 жылғы 5 қаңтар`.
    static func writtenDate(_ text: String, clock: LocalClock) -> Int? {
        let months: [[String]] = [["январ", "қаңтар"], ["феврал", "ақпан"], ["март", "наурыз"], ["апрел", "сәуір"], ["ма", "мамыр"],
                                  ["июн", "маусым"], ["июл", "шілде"], ["август", "тамыз"], ["сентябр", "қыркүйек"],
                                  ["октябр", "қазан"], ["ноябр", "қараша"], ["декабр", "желтоқсан"]]
        let words = text.lowercased().split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\u{A0}" }).map(String.init)
        var day: Int?, month: Int?, year: Int?, time: TimeOfDay?
        for word in words {
            if let n = Int(word) {
                if n >= 1000 { year = n } else if n >= 1 && n <= 31 && day == nil { day = n }
            } else if word.contains(":"), let t = TimeOfDay(word), t.seconds < 86_400 {
                time = t
            } else if month == nil, let m = months.firstIndex(where: { forms in
                forms.contains { form in form == "ма" ? (word == "мая" || word == "май") : word.hasPrefix(form) }
            }) {
                month = m + 1
            }
        }
        guard let day, let month, let year, let date = LocalDate(year: year, month: month, day: day) else { return nil }
        return clock.utc(date, time?.seconds ?? 0)
    }
}

/// An article as a format reads it, before the codebook decides its outlet, date and unit.
struct ArticleDraft {
    var line: Int?
    var outlet: String?
    var date: LocalDate?
    var dateText: String?
    var title: String?
    var author: String?
    var section: String?
    var page: Int?
    var area: Double?
    var url: String?
    var language: LanguageCode?
    var text = ""
    /// Why an entry without text is left out, when the format says more than "no text".
    var skipReason: String?

    init(line: Int?) { self.line = line }

    mutating func set(_ key: String, _ value: String, file: String, line: Int) throws {
        guard !value.isEmpty else { return }
        switch key {
        case "outlet": outlet = value
        case "date":
            if let d = LocalDate(value) { date = d } else { dateText = value }
        case "title": title = value
        case "author": author = value
        case "section": section = value
        case "url": url = value
        case "page":
            guard let p = Int(value), p > 0 else { throw InputError(file: file, line: line, field: "page", "\"\(value)\" is not a page number") }
            page = p
        case "area":
            guard let a = Double(value.replacingOccurrences(of: ",", with: ".")), a.isFinite, a > 0 else {
                throw InputError(file: file, line: line, field: "area", "\"\(value)\" is not an area in cm²")
            }
            area = a
        case "language":
            guard let l = LanguageCode(validating: value.lowercased()) else {
                throw InputError(file: file, line: line, field: "language", "\"\(value)\" is not a language code (ISO 639, like kk, ru or fr)")
            }
            language = l
        default: break
        }
    }
}

extension String {
    /// Whitespace and newlines trimmed at both ends, without Foundation's slow path.
    var trimmingEnds: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        return String(scalars[first...last])
    }
}
