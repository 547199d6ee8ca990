import Foundation
import GRDB
import MediaModel

extension MonitoringDatabase {
    /// Every coding as a flat row for aggregation, optionally limited to a span of days and to outlets.
    ///
    /// The item's genre is the one its primary coder gave (else the one it was added with);
    /// `isPrimary` marks the codings reports count.
    public func codedRows(days: DayRange? = nil, outlets: [String] = []) throws -> [CodedRow] {
        var conditions: [String] = []
        var arguments: StatementArguments = []
        if let days {
            conditions.append("s.date BETWEEN ? AND ?")
            arguments += [days.first.description, days.last.description]
        }
        if !outlets.isEmpty {
            conditions.append("s.outletID IN (\(outlets.map { _ in "?" }.joined(separator: ",")))")
            arguments += StatementArguments(outlets)
        }
        let whereClause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        let clock = self.clock
        return try read { db in
            let cursor = try Row.fetchCursor(db, sql: """
                SELECT c.segmentID, s.outletID, s.unit, s.date, s.startUTC,
                       COALESCE(g.genreID, s.genreID) AS genre,
                       c.subjectID, c.amount, c.direct, c.tone, c.coder,
                       (c.coder = s.primaryCoder) AS isPrimary
                FROM coding c
                JOIN segment s ON s.id = c.segmentID
                LEFT JOIN segmentGenre g ON g.segmentID = s.id AND g.coder = s.primaryCoder
                \(whereClause)
                ORDER BY c.segmentID, c.id
                """, arguments: arguments)
            var rows: [CodedRow] = []
            var dates: [String: LocalDate] = [:]
            while let row = try cursor.next() {
                let dateText: String = row[3]
                let date = dates[dateText] ?? LocalDate(dateText)!
                dates[dateText] = date
                let start: String? = row[4]
                rows.append(CodedRow(
                    segmentID: row[0], outlet: row[1], unit: AmountUnit(rawValue: row[2]) ?? .seconds, date: date,
                    localStart: start.flatMap(UTCTimestamp.seconds).map { clock.local($0).time },
                    genre: row[5], subject: row[6], amount: row[7], direct: row[8],
                    tone: Tone(rawValue: row[9]) ?? .neutral, coder: row[10], isPrimary: row[11] ?? false))
            }
            return rows
        }
    }
}
