import Foundation
import MediaModel

/// Draws charts as inline SVG: no scripts, no fonts or files fetched, legible in print.
/// Tones always have the same colours (positive green, neutral grey, negative red) and each
/// subject keeps one colour across charts. Words and numbers in the document's language.
enum SVGCharts {
    static let toneColours = ["#1a9850", "#b8b8b8", "#d73027"]
    static let palette = ["#1f5fa8", "#f28e2b", "#8c564b", "#76b7b2", "#59a14f", "#edc948", "#b07aa1",
                          "#ff9da7", "#17becf", "#7f7f7f", "#bcbd22", "#9467bd"]

    static func colour(_ index: Int) -> String { palette[index % palette.count] }

    static func svg(_ chart: Chart, _ text: Catalogue = Catalogue(.en)) -> String {
        switch chart {
        case .bars(let title, let bars): return barChart(title: title, bars: bars, numbers: text.numbers)
        case .toneStack(let title, let bars):
            return toneChart(title: title, bars: bars, toneNames: [text[.tonePositive], text[.toneNeutral], text[.toneNegative]], numbers: text.numbers)
        case .lines(let title, let weeks, let partial, let series):
            return lineChart(title: title, weeks: weeks, partial: partial, series: series, numbers: text.numbers)
        }
    }

    /// Room for the longest label at 11px DejaVu Sans (about 0.62em a character), so no name is cut.
    static func labelRoom(_ labels: [String], fontSize: Double = 11) -> Double {
        max(60, Double(labels.map(\.count).max() ?? 0) * fontSize * 0.62 + 10)
    }
    static let font = "font-family=\"DejaVu Sans, Arial, sans-serif\""

    /// Horizontal bars on a 0–100 scale (a share is part of a whole: the full width is the whole).
    static func barChart(title: String, bars: [Chart.Bar], numbers: NumberStyle) -> String {
        let plot = 240.0, row = 20.0, top = 8.0
        let labelWidth = labelRoom(bars.map(\.label))
        let width = labelWidth + plot + 50, height = top + row * Double(bars.count) + 22
        var s = open(width: width, height: height, title: title)
        for tick in stride(from: 0.0, through: 100, by: 25) {
            let x = labelWidth + plot * tick / 100
            s += "<line x1=\"\(f(x))\" y1=\"\(f(top))\" x2=\"\(f(x))\" y2=\"\(f(height - 18))\" stroke=\"#ddd\"/>"
            s += "<text x=\"\(f(x))\" y=\"\(f(height - 6))\" font-size=\"9\" text-anchor=\"middle\" fill=\"#555\">\(Int(tick))%</text>"
        }
        for (i, bar) in bars.enumerated() {
            let y = top + row * Double(i)
            let w = plot * min(max(bar.value, 0), 100) / 100
            s += "<text x=\"\(f(labelWidth - 6))\" y=\"\(f(y + 14))\" font-size=\"11\" text-anchor=\"end\">\(esc(bar.label))</text>"
            s += "<rect x=\"\(f(labelWidth))\" y=\"\(f(y + 3))\" width=\"\(f(w))\" height=\"\(f(row - 6))\" fill=\"\(colour(bar.colour))\"/>"
            s += "<text x=\"\(f(labelWidth + w + 4))\" y=\"\(f(y + 14))\" font-size=\"10\">\(numbers.percent(bar.value))%</text>"
        }
        return s + "</svg>"
    }

    /// One 100% bar per subject, positive | neutral | negative, with the percent on each wide enough part.
    static func toneChart(title: String, bars: [Chart.ToneBar], toneNames: [String], numbers: NumberStyle) -> String {
        let plot = 260.0, row = 22.0, top = 24.0
        let labelWidth = labelRoom(bars.map(\.label))
        let width = labelWidth + plot + 60, height = top + row * Double(bars.count) + 6
        var s = open(width: width, height: height, title: title)
        var legendX = labelWidth
        for (i, name) in toneNames.enumerated() {
            s += "<rect x=\"\(f(legendX))\" y=\"6\" width=\"10\" height=\"10\" fill=\"\(toneColours[i])\"/>"
            s += "<text x=\"\(f(legendX + 14))\" y=\"15\" font-size=\"10\">\(esc(name))</text>"
            // Room for the longest legend word (Russian's are longer than English's).
            legendX += max(80, Double(name.count) * 10 * 0.62 + 26)
        }
        for (i, bar) in bars.enumerated() {
            let y = top + row * Double(i)
            s += "<text x=\"\(f(labelWidth - 6))\" y=\"\(f(y + 15))\" font-size=\"11\" text-anchor=\"end\">\(esc(bar.label))</text>"
            var x = labelWidth
            for (k, value) in bar.profile.enumerated() where value > 0 {
                let w = plot * value / 100
                s += "<rect x=\"\(f(x))\" y=\"\(f(y + 3))\" width=\"\(f(w))\" height=\"\(f(row - 6))\" fill=\"\(toneColours[k])\"><title>\(esc(bar.label)): \(toneNames[k].lowercased()) \(numbers.percent(value))%</title></rect>"
                if w >= 22 {
                    let ink = k == 1 ? "#222" : "#fff"
                    s += "<text x=\"\(f(x + w / 2))\" y=\"\(f(y + 15))\" font-size=\"9\" text-anchor=\"middle\" fill=\"\(ink)\">\(Int(value.rounded()))%</text>"
                }
                x += w
            }
            // The base of the percentages: 100% of 9 seconds is not 100% of an hour.
            s += "<text x=\"\(f(labelWidth + plot + 4))\" y=\"\(f(y + 15))\" font-size=\"9\" fill=\"#555\">\(esc(numbers.amount(bar.amount)))</text>"
        }
        return s + "</svg>"
    }

    /// Lines over weeks on a scale rounded up to the next ten; a legend names each line beside its last point.
    static func lineChart(title: String, weeks: [String], partial: [Bool], series: [Chart.Series], numbers: NumberStyle) -> String {
        let left = 34.0, top = 10.0, plotW = 300.0, plotH = 160.0
        let legend = labelRoom(series.map { $0.label + " 00.0%" }, fontSize: 10) + 30
        let width = left + plotW + legend, height = max(top + plotH + 26, top + 14 * Double(series.count) + 10)
        let highest = series.flatMap { $0.values.compactMap { $0 } }.max() ?? 0
        let tickStep = highest > 50 ? 20.0 : 10.0
        let scale = max(tickStep, (highest / tickStep).rounded(.up) * tickStep)
        let step = weeks.count > 1 ? plotW / Double(weeks.count - 1) : 0
        func x(_ i: Int) -> Double { left + (weeks.count > 1 ? step * Double(i) : plotW / 2) }
        func y(_ v: Double) -> Double { top + plotH * (1 - v / scale) }
        var s = open(width: width, height: height, title: title)
        for tick in stride(from: 0.0, through: scale, by: tickStep) {
            s += "<line x1=\"\(f(left))\" y1=\"\(f(y(tick)))\" x2=\"\(f(left + plotW))\" y2=\"\(f(y(tick)))\" stroke=\"#ddd\"/>"
            s += "<text x=\"\(f(left - 4))\" y=\"\(f(y(tick) + 3))\" font-size=\"9\" text-anchor=\"end\" fill=\"#555\">\(Int(tick))%</text>"
        }
        for (i, week) in weeks.enumerated() {
            s += "<text x=\"\(f(x(i)))\" y=\"\(f(top + plotH + 16))\" font-size=\"10\" text-anchor=\"middle\">\(esc(week))</text>"
        }
        func isPartial(_ i: Int) -> Bool { i < partial.count && partial[i] }
        for line in series {
            let c = colour(line.colour)
            // Segment by segment: one touching a partial week is dashed.
            for i in line.values.indices.dropFirst() {
                guard let a = line.values[i - 1], let b = line.values[i] else { continue }
                let dash = isPartial(i) || isPartial(i - 1) ? " stroke-dasharray=\"4 3\"" : ""
                s += "<line x1=\"\(f(x(i - 1)))\" y1=\"\(f(y(a)))\" x2=\"\(f(x(i)))\" y2=\"\(f(y(b)))\" stroke=\"\(c)\" stroke-width=\"1.8\"\(dash)/>"
            }
            for (i, v) in line.values.enumerated() {
                guard let v else { continue }
                s += "<circle cx=\"\(f(x(i)))\" cy=\"\(f(y(v)))\" r=\"2.5\" fill=\"\(c)\"><title>\(esc(line.label)), \(esc(weeks[i])): \(numbers.percent(v))%</title></circle>"
            }
        }
        // Legend sorted by the latest share, so it reads in the order the lines end.
        func latest(_ line: Chart.Series) -> Double? { line.values.compactMap { $0 }.last }
        let ordered = series.sorted { (latest($0) ?? -1) > (latest($1) ?? -1) }
        for (i, line) in ordered.enumerated() {
            let ly = top + 6 + 14 * Double(i)
            let value: String = latest(line).map { v in " " + numbers.percent(v) + "%" } ?? ""
            s += "<line x1=\"\(f(left + plotW + 10))\" y1=\"\(f(ly))\" x2=\"\(f(left + plotW + 24))\" y2=\"\(f(ly))\" stroke=\"\(colour(line.colour))\" stroke-width=\"3\"/>"
            s += "<text x=\"\(f(left + plotW + 28))\" y=\"\(f(ly + 3.5))\" font-size=\"10\">\(esc(line.label))\(value)</text>"
        }
        return s + "</svg>"
    }

    static func open(width: Double, height: Double, title: String) -> String {
        "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"\(f(width))\" height=\"\(f(height))\" viewBox=\"0 0 \(f(width)) \(f(height))\" \(font)><title>\(esc(title))</title>"
    }

    static func f(_ v: Double) -> String {
        let r = (v * 10).rounded() / 10
        return r == r.rounded() ? String(Int(r)) : String(r)
    }

    /// Text escaped for XML content and attribute values; control characters XML 1.0 forbids are dropped.
    static func esc(_ s: String) -> String {
        var out = ""
        for ch in s {
            if let v = ch.unicodeScalars.first?.value, v < 0x20, ch != "\t", ch != "\n", ch != "\r\n", ch != "\r" { continue }
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(ch)
            }
        }
        return out
    }
}
