import Foundation
import Testing

/// `mediamon mentions --date`: an office-holder's name counts on the days its holder held the office.
@Suite struct MentionsDateEndToEndTests {
    func scan(_ text: String, _ extra: [String]) throws -> CommandLine.Result {
        let cli = try CommandLine()
        let folder = cli.folder
        let file = folder.appendingPathComponent("article.txt")
        try text.write(to: file, atomically: true, encoding: .utf8)
        // No database there: the shipped codebook.
        return try CommandLine.run(["mentions", file.path, "--db", folder.appendingPathComponent("none.db").path, "--format", "json"] + extra,
                                   environment: ProcessInfo.processInfo.environment)
    }

    @Test func theTextsDateDecidesWhoHoldsTheOffice() throws {
        let text = "Касым-Жомарт Токаев провел встречу с Олжасом Бектеновым."
        // Without --date, the codebook's period (2011–2012): neither held the office then.
        let period = try scan(text, [])
        #expect(period.status == 0 && !period.stdout.contains("\"president\"") && !period.stdout.contains("\"government\""))
        let later = try scan(text, ["--date", "2024-03-01"])
        #expect(later.status == 0 && later.stdout.contains("\"president\" : 1") && later.stdout.contains("\"government\" : 1"), "\(later.stdout)")
    }

    @Test func aBadDateIsMisuse() throws {
        let bad = try scan("Назарбаев.", ["--date", "2024-02-30"])
        #expect(bad.status == 2 && bad.stderr.contains("2024-02-30"), "\(bad.stderr)")
    }
}
