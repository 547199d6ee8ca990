import CLibXML2
import Foundation
import MediaModel
import MediaText

/// Reads XML article sources with libxml2's streaming reader: RSS 2.0 (and 1.0) and Atom feeds
/// (one article per entry), NewsML-G2 news items and NITF articles.
///
/// A file that declares its encoding (`<?xml … encoding="windows-1251"?>`) is decoded by
/// libxml2 (iconv); one that declares none and is not UTF-8 is decoded by the text layer first.
struct FeedReader {
    let file: String

    func read(_ data: Data) throws -> [ArticleDraft] {
        if data.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            throw InputError(file: file, line: 1, "the file is empty: no feed or news item in it")
        }
        let xml = try Self.stream(data, file: file)
        var drafts: [ArticleDraft] = []
        var path: [String] = []
        var format: Format?
        var current: Entry?
        var attributes: [String: String] = [:]

        while try xml.next() {
            switch xml.node {
            case .element:
                let name = xml.localName
                if format == nil {
                    format = try Format(root: name, file: file, line: xml.line)
                    if format == .fragment { current = Entry(line: xml.line) }
                }
                attributes = [:]
                xml.forEachAttribute { n, v in attributes[String(cString: n)] = String(cString: v) }
                if format!.isEntry(name, path: path) { current = Entry(line: xml.line) }
                current?.open(name, attributes: attributes, path: path)
                if !xml.isEmptyElement { path.append(name) } else { current?.close(name, path: path) }
            case .text, .cdata, .significantWhitespace:
                current?.text(xml.value, path: path)
            case .endElement:
                let name = path.popLast() ?? ""
                current?.close(name, path: path)
                if let entry = current, format!.isEntry(name, path: path) {
                    drafts.append(entry.draft(format: format!))
                    current = nil
                }
            default: break
            }
        }
        guard let format else { throw InputError(file: file, line: 1, "the file holds no XML element") }
        if format == .fragment, let entry = current { drafts.append(entry.draft(format: format)) }
        if drafts.isEmpty { throw InputError(file: file, line: 1, "the \(format.name) holds no entries") }
        return drafts
    }

    /// Opens the bytes for streaming, deciding who decodes them.
    static func stream(_ data: Data, file: String) throws -> XMLStream {
        let head = ArticleReader.asciiHead(data, 200)
        let declares = head.hasPrefix("<?xml") && head.prefix(while: { $0 != ">" }).contains("encoding")
        let utf16 = data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF])
        let isUTF8 = String(validating: data, as: UTF8.self) != nil
        // Bytes that are UTF-8 win over a declared code page: reading them as windows-1251 is mojibake.
        if declares, isUTF8, XMLStream.encodingChoice(head: data.prefix(256 * 1024)).ignoringDeclaration {
            return try XMLStream(data: data, file: file, encoding: "UTF-8", ignoringDeclaration: true)
        }
        if declares || utf16 || isUTF8 {
            return try XMLStream(data: data, file: file)
        }
        let decoded: DecodedText
        do { decoded = try TextDecoder().decode(data) } catch {
            throw InputError(file: file, line: 1, "\(error.message); expected XML")
        }
        return try XMLStream(data: Data(decoded.text.utf8), file: file, encoding: "UTF-8")
    }

    enum Format: Equatable {
        case rss, atom, newsML, fragment

        init(root: String, file: String, line: Int) throws {
            switch root {
            case "rss", "RDF": self = .rss
            case "feed": self = .atom
            case "newsItem", "newsMessage", "packageItem": self = .newsML
            case "contentSet", "nitf", "inlineXML": self = .fragment
            default:
                throw InputError(file: file, line: line, "unknown XML document <\(root)>: expected an RSS or Atom feed or a NewsML-G2 news item")
            }
        }

        var name: String {
            switch self { case .rss: "RSS feed"; case .atom: "Atom feed"; case .newsML, .fragment: "NewsML-G2 document" }
        }

        func isEntry(_ name: String, path: [String]) -> Bool {
            switch self {
            case .rss: name == "item"
            case .atom: name == "entry"
            case .newsML: name == "newsItem"
            case .fragment: false
            }
        }
    }

    /// One entry being read: the fields the formats share.
    struct Entry {
        var line: Int
        var title = "", summary = "", content = "", body = "", link: String?, date = "", updated = ""
        var author = "", category: String?, itemClass: String?, nitfTitle = ""

        init(line: Int) { self.line = line }

        mutating func open(_ name: String, attributes: [String: String], path: [String]) {
            switch name {
            case "link" where attributes["href"] != nil:
                if link == nil || attributes["rel"] == "alternate" { link = attributes["href"] }
            case "category" where attributes["term"] != nil: category = category ?? attributes["term"]
            case "itemClass": itemClass = attributes["qcode"]
            default: break
            }
        }

        mutating func close(_ name: String, path: [String]) {
            // Paragraphs of inline bodies stay apart.
            guard ["p", "hl2", "li", "h1", "h2", "h3", "div", "br"].contains(name) else { return }
            if path.contains("inlineXML") || path.contains("body.content") {
                body += "\n\n"
            } else if path.contains("content") || path.contains("encoded") {
                content += "\n\n"
            }
        }

        mutating func text(_ value: String, path: [String]) {
            guard let leaf = path.last else { return }
            let parent = path.count >= 2 ? path[path.count - 2] : ""
            if path.contains("inlineXML") || path.contains("inlineData") {
                if path.contains("hedline") { nitfTitle += value; return }
                if path.contains("byline") { author += value; return }
                if path.contains("body.head") && !path.contains("abstract") { return }
                body += value
                return
            }
            // Markup nested in a content element (Atom type="xhtml") belongs to that content.
            if let i = path.lastIndex(where: { $0 == "content" || $0 == "encoded" || $0 == "summary" }), i < path.count - 1 {
                if path[i] == "summary" { summary += value } else { content += value }
                return
            }
            switch leaf {
            case "title" where parent != "image" && parent != "channel" && parent != "feed" && parent != "source": title += value
            case "headline": title += value
            case "description", "summary": summary += value
            case "encoded", "content": content += value
            case "link" where !value.trimmingCharacters(in: .whitespaces).isEmpty: link = link ?? value.trimmingCharacters(in: .whitespacesAndNewlines)
            case "pubDate", "published", "date", "contentCreated", "issued": if date.isEmpty { date += value }
            case "updated", "modified", "firstCreated", "versionCreated": if updated.isEmpty { updated += value }
            case "author", "creator": author += value
            case "name" where parent == "author" || parent == "creator": author += value
            case "category": category = category ?? value.collapsingWhitespace
            default: break
            }
        }

        func draft(format: Format) -> ArticleDraft {
            var draft = ArticleDraft(line: line)
            let heading = (title.isEmpty ? nitfTitle : title).collapsingWhitespace
            draft.title = heading.isEmpty ? nil : heading
            let dateText = (date.isEmpty ? updated : date).trimmingCharacters(in: .whitespacesAndNewlines)
            draft.dateText = dateText.isEmpty ? nil : dateText
            let byline = author.collapsingWhitespace
            draft.author = byline.isEmpty ? nil : byline
            draft.section = category
            draft.url = link?.trimmingCharacters(in: .whitespacesAndNewlines)
            if let itemClass, !itemClass.hasSuffix(":text") {
                draft.text = ""   // a video or picture item: nothing to measure in characters
                draft.skipReason = "not a text item (\(itemClass))"
                return draft
            }
            let raw = !body.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? body : !content.isEmpty ? content : summary
            draft.text = raw.contains("<") || raw.contains("&") ? HTMLExtractor.plainText(fragment: raw) : Self.paragraphs(raw)
            return draft
        }

        static func paragraphs(_ text: String) -> String {
            text.components(separatedBy: "\n\n").map(\.collapsingWhitespace).filter { !$0.isEmpty }.joined(separator: "\n\n")
        }
    }
}

extension HTMLExtractor {
    /// The text of an HTML fragment (a feed entry's description), paragraphs kept apart.
    static func plainText(fragment: String) -> String {
        let html = "<html><body>" + fragment + "</body></html>"
        let data = Data(html.utf8)
        let doc: htmlDocPtr? = data.withUnsafeBytes { raw in
            htmlReadMemory(raw.baseAddress!.assumingMemoryBound(to: CChar.self), Int32(raw.count), nil, "UTF-8", options)
        }
        guard let doc else { return fragment.collapsingWhitespace }
        defer { xmlFreeDoc(doc) }
        guard let root = xmlDocGetRootElement(doc) else { return "" }
        var paragraphs: [String] = []
        var current = ""
        func visit(_ n: UnsafeMutablePointer<xmlNode>) {
            var child = n.pointee.children
            while let c = child {
                if c.pointee.type == XML_TEXT_NODE, let content = c.pointee.content {
                    current += String(cString: content)
                } else if c.pointee.type == XML_ELEMENT_NODE, !["script", "style"].contains(name(c)) {
                    let block = blocks.contains(name(c))
                    if block { paragraphs.append(current.collapsingWhitespace); current = "" }
                    visit(c)
                    if block { paragraphs.append(current.collapsingWhitespace); current = "" }
                }
                child = c.pointee.next
            }
        }
        visit(root)
        paragraphs.append(current.collapsingWhitespace)
        return paragraphs.filter { !$0.isEmpty }.joined(separator: "\n\n")
    }
}
