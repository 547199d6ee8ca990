import Foundation
import MediaModel

/// The bench's inputs, generated from a seed into a folder: the same seed and scale give the
/// same bytes, so two runs (or mediamon and a peer tool) measure identical work.
struct Inputs {
    let folder: URL
    let codebook: Codebook
    var seed: UInt64 = 2012

    static let tv = ["kazakhstan-tv", "khabar", "astana-tv", "channel-7", "channel-31", "ktk"]
    static let print = ["golos-respubliki", "kazakhstanskaya-pravda", "panorama", "vzglyad", "svoboda-slova", "zhas-alash"]
    static let subjects = ["nur-otan", "ak-zhol", "knpk", "osdp", "auyl", "patriots", "adilet", "rukhaniyat",
                           "president", "government", "akims", "cec"]
    static let genres = ["news", "news", "news", "news", "news", "news", "current-affairs", "interview", "debate",
                         "paid-advertising", "free-airtime"]
    static let tones = ["positive", "neutral", "neutral", "negative"]

    func path(_ name: String) -> URL { folder.appendingPathComponent(name) }

    private func write(_ bytes: [UInt8], to url: URL) throws {
        try Data(bytes).write(to: url)
    }

    private func fresh(_ name: String) throws -> URL {
        let dir = path(name)
        try? FileManager.default.removeItem(at: dir)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    /// Days of the monitoring period, as local dates.
    var days: [LocalDate] {
        (0..<codebook.period.dayCount).map { codebook.period.first.adding(days: $0) }
    }

    // MARK: - Text

    /// Transcript-sized UTF-8 files (~256 KB each) of Kazakh and Russian prose, `bytes` in all,
    /// and `aliases.txt`: every alias of the codebook, one a line, for the peers' plain alternation.
    func textCorpus(bytes: Int) throws -> (folder: URL, files: Int, bytes: Int) {
        let dir = try fresh("text")
        var rng = SeededRandom(seed: seed &+ 1)
        var written = 0, files = 0
        while written < bytes {
            var out = ByteWriter(capacity: 300_000)
            while out.count < min(256_000, bytes - written) {
                TextCorpus.paragraph(into: &out, words: rng.int(40...160), mentionEvery: 120, rng: &rng)
            }
            files += 1
            try write(out.bytes, to: dir.appendingPathComponent(String(format: "transcript-%05d.txt", files)))
            written += out.count
        }
        let aliases = codebook.subjects.flatMap { $0.aliases.map(\.text) }
        try Data((aliases.joined(separator: "\n") + "\n").utf8).write(to: path("aliases.txt"))
        return (dir, files, written)
    }

    // MARK: - XMLTV

    /// One XMLTV guide of about `bytes`: the six TV outlets' channels through the whole period,
    /// back to back, and one channel no outlet maps to (skipped by the import).
    func xmltv(bytes: Int) throws -> (file: URL, programmes: Int, bytes: Int) {
        let file = path("guide.xmltv.xml")
        var rng = SeededRandom(seed: seed &+ 2)
        let channels = codebook.outlets.filter { $0.medium == .tv }.compactMap(\.xmltvIDs.first) + ["12-omsk.ru"]
        let perProgramme = 1100   // bytes, measured on this generator's output
        let perChannel = max(1, bytes / perProgramme / channels.count)
        let periodSeconds = codebook.period.dayCount * 86_400
        let slot = max(60, periodSeconds / perChannel)
        var out = ByteWriter(capacity: bytes + bytes / 8)
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE tv SYSTEM \"xmltv.dtd\">\n<tv generator-info-name=\"mediamon-bench\">\n")
        for id in channels {
            out.write("  <channel id=\"\(id)\"><display-name lang=\"kk\">\(id)</display-name></channel>\n")
        }
        let first = codebook.period.first
        var count = 0
        for id in channels {
            var t = 0
            while t + slot <= periodSeconds {
                out.write("  <programme start=\"")
                stamp(first, t, into: &out)
                out.write("\" stop=\"")
                stamp(first, t + slot, into: &out)
                out.write("\" channel=\"\(id)\">\n    <title lang=\"kk\">")
                out.write(rng.pick(TextCorpus.kazakh).capitalized + " " + rng.pick(TextCorpus.kazakh) + " \(count)")
                out.write("</title>\n    <desc lang=\"ru\">")
                var desc = ByteWriter(capacity: 1024)
                TextCorpus.paragraph(into: &desc, words: rng.int(30...90), mentionEvery: 60, rng: &rng)
                desc.bytes.removeLast()   // the paragraph's newline
                out.bytes += desc.bytes
                out.write("</desc>\n    <category lang=\"en\">")
                out.write(rng.pick(["News", "Talk", "Documentary", "Series", "Sport"]))
                out.write("</category>\n  </programme>\n")
                t += slot
                count += 1
            }
        }
        out.write("</tv>\n")
        try write(out.bytes, to: file)
        return (file, count, out.count)
    }

    /// `YYYYMMDDhhmmss +0600`: Almaty time, as Kazakh guides give it (UTC+6 in 2011–2012).
    private func stamp(_ first: LocalDate, _ seconds: Int, into out: inout ByteWriter) {
        let day = first.adding(days: seconds / 86_400)
        let s = seconds % 86_400
        out.write(String(format: "%04d%02d%02d%02d%02d%02d +0600", day.year, day.month, day.day, s / 3600, s / 60 % 60, s % 60))
    }

    // MARK: - Articles

    /// `count` web pages of an online outlet, each a full page (head, navigation, article,
    /// related links, footer) of about 10 KB, dated inside the period.
    func htmlPages(count: Int) throws -> (folder: URL, pages: Int, bytes: Int) {
        let dir = try fresh("articles")
        var rng = SeededRandom(seed: seed &+ 3)
        let days = self.days
        var total = 0
        for n in 1...max(1, count) {
            var out = ByteWriter(capacity: 16_000)
            let day = rng.pick(days)
            let title = "\(rng.pick(TextCorpus.russian).capitalized) \(rng.pick(TextCorpus.mentions)) \(rng.pick(TextCorpus.russian)) \(n)"
            out.write("<!DOCTYPE html>\n<html lang=\"ru\"><head><meta charset=\"utf-8\">\n<title>\(title) | Tengrinews.kz</title>\n")
            out.write("<meta property=\"article:published_time\" content=\"\(day)T\(String(format: "%02d:%02d", rng.int(6...23), rng.int(0...59))):00+06:00\">\n")
            out.write("<meta name=\"author\" content=\"Айгерим Нурланова\">\n<link rel=\"canonical\" href=\"https://tengrinews.kz/kazakhstan_news/\(n).html\">\n")
            out.write("<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);}</script>\n")
            out.write("<style>.menu { color: #333 } .article-body p { margin: 0 0 1em }</style>\n</head><body>\n<header class=\"site-header\"><nav class=\"main-menu\">")
            for _ in 0..<24 { out.write("<a href=\"/\(rng.int(1...999))\">\(rng.pick(TextCorpus.russian).capitalized)</a> ") }
            out.write("</nav></header>\n<main>\n<article class=\"article\">\n<h1>\(title)</h1>\n<div class=\"article-body\" itemprop=\"articleBody\">\n")
            for _ in 0..<rng.int(4...9) {
                out.write("<p>")
                var p = ByteWriter(capacity: 1200)
                TextCorpus.paragraph(into: &p, words: rng.int(40...110), mentionEvery: 80, rng: &rng)
                p.bytes.removeLast()
                out.bytes += p.bytes
                out.write("</p>\n")
            }
            out.write("</div>\n</article>\n<aside class=\"related\"><h3>Читайте также</h3><ul>")
            for _ in 0..<12 { out.write("<li><a href=\"/news/\(rng.int(1...99999))\">\(rng.pick(TextCorpus.russian).capitalized) \(rng.pick(TextCorpus.russian)) \(rng.pick(TextCorpus.russian))</a></li>") }
            out.write("</ul></aside>\n</main>\n<footer><p>© 2012 Tengrinews.kz. Все права защищены.</p><div class=\"comments\">Комментарии (\(rng.int(0...90)))</div></footer>\n</body></html>\n")
            try write(out.bytes, to: dir.appendingPathComponent(String(format: "article-%05d.html", n)))
            total += out.count
        }
        return (dir, max(1, count), total)
    }

    // MARK: - Coding sheets

    /// `codings` codings of TV and print items across the period, in sheets of at most
    /// `perSheet` rows (as monitors hand them in, per outlet and week), 5% of the items double
    /// coded; and the same codings as one flat CSV for the DuckDB peer
    /// (outlet, unit, date, local_start, genre, subject, amount, direct, tone, coder, is_primary).
    func codingSheets(codings: Int, perSheet: Int = 50_000) throws -> (sheets: [URL], flat: URL, codings: Int, items: Int, bytes: Int) {
        let dir = try fresh("sheets")
        var rng = SeededRandom(seed: seed &+ 4)
        let days = self.days
        var sheets: [URL] = []
        var flat = ByteWriter(capacity: codings * 80)
        flat.write("outlet,unit,date,local_start,genre,subject,amount,direct,tone,coder,is_primary\n")
        var sheet = ByteWriter(capacity: perSheet * 110)
        // Two declared variables beside tone and direct, as a mission codes them (capacity per coding,
        // topic per item); derived from the item's number, not drawn, so the other columns stay as they were.
        let header = "outlet,date,start,end,page,area,title,genre,subject,amount,direct,tone,coder,capacity,topic\n"
        let capacities = ["official", "campaign", "other"]
        let topics = ["election-administration", "campaign", "economy-social", "independence-20", "zhanaozen", "foreign-affairs", "other"]
        var rowsInSheet = 0, written = 0, items = 0, bytes = 0
        func flush() throws {
            guard rowsInSheet > 0 else { return }
            let url = dir.appendingPathComponent(String(format: "sheet-%04d.csv", sheets.count + 1))
            try Data(header.utf8 + sheet.bytes).write(to: url)
            bytes += header.utf8.count + sheet.count
            sheets.append(url)
            sheet = ByteWriter(capacity: perSheet * 110)
            rowsInSheet = 0
        }
        // Broadcast items of one outlet and day follow each other: the same minutes are one item
        // (README, "Rules"), so a day fills from 00:00 and a full day sends its items to print.
        var nextStart: [String: Int] = [:]
        while written < codings {
            items += 1
            var broadcast = rng.chance(0.5)
            let tvOutlet = rng.pick(Self.tv), printOutlet = rng.pick(Self.print)
            let day = rng.pick(days)
            let genre = rng.pick(Self.genres)
            let length = rng.int(20...90)
            if broadcast, nextStart["\(tvOutlet)|\(day)", default: 0] + length >= 86_400 { broadcast = false }
            let outlet = broadcast ? tvOutlet : printOutlet
            let extent: Int, start: Int, page: Int
            if broadcast {
                extent = length
                start = nextStart["\(tvOutlet)|\(day)", default: 0]
                nextStart["\(tvOutlet)|\(day)"] = start + extent + rng.int(0...5)
                page = 0
            } else {
                extent = rng.int(100...2000)
                start = 0
                page = rng.int(1...24)
            }
            let place = broadcast
                ? "\(time(start)),\(time(start + extent)),,"
                : ",,\(page),\(extent)"
            let title = "Сюжет \(items)"
            var subjects = Self.subjects
            subjects.shuffle(using: &rng)
            let chosen = subjects.prefix(rng.int(1...3))
            let coders = rng.chance(0.05) ? ["aigerim", "dmitry"] : ["aigerim"]
            for coder in coders {
                for subject in chosen {
                    let amount = rng.int(5...(extent / 3))
                    let direct = broadcast ? String(rng.int(0...(amount / 2))) : ""
                    let tone = rng.pick(Self.tones)
                    let capacity = capacities[(items &+ amount) % capacities.count], topic = topics[items % topics.count]
                    sheet.write("\(outlet),\(day),\(place),\(title),\(genre),\(subject),\(amount),\(direct),\(tone),\(coder),\(capacity),\(topic)\n")
                    flat.write("\(outlet),\(broadcast ? "seconds" : "cm2"),\(day),\(broadcast ? time(start) : ""),\(genre),\(subject),\(amount),\(direct),\(tone),\(coder),\(coder == coders[0] ? 1 : 0)\n")
                    rowsInSheet += 1
                    written += 1
                }
            }
            if rowsInSheet >= perSheet { try flush() }
        }
        try flush()
        let flatURL = path("codings-flat.csv")
        try write(flat.bytes, to: flatURL)
        return (sheets, flatURL, written, items, bytes)
    }

    private func time(_ seconds: Int) -> String {
        String(format: "%02d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
    }
}
