import ArgumentParser
import Foundation
import MediaModel
import MediaStore

struct MigrateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate",
        abstract: "Upgrade a database made by an earlier mediamon, after a backup.",
        discussion: """
            Copies the file as it is to NAME.before-migrate-<UTC time>Z.sqlite beside it, then brings its schema up to date (every coding, audit entry, item, programme and assignment is kept). Other commands refuse an older database until it is migrated; a database written by a newer mediamon, or an SQLite file that is not a mediamon database, is refused and left untouched.

            Example:
              mediamon migrate --db mission.sqlite
            """
    )

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        switch try MonitoringDatabase.migrate(at: database.db) {
        case .alreadyCurrent:
            print("\(database.db): already up to date; nothing changed")
        case .migrated(let applied, let backup):
            print("\(database.db): applied \(applied.joined(separator: ", "))")
            print("  the file as it was: \(backup)")
        }
    }
}
