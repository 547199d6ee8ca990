import Foundation
import Testing

/// A mission for another country needs only a codebook: French outlets publishing in French, its
/// own monitoring window and institutions, initialised, coded and reported through the command line.
@Suite(.serialized) struct ForeignMissionEndToEndTests {
    static let codebook = """
        mission: {en: "French presidential election, first round, 10 April 2022", ru: "Президентские выборы во Франции, 10 апреля 2022 года"}
        period: {from: 2022-03-28, to: 2022-04-08}
        timeZone: Europe/Paris
        window: {from: "19:00", to: "23:00"}
        genres:
          - {id: news, name: {en: News, ru: Новости, kk: Жаңалықтар}}
          - {id: paid-advertising, name: Paid advertising, editorial: false}
        subjects:
          - {id: lrem, kind: party, name: La République en marche, aliases: [LREM]}
          - {id: rn, kind: party, name: Rassemblement national, aliases: [RN]}
          - {id: lfi, kind: party, name: La France insoumise, aliases: [LFI]}
          - {id: gouvernement, kind: institution, affiliation: lrem, name: {en: Government, ru: Правительство, kk: Үкімет}, aliases: [Gouvernement]}
        outlets:
          - {id: france-2, name: France 2, medium: tv, ownership: state, languages: [fr], xmltv: [france2.fr]}
          - {id: tf1, name: TF1, medium: tv, ownership: private, languages: [fr]}
          - {id: le-monde, name: Le Monde, medium: print, ownership: private, languages: [fr, en]}
        """

    /// France 2 at 20:00 (inside 19:00–23:00): LREM 60 s, RN 30 s, LFI 10 s, the Government 50 s;
    /// at 18:30 (outside the window) RN 500 s that must not count. Le Monde: 300 cm² LFI, 100 cm² RN.
    static let sheet = """
        outlet,date,start,end,page,area,title,genre,subject,amount,direct,tone,coder
        france-2,2022-04-01,20:00:00,20:05:00,,,Journal de 20 heures,news,lrem,60,,positive,claire
        france-2,2022-04-01,20:00:00,20:05:00,,,Journal de 20 heures,news,rn,30,,negative,claire
        france-2,2022-04-01,20:00:00,20:05:00,,,Journal de 20 heures,news,lfi,10,,neutral,claire
        france-2,2022-04-01,20:00:00,20:05:00,,,Journal de 20 heures,news,gouvernement,50,,neutral,claire
        france-2,2022-04-01,18:30:00,18:45:00,,,Journal de 18 heures,news,rn,500,,neutral,claire
        le-monde,2022-04-02,,,3,600,La campagne,news,lfi,300,,neutral,claire
        le-monde,2022-04-02,,,3,600,La campagne,news,rn,100,,negative,claire

        """

    func mission() throws -> CommandLine {
        let cli = try CommandLine()
        try cli.write("fr.yaml", Self.codebook)
        try cli.write("sheet.csv", Self.sheet)
        let check = try cli.run("codebook", "check", "fr.yaml")
        #expect(check.status == 0, "\(check.stderr)")
        let created = try cli.run("init", "--codebook", "fr.yaml", "--db", "fr.sqlite")
        #expect(created.status == 0, "\(created.stderr)")
        let coded = try cli.run("code", "import", "sheet.csv", "--db", "fr.sqlite")
        #expect(coded.status == 0, "\(coded.stderr)")
        return cli
    }

    func shares(_ cli: CommandLine, _ extra: String...) throws -> [String: Double] {
        let result = try cli.runArray(["report", "share", "--db", "fr.sqlite", "--format", "json"] + extra)
        #expect(result.status == 0, "\(result.stderr)")
        let body = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let tables = (body["tables"] as? [[String: Any]]) ?? [body]
        var out: [String: Double] = [:]
        for table in tables {
            for row in table["rows"] as? [[String: Any]] ?? [] {
                out["\(row["outlet"] as? String ?? "")/\(row["subject"] as? String ?? "")"] = row["share"] as? Double
            }
        }
        return out
    }

    @Test func aFrenchMissionInitsCodesAndReports() throws {
        let cli = try mission()
        let plain = try shares(cli)
        // Among the contestants, inside the window: 60 / 100.
        #expect(abs((plain["france-2/lrem"] ?? -1) - 60) < 1e-9)
        #expect(abs((plain["france-2/rn"] ?? -1) - 30) < 1e-9, "the 18:30 item lies outside 19:00–23:00")
        #expect(abs((plain["le-monde/lfi"] ?? -1) - 75) < 1e-9)
        // The Government folds into LREM: (60 + 50) / 150.
        let attributed = try shares(cli, "--attribute-institutions")
        #expect(abs((attributed["france-2/lrem"] ?? -1) - 110.0 / 150 * 100) < 1e-9)

        let md = try cli.run("report", "share", "--db", "fr.sqlite", "--format", "md")
        #expect(md.stdout.contains("French presidential election") && md.stdout.contains("(19:00–23:00)"))
        #expect(!md.stdout.contains("18:00"), "the window is the codebook's, not Kazakhstan's")
    }

    @Test func outletsInAnyLanguageAreGroupedAndNamedInTheReadersLanguage() throws {
        let cli = try mission()
        let russian = try cli.run("report", "compare", "--db", "fr.sqlite", "--group", "language", "--lang", "ru")
        #expect(russian.status == 0, "\(russian.stderr)")
        #expect(russian.stdout.contains("Президентские выборы во Франции"))
        #expect(russian.stdout.lowercased().contains("француз"), "\(russian.stdout)")
        #expect(russian.stdout.contains("60,0"))
        let json = try cli.run("report", "compare", "--db", "fr.sqlite", "--group", "language", "--format", "json")
        #expect(json.stdout.contains("\"group\" : \"fr\""), "\(json.stdout)")
    }

    @Test func aLanguageThatIsNoCodeIsRefusedWithItsLine() throws {
        let cli = try CommandLine()
        try cli.write("bad.yaml", Self.codebook.replacingOccurrences(of: "private, languages: [fr]}", with: "private, languages: [French]}"))
        let check = try cli.run("codebook", "check", "bad.yaml")
        #expect(check.status == 1)
        #expect(check.stderr.contains("bad.yaml:15") && check.stderr.contains("\"French\" is not a language code"), "\(check.stderr)")
    }
}
