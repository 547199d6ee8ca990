import Foundation
import MediaCodebooks
import MediaImport
import MediaModel
import MediaSamples
@testable import MediaStore
import Testing
@testable import MediaReports

/// Reports read the coding sums (docs/METHODOLOGY.md "Coding sums"); every figure they print must
/// be the one the codings themselves give, for the demonstration mission and after any edit.
@Suite struct CodingSumsTests {
    static let demoFolder = FileManager.default.temporaryDirectory.appendingPathComponent("mediamon-sums-demo-\(UUID().uuidString)")
    static let demo: MonitoringDatabase? = {
        let folder = demoFolder
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        // Shared by the suite's tests, so removed when the run ends rather than with a test.
        atexit { try? FileManager.default.removeItem(at: CodingSumsTests.demoFolder) }
        return try? DemoMission.build(at: folder.appendingPathComponent("monitoring.sqlite").path,
                                      codebook: ShippedCodebooks.kazakhstan2012).database
    }()

    /// The report options every comparison runs: each kind, the filters, weights and attributions.
    static func requests(_ codebook: Codebook) -> [(ReportKind, ReportRequest, String)] {
        var result: [(ReportKind, ReportRequest, String)] = []
        func add(_ kind: ReportKind, _ what: String, _ change: (inout ReportRequest) -> Void = { _ in }) {
            var r = ReportRequest()
            change(&r)
            result.append((kind, r, what))
        }
        for kind in [ReportKind.share, .tone] {
            add(kind, "plain")
            add(kind, "items") { $0.weight = .items }
            add(kind, "institutions") { $0.attributeInstitutions = true }
            add(kind, "all subjects") { $0.subjects = .all }
            add(kind, "capacity=official") { $0.attributeBy = "capacity=official" }
            add(kind, "where capacity") { $0.conditions = ["capacity=campaign"] }
            add(kind, "where topic, genre") { $0.conditions = ["topic=independence-20", "genre=news"] }
            add(kind, "where genre, tone") { $0.conditions = ["genre=news", "tone=negative"] }
            add(kind, "tone=negative") { $0.attributeBy = "tone=negative" }
            add(kind, "paid airtime") { $0.genres = ["paid-advertising", "free-airtime"] }
            add(kind, "days") { $0.from = LocalDate("2012-01-02"); $0.to = LocalDate("2012-01-09") }
            add(kind, "outlets") { $0.outlets = ["khabar", "golos-respubliki"] }
        }
        for variable in codebook.variables where variable.level != .interval {
            add(.breakdown, "by \(variable.id)") { $0.by = variable.id }
            add(.breakdown, "by \(variable.id), items, all") { $0.by = variable.id; $0.weight = .items; $0.subjects = .all }
        }
        for week in 1...4 {
            add(.weekly, "week \(week)") { $0.week = week }
        }
        add(.weekly, "week 3, institutions") { $0.week = 3; $0.attributeInstitutions = true }
        for group in [OutletGrouping.ownership, .medium, .language, .genre] {
            add(.compare, "by \(group)") { $0.group = group }
        }
        add(.compare, "two outlets, items") { $0.outlets = ["khabar", "kazakhstan-tv"]; $0.weight = .items }
        add(.compare, "where capacity") { $0.group = .medium; $0.conditions = ["capacity=official"] }
        add(.weekly, "week 2, where topic") { $0.week = 2; $0.conditions = ["topic=campaign"] }
        return result
    }

    /// Each report in each format, from both sums tables — `codingSum` with its values, and
    /// `codingSumWithoutValues` for every report that needs no value (as the command line and the
    /// server read them) — and from a fresh count of the codings: the same bytes.
    func expectSameFigures(_ db: MonitoringDatabase, formats: [ReportFormat] = [.json, .csv, .md, .table], _ context: String) throws {
        var withoutValues = 0
        // A codebook without the variables a request names (the last release's) runs the others.
        let requests = Self.requests(db.codebook).filter { _, request, _ in
            (request.conditions + [request.attributeBy].compactMap { $0 }).allSatisfy { db.codebook.variable(VariableAssignment($0)?.variable ?? "") != nil }
        }
        for (kind, request, what) in requests {
            let fromCodings = try request.render(kind, codebook: db.codebook) { days, outlets in try db.codedRows(days: days, outlets: outlets) }
            if !request.readsValues(kind) { withoutValues += 1 }
            for values in Set([true, request.readsValues(kind)]) {
                let fromSums = try request.render(kind, codebook: db.codebook) { days, outlets in
                    try db.codingSums(days: days, outlets: outlets, values: values)
                }
                for format in formats {
                    let a = String(decoding: try fromSums.data(format), as: UTF8.self)
                    let b = String(decoding: try fromCodings.data(format), as: UTF8.self)
                    #expect(a == b, "\(context): report \(kind) \(what) as \(format) differs between the sums (\(values ? "codingSum" : "codingSumWithoutValues")) and the codings")
                }
            }
        }
        // Most of the reports compared read the value-free sums.
        #expect(withoutValues > requests.count / 2, "\(context): \(withoutValues) of \(requests.count) reports read the value-free sums")
        // The rows themselves: the value-free table's are codingSum's summed over their values.
        let summed = Dictionary(try db.codingSums().map { (RowKey($0), $0) }, uniquingKeysWith: { a, b in
            var a = a
            a.amount = Millionths.value(Millionths.of(a.amount) + Millionths.of(b.amount))
            a.direct = Millionths.value(Millionths.of(a.direct ?? 0) + Millionths.of(b.direct ?? 0))
            a.codings += b.codings
            return a
        })
        let read = try db.codingSums(values: false)
        #expect(read.count == summed.count, "\(context): \(read.count) value-free rows, codingSum sums to \(summed.count)")
        for row in read {
            let other = summed[RowKey(row)]
            #expect(row.values.isEmpty && other?.amount == row.amount && other?.direct == row.direct && other?.codings == row.codings,
                    "\(context): the value-free sum of \(row.outlet) \(row.date) \(row.subject) is not codingSum's summed over its values")
        }
    }

    /// A sums row's key without its values.
    struct RowKey: Hashable {
        var outlet: String, date: LocalDate, subject: String, unit: AmountUnit, genre: String?, tone: Tone, insideWindow: Bool?
        init(_ row: CodedRow) {
            outlet = row.outlet; date = row.date; subject = row.subject; unit = row.unit; genre = row.genre; tone = row.tone
            insideWindow = row.insideWindow
        }
    }

    /// Which sums each report reads: only an option on a variable of the codebook's own needs values.
    @Test func reportsThatNeedNoValueReadTheValueFreeSums() {
        func reads(_ kind: ReportKind, _ change: (inout ReportRequest) -> Void = { _ in }) -> Bool {
            var request = ReportRequest()
            change(&request)
            return request.readsValues(kind)
        }
        for kind in [ReportKind.share, .tone, .weekly, .compare] {
            #expect(!reads(kind), "plain \(kind)")
            #expect(!reads(kind) { $0.attributeInstitutions = true; $0.weight = .items; $0.genres = ["news"]; $0.outlets = ["khabar"] })
            #expect(!reads(kind) { $0.conditions = ["genre=news", "tone=positive"] })
            #expect(!reads(kind) { $0.attributeBy = "tone=negative" })
            #expect(reads(kind) { $0.conditions = ["genre=news", "capacity=official"] })
            #expect(reads(kind) { $0.attributeBy = "capacity=official" })
            #expect(reads(kind) { $0.conditions = ["not an assignment"] })
        }
        #expect(!reads(.breakdown) { $0.by = "tone" } && !reads(.breakdown) { $0.by = "genre" })
        #expect(reads(.breakdown) { $0.by = "topic" } && reads(.breakdown) { $0.by = "capacity" })
        #expect(ReportRequest.readsValues(conditions: ["capacity=campaign"]) && !ReportRequest.readsValues(conditions: ["genre=news"]))
    }

    /// The last release's database, migrated (v4-sums counts the sums, v5 sums them over the
    /// values): every report gives the same figures from both tables as from the codings.
    @Test func theLastReleasesDatabaseGivesTheSameFiguresFromBothTablesWhenMigrated() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mediamon-sums-fixture-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/v2-release/monitoring.sqlite")
        let path = folder.appendingPathComponent("monitoring.sqlite").path
        try FileManager.default.copyItem(atPath: fixture.path, toPath: path)
        _ = try MonitoringDatabase.migrate(at: path)
        let db = try MonitoringDatabase.open(at: path)
        #expect(try db.read { try db.sumsDisagreements($0) }.count == 0)
        #expect(try db.codingSums(values: false).reduce(0) { $0 + $1.codings } == (try db.codedRows().filter(\.isPrimary).count))
        try expectSameFigures(db, formats: [.json, .csv], "the migrated fixture")
    }

    @Test func theDemoGivesTheSameFiguresFromTheSumsInEveryReportAndFormat() throws {
        let db = try #require(Self.demo)
        // The sums are far fewer rows than the codings they stand for.
        let sums = try db.codingSums(), codings = try db.codedRows()
        #expect(sums.reduce(0) { $0 + $1.codings } == codings.filter(\.isPrimary).count)
        #expect(sums.count < codings.count)
        try expectSameFigures(db, formats: [.json, .csv, .md, .table, .html], "demo")

        let references = try db.referenceFigures()
        let fromSums = try ReferenceReport(codebook: db.codebook).compare(references, rows: sums)
        #expect(fromSums == (try ReferenceReport(codebook: db.codebook).compare(references, rows: codings)))
        let full = MissionReport(codebook: db.codebook).document(sums, references: fromSums, codings: codings)
        #expect(DocumentText.markdown(full) == DocumentText.markdown(MissionReport(codebook: db.codebook).document(codings, references: fromSums)))
        #expect(try db.read { try db.sumsDisagreements($0) }.count == 0)
    }

    /// A small deterministic generator: the same edits every run.
    struct Random {
        var state: UInt64
        mutating func next(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(n))
        }
        mutating func pick<T>(_ xs: [T]) -> T { xs[next(xs.count)] }
    }

    static let outlets = ["khabar", "kazakhstan-tv", "golos-respubliki", "channel-31"]
    static let subjects = ["nur-otan", "ak-zhol", "osdp", "president", "government", "knpk"]
    static let genres = ["news", "interview", "current-affairs", "paid-advertising"]
    static let tones = ["positive", "neutral", "negative"]
    static let capacities = ["official", "campaign", "other", ""]
    static let topics = ["campaign", "economy-social", "independence-20", ""]

    /// A sheet of items on broadcast (some outside the 18:00–24:00 window) and in print, some
    /// coded by two coders, with capacity and topic given or left to their defaults.
    func randomSheet(_ random: inout Random) -> String {
        var sheet = "outlet,date,start,end,page,area,title,genre,subject,amount,direct,tone,coder,capacity,topic\n"
        for item in 0..<60 {
            let outlet = random.pick(Self.outlets)
            let date = "2012-01-\(String(format: "%02d", 1 + random.next(12)))"
            let print = outlet == "golos-respubliki"
            let hour = random.pick([12, 17, 18, 20, 23])
            let start = String(format: "%02d:%02d:00", hour, item % 60), end = String(format: "%02d:%02d:30", hour, item % 60)
            let genre = random.pick(Self.genres), topic = random.pick(Self.topics)
            let coders = random.next(3) == 0 ? ["aigerim", "bolat"] : [random.pick(["aigerim", "bolat"])]
            for coder in coders {
                var subjects = Self.subjects
                for _ in 0..<(1 + random.next(3)) {
                    let subject = subjects.remove(at: random.next(subjects.count))
                    let amount = print ? String(1 + random.next(40)) + (random.next(2) == 0 ? ".5" : "") : String(1 + random.next(9))
                    let direct = print ? "" : (random.next(2) == 0 ? "" : String(random.next(2)))
                    sheet += [outlet, date, print ? "" : start, print ? "" : end, print ? "2" : "", print ? "400" : "",
                              "Item \(item)", genre, subject, amount, direct, random.pick(Self.tones), coder,
                              random.pick(Self.capacities), topic].joined(separator: ",") + "\n"
                }
            }
        }
        return sheet
    }

    static let addedVariable = """
          - id: format
            of: coding
            level: nominal
            required: false
            name: {en: Format, ru: Формат, kk: Формат}
            categories:
              - {id: report, key: r, name: {en: Report, ru: Репортаж, kk: Репортаж}}
              - {id: quote, key: q, name: {en: Quote, ru: Цитата, kk: Дәйексөз}}

        """

    @Test func randomEditsRemovalsReconcilesAndAmendsKeepTheSumsEqualToTheCodings() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mediamon-sums-random-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("monitoring.sqlite").path
        var yaml = try String(contentsOf: ShippedCodebooks.kazakhstan2012, encoding: .utf8)
        var db = try MonitoringDatabase.create(at: path, codebook: try CodebookReader().read(yaml: yaml, file: "kz.yaml"), yaml: yaml, source: "kz.yaml")
        var random = Random(state: 2012)
        _ = try db.importSheet(try CodingSheetReader(codebook: db.codebook).read(Data(randomSheet(&random).utf8), file: "random.csv"))
        let first = try db.read { try db.sumsDisagreements($0) }
        #expect(first.count == 0, "after the first sheet: \(first.examples.joined(separator: "; "))")
        // A second sheet on the same items: another coder's codings beside the first's.
        _ = try db.importSheet(try CodingSheetReader(codebook: db.codebook).read(Data(randomSheet(&random).utf8), file: "second.csv"))
        try expectSameFigures(db, "after the sheets")

        func agree(_ step: String) throws {
            let wrong = try db.read { try db.sumsDisagreements($0) }
            #expect(wrong.count == 0, "\(step): \(wrong.examples.joined(separator: "; "))")
        }
        try agree("after the sheets")
        var done = Set<String>()
        for step in 0..<120 {
            let items = try db.segments().filter { $0.codings > 0 }
            let item = random.pick(items)
            let codings = try db.codings(ofSegment: item.id)
            let coder = random.pick(["aigerim", "bolat"])
            let subject = random.pick(Self.subjects)
            var what = ""
            do {
                // Two amendments, at fixed steps; random edits otherwise.
                switch step == 40 || step == 80 ? 7 : random.next(7) {
                case 0, 1:
                    what = "code \(subject) in \(item.id)"
                    var values: VariableValues = [:]
                    if let c = random.pick(Self.capacities).nilIfEmpty { values["capacity"] = c }
                    try db.code(NewCoding(subject: subject, amount: Double(1 + random.next(5)), tone: Tone(rawValue: random.pick(Self.tones))!,
                                          coder: coder, values: values), segment: item.id, genre: random.next(2) == 0 ? random.pick(Self.genres) : nil)
                case 2:
                    guard let c = codings.randomElement(using: &random) else { continue }
                    what = "remove \(c.subject) of \(c.coder) in \(item.id)"
                    try db.removeCoding(segment: item.id, subject: c.subject, coder: c.coder)
                case 3:
                    what = "genre of \(item.id)"
                    try db.setGenre(random.next(4) == 0 ? nil : random.pick(Self.genres), segment: item.id, coder: coder)
                case 4:
                    what = "topic of \(item.id)"
                    try db.setItemValues(["topic": random.pick(Array(Self.topics.dropLast()))], segment: item.id, coder: coder)
                case 5:
                    what = "reconcile \(item.id) to \(coder)"
                    _ = try db.reconcile(segment: item.id, use: coder, by: "lead")
                case 6:
                    // The team server moves a broadcast item: another day or hour, in or out of the window.
                    guard let start = item.start else { continue }
                    let hour = random.pick([0, 12, 19, 23])
                    let moved = TimeOfDay(seconds: hour * 3600 + start.seconds % 3600)!
                    what = "move \(item.id) to \(moved)"
                    _ = try db.moveItem(item.id, start: moved, end: TimeOfDay(seconds: moved.seconds + 30)!, ifVersion: nil, by: "lead")
                default:
                    // Amend: a new variable (no default: stored codings must not read as a value nobody coded), then a monitoring window moved.
                    if !yaml.contains("id: format") {
                        what = "amend: a variable"
                        yaml = yaml.replacingOccurrences(of: "  - id: topic\n", with: Self.addedVariable + "  - id: topic\n")
                    } else {
                        what = "amend: the window"
                        yaml = yaml.replacingOccurrences(of: "window: {from: \"18:00\", to: \"24:00\"}", with: "window: {from: \"19:00\", to: \"24:00\"}")
                    }
                    _ = try db.amend(to: try CodebookReader().read(yaml: yaml, file: "new.yaml"), yaml: yaml, source: "new.yaml")
                    db = try MonitoringDatabase.open(at: path)
                }
            } catch is InputError {
                continue  // a refused edit (an amount past the item, say) changes nothing
            } catch is InputErrors {
                continue
            } catch {
                Issue.record("step \(step): \(what): \(error)")
                throw error
            }
            done.insert(String(what.prefix { $0 != " " }))
            try agree("step \(step): \(what)")
            if step % 20 == 0 || what.hasPrefix("amend") { try expectSameFigures(db, formats: [.json], "step \(step): \(what)") }
        }
        #expect(yaml.contains("id: format") && yaml.contains("19:00"), "both amendments ran")
        #expect(done == ["code", "remove", "genre", "topic", "reconcile", "move", "amend:"], "every kind of edit ran at least once")
        try expectSameFigures(db, "after the edits")
    }
}

extension String {
    fileprivate var nilIfEmpty: String? { isEmpty ? nil : self }
}

extension Array {
    fileprivate func randomElement(using random: inout CodingSumsTests.Random) -> Element? {
        isEmpty ? nil : self[random.next(count)]
    }
}
