import ArgumentParser
import Foundation
import MediaModel
import MediaServer
import MediaStore

struct UsersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "users",
        abstract: "Accounts of the team server: add, list, change a password, remove.",
        discussion: """
            Roles: monitor (codes the outlets and days assigned to them, sees their own
            codings only), analyst (all codings, assignments, reliability, reports), admin
            (users too). There is no default account and no default password.

            Example:
              mediamon users add aigerim --role monitor
              echo "$PASSWORD" | mediamon users add dana --role analyst --password-stdin
              mediamon users list
            """,
        subcommands: [Add.self, List.self, Passwd.self, Remove.self]
    )

    struct PasswordInput: ParsableArguments {
        @Flag(help: "Read the password from the first line of standard input instead of a prompt.") var passwordStdin = false

        /// The new password: one line of standard input, or typed twice at a prompt without echo.
        func read(for name: String) throws -> String {
            if passwordStdin {
                guard let line = Swift.readLine(strippingNewline: true), !line.isEmpty else {
                    throw InputError(field: "--password-stdin", "standard input has no password line")
                }
                return line
            }
            guard isatty(STDIN_FILENO) != 0 else {
                throw ValidationError("no terminal to ask the password at: use --password-stdin")
            }
            let first = try prompt("Password for \(name): ")
            let second = try prompt("Again: ")
            guard first == second else { throw InputError(field: "password", "the two passwords differ; nothing changed") }
            return first
        }

        private func prompt(_ text: String) throws -> String {
            FileHandle.standardError.write(Data(text.utf8))
            var saved = termios()
            tcgetattr(STDIN_FILENO, &saved)
            var silent = saved
            silent.c_lflag &= ~tcflag_t(ECHO)
            tcsetattr(STDIN_FILENO, TCSANOW, &silent)
            defer {
                tcsetattr(STDIN_FILENO, TCSANOW, &saved)
                FileHandle.standardError.write(Data("\n".utf8))
            }
            return Swift.readLine(strippingNewline: true) ?? ""
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add an account.",
            discussion: """
                The password (10 characters or more) is asked at a prompt, or read with
                --password-stdin; it is stored as a slow salted hash (PBKDF2-HMAC-SHA256).

                Example:
                  mediamon users add aigerim --role monitor
                """
        )
        @OptionGroup var database: DatabaseOptions
        @Argument(help: "The account name (also the coder name in the audit log).") var name: String
        @Option(help: "admin, analyst or monitor.") var role: Role
        @OptionGroup var password: PasswordInput

        func run() throws {
            let db = try database.open()
            try MonitoringDatabase.checkAccountName(name)
            if try db.account(named: name) != nil { throw InputError(field: "name", "there is already an account \"\(name)\"") }
            let hash = try PasswordHasher().hash(try password.read(for: name))
            try db.addAccount(name: name, role: role, passwordHash: hash)
            print("Added \(role.rawValue) \(name)")
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the accounts and their roles.",
            discussion: "Example:\n  mediamon users list --format json"
        )
        @OptionGroup var database: DatabaseOptions
        @Option(help: "table or json.") var format: TableOrJSON = .table

        func run() throws {
            let accounts = try database.open().accounts()
            if format == .json {
                struct Row: Encodable { var name: String; var role: String; var createdAt: String }
                struct Body: Encodable { var users: [Row] }
                return try printJSON(Body(users: accounts.map { Row(name: $0.name, role: $0.role.rawValue, createdAt: $0.createdAt) }))
            }
            if accounts.isEmpty { print("No accounts yet: add one with `mediamon users add NAME --role admin`."); return }
            for account in accounts { print("\(account.name)\t\(account.role.rawValue)\t\(account.createdAt)") }
        }
    }

    struct Passwd: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "passwd",
            abstract: "Set a new password for an account; its open sessions end.",
            discussion: "Example:\n  mediamon users passwd aigerim"
        )
        @OptionGroup var database: DatabaseOptions
        @Argument(help: "The account name.") var name: String
        @OptionGroup var password: PasswordInput

        func run() throws {
            let db = try database.open()
            guard try db.account(named: name) != nil else { throw InputError(field: "name", "there is no account \"\(name)\"") }
            try db.setPasswordHash(try PasswordHasher().hash(try password.read(for: name)), of: name)
            print("Changed the password of \(name); their sessions have ended")
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Remove an account (its codings and audit entries stay).",
            discussion: "Example:\n  mediamon users remove aigerim"
        )
        @OptionGroup var database: DatabaseOptions
        @Argument(help: "The account name.") var name: String

        func run() throws {
            try database.open().removeAccount(name)
            print("Removed \(name)")
        }
    }
}

extension Role: ExpressibleByArgument {}
