import Foundation
import MediaModel
import MediaText

/// Reads a small text file (a log, a transcript, an article) whole and decodes it with the
/// text layer, refusing empty and binary files with a clear message.
enum TextFile {
    static func read(path: String, file: String, what: String) throws -> DecodedText {
        try checkReadable(path, file: file)
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw InputError(file: file, "cannot read the file: \(error.localizedDescription)")
        }
        return try decode(data, file: file, what: what)
    }

    static func decode(_ data: Data, file: String, what: String) throws -> DecodedText {
        if data.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 || $0 == 0xEF || $0 == 0xBB || $0 == 0xBF }) {
            throw InputError(file: file, line: 1, "the file is empty: no \(what) in it")
        }
        if let workbook = workbookKind(data) {
            throw InputError(file: file, line: 1, "this is a workbook (\(workbook)), not text: expected \(what)")
        }
        if let reason = binaryReason(data) {
            throw InputError(file: file, line: 1, "not a text file (\(reason)); expected \(what)")
        }
        do {
            return try TextDecoder().decode(data)
        } catch {
            throw InputError(file: file, line: 1, "\(error.message); expected \(what)")
        }
    }

    /// What kind of spreadsheet file the bytes are, if they are one: Excel's and LibreOffice's
    /// workbooks are ZIP files (`PK`), old Excel files OLE compound documents.
    static func workbookKind(_ data: Data) -> String? {
        if data.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return ".xlsx or .ods, a ZIP file" }
        if data.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) { return ".xls" }
        return nil
    }

    /// Why bytes look like a binary file rather than text, if they do: NUL bytes (outside
    /// UTF-16), or many control characters.
    static func binaryReason(_ data: Data) -> String? {
        let utf16 = data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF])
        if utf16 { return nil }
        let (nul, controls, count) = data.prefix(65_536).withUnsafeBytes { raw -> (Bool, Int, Int) in
            var nul = false, controls = 0
            for b in raw {
                if b == 0 { nul = true }
                if b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D && b != 0x0C { controls += 1 }
            }
            return (nul, controls, raw.count)
        }
        if nul { return "it holds NUL bytes" }
        if controls * 20 > count { return "it holds \(controls) control bytes in its first \(count)" }
        return nil
    }

    /// The text's lines, without line ends, numbered from 1.
    static func lines(_ text: String) -> [(number: Int, text: Substring)] {
        var result: [(Int, Substring)] = []
        var number = 1
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) {
            result.append((number, line))
            number += 1
        }
        return result
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
