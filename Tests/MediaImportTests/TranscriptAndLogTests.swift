import Foundation
import MediaImport
import MediaModel
import Testing
import TestSupport

@Suite struct TranscriptReaderTests {
    @Test(.enabled(if: SharedData.available))
    func readsRealTeletextSubtitlesOntoTheClock() throws {
        let reader = try TranscriptReader(codebook: try codebook(), outlet: "khabar", start: "2012-01-05T20:00:00")
        let transcript = try reader.read(path: SharedData.path("subtitles/tsduck_teletext_ru.srt"))
        let timeLines = try String(contentsOfFile: SharedData.path("subtitles/tsduck_teletext_ru.srt"), encoding: .utf8)
            .components(separatedBy: "-->").count - 1
        #expect(transcript.cues.count == timeLines)
        let first = try #require(transcript.cues.first)
        // 20:00 in Almaty is 14:00 UTC; the first cue starts 6 min 10.760 s in.
        #expect(first.startMs == utc("2012-01-05T14:00:00Z") * 1000 + 370_760)
        #expect(first.endMs - first.startMs == 440)
        #expect(first.text == "ПРОГРАММА ТРАНСЛИРУЕТСЯ\nБЕЗ СУБТИТРОВ")
        #expect(first.normalized == "программа транслируется без субтитров")
        #expect(first.line == 2)
    }

    @Test func readsWebVTTWithSettingsVoicesAndNotes() throws {
        let reader = try TranscriptReader(codebook: try codebook(), outlet: "khabar", start: "2012-01-05 18:40:00")
        let transcript = try reader.read(path: Examples.path("khabar-2012-01-05-debate.vtt"))
        #expect(transcript.cues.count == 4)
        #expect(transcript.cues[0].text.hasPrefix("Добрый вечер!"))
        #expect(transcript.cues[2].text.hasPrefix("Демократическая партия Казахстана «Ак жол»"))
        #expect(transcript.cues[2].endMs - transcript.cues[2].startMs == 10_500)
    }

    @Test func findsSubjectsMentionedInKazakhCues() throws {
        let reader = try TranscriptReader(codebook: try codebook(), outlet: "khabar", start: "2012-01-05T18:00:00")
        let transcript = try reader.read(path: Examples.path("khabar-2012-01-05-news.srt"))
        #expect(transcript.cues.map(\.subjects) == [[], ["nur-otan"], ["president"], ["ak-zhol"], ["cec"]])
        // Search sees folded text: no quotes, lower case, one line.
        #expect(transcript.cues[1].normalized == "нұр отан партиясы бүгін алматыда сайлауалды кездесу өткізді.")
    }

    @Test func rejectsBrokenTimeCodeWithItsLine() throws {
        let srt = "1\n00:00:01,000 --> 00:00:02,000\nПервая\n\n2\n00:00:0X,000 --> 00:00:04,000\nВторая\n"
        let reader = try TranscriptReader(codebook: try codebook(), outlet: "khabar", start: "2012-01-05T20:00:00")
        let error = #expect(throws: InputError.self) { try reader.read(text: srt, file: "news.srt") }
        #expect(error?.line == 6)
        #expect(error?.field == "start")
        let backwards = "1\n00:00:05,000 --> 00:00:02,000\nНазад\n"
        #expect(throws: InputError.self) { try reader.read(text: backwards, file: "news.srt") }
        let noTimes = "1\nТолько текст\n"
        let missing = #expect(throws: InputError.self) { try reader.read(text: noTimes, file: "news.srt") }
        #expect(missing?.line == 1)
    }

    @Test func refusesPrintOutletsAndBadStartTimes() throws {
        #expect(throws: InputError.self) { try TranscriptReader(codebook: try codebook(), outlet: "panorama", start: "2012-01-05T20:00:00") }
        #expect(throws: InputError.self) { try TranscriptReader(codebook: try codebook(), outlet: "khabar", start: "yesterday") }
    }
}

@Suite(.temporaryFolder) struct AsRunLogReaderTests {
    @Test func readsMappedColumnsDatesAndDurations() throws {
        let mapping = try LogMapping(contentsOf: URL(fileURLWithPath: Examples.path("khabar-asrun.mapping.yaml")))
        let reader = try AsRunLogReader(path: Examples.path("khabar-asrun-2012-01-06.csv"), codebook: try codebook(), outlet: "khabar", mapping: mapping)
        let (programmes, notes) = try readAll(reader)
        #expect(programmes.count == 5)
        #expect(notes.skippedCount == 0)
        #expect(programmes[0].start == utc("2012-01-06T12:00:00Z"))
        #expect(programmes[1].title == "«Бетпе-бет» ток-шоу")
        #expect(programmes[1].end - programmes[1].start == 55 * 60)
        // 23:40 + 40 min runs past midnight.
        #expect(programmes[4].end == utc("2012-01-06T18:20:00Z"))
        #expect(programmes[0].category == "Новости")
    }

    @Test func reportsBadDatesAndTimesByLineAndColumn() throws {
        let csv = "date,start,end,title\n2012-01-05,20:00:00,20:30:00,Жаңалықтар\n30.02.2012,20:30:00,21:00:00,Новости\n2012-01-05,25:00:00,21:00:00,Ночь\n"
        let path = try temporaryFile("log.csv", csv)
        let error = #expect(throws: InputErrors.self) { try readAll(try AsRunLogReader(path: path, codebook: try codebook(), outlet: "khabar")) }
        #expect(error?.errors.map(\.line) == [3, 4])
        #expect(error?.errors.map(\.field) == ["date", "start"])
    }

    @Test func rejectsMappingWithUnknownFormat() throws {
        let error = #expect(throws: InputError.self) { try LogMapping(yaml: "date: yyyy.dd.MM\n", file: "map.yaml") }
        #expect(error?.field == "date")
        #expect(throws: InputError.self) { try LogMapping(yaml: "columns: {start: Начало, channel: Канал}\n", file: "map.yaml") }
    }

    @Test func requiresAnEndOrADurationColumn() throws {
        let path = try temporaryFile("log.csv", "date,start,title\n2012-01-05,20:00:00,A\n")
        #expect(throws: InputErrors.self) { try readAll(try AsRunLogReader(path: path, codebook: try codebook(), outlet: "khabar")) }
    }
}
