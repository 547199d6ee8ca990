import MediaModel

/// Writes a report document as one self-contained HTML file: tables, inline SVG charts and
/// print styles, nothing loaded from the network. The markup is XHTML-compatible, so the file
/// also parses as XML (tests check it that way).
public enum HTMLRenderer {
    public static func render(_ document: ReportDocument) -> String {
        let esc = SVGCharts.esc
        var body = "<header><h1>\(esc(document.title))</h1>"
        for line in document.subtitle { body += "<p class=\"meta\">\(esc(line))</p>" }
        body += "</header>\n"
        let text = Catalogue(document.language)
        if document.sections.isEmpty { body += "<p>\(esc(text[.nothingToReport]))</p>\n" }
        for section in document.sections {
            body += "<section>"
            if !section.title.isEmpty { body += "<h2>\(esc(section.title))</h2>\n" }
            var charts: [String] = []
            func flushCharts() {
                if charts.isEmpty { return }
                body += "<div class=\"charts\">" + charts.joined() + "</div>\n"
                charts = []
            }
            for block in section.blocks {
                switch block {
                case .chart(let chart):
                    charts.append("<figure>\(SVGCharts.svg(chart, text))<figcaption>\(esc(chart.title))</figcaption></figure>")
                case .table(let t):
                    flushCharts()
                    body += table(t, in: document.language) + "\n"
                case .note(let text):
                    flushCharts()
                    body += "<p class=\"note\">\(esc(text))</p>\n"
                }
            }
            flushCharts()
            body += "</section>\n"
        }
        return """
            <!DOCTYPE html>
            <html xmlns="http://www.w3.org/1999/xhtml" lang="\(document.language.rawValue)" xml:lang="\(document.language.rawValue)">
            <head>
            <meta charset="utf-8"/>
            <meta name="viewport" content="width=device-width, initial-scale=1"/>
            <title>\(esc(document.title))</title>
            <style>
            \(css)
            </style>
            </head>
            <body>
            \(body)</body>
            </html>

            """
    }

    static func table(_ t: DataTable, in language: Language = .en) -> String {
        let esc = SVGCharts.esc
        var s = "<table><caption>\(esc(t.title))</caption><thead><tr>"
        for c in t.columns { s += "<th class=\"\(c.kind == .text ? "label" : "num")\" scope=\"col\">\(esc(c.title))</th>" }
        s += "</tr></thead><tbody>"
        for r in t.rows.indices {
            let footer = t.footerStart.map { r >= $0 } ?? false
            s += footer ? "<tr class=\"total\">" : "<tr>"
            for c in t.columns.indices {
                let text = esc(t.text(row: r, column: c, in: language))
                if c == 0 && t.columns[c].kind == .text {
                    s += "<th scope=\"row\">\(text)</th>"
                } else if case .number(let v) = t.rows[r][c], t.kind(row: r, column: c) == .points {
                    s += "<td class=\"num \(v > 0.05 ? "up" : v < -0.05 ? "down" : "")\">\(text)</td>"
                } else {
                    s += "<td class=\"num\">\(text)</td>"
                }
            }
            s += "</tr>"
        }
        return s + "</tbody></table>"
    }

    static let css = """
        body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 10.5pt; color: #222; max-width: 60em; margin: 1.5em auto; padding: 0 1em; }
        h1 { font-size: 16pt; margin: 0 0 .3em; }
        h2 { font-size: 13pt; border-bottom: 1px solid #999; padding-bottom: .2em; margin-top: 1.6em; }
        .meta { margin: .1em 0; color: #444; }
        .note { color: #444; font-size: 9.5pt; }
        table { border-collapse: collapse; margin: .8em 0 1.2em; break-inside: avoid; }
        caption { text-align: left; font-weight: bold; padding-bottom: .3em; white-space: nowrap; }
        th, td { padding: .15em .6em; border-bottom: 1px solid #e4e4e4; }
        thead th { border-bottom: 1.5px solid #444; vertical-align: bottom; font-size: 9.5pt; }
        th.label, tbody th { text-align: left; font-weight: normal; }
        .num { text-align: right; font-variant-numeric: tabular-nums; }
        tr.total th, tr.total td { border-top: 1.5px solid #444; font-weight: bold; }
        td.up { color: #1a6e38; } td.down { color: #b0281f; }
        .charts { display: flex; flex-wrap: wrap; gap: .5em 1.5em; align-items: flex-start; }
        figure { margin: .5em 0; break-inside: avoid; flex: 0 1 calc(50% - 1em); min-width: 18em; }
        figure svg { width: 100%; height: auto; }
        figcaption { font-size: 9pt; color: #444; }
        h2, caption { break-after: avoid; }
        @page { size: A4; margin: 14mm; }
        @media print { body { margin: 0; max-width: none; font-size: 9.5pt; } a { color: inherit; } }
        """
}

extension Chart {
    public var title: String {
        switch self {
        case .bars(let title, _), .toneStack(let title, _), .lines(let title, _, _, _): title
        }
    }
}
