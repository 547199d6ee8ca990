/// Kazakh and Russian news prose, made up from a vocabulary of everyday campaign words with
/// party names in their inflected forms, some quoted, some with Latin look-alike letters (as real
/// Kazakh documents have them) — so the matcher works as hard as on real transcripts.
enum TextCorpus {
    static let russian = """
        в на по с к о и а что это как также при для после года выборов избирательной комиссии \
        заявил сообщил отметил депутатов мажилиса кандидатов программы встреча избирателями области \
        городе сегодня вчера президент правительство министр акимат района выборы голосование \
        участки наблюдатели партии партия дебаты эфир телеканал газета статья экономика бюджет \
        развития поддержки социальной политики реформы граждан страны республики Казахстан Астана \
        Алматы январе декабре неделю кампания агитации листовки плакаты митинг собрание лидер \
        председатель съезд платформа обещания пенсии зарплаты образования здравоохранения села
        """.split(separator: " ").map(String.init)

    static let kazakh = """
        және мен бен үшін туралы бойынша кейін дейін бүгін кеше сайлау сайлаушылар комиссиясы \
        депутаттар мәжіліс кандидаттар бағдарлама кездесу облысы қаласы Президент үкімет министр \
        әкімдігі ауданы дауыс беру учаскелер байқаушылар партиясы партия дебат эфир арна газет \
        мақала экономика бюджет даму қолдау әлеуметтік саясат реформа азаматтар ел республика \
        Қазақстан Астана Алматы қаңтар желтоқсан апта науқан үгіт жиналыс көшбасшы төраға съезд \
        уәде зейнетақы жалақы білім денсаулық ауыл шаруашылығы жастар отбасы
        """.split(separator: " ").map(String.init)

    /// Inflected, quoted and look-alike forms of the codebook's aliases, as the press writes them.
    static let mentions = [
        "Нұр Отан", "Нұр Отанның", "Нұр Отанға", "«Нұр Отан» партиясына", "Нур Отана", "партии «Нур Отан»",
        "Ақ жолдың", "Ак жол", "ДПК «Ак жол»", "Перуашев", "ЖСДП", "ОСДП-ның", "ҚКХП", "КНПК",
        "партии «Ауыл»", "«Ауыл» партиясы", "Косарев", "Патриоты", "Әділет", "Адилет", "Рухaният",
        "Hұр Отан", "Нұр Oтан", "Nur Otan",
    ]

    /// Appends one paragraph of roughly `words` words, about one in `mentionEvery` a party mention.
    static func paragraph(into out: inout ByteWriter, words: Int, mentionEvery: Int, rng: inout SeededRandom) {
        let kazakhParagraph = rng.chance(0.5)
        let vocabulary = kazakhParagraph ? kazakh : russian
        var sentenceStart = true
        for i in 0..<words {
            if i > 0 { out.write(" ") }
            var word = rng.int(0...mentionEvery) == 0 ? rng.pick(mentions) : rng.pick(vocabulary)
            if sentenceStart, let first = word.first {
                word = first.uppercased() + word.dropFirst()
                sentenceStart = false
            }
            out.write(word)
            if rng.int(0...11) == 0 {
                out.write(rng.chance(0.8) ? "." : ",")
                sentenceStart = true
            }
        }
        out.write(".\n")
    }
}
