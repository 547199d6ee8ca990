import MediaModel

/// Writes a report document as terminal tables or Markdown, numbers in the document's language.
/// Charts have no text form and are left out.
public enum DocumentText {
    /// Aligned tables that fit an 80-column terminal: long names wrap.
    public static func table(_ document: ReportDocument, header: Bool = true) -> String {
        var out = ""
        if header {
            out += document.title + "\n"
            for line in document.subtitle { out += line.wrapped(to: 78).joined(separator: "\n  ") + "\n" }
            out += "\n"
        }
        for section in document.sections {
            if !section.title.isEmpty {
                out += section.title + "\n" + String(repeating: "=", count: min(section.title.displayWidth, 78)) + "\n\n"
            }
            for block in section.blocks {
                switch block {
                case .table(let t): out += render(t, in: document.language) + "\n"
                case .note(let text): out += text.wrapped(to: 78).joined(separator: "\n") + "\n\n"
                case .chart: break
                }
            }
        }
        if document.sections.isEmpty { out += Catalogue(document.language)[.nothingToReport] + "\n" }
        return out
    }

    public static func render(_ t: DataTable, in language: Language = .en) -> String {
        var table = TextTable(header: t.columns.map(\.title),
                              alignments: t.columns.map { $0.kind == .text ? .left : .right })
        table.maxWidths = t.columns.enumerated().map { i, _ in i == 0 ? 15 : 11 }
        for r in t.rows.indices {
            table.rows.append(t.columns.indices.map { t.text(row: r, column: $0, in: language) })
        }
        if let footer = t.footerStart, footer > 0 { table.rulesAfter = [footer - 1] }
        return t.title + "\n\n" + table.render()
    }

    public static func markdown(_ document: ReportDocument) -> String {
        var out = "# \(escape(document.title))\n\n"
        for line in document.subtitle { out += escape(line) + "  \n" }
        out += "\n"
        if document.sections.isEmpty { out += Catalogue(document.language)[.nothingToReport] + "\n" }
        for section in document.sections {
            if !section.title.isEmpty { out += "## \(escape(section.title))\n\n" }
            for block in section.blocks {
                switch block {
                case .table(let t): out += markdown(t, in: document.language) + "\n"
                case .note(let text): out += escape(text) + "\n\n"
                case .chart: break
                }
            }
        }
        return out
    }

    public static func markdown(_ t: DataTable, in language: Language = .en) -> String {
        var out = "### \(escape(t.title))\n\n"
        out += "| " + t.columns.map { escape($0.title) }.joined(separator: " | ") + " |\n"
        out += "|" + t.columns.map { $0.kind == .text ? "---" : "---:" }.joined(separator: "|") + "|\n"
        for r in t.rows.indices {
            let cells = t.columns.indices.map { escape(t.text(row: r, column: $0, in: language)) }
            let isFooter = t.footerStart.map { r >= $0 } ?? false
            out += "| " + (isFooter ? cells.map { "**\($0)**" } : cells).joined(separator: " | ") + " |\n"
        }
        return out
    }

    static func escape(_ s: String) -> String {
        s.replacingOccurrences(of: "|", with: "\\|")
    }
}
