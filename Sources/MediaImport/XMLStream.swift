import CLibXML2
import Foundation
import MediaModel
import MediaText

/// A forward-only walk over an XML document with libxml2's streaming reader (`xmlTextReader`):
/// memory stays constant whatever the file's size.
///
/// Never loads external entities, DTDs or anything from the network. The first well-formedness
/// error stops the walk and is thrown as `file:line:column: message`.
final class XMLStream {
    enum Node: Int32 {
        case element = 1, text = 3, cdata = 4, significantWhitespace = 14, endElement = 15, other = 0
    }

    let file: String
    private let reader: xmlTextReaderPtr
    private var buffer: UnsafeMutableRawBufferPointer?
    private let errors = ErrorBox()
    private(set) var fileSize: Int64 = 0

    static let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
                               | XML_PARSE_COMPACT.rawValue | XML_PARSE_BIG_LINES.rawValue | XML_PARSE_NOCDATA.rawValue)

    /// Streams a file from disk, in the encoding the document declares (UTF-8 if none) unless
    /// `encoding` (an iconv name) overrides it.
    init(path: String, file: String, encoding: String? = nil, ignoringDeclaration: Bool = false) throws {
        self.file = file
        let options = Self.options | (ignoringDeclaration ? Int32(XML_PARSE_IGNORE_ENC.rawValue) : 0)
        guard let reader = xmlReaderForFile(path, encoding, options) else {
            throw InputError(file: file, "cannot open the file")
        }
        self.reader = reader
        fileSize = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int64) ?? 0
        install()
    }

    /// Reads a document held in memory; `encoding` (an IANA name) overrides its declaration.
    init(data: Data, file: String, encoding: String? = nil, ignoringDeclaration: Bool = false) throws {
        self.file = file
        let copy = UnsafeMutableRawBufferPointer.allocate(byteCount: max(data.count, 1), alignment: 1)
        _ = data.copyBytes(to: copy.bindMemory(to: UInt8.self))
        buffer = copy
        let pointer = copy.baseAddress!.assumingMemoryBound(to: CChar.self)
        let options = Self.options | (ignoringDeclaration ? Int32(XML_PARSE_IGNORE_ENC.rawValue) : 0)
        guard let reader = xmlReaderForMemory(pointer, Int32(data.count), nil, encoding, options) else {
            copy.deallocate()
            throw InputError(file: file, "cannot read the document")
        }
        self.reader = reader
        fileSize = Int64(data.count)
        install()
    }

    /// How to read a document whose bytes may not be in the encoding it declares.
    struct EncodingChoice: Equatable {
        /// The encoding to impose on libxml2 (nil: the declaration's, else UTF-8).
        var encoding: String?
        /// Whether the declaration must be ignored because the bytes say otherwise.
        var ignoringDeclaration = false
        /// Said to the user when the declaration was overruled.
        var warning: String?
    }

    /// Trusts what decodes cleanly: a file declared as a single-byte code page whose bytes are
    /// valid UTF-8 (with letters beyond ASCII) is read as UTF-8, and a file declared UTF-8 (or
    /// undeclared) whose bytes are not is read in the code page the text layer detects
    /// (windows-1251, KOI8-R, RK1048…); either way the caller warns. Reads the first 256 KB.
    static func encodingChoice(path: String) -> EncodingChoice {
        guard let handle = FileHandle(forReadingAtPath: path) else { return EncodingChoice() }
        defer { try? handle.close() }
        guard let head = try? handle.read(upToCount: 256 * 1024) else { return EncodingChoice() }
        return encodingChoice(head: head)
    }

    static func encodingChoice(head original: Data) -> EncodingChoice {
        var head = original
        if head.isEmpty || head.starts(with: [0xEF, 0xBB, 0xBF]) || head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0xFE, 0xFF]) {
            return EncodingChoice()
        }
        let declared = declaredEncoding(head)
        // A prefix may end inside a character: drop up to three trailing bytes of a sequence.
        var trimmed = 0
        while trimmed < 3, let last = head.last, last >= 0x80 { head.removeLast(); trimmed += 1 }
        let isUTF8 = String(validating: head, as: UTF8.self) != nil
        let hasNonASCII = head.contains { $0 >= 0x80 }
        let declaresUTF8 = declared.map { ["utf-8", "utf8"].contains($0.lowercased()) } ?? true
        if isUTF8 {
            guard let declared, !declaresUTF8, hasNonASCII, !declared.lowercased().hasPrefix("utf-16") else { return EncodingChoice() }
            return EncodingChoice(encoding: "UTF-8", ignoringDeclaration: true,
                                  warning: "the file declares \(declared) but its bytes are UTF-8: read as UTF-8")
        }
        guard declaresUTF8, let detected = try? TextDecoder().decode(head), detected.encoding != .utf8 else { return EncodingChoice() }
        return EncodingChoice(encoding: detected.encoding.rawValue, ignoringDeclaration: declared != nil,
                              warning: declared.map { "the file declares \($0) but its bytes are not: read as \(detected.encoding.rawValue)" })
    }

    /// The `encoding="…"` of the XML declaration at the start of `head`, if any.
    static func declaredEncoding(_ head: Data) -> String? {
        let ascii = String(decoding: head.prefix(200).map { $0 < 0x80 ? $0 : 0x20 }, as: UTF8.self)
        guard ascii.hasPrefix("<?xml") else { return nil }
        let declaration = ascii.prefix(while: { $0 != ">" })
        guard let key = declaration.range(of: "encoding") else { return nil }
        let rest = declaration[key.upperBound...].drop { $0 == " " || $0 == "=" }
        guard let quote = rest.first, quote == "\"" || quote == "'" else { return nil }
        let name = rest.dropFirst().prefix { $0 != quote }
        return name.isEmpty ? nil : String(name)
    }

    deinit {
        xmlFreeTextReader(reader)
        buffer?.deallocate()
    }

    private func install() {
        let handler: xmlStructuredErrorFunc = { context, error in
            guard let context, let error else { return }
            let box = Unmanaged<ErrorBox>.fromOpaque(context).takeUnretainedValue()
            box.record(error.pointee)
        }
        xmlTextReaderSetStructuredErrorHandler(reader, handler, Unmanaged.passUnretained(errors).toOpaque())
    }

    /// Moves to the next node; false at the end of the document.
    func next() throws -> Bool {
        let result = xmlTextReaderRead(reader)
        if result == 1 { return true }
        if result == 0, errors.first == nil { return false }
        throw errors.first.map { $0.inFile(file) }
            ?? InputError(file: file, line: parserLine, column: parserColumn, "the XML is malformed")
    }

    var node: Node { Node(rawValue: xmlTextReaderNodeType(reader)) ?? .other }
    var depth: Int { Int(xmlTextReaderDepth(reader)) }
    var isEmptyElement: Bool { xmlTextReaderIsEmptyElement(reader) == 1 }

    /// The current node's local name, compared without allocating.
    func nameIs(_ name: StaticString) -> Bool {
        guard let local = xmlTextReaderConstLocalName(reader) else { return false }
        return Self.equal(local, name)
    }

    var localName: String {
        xmlTextReaderConstLocalName(reader).map { String(cString: $0) } ?? ""
    }

    /// The text of a text or CDATA node.
    var value: String {
        xmlTextReaderConstValue(reader).map { String(cString: $0) } ?? ""
    }

    /// The bytes of the current node's value, without copying.
    var valuePointer: UnsafePointer<xmlChar>? { xmlTextReaderConstValue(reader) }

    /// Calls `body` with each attribute's local name and value pointer, then returns to the element.
    func forEachAttribute(_ body: (UnsafePointer<xmlChar>, UnsafePointer<xmlChar>) -> Void) {
        while xmlTextReaderMoveToNextAttribute(reader) == 1 {
            if let name = xmlTextReaderConstLocalName(reader), let value = xmlTextReaderConstValue(reader) {
                body(name, value)
            }
        }
        xmlTextReaderMoveToElement(reader)
    }

    /// Appends the UTF-8 text of the element the reader is on (descendants included) to `buffer`,
    /// without making Strings; leaves the reader on the element's end.
    func elementBytes(into buffer: inout [UInt8]) throws {
        if isEmptyElement { return }
        let start = depth
        while try next() {
            switch node {
            case .text, .cdata, .significantWhitespace:
                if let p = valuePointer { buffer.append(contentsOf: UnsafeBufferPointer(start: p, count: strlen(p))) }
            case .endElement where depth == start: return
            default: break
            }
        }
    }

    /// The line of the current node in its file.
    var line: Int {
        guard let current = xmlTextReaderCurrentNode(reader) else { return parserLine }
        let line = Int(xmlGetLineNo(current))
        return line > 0 ? line : parserLine
    }

    var parserLine: Int { Int(xmlTextReaderGetParserLineNumber(reader)) }
    var parserColumn: Int { Int(xmlTextReaderGetParserColumnNumber(reader)) }
    /// Bytes parsed so far, for progress.
    var bytesConsumed: Int64 { Int64(xmlTextReaderByteConsumed(reader)) }

    static func equal(_ a: UnsafePointer<xmlChar>, _ b: StaticString) -> Bool {
        let n = b.utf8CodeUnitCount
        let bytes = b.utf8Start
        for i in 0..<n where a[i] != bytes[i] { return false }
        return a[n] == 0
    }
}

/// The first error libxml2 reports, kept for the caller (the handler is a C callback).
private final class ErrorBox {
    var first: InputError?

    func record(_ error: xmlError) {
        guard first == nil, error.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
        var message = error.message.map { String(cString: $0) } ?? "malformed XML"
        message = message.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: "; ")
        if message.contains("not proper UTF-8") || message.contains("Document labelled UTF-16 but has UTF-8") {
            message += " (the file is not in the encoding it declares; without a declaration XML must be UTF-8:"
                + " add one such as <?xml version=\"1.0\" encoding=\"windows-1251\"?>)"
        }
        first = InputError(line: Int(error.line), column: error.int2 > 0 ? Int(error.int2) : nil,
                           "malformed XML: \(message)")
    }
}

/// Whitespace handling on UTF-8 bytes, for the hot paths of big imports.
enum UTF8Text {
    static func isSpace(_ b: UInt8) -> Bool { b == 32 || b == 9 || b == 10 || b == 13 || b == 12 }

    /// The bytes with ASCII whitespace trimmed at both ends.
    static func trimmed(_ bytes: [UInt8]) -> String {
        var lo = 0, hi = bytes.count
        while lo < hi, isSpace(bytes[lo]) { lo += 1 }
        while hi > lo, isSpace(bytes[hi - 1]) { hi -= 1 }
        return bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[lo..<hi]), as: UTF8.self) }
    }

    /// The bytes with runs of whitespace (ASCII, no-break and typographic spaces) collapsed to
    /// one space, ends trimmed.
    static func collapsed(_ bytes: some Collection<UInt8>) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var pendingSpace = false
        var i = bytes.startIndex
        while i != bytes.endIndex {
            let b = bytes[i]
            var width = 0
            if isSpace(b) {
                width = 1
            } else if b == 0xC2 {
                let j = bytes.index(after: i)
                if j != bytes.endIndex, bytes[j] == 0xA0 { width = 2 }
            } else if b == 0xE2 || b == 0xE3 {
                let j = bytes.index(after: i)
                if j != bytes.endIndex {
                    let k = bytes.index(after: j)
                    if k != bytes.endIndex {
                        let (b1, b2) = (bytes[j], bytes[k])
                        if b == 0xE2, b1 == 0x80, b2 <= 0x8A || b2 == 0xAF { width = 3 }
                        if b == 0xE3, b1 == 0x80, b2 == 0x80 { width = 3 }
                    }
                }
            }
            if width > 0 {
                pendingSpace = !out.isEmpty
                i = bytes.index(i, offsetBy: width)
                continue
            }
            if pendingSpace { out.append(32); pendingSpace = false }
            out.append(b)
            i = bytes.index(after: i)
        }
        return String(decoding: out, as: UTF8.self)
    }
}

extension StringProtocol {
    /// Runs of whitespace collapsed to one space, ends trimmed: how text read from markup is kept.
    var collapsingWhitespace: String { UTF8Text.collapsed(Array(utf8)) }
}
