import Foundation
import MediaModel

/// Writes share tables as CSV or JSON (the shape of DESIGN §6); the other formats go through `ReportDocument`.
public struct ShareRenderer: Sendable {
    public let codebook: Codebook
    public let language: Language

    public init(codebook: Codebook, language: Language = .en) {
        self.codebook = codebook
        self.language = language
    }

    func subjectName(_ id: String) -> String { codebook.subject(id)?.name.in(language) ?? id }
    func outletName(_ id: String) -> String { codebook.outlet(id)?.name.in(language) ?? id }

    public func csv(_ tables: [ShareTable]) -> String {
        var out = "outlet,subject,unit,amount,share,direct,direct_share\n"
        for t in tables {
            for r in t.rows {
                // Direct speech is coded only on air: print and online rows leave both cells empty, not 0.
                let direct = t.unit == .seconds ? "\(r.direct.formatted),\(r.directShare)" : ","
                out += "\(r.outlet),\(r.subject),\(t.unit.rawValue),\(r.amount.formatted),\(r.share),\(direct)\n"
            }
        }
        return out
    }

    struct JSONRow: Encodable {
        var outlet: String
        var subject: String
        var amount: Double
        var share: Double
        var direct: Double
        var directShare: Double
    }

    struct JSONTable: Encodable {
        var unit: String
        var rows: [JSONRow]
    }

    struct JSONTables: Encodable {
        var tables: [JSONTable]
    }

    /// `{"unit": "seconds", "rows": [...]}`, or `{"tables": [...]}` when outlets of several media are mixed.
    public func json(_ tables: [ShareTable]) throws -> String {
        let converted = tables.map { t in
            JSONTable(unit: t.unit.rawValue, rows: t.rows.map {
                JSONRow(outlet: $0.outlet, subject: $0.subject, amount: $0.amount, share: $0.share, direct: $0.direct, directShare: $0.directShare)
            })
        }
        let data: Data
        if converted.count == 1 {
            data = try JSONOutput.encoder.encode(converted[0])
        } else {
            data = try JSONOutput.encoder.encode(JSONTables(tables: converted))
        }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
