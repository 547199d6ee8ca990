import Foundation
import MediaModel

/// CSV and JSON of tone, weekly and comparison reports: one row per figure, ids not names, full
/// precision, so scripts can recompute and join. JSON shapes follow DESIGN §6 where it fixes them.
public struct FigureData: Sendable {
    public init() {}

    // MARK: Tone

    /// `{"rows": [{"outlet", "subject", "tone", "amount", "ofSubject", "ofTone"}]}`, plus `"unit"` per row
    /// (an addition: a row's amount means nothing without its unit).
    public func toneJSON(_ tables: [ToneTable]) throws -> String {
        struct Row: Encodable { var outlet, subject, tone, unit: String; var amount, ofSubject, ofTone: Double }
        struct Root: Encodable { var rows: [Row] }
        let rows = tables.flatMap { t in
            t.rows.map { Row(outlet: $0.outlet, subject: $0.subject, tone: $0.tone.rawValue, unit: t.unit.rawValue,
                             amount: $0.amount, ofSubject: $0.ofSubject, ofTone: $0.ofTone) }
        }
        return try encode(Root(rows: rows))
    }

    public func toneCSV(_ tables: [ToneTable]) -> String {
        var out = "outlet,subject,tone,unit,amount,of_subject,of_tone\n"
        for t in tables {
            for r in t.rows {
                out += "\(csv(r.outlet)),\(csv(r.subject)),\(r.tone.rawValue),\(t.unit.rawValue),\(r.amount),\(r.ofSubject),\(r.ofTone)\n"
            }
        }
        return out
    }

    // MARK: Weekly

    public func weeklyJSON(_ report: WeeklyReport) throws -> String {
        /// `previousShare` and `change` are null, not missing, in a first week: the keys are always there.
        struct Share: Encodable {
            var subject: String; var amount, share: Double; var previousShare, change: Double?
            enum CodingKeys: String, CodingKey { case subject, amount, share, previousShare, change }
            func encode(to encoder: Encoder) throws {
                var c = encoder.container(keyedBy: CodingKeys.self)
                try c.encode(subject, forKey: .subject)
                try c.encode(amount, forKey: .amount)
                try c.encode(share, forKey: .share)
                try c.encode(previousShare, forKey: .previousShare)
                try c.encode(change, forKey: .change)
            }
        }
        struct Tone: Encodable { var subject, tone: String; var amount, ofSubject, ofTone: Double }
        struct Section: Encodable { var outlet, unit: String; var total: Double; var shares: [Share]; var tone: [Tone] }
        struct Root: Encodable {
            var week: Int; var iso: Bool; var from, to: String; var previous: Int?; var outlets: [Section]
            enum CodingKeys: String, CodingKey { case week, iso, from, to, previous, outlets }
            func encode(to encoder: Encoder) throws {
                var c = encoder.container(keyedBy: CodingKeys.self)
                try c.encode(week, forKey: .week)
                try c.encode(iso, forKey: .iso)
                try c.encode(from, forKey: .from)
                try c.encode(to, forKey: .to)
                try c.encode(previous, forKey: .previous)
                try c.encode(outlets, forKey: .outlets)
            }
        }
        let root = Root(week: report.week.number, iso: report.week.isISO, from: report.week.days.first.description,
                        to: report.week.days.last.description, previous: report.previous?.number,
                        outlets: report.sections.map { s in
                            Section(outlet: s.outlet, unit: s.unit.rawValue, total: s.total,
                                    shares: s.shares.map { Share(subject: $0.subject, amount: $0.amount, share: $0.share,
                                                                 previousShare: $0.previousShare, change: $0.change) },
                                    tone: s.tone.map { Tone(subject: $0.subject, tone: $0.tone.rawValue, amount: $0.amount,
                                                            ofSubject: $0.ofSubject, ofTone: $0.ofTone) })
                        })
        return try encode(root)
    }

    public func weeklyCSV(_ report: WeeklyReport) -> String {
        var out = "week,outlet,subject,unit,amount,share,previous_share,change\n"
        for s in report.sections {
            for r in s.shares {
                out += "\(report.week.number),\(csv(s.outlet)),\(csv(r.subject)),\(s.unit.rawValue),\(r.amount),\(r.share),"
                    + "\(r.previousShare.map { "\($0)" } ?? ""),\(r.change.map { "\($0)" } ?? "")\n"
            }
        }
        return out
    }

    // MARK: Comparison

    /// `{"grouping", "tables": [{"unit", "rows": [{"group", "subject", "amount", "share", "direct", "directShare",
    /// "positive", "neutral", "negative"}]}]}`: tone as the subject's profile in the group.
    public func compareJSON(_ shares: [ShareTable], tones: [ToneTable], grouping: OutletGrouping) throws -> String {
        struct Row: Encodable {
            var group, subject: String
            var amount, share, direct, directShare, positive, neutral, negative: Double
        }
        struct Table: Encodable { var unit: String; var rows: [Row] }
        struct Root: Encodable { var grouping: String; var tables: [Table] }
        let tables = shares.map { t in
            let tone = tones.first { $0.unit == t.unit }
            return Table(unit: t.unit.rawValue, rows: t.rows.map { r in
                Row(group: r.outlet, subject: r.subject, amount: r.amount, share: r.share, direct: r.direct, directShare: r.directShare,
                    positive: tone?.ofSubject(r.subject, .positive, in: r.outlet) ?? 0,
                    neutral: tone?.ofSubject(r.subject, .neutral, in: r.outlet) ?? 0,
                    negative: tone?.ofSubject(r.subject, .negative, in: r.outlet) ?? 0)
            })
        }
        return try encode(Root(grouping: grouping.rawValue, tables: tables))
    }

    public func compareCSV(_ shares: [ShareTable], tones: [ToneTable], grouping: OutletGrouping) -> String {
        var out = "group,subject,unit,amount,share,positive,neutral,negative\n"
        for t in shares {
            let tone = tones.first { $0.unit == t.unit }
            for r in t.rows {
                let profile = Tone.allCases.map { "\(tone?.ofSubject(r.subject, $0, in: r.outlet) ?? 0)" }.joined(separator: ",")
                out += "\(csv(r.outlet)),\(csv(r.subject)),\(t.unit.rawValue),\(r.amount),\(r.share),\(profile)\n"
            }
        }
        return out
    }

    func encode<T: Encodable>(_ value: T) throws -> String {
        String(decoding: try JSONOutput.encoder.encode(value), as: UTF8.self) + "\n"
    }

    /// A CSV field, quoted when it holds a comma, quote or line break.
    func csv(_ field: String) -> String {
        CSVCell.escape(field)
    }
}
