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
                if located.line == nil { located.line = batch.lines[safe: i] ?? nil }
                problems.append(located)
            }
        }
        if !problems.isEmpty { throw InputErrors(problems) }
        return try write { db in
            var result = FileImport(file: batch.file, kind: "articles", notes: batch.notes)
            for article in batch.articles {
                switch try insertSegment(article, db) {
                case .added: result.imported += 1
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
