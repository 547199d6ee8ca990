import Foundation
import Testing
@testable import MediaText

/// The real third-party texts in ../shared/data: decode them and find their mentions.
@Suite(.enabled(if: SharedData.available)) struct RealTextTests {
    /// KazNERD's Kazakh TV-news sentences, rebuilt from one-token-per-line form.
    static func kazakhNews() throws -> String {
        let text = try TextDecoder().decode(SharedData.data("kazakh/kaznerd_IOB2_test.txt")).text
        var out = "", glue = true
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            guard let token = line.split(separator: " ").first else { out += "\n"; glue = true; continue }
            let closing = [".", ",", "»", ")", ":", ";", "!", "?"].contains(token)
            if !glue && !closing { out += " " }
            out += token
            glue = token == "«" || token == "("
        }
        return out
    }

    @Test func findsEveryNazarbayevInKazakhNews() throws {
        let text = try Self.kazakhNews()
        let mentions = try Shipped.matcher.mentions(in: text)
        let words = try TextNormalizer.words(text)
        let all = words.indices.filter { words[$0].hasPrefix("Назарбаев") }
        // Not the President: his daughter (Дариға Назарбаева) and the school named after him
        // (Назарбаев Зияткерлік мектебі), twice each in this corpus.
        let others = all.filter { i in (i > 0 && words[i - 1] == "Дариға") || (i + 1 < words.count && words[i + 1] == "Зияткерлік") }
        #expect(all.count > 20 && others.count == 4)
        #expect(mentions.filter { $0.subject == "president" && $0.text.contains("Назарбаев") }.count == all.count - others.count)
    }

    @Test func findsNoPartyInHomelandOrDomestic() throws {
        let mentions = try Shipped.matcher.mentions(in: try Self.kazakhNews())
        // «Отан» (homeland) and «отандық» (domestic) alone are not Nur Otan.
        #expect(mentions.allSatisfy { !$0.text.hasPrefix("Отан") && !$0.text.lowercased().hasPrefix("отанд") })
        let subjects = Set(mentions.map(\.subject))
        #expect(subjects.contains("president") && subjects.contains("akims") && subjects.contains("government"))
    }

    @Test func russianFeedsInEveryCodePageGiveTheSameMentions() throws {
        var results: [[Mention]] = []
        for file in ["windows-1251", "koi8-r", "ibm866", "iso-8859-5", "maccyrillic"] {
            let text = try TextDecoder().decode(SharedData.data("encodings/newsru_rss.\(file).xml")).text
            let body = String(text[text.range(of: "<channel>")!.lowerBound...])
            results.append(try Shipped.matcher.mentions(in: body).map { Mention(subject: $0.subject, start: 0, end: 0, text: $0.text) })
        }
        #expect(results.allSatisfy { $0 == results[0] })
    }

    @Test func kazakhPressReleaseInEveryCodePageGivesTheSameMentions() throws {
        let texts = try ["kz1048", "ptcp154", "utf-8"].map {
            try TextDecoder().decode(SharedData.data("encodings/kk_news_culturax73160.\($0).txt")).text
        }
        let mentions = try texts.map { try Shipped.matcher.mentions(in: $0) }
        #expect(mentions[0] == mentions[2] && mentions[1] == mentions[2])
    }
}

