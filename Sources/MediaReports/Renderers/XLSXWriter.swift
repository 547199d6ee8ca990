import Foundation
import MediaModel
import ZIPFoundation

/// Writes a report document as an Excel workbook (Office Open XML): one sheet per table, numbers
/// stored as numbers at full precision and only displayed rounded, so analysts can recompute
/// from the sheet. Plain XML parts in a ZIP archive; strings are inline, styles minimal.
public enum XLSXWriter {
    public static func data(_ document: ReportDocument) throws -> Data {
        // A workbook needs at least one sheet: an empty report says so on its only sheet.
        let text = Catalogue(document.language)
        var empty = DataTable(title: text[.nothingToReport], columns: [])
        empty.sheetName = text[.sheetEmpty]
        let tables = document.tables.isEmpty ? [empty] : document.tables
        let names = sheetNames(tables.map { $0.sheetName ?? $0.title })
        var parts: [(String, String)] = [
            ("[Content_Types].xml", contentTypes(sheets: tables.count)),
            ("_rels/.rels", rootRels),
            ("xl/workbook.xml", workbook(names)),
            ("xl/_rels/workbook.xml.rels", workbookRels(sheets: tables.count)),
            ("xl/styles.xml", styles),
        ]
        for (i, t) in tables.enumerated() {
            parts.append(("xl/worksheets/sheet\(i + 1).xml", sheet(t, subtitle: document.subtitle, language: document.language)))
        }
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, xml) in parts {
            let bytes = Data(xml.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(bytes.count),
                                 modificationDate: Date(timeIntervalSince1970: 1_325_376_000),
                                 compressionMethod: .deflate) { position, size in
                bytes.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let data = archive.data else { throw CocoaError(.fileWriteUnknown) }
        return data
    }

    /// Excel's rules: at most 31 characters, none of `[]:*?/\`, unique regardless of case.
    static func sheetNames(_ titles: [String]) -> [String] {
        var used: Set<String> = []
        return titles.map { title in
            var base = String(title.map { "[]:*?/\\".contains($0) ? " " : $0 })
                .replacingOccurrences(of: "  ", with: " ").trimmingCharacters(in: .whitespaces)
            if base.isEmpty { base = "Table" }
            var name = String(base.prefix(31))
            var n = 2
            while used.contains(name.lowercased()) {
                let suffix = " (\(n))"
                name = String(base.prefix(31 - suffix.count)) + suffix
                n += 1
            }
            used.insert(name.lowercased())
            return name
        }
    }

    /// Style indexes in `styles`.
    enum Style: Int {
        case plain = 0, bold, percent, points, boldNumber, italic
    }

    static func sheet(_ t: DataTable, subtitle: [String], language: Language = .en) -> String {
        var rows: [String] = []
        func cellRef(_ column: Int, _ row: Int) -> String { columnName(column) + String(row) }
        func text(_ s: String, _ column: Int, _ row: Int, _ style: Style = .plain) -> String {
            "<c r=\"\(cellRef(column, row))\" t=\"inlineStr\"\(style == .plain ? "" : " s=\"\(style.rawValue)\"")><is><t xml:space=\"preserve\">\(SVGCharts.esc(s))</t></is></c>"
        }
        var r = 1
        rows.append("<row r=\"\(r)\">\(text(t.title, 0, r, .bold))</row>")
        for line in subtitle {
            r += 1
            rows.append("<row r=\"\(r)\">\(text(line, 0, r, .italic))</row>")
        }
        r += 1
        let headerRow = r
        rows.append("<row r=\"\(r)\">" + t.columns.enumerated().map { text($1.title, $0, r, .bold) }.joined() + "</row>")
        for i in t.rows.indices {
            r += 1
            let footer = t.footerStart.map { i >= $0 } ?? false
            var cells = ""
            for c in t.columns.indices {
                switch t.rows[i][c] {
                case .text(let s): cells += text(s, c, r, footer ? .bold : .plain)
                case .empty: break
                case .number(let v) where v.isFinite:
                    let style: Style = switch t.kind(row: i, column: c) {
                    case .percent: .percent
                    case .points: .points
                    case .amount, .text: footer ? .boldNumber : .plain
                    }
                    cells += "<c r=\"\(cellRef(c, r))\"\(style == .plain ? "" : " s=\"\(style.rawValue)\"")><v>\(v)</v></c>"
                case .number: break
                }
            }
            rows.append("<row r=\"\(r)\">\(cells)</row>")
        }
        let widths = t.columns.indices.map { c in
            max(8, min(40, ([t.columns[c].title] + t.rows.indices.map { t.text(row: $0, column: c, in: language) }).map(\.count).max() ?? 8) + 2)
        }
        let cols = widths.enumerated().map { "<col min=\"\($0 + 1)\" max=\"\($0 + 1)\" width=\"\($1)\" customWidth=\"1\"/>" }.joined()
        return xmlHeader + """
            <worksheet xmlns="\(mainNS)"><sheetViews><sheetView workbookViewId="0"><pane ySplit="\(headerRow)" topLeftCell="A\(headerRow + 1)" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews><cols>\(cols)</cols><sheetData>\(rows.joined())</sheetData></worksheet>
            """
    }

    /// 0 → A, 25 → Z, 26 → AA.
    static func columnName(_ index: Int) -> String {
        var n = index + 1, name = ""
        while n > 0 {
            let r = (n - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + r))) + name
            n = (n - 1) / 26
        }
        return name
    }

    static let xmlHeader = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    static let mainNS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relNS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    static func contentTypes(sheets: Int) -> String {
        xmlHeader + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
            + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
            + (0..<sheets).map { $0 + 1 }.map {
                "<Override PartName=\"/xl/worksheets/sheet\($0).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
            }.joined()
            + "</Types>"
    }

    static let rootRels = xmlHeader + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"\(relNS)/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"

    static func workbook(_ names: [String]) -> String {
        xmlHeader + "<workbook xmlns=\"\(mainNS)\" xmlns:r=\"\(relNS)\"><sheets>"
            + names.enumerated().map { "<sheet name=\"\(SVGCharts.esc($1))\" sheetId=\"\($0 + 1)\" r:id=\"rId\($0 + 1)\"/>" }.joined()
            + "</sheets></workbook>"
    }

    static func workbookRels(sheets: Int) -> String {
        xmlHeader + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + (0..<sheets).map { "<Relationship Id=\"rId\($0 + 1)\" Type=\"\(relNS)/worksheet\" Target=\"worksheets/sheet\($0 + 1).xml\"/>" }.joined()
            + "<Relationship Id=\"rId\(sheets + 1)\" Type=\"\(relNS)/styles\" Target=\"styles.xml\"/></Relationships>"
    }

    static let styles = xmlHeader + """
        <styleSheet xmlns="\(mainNS)"><numFmts count="2"><numFmt numFmtId="164" formatCode="0.0"/><numFmt numFmtId="165" formatCode="+0.0;-0.0;0.0"/></numFmts>\
        <fonts count="3"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font><font><i/><sz val="11"/><name val="Calibri"/></font></fonts>\
        <fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>\
        <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
        <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
        <cellXfs count="6"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
        <xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>\
        <xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
        <xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
        <xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>\
        <xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>\
        <cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>
        """
}
