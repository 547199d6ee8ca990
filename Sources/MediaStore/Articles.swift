import Foundation
import GRDB
import MediaModel

extension MonitoringDatabase {
    /// Stores the articles read from one file as items, in one transaction: every article is
    /// checked against the codebook first, and on any problem nothing of the file is kept.
    /// An article already stored (same outlet, date, URL or page, and title) is a duplicate.
    public func importArticles(_ batch: ArticleBatch) throws -> FileImport {
        var problems: [InputError] = []
        for (i, article) in batch.articles.enumerated() {
            do { try rules.check(article) } catch {
                var located = error
                located.file = batch.file
                if located.line == nil { located.line = batch.info[safe: i]?.line }
                problems.append(located)
            }
        }
        if !problems.isEmpty { throw InputErrors(problems) }
        return try write { db in
            var result = FileImport(file: batch.file, kind: "articles", notes: batch.notes)
            for (i, article) in batch.articles.enumerated() {
                switch try insertSegment(article, db) {
                case .added(let id):
                    result.imported += 1
                    if let info = batch.info[safe: i], info.author != nil || info.section != nil {
                        try db.execute(sql: "UPDATE segment SET author = ?, section = ? WHERE id = ?",
                                       arguments: [info.author, info.section, id])
                    }
                case .existing: result.duplicates += 1
                }
            }
            return result
        }
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
