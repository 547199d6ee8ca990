import Foundation
import Testing

/// `--lang` as a user gives it: the demo prints and writes its reports in Kazakh or Russian.
@Suite(.serialized) struct LanguageEndToEndTests {
    @Test(arguments: [("kk", "Сайлауға қатысушы партиялардың қамту үлесі", "Бұл есепті қалай оқу керек"),
                      ("ru", "Доля освещения партий, участвующих в выборах", "Как читать этот отчёт")])
    func demoPrintsAndWritesTheReportInTheLanguageAsked(_ language: String, _ shareTitle: String, _ howToRead: String) throws {
        let cli = try CommandLine()
        let demo = try cli.run("demo", "--out", "demo", "--lang", language)
        #expect(demo.status == 0, "\(demo.stderr)")
        #expect(demo.stdout.contains(shareTitle) && demo.stdout.contains("24,0"), "\(demo.stdout.prefix(1500))")
        // Printed tables: no English heading, label or note (paths and the tool's name aside).
        // A command hint such as "(mediamon report rules)" may wrap onto the next line: drop hints first.
        let hintsRemoved = demo.stdout.replacingOccurrences(of: #"\(mediamon[^)]*\)"#, with: " ", options: .regularExpression)
        let tables = hintsRemoved.split(separator: "\n").filter { !$0.contains("/") && !$0.contains("mediamon") }.joined(separator: "\n")
        let english = Set(tables.split { !($0.isASCII && $0.isLetter) }.filter { $0.count > 1 && $0 != "attribute" && $0 != "institutions" })
        #expect(english.isEmpty, "\(english.sorted())")

        let html = try String(contentsOfFile: cli.path("demo/report.html"), encoding: .utf8)
        #expect(html.contains("lang=\"\(language)\"") && html.contains(howToRead) && !html.contains("How to read"))
        let markdown = try String(contentsOfFile: cli.path("demo/report.md"), encoding: .utf8)
        #expect(markdown.contains("## \(howToRead)") && markdown.contains(shareTitle))
        let workbook = try Data(contentsOf: URL(fileURLWithPath: cli.path("demo/report.xlsx")))
        #expect(workbook.starts(with: Data("PK".utf8)))

        let tone = try cli.run("report", "tone", "--db", "demo/monitoring.sqlite", "--lang", language, "--outlet", "golos-respubliki")
        #expect(tone.status == 0 && tone.stdout.contains("86,0"), "\(tone.stdout)")

        // report breakdown by a codebook's own variable: titles, columns and units in the language asked.
        let breakdown = try cli.run("report", "breakdown", "--by", "capacity", "--db", "demo/monitoring.sqlite", "--lang", language)
        let words = Set(breakdown.stdout.split { !($0.isASCII && $0.isLetter) }.filter { $0.count > 1 }.map(String.init))
        #expect(breakdown.status == 0 && breakdown.stdout.contains(",") && words.isEmpty, "\(words.sorted()) in \(breakdown.stdout.prefix(800))")
    }

    @Test func aLanguageWithoutACatalogueIsMisuse() throws {
        let cli = try CommandLine()
        let result = try cli.run("demo", "--out", "demo", "--lang", "de")
        #expect(result.status == 2 && result.stderr.contains("--lang"), "\(result.stderr)")
    }
}
