import Foundation
import MediaImport
import MediaModel
import MediaText
import Testing
import TestSupport

@Suite(.temporaryFolder) struct ArticleReaderTests {
    @Test(.enabled(if: SharedData.available))
    func extractsMainTextTitleAndDateFromARealNewsPage() throws {
        let reader = ArticleReader(codebook: try codebook(from: "2016-08-01", to: "2016-08-31"), outlet: "tengrinews")
        let batch = try reader.read(path: SharedData.path("news/football_ua_podolski_ru.html"))
        let article = try #require(batch.articles.first)
        #expect(batch.articles.count == 1)
        #expect(article.title == "Подольски завершил карьеру в сборной")
        #expect(article.date == LocalDate("2016-08-15"))
        let text = try #require(article.text)
        #expect(text.contains("31-летний Лукаш Подольски"))
        #expect(text.contains("Бастиан Швайнштайгер."))
        // Navigation, share buttons, scripts, related news and comments are not the article.
        for boilerplate in ["Facebook", "ВКонтакте", "читайте также", "лента новостей", "function(d, s, id)", "Google+"] {
            #expect(!text.contains(boilerplate), "kept boilerplate: \(boilerplate)")
        }
        #expect(article.placement == .online(characters: text.count, url: nil) || article.placement.extent == Double(text.count))
        #expect(article.language == .ru)
    }

    @Test func rejectsPageThatIsMostlyBoilerplate() throws {
        let html = """
            <html><head><title>Главная</title></head><body>
            <nav class="menu"><a href="/">Главная</a> <a href="/news">Новости</a> <a href="/about">О нас</a></nav>
            <div class="sidebar"><ul><li><a href="/1">Курс валют</a></li><li><a href="/2">Погода</a></li></ul></div>
            <p>Подпишитесь!</p>
            <footer>© 2012 Редакция. Все права защищены.</footer>
            </body></html>
            """
        let path = try temporaryFile("index.html", html)
        let reader = ArticleReader(codebook: try codebook(), outlet: "tengrinews", date: LocalDate("2012-01-05"))
        let error = #expect(throws: InputError.self) { try reader.read(path: path) }
        #expect(error?.message.contains("no article text found") == true)
    }

    @Test(.enabled(if: SharedData.available))
    func detectsWindows1251PageWithoutCharset() throws {
        let reader = ArticleReader(codebook: try codebook(from: "2009-01-01", to: "2009-01-31"), outlet: "zakon-kz", date: LocalDate("2009-01-09"))
        let batch = try reader.read(path: SharedData.path("encodings/ria_news_snippet.windows-1251.nocharset.html"))
        #expect(batch.articles.first?.text?.hasPrefix("МОСКВА, 9 янв - РИА Новости.") == true)
    }

    @Test(.enabled(if: SharedData.available))
    func detectsKazakhPT154PageAndKeepsAShortText() throws {
        let reader = ArticleReader(codebook: try codebook(), outlet: "zakon-kz", date: LocalDate("2012-01-05"))
        let article = try #require(try reader.read(path: SharedData.path("encodings/kk_useful_sentences.ptcp154.html")).articles.first)
        #expect(article.text?.hasPrefix("Мен Америка/ Австралия/ Англия/ Канада азаматымын.") == true)
        #expect(article.text?.contains("сөйлескім(/хабарласқым) келеді") == true)
        #expect(article.language == .kk)
    }

    @Test(.enabled(if: SharedData.available), arguments: ["windows-1251", "koi8-r", "iso-8859-5", "ibm866", "maccyrillic"])
    func readsRealRSSInItsDeclaredEncoding(_ encoding: String) throws {
        let reader = ArticleReader(codebook: try codebook(from: "2006-01-01", to: "2006-01-31"), outlet: "tengrinews")
        let batch = try reader.read(path: SharedData.path("encodings/newsru_rss.\(encoding).xml"))
        let items = try String(contentsOfFile: SharedData.path("encodings/newsru_rss.\(encoding).xml"), encoding: .isoLatin1)
            .components(separatedBy: "<item>").count - 1
        #expect(batch.articles.count + batch.notes.skippedCount == items)
        let first = try #require(batch.articles.first)
        #expect(first.title == "В Турции психически нездоровый мужчина взорвал хлопушку в здании Минюста")
        #expect(first.date == LocalDate("2006-01-03"))
        #expect(first.text?.hasPrefix("Инцидент произошел на одном из этажей здания Минюста") == true)
        if case .online(_, let url) = first.placement { #expect(url == "http://www.newsru.com/world/03jan2006/ankara.html") }
        #expect(batch.info.first?.section == "В мире")
    }

    @Test(.enabled(if: SharedData.available), arguments: ["kz1048", "ptcp154"])
    func decodesKazakhCodePagesLikeTheUTF8Original(_ encoding: String) throws {
        let reader = ArticleReader(codebook: try codebook(), outlet: "tengrinews", date: LocalDate("2012-01-05"))
        let legacy = try reader.read(path: SharedData.path("encodings/kk_news_culturax73160.\(encoding).txt"))
        let original = try reader.read(path: SharedData.path("encodings/kk_news_culturax73160.utf-8.txt"))
        #expect(legacy.articles.first?.text == original.articles.first?.text)
        #expect(legacy.articles.first?.title == "Навигациялық пломбалардың көмегімен транзиттік екі заң бұзушылық анықталды")
        #expect(legacy.articles.first?.language == .kk)
    }

    @Test func readsTextHeaderAndMeasuresPrintInSquareCentimetres() throws {
        let reader = ArticleReader(codebook: try codebook())
        let batch = try reader.read(path: Examples.path("articles/zhas-alash/zhas-alash-2012-01-06.rk1048.txt"))
        let article = try #require(batch.articles.first)
        #expect(article.outlet == "zhas-alash")
        #expect(article.date == LocalDate("2012-01-06"))
        #expect(article.placement == .print(page: 3, area: 412.5))
        #expect(article.title == "Сайлау алдындағы апта")
        #expect(article.text?.hasPrefix("«Ақ жол» Қазақстан демократиялық партиясы") == true)
        #expect(batch.info.first?.section == "Саясат")
    }

    @Test func refusesWebPageForPrintOutletAndSuggestsOnline() throws {
        let reader = ArticleReader(codebook: try codebook(), outlet: "golos-respubliki")
        let error = #expect(throws: InputError.self) { try reader.read(path: Examples.path("articles/zakon-kz/zakon-kz-2012-01-10-cik.html")) }
        #expect(error?.field == "area")
        #expect(error?.message.contains("online outlet") == true)
        #expect(error?.message.contains("tengrinews") == true)
    }

    @Test func rejectsFeedEntryWithoutDateUnlessOneIsGiven() throws {
        let feed = """
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0"><channel><title>T</title>
            <item><title>Первая</title><description>Текст первой новости.</description><pubDate>Thu, 05 Jan 2012 10:00:00 +0600</pubDate></item>
            <item><title>Вторая</title><description>Текст второй новости.</description></item>
            </channel></rss>
            """
        let path = try temporaryFile("feed.xml", feed)
        let error = #expect(throws: InputError.self) { try ArticleReader(codebook: try codebook(), outlet: "tengrinews").read(path: path) }
        #expect(error?.line == 4)
        #expect(error?.field == "date")
        let dated = try ArticleReader(codebook: try codebook(), outlet: "tengrinews", date: LocalDate("2012-01-06")).read(path: path)
        #expect(dated.articles.map(\.date) == [LocalDate("2012-01-05")!, LocalDate("2012-01-06")!])
    }

    @Test func readsAtomEntriesWithHTMLContent() throws {
        let batch = try ArticleReader(codebook: try codebook(), outlet: "tengrinews").read(path: Examples.path("articles/tengrinews/tengrinews-kk.atom.xml"))
        #expect(batch.articles.count == 2)
        let first = try #require(batch.articles.first)
        #expect(first.text == "«Ауыл» Қазақстан социал-демократиялық партиясы ауыл шаруашылығына субсидияларды көбейтуді ұсынды.\n\nПартия төрағасы Ғани Қалиев фермерлермен кездесті.")
        #expect(first.placement == .online(characters: first.text!.count, url: "https://kaz.tengrinews.kz/2012-01-11-auyl"))
        #expect(batch.info.first?.author == "Әсел Нұрланқызы")
        // An entry with only <updated> is dated by it.
        #expect(batch.articles.last?.date == LocalDate("2012-01-12"))
    }

    @Test func readsAtomXHTMLContentAsParagraphs() throws {
        let feed = """
            <feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>
            <entry><title>Мәжіліс</title><updated>2012-01-09T10:00:00Z</updated>
            <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Бірінші абзац.</p><p>Екінші <b>абзац</b>.</p></div></content>
            </entry></feed>
            """
        let batch = try ArticleReader(codebook: try codebook(), outlet: "tengrinews").read(path: try temporaryFile("feed.atom", feed))
        #expect(batch.articles.first?.text == "Бірінші абзац.\n\nЕкінші абзац.")
        #expect(batch.articles.first?.language == .kk)
    }

    @Test(.enabled(if: SharedData.available))
    func readsRealNewsMLItems() throws {
        let reader = ArticleReader(codebook: try codebook(from: "2010-01-01", to: "2020-12-31"), outlet: "zakon-kz", date: LocalDate("2016-06-01"))
        let nitf = try reader.read(path: SharedData.path("newsml/newsml-g2_nitf_inline_article.xml"))
        let article = try #require(nitf.articles.first)
        #expect(article.title.hasPrefix("Arizona Diamondbacks (29-23) at Philadelphia Phillies"))
        #expect(article.text?.contains("A pair of teams coming off big weekend sweeps") == true)
        #expect(article.text?.contains("clash of the Titans.") == true)
        #expect(nitf.info.first?.author == "Sports Network")
        // A headline-only item and a video item have no text to measure: skipped, not failed.
        let empty = try reader.read(path: SharedData.path("newsml/newsml-g2_news_item.xml"))
        #expect(empty.articles.isEmpty && empty.notes.skippedCount == 1)
        let video = try reader.read(path: SharedData.path("newsml/newsml-g2_video_renditions.xml"))
        #expect(video.articles.isEmpty && video.notes.skippedCount == 1)
    }

    @Test func rejectsEmptyAndBinaryFilesGivenAsText() throws {
        let reader = ArticleReader(codebook: try codebook(), outlet: "tengrinews", date: LocalDate("2012-01-05"))
        let empty = #expect(throws: InputError.self) { try reader.read(path: try temporaryFile("empty.txt", "\n\n")) }
        #expect(empty?.message.contains("empty") == true)
        var bytes = [UInt8](repeating: 0, count: 64)
        for i in bytes.indices { bytes[i] = UInt8((i * 37) % 256) }
        let binary = #expect(throws: InputError.self) { try reader.read(path: try temporaryFile("photo.txt", Data(bytes))) }
        #expect(binary?.message.contains("not a text file") == true)
    }

    @Test func rejectsMalformedFeedWithLineAndColumn() throws {
        let path = try temporaryFile("feed.xml", "<rss><channel>\n<item><title>A & B</title></item>\n</channel></rss>")
        let error = #expect(throws: InputError.self) { try ArticleReader(codebook: try codebook(), outlet: "tengrinews").read(path: path) }
        #expect(error?.line == 2)
        #expect(error?.column != nil)
    }

    @Test func listsArticleFilesInFoldersRecursively() throws {
        let files = try ArticleReader.files(in: [Examples.path("articles")])
        #expect(files.count == 6)
        #expect(files.contains { $0.hasSuffix("zhas-alash/zhas-alash-2012-01-06.rk1048.txt") })
    }
}
