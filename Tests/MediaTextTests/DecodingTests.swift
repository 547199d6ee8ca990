import Foundation
import Testing
@testable import MediaText

@Suite struct DecodingTests {
    let decoder = TextDecoder()

    @Test(.enabled(if: SharedData.available), arguments: [
        ("newsru_rss.windows-1251.xml", TextEncoding.windows1251),
        ("newsru_rss.koi8-r.xml", .koi8r),
        ("newsru_rss.ibm866.xml", .ibm866),
        ("newsru_rss.iso-8859-5.xml", .iso88595),
        ("newsru_rss.maccyrillic.xml", .macCyrillic),
        ("ria_news_snippet.windows-1251.nocharset.html", .windows1251),
        ("ria_news_snippet.koi8-r.nocharset.html", .koi8r),
        ("ru_plaintext.windows-1251.txt", .windows1251),
        ("ru_plaintext.koi8-r.txt", .koi8r),
        ("kk_news_culturax73160.kz1048.txt", .rk1048),
        ("kk_news_culturax73160.ptcp154.txt", .pt154),
        ("kk_news_culturax73160.utf-8.txt", .utf8),
        ("kk_useful_sentences.ptcp154.html", .pt154),
    ])
    func detectsEncodingOfRealFile(file: String, expected: TextEncoding) throws {
        let decoded = try decoder.decode(SharedData.data("encodings/" + file))
        #expect(decoded.encoding == expected, "\(file)")
    }

    @Test(.enabled(if: SharedData.available))
    func kazakhCodePagesGiveTheSameTextAsUTF8() throws {
        let utf8 = try decoder.decode(SharedData.data("encodings/kk_news_culturax73160.utf-8.txt")).text
        for file in ["kk_news_culturax73160.kz1048.txt", "kk_news_culturax73160.ptcp154.txt"] {
            let text = try decoder.decode(SharedData.data("encodings/" + file)).text
            #expect(text == utf8, "\(file)")
            #expect(!text.contains("Ќ") && !text.contains("ќ"))
        }
    }

    @Test(.enabled(if: SharedData.available))
    func russianCodePagesGiveTheSameFeed() throws {
        /// The feed's titles: the copies differ in comments and markup spacing, not in news.
        func body(_ file: String) throws -> [Substring] {
            let text = try decoder.decode(SharedData.data("encodings/" + file)).text
            // (The KOI8-R copy escapes quotes as &quot;.)
            return text.replacingOccurrences(of: "&quot;", with: "\"")
                .split(separator: "<title>").dropFirst().map { $0.prefix { $0 != "<" } }
        }
        let reference = try body("newsru_rss.windows-1251.xml")
        #expect(reference.count > 10)
        #expect(reference.contains { $0.contains("Новости") || $0.contains("NEWSru") })
        for file in ["newsru_rss.koi8-r.xml", "newsru_rss.ibm866.xml", "newsru_rss.iso-8859-5.xml", "newsru_rss.maccyrillic.xml"] {
            #expect(try body(file) == reference, "\(file)")
        }
    }
}
