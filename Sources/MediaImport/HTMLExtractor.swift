import CLibXML2
import Foundation
import MediaModel

/// The main text of a web page, found with libxml2's HTML parser: scripts, styles, navigation,
/// headers, footers, comments and sidebars are dropped, the block with the most paragraph text
/// is kept, and the page's title, date and byline are read when it has them.
struct HTMLExtractor {
    struct Page {
        var title: String?
        var date: String?
        var byline: String?
        var url: String?
        var text: String
    }

    static let options = Int32(HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue
                               | HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOBLANKS.rawValue | HTML_PARSE_IGNORE_ENC.rawValue
                               | HTML_PARSE_COMPACT.rawValue)

    /// Elements that never hold article text. (Not `form`: ASP.NET pages wrap the whole page in one.)
    static let dropped: Set<String> = ["script", "style", "noscript", "nav", "header", "footer", "aside", "iframe",
                                       "button", "select", "svg", "template", "menu", "object", "embed", "head", "input", "label"]
    /// Words in a class or id that mark boilerplate blocks.
    static let boilerplate = ["nav", "menu", "footer", "comment", "sidebar", "share", "social", "breadcrumb", "banner",
                              "advert", "promo", "related", "subscribe", "cookie", "popup", "widget", "read-also", "readalso",
                              "tags", "rating", "login", "toolbar", "feed", "slider", "bottom-info", "copyright", "counter"]
    static let blocks: Set<String> = ["p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "td", "section",
                                      "article", "br", "tr", "ul", "ol", "table", "dd", "dt", "figcaption"]

    /// Parses UTF-8 HTML; `file` is used in messages.
    static func extract(utf8 html: Data, file: String) throws -> Page {
        let doc: htmlDocPtr? = html.withUnsafeBytes { raw in
            htmlReadMemory(raw.baseAddress!.assumingMemoryBound(to: CChar.self), Int32(raw.count), nil, "UTF-8", options)
        }
        guard let doc else { throw InputError(file: file, line: 1, "not an HTML page: libxml2 could not parse it") }
        defer { xmlFreeDoc(doc) }
        guard let root = xmlDocGetRootElement(doc) else { throw InputError(file: file, line: 1, "the page has no content") }
        var page = Page(text: "")
        readMetadata(root, into: &page)

        // Score containers by the paragraph text under them; an <article> or articleBody wins outright.
        var scores: [UnsafeMutablePointer<xmlNode>: Double] = [:]
        var marked: UnsafeMutablePointer<xmlNode>?
        walk(root) { node in
            let name = Self.name(node)
            if dropped.contains(name) || isBoilerplate(node) { return false }
            if marked == nil, attribute(node, "itemprop") == "articleBody" { marked = node }
            if name == "p" || name == "pre" || name == "blockquote" {
                let (bytes, linked) = textBytes(node)
                // About 25 characters (Cyrillic letters take two bytes), mostly not links.
                guard bytes >= 40, linked * 2 < bytes else { return true }
                let length = Double(bytes)
                if let parent = node.pointee.parent {
                    scores[parent, default: 0] += length
                    if let grand = parent.pointee.parent { scores[grand, default: 0] += length / 2 }
                }
            } else if name == "div" || name == "td" || name == "section" || name == "body" {
                // Text written straight into a div, without paragraphs, counts too.
                let own = ownText(node)
                if own.utf8.count >= 160 { scores[node, default: 0] += Double(own.utf8.count) }
            }
            return true
        }
        guard let best = marked ?? scores.max(by: { $0.value < $1.value })?.key else {
            throw InputError(file: file, line: 1, "no article text found: the page is navigation and boilerplate only")
        }
        var paragraphs: [String] = []
        // A lead paragraph standing just before the text block (class intro, lead…) belongs to it.
        var sibling = best.pointee.prev
        var leads: [String] = []
        while let s = sibling {
            if s.pointee.type == XML_ELEMENT_NODE {
                let cls = (attribute(s, "class") ?? "").lowercased()
                if ["intro", "lead", "summary", "standfirst", "subtitle"].contains(where: cls.contains) {
                    let t = text(of: s).collapsingWhitespace
                    if !t.isEmpty { leads.insert(t, at: 0) }
                }
            }
            sibling = s.pointee.prev
        }
        paragraphs += leads
        collect(best, into: &paragraphs)
        page.text = paragraphs.filter { !$0.isEmpty }.joined(separator: "\n\n")
        // Too little text, or a short text lost among menus and links: not an article page.
        let characters = page.text.count
        let share = Double(page.text.utf8.count) / Double(max(textBytes(root).total, 1))
        if characters < 80 || (characters < 400 && share < 0.25) {
            throw InputError(file: file, line: 1,
                             "no article text found: the page is mostly navigation and boilerplate (\(characters) characters of text outside it, \(Int(share * 100))% of the page)")
        }
        return page
    }

    /// Appends the text of each block under `node`, skipping boilerplate and link lists.
    private static func collect(_ node: UnsafeMutablePointer<xmlNode>, into paragraphs: inout [String]) {
        var current = ""
        func flush() {
            let t = current.collapsingWhitespace
            if !t.isEmpty { paragraphs.append(t) }
            current = ""
        }
        func visit(_ n: UnsafeMutablePointer<xmlNode>) {
            var child = n.pointee.children
            while let c = child {
                defer { child = c.pointee.next }
                switch c.pointee.type {
                case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                    if let content = c.pointee.content { current += String(cString: content) }
                case XML_ELEMENT_NODE:
                    let name = Self.name(c)
                    if dropped.contains(name) || isBoilerplate(c) { continue }
                    let block = blocks.contains(name)
                    if block { flush() }
                    if block, name != "br" {
                        let (bytes, linked) = textBytes(c)
                        if linked * 10 > bytes * 6, bytes < 600 { continue }
                    }
                    visit(c)
                    if block { flush() }
                default: continue
                }
            }
        }
        visit(node)
        flush()
    }

    private static func readMetadata(_ root: UnsafeMutablePointer<xmlNode>, into page: inout Page) {
        var h1: String?, titleTag: String?, timeTag: String?, dateClass: String?, authorClass: String?
        walk(root) { node in
            let name = Self.name(node)
            switch name {
            case "script", "style", "noscript": return false
            case "meta":
                let key = (attribute(node, "property") ?? attribute(node, "name") ?? attribute(node, "itemprop") ?? "").lowercased()
                guard let content = attribute(node, "content")?.collapsingWhitespace, !content.isEmpty else { return false }
                switch key {
                case "og:title": page.title = page.title ?? content
                case "article:published_time", "datepublished", "date", "pubdate", "publishdate", "dc.date", "dc.date.issued", "og:published_time":
                    page.date = page.date ?? content
                case "author", "article:author", "dc.creator": if !content.hasPrefix("http") { page.byline = page.byline ?? content }
                case "og:url": page.url = page.url ?? content
                default: break
                }
                return false
            case "link":
                if attribute(node, "rel") == "canonical", let href = attribute(node, "href") { page.url = page.url ?? href }
                return false
            case "title": titleTag = titleTag ?? text(of: node).collapsingWhitespace
            case "h1": if !isBoilerplate(node) { h1 = h1 ?? text(of: node).collapsingWhitespace }
            case "time": timeTag = timeTag ?? attribute(node, "datetime") ?? text(of: node).collapsingWhitespace
            default:
                if ["svg", "template", "iframe"].contains(name) { return false }
                if attribute(node, "itemprop") == "datePublished" {
                    timeTag = timeTag ?? attribute(node, "datetime") ?? attribute(node, "content") ?? text(of: node).collapsingWhitespace
                }
                let cls = (attribute(node, "class") ?? "").lowercased()
                if !cls.isEmpty, !isBoilerplate(node) {
                    if dateClass == nil, cls.split(separator: " ").contains(where: { $0 == "date" || $0 == "article-date" || $0 == "pubdate" || $0 == "published" }) {
                        dateClass = text(of: node).collapsingWhitespace
                    }
                    if authorClass == nil, cls.split(separator: " ").contains(where: { $0 == "byline" || $0 == "author-name" || $0 == "article-author" }) {
                        let t = text(of: node).collapsingWhitespace
                        if !t.isEmpty && t.count < 120 { authorClass = t }
                    }
                }
            }
            return true
        }
        page.title = page.title ?? h1 ?? titleTag
        page.date = page.date ?? timeTag ?? dateClass
        page.byline = page.byline ?? authorClass
    }

    // MARK: - Tree helpers

    /// Visits elements depth first; `visit` returns false to skip an element's children.
    static func walk(_ node: UnsafeMutablePointer<xmlNode>, _ visit: (UnsafeMutablePointer<xmlNode>) -> Bool) {
        var stack: [UnsafeMutablePointer<xmlNode>] = [node]
        while let n = stack.popLast() {
            guard n.pointee.type == XML_ELEMENT_NODE, visit(n) else { continue }
            var children: [UnsafeMutablePointer<xmlNode>] = []
            var child = n.pointee.children
            while let c = child { children.append(c); child = c.pointee.next }
            stack.append(contentsOf: children.reversed())
        }
    }

    static func name(_ node: UnsafeMutablePointer<xmlNode>) -> String {
        node.pointee.name.map { String(cString: $0).lowercased() } ?? ""
    }

    static func attribute(_ node: UnsafeMutablePointer<xmlNode>, _ name: String) -> String? {
        guard let raw = xmlGetProp(node, name) else { return nil }
        defer { free(raw) }
        return String(cString: raw)
    }

    static func isBoilerplate(_ node: UnsafeMutablePointer<xmlNode>) -> Bool {
        let marks = ((attribute(node, "class") ?? "") + " " + (attribute(node, "id") ?? "")).lowercased()
        guard marks.count > 1 else { return false }
        if marks.contains("article") && !marks.contains("read-also") && !marks.contains("related") { return false }
        return boilerplate.contains { marks.contains($0) }
    }

    /// All text under a node (scripts and styles excluded).
    static func text(of node: UnsafeMutablePointer<xmlNode>) -> String {
        var out = ""
        func visit(_ n: UnsafeMutablePointer<xmlNode>) {
            var child = n.pointee.children
            while let c = child {
                if c.pointee.type == XML_TEXT_NODE || c.pointee.type == XML_CDATA_SECTION_NODE, let content = c.pointee.content {
                    out += String(cString: content)
                } else if c.pointee.type == XML_ELEMENT_NODE, !["script", "style"].contains(name(c)) {
                    visit(c)
                    if blocks.contains(name(c)) { out += " " }
                }
                child = c.pointee.next
            }
        }
        visit(node)
        return out
    }

    /// Text directly inside a node, not in child elements.
    static func ownText(_ node: UnsafeMutablePointer<xmlNode>) -> String {
        var out = ""
        var child = node.pointee.children
        while let c = child {
            if c.pointee.type == XML_TEXT_NODE, let content = c.pointee.content { out += String(cString: content) }
            child = c.pointee.next
        }
        return out.collapsingWhitespace
    }

    /// UTF-8 bytes of text under a node, and how many of them sit inside links: a high share
    /// marks menus and link lists. Counted on the tree without making Strings.
    static func textBytes(_ node: UnsafeMutablePointer<xmlNode>) -> (total: Int, linked: Int) {
        var total = 0, linked = 0
        func visit(_ n: UnsafeMutablePointer<xmlNode>, inLink: Bool) {
            var child = n.pointee.children
            while let c = child {
                if c.pointee.type == XML_TEXT_NODE, let content = c.pointee.content {
                    var length = 0
                    var p = content
                    while p.pointee != 0 {
                        if !UTF8Text.isSpace(p.pointee) { length += 1 }
                        p += 1
                    }
                    total += length
                    if inLink { linked += length }
                } else if c.pointee.type == XML_ELEMENT_NODE, let name = c.pointee.name {
                    let isLink = name[0] == 97 && name[1] == 0   // "a"
                    let skip = XMLStream.equal(name, "script") || XMLStream.equal(name, "style") || XMLStream.equal(name, "noscript")
                    if !skip { visit(c, inLink: inLink || isLink) }
                }
                child = c.pointee.next
            }
        }
        visit(node, inLink: false)
        return (total, linked)
    }
}
