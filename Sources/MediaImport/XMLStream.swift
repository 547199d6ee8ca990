import CLibXML2
import Foundation
import MediaModel

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

    /// Streams a file from disk; `encoding` overrides the document's own declaration.
    init(path: String, file: String) throws {
        self.file = file
        guard let reader = xmlReaderForFile(path, nil, Self.options) else {
            throw InputError(file: file, "cannot open the file")
        }
        self.reader = reader
        fileSize = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int64) ?? 0
        install()
    }

    /// Reads a document held in memory; `encoding` (an IANA name) overrides its declaration.
    init(data: Data, file: String, encoding: String? = nil) throws {
        self.file = file
        let copy = UnsafeMutableRawBufferPointer.allocate(byteCount: max(data.count, 1), alignment: 1)
        _ = data.copyBytes(to: copy.bindMemory(to: UInt8.self))
        buffer = copy
        let pointer = copy.baseAddress!.assumingMemoryBound(to: CChar.self)
        guard let reader = xmlReaderForMemory(pointer, Int32(data.count), nil, encoding, Self.options) else {
            copy.deallocate()
            throw InputError(file: file, "cannot read the document")
        }
        self.reader = reader
        fileSize = Int64(data.count)
        install()
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

    func attribute(_ name: String) -> String? {
        guard let raw = xmlTextReaderGetAttribute(reader, name) else { return nil }
        defer { free(raw) }
        return String(cString: raw)
    }

    /// Calls `body` with each attribute's local name and value pointer, then returns to the element.
    func forEachAttribute(_ body: (UnsafePointer<xmlChar>, UnsafePointer<xmlChar>) -> Void) {
        while xmlTextReaderMoveToNextAttribute(reader) == 1 {
            if let name = xmlTextReaderConstLocalName(reader), let value = xmlTextReaderConstValue(reader) {
                body(name, value)
            }
        }
        xmlTextReaderMoveToElement(reader)
    }

    /// The text of the element the reader is on, its descendants' text included; leaves the reader on its end.
    func elementText() throws -> String {
        if isEmptyElement { return "" }
        let start = depth
        var text = ""
        while try next() {
            switch node {
            case .text, .cdata, .significantWhitespace: text += value
            case .endElement where depth == start: return text
            default: break
            }
        }
        return text
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
        message = message.trimmingCharacters(in: .whitespacesAndNewlines)
        first = InputError(line: Int(error.line), column: error.int2 > 0 ? Int(error.int2) : nil,
                           "malformed XML: \(message)")
    }
}

/// Whitespace handling on UTF-8 bytes, for the hot path of big imports.
enum UTF8Text {
    static func isSpace(_ b: UInt8) -> Bool { b == 32 || b == 9 || b == 10 || b == 13 }

    /// The bytes with ASCII whitespace trimmed at both ends.
    static func trimmed(_ bytes: [UInt8]) -> String {
        var lo = 0, hi = bytes.count
        while lo < hi, isSpace(bytes[lo]) { lo += 1 }
        while hi > lo, isSpace(bytes[hi - 1]) { hi -= 1 }
        return bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[lo..<hi]), as: UTF8.self) }
    }

    /// The bytes with runs of ASCII whitespace collapsed to one space, ends trimmed.
    static func collapsed(_ bytes: [UInt8]) -> String {
        var needs = false
        var previousSpace = true
        for b in bytes {
            let space = isSpace(b)
            if space && (previousSpace || b != 32) { needs = true; break }
            previousSpace = space
        }
        if !needs, bytes.last.map({ !isSpace($0) }) ?? true { return String(decoding: bytes, as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var pendingSpace = false
        for b in bytes {
            if isSpace(b) { pendingSpace = !out.isEmpty; continue }
            if pendingSpace { out.append(32); pendingSpace = false }
            out.append(b)
        }
        return String(decoding: out, as: UTF8.self)
    }
}

extension StringProtocol {
    /// Runs of whitespace collapsed to one space, ends trimmed: how text read from markup is kept.
    var collapsingWhitespace: String {
        split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
