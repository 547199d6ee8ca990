import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import ZIPFoundation

/// Reads a workbook back the way a spreadsheet program would: the ZIP's parts, the workbook's sheet
/// list through its relationships, and each sheet's cells (inline strings, shared strings, numbers).
struct XLSXReader {
    enum Value: Equatable {
        case text(String)
        case number(Double)
    }

    let archive: Archive

    init(data: Data) throws {
        archive = try Archive(data: data, accessMode: .read)
    }

    func part(_ path: String) throws -> Data {
        guard let entry = archive[path] else { throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: path]) }
        var data = Data()
        _ = try archive.extract(entry) { data.append($0) }
        return data
    }

    func xml(_ path: String) throws -> XMLDocument { try XMLDocument(data: part(path)) }

    /// Sheet names in workbook order, with the part each one lives in.
    func sheets() throws -> [(name: String, path: String)] {
        let rels = try xml("xl/_rels/workbook.xml.rels")
        var targets: [String: String] = [:]
        for e in rels.elements(named: "Relationship") {
            guard let id = e.value(of: "Id"),
                  let target = e.value(of: "Target") else { continue }
            targets[id] = "xl/" + target
        }
        return try xml("xl/workbook.xml").elements(named: "sheet").compactMap { e in
            guard let name = e.value(of: "name") else { return nil }
            let rid = e.value(of: "r:id") ?? ""
            return (name, targets[rid] ?? "")
        }
    }

    /// Cells of a sheet by reference (`B3`).
    func cells(_ path: String) throws -> [String: Value] {
        var result: [String: Value] = [:]
        for c in try xml(path).elements(named: "c") {
            guard let ref = c.value(of: "r") else { continue }
            let type = c.value(of: "t")
            if type == "inlineStr" {
                result[ref] = .text(c.stringValue ?? "")
            } else if let v = c.elements(named: "v").first?.stringValue {
                if type == nil || type == "n" {
                    guard let d = Double(v) else { continue }
                    result[ref] = .number(d)
                } else {
                    result[ref] = .text(v)
                }
            }
        }
        return result
    }
}

extension XMLNode {
    /// Every element below this node with the local name `name`, in document order, whatever its namespace.
    func elements(named name: String) -> [XMLElement] {
        var found: [XMLElement] = []
        for child in children ?? [] {
            // By `name`: FoundationXML's `localName` crashes on some nodes, and `attribute(forName:)`
            // misses attributes of elements in a default namespace.
            if let e = child as? XMLElement, e.name == name || e.name?.hasSuffix(":" + name) == true { found.append(e) }
            found += child.elements(named: name)
        }
        return found
    }
}

extension XMLElement {
    func value(of attribute: String) -> String? {
        attributes?.first { $0.name == attribute }?.stringValue
    }
}
