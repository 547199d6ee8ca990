import Foundation
import GRDB
import MediaModel

/// A piece of imported text that matched a search: a transcript cue or an article.
public struct SearchHit: Sendable, Equatable {
    public enum Kind: String, Sendable { case cue, article }
    public var kind: Kind
    public var outlet: String
    /// The local day of the cue or article.
    public var date: LocalDate
    /// Local time of a cue; nil for an article.
    public var time: TimeOfDay?
    /// The article's item id, or the programme a cue belongs to.
    public var id: Int64
    public var title: String
    public var text: String
}

extension MonitoringDatabase {
    /// Cues and articles whose text, turned into a search key by `key` (the text layer's
    /// script-blind fold, given by the caller so the store needs no text layer), contains `query`'s
    /// key. Cues first, in broadcast order, then articles by day; at most `limit` of each.
    public func search(_ query: String, outlet: String? = nil, limit: Int = 100, key: (String) throws -> String) throws -> [SearchHit] {
        let needle = try key(query)
        guard !needle.isEmpty else { return [] }
        let clock = self.clock
        return try read { db in
            var hits: [SearchHit] = []
            let outletClause = outlet == nil ? "" : " WHERE c.outletID = ?"
            let cues = try Row.fetchCursor(db, sql: """
                SELECT c.outletID, c.programmeID, c.startMs, c.text, p.title FROM cue c JOIN programme p ON p.id = c.programmeID\(outletClause)
                ORDER BY c.startMs, c.id
                """, arguments: StatementArguments(outlet.map { [$0] } ?? []))
            var cueHits = 0
            while cueHits < limit, let row = try cues.next() {
                let text: String = row["text"]
                guard try key(text).contains(needle) else { continue }
                let local = clock.local(Int((row["startMs"] as Int64) / 1000))
                hits.append(SearchHit(kind: .cue, outlet: row["outletID"], date: local.date, time: local.time, id: row["programmeID"],
                                      title: row["title"], text: text))
                cueHits += 1
            }
            let articles = try Row.fetchCursor(db, sql: """
                SELECT id, outletID, date, title, text FROM segment WHERE text IS NOT NULL AND programmeID IS NULL\(outlet == nil ? "" : " AND outletID = ?")
                ORDER BY date, id
                """, arguments: StatementArguments(outlet.map { [$0] } ?? []))
            var articleHits = 0
            while articleHits < limit, let row = try articles.next() {
                let title: String = row["title"], text: String = row["text"]
                guard try key(title).contains(needle) || key(text).contains(needle) else { continue }
                guard let date = LocalDate(row["date"] as String) else {
                    throw InputError(file: path, field: "date", "item \(row["id"] as Int64) has the date \"\(row["date"] as String)\", which is not a date")
                }
                hits.append(SearchHit(kind: .article, outlet: row["outletID"], date: date, time: nil, id: row["id"], title: title, text: text))
                articleHits += 1
            }
            return hits
        }
    }
}
