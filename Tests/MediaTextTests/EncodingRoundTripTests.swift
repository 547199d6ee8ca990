import Foundation
import Testing
@testable import MediaText

@Suite struct EncodingRoundTripTests {
    static let kazakh = """
        Қазақстан Республикасы Орталық сайлау комиссиясы «Нұр Отан», «Ақ жол» және «Әділет» партияларының
        тізімдерін тіркеді. Үміткерлер өңірлерде сайлаушылармен кездесіп, ғылым мен білім туралы айтты.
        """
    static let russian = """
        Центральная избирательная комиссия Казахстана зарегистрировала партийные списки. "Нур Отан",
        "Ак жол" и ОСДП провели встречи с избирателями; ещё три партии подали жалобы в суд.
        """

    @Test(arguments: [TextEncoding.rk1048, .pt154, .utf8, .utf16LE, .utf16BE])
    func kazakhTextRoundTrips(encoding: TextEncoding) throws {
        let decoder = TextDecoder()
        var data = try decoder.encode(Self.kazakh, as: encoding)
        if encoding == .utf16LE { data = Data([0xFF, 0xFE]) + data }
        if encoding == .utf16BE { data = Data([0xFE, 0xFF]) + data }
        let decoded = try decoder.decode(data)
        #expect(decoded.text == Self.kazakh)
        #expect(decoded.encoding == encoding)
    }

    @Test(arguments: [TextEncoding.windows1251, .koi8r, .ibm866, .iso88595, .macCyrillic, .utf8])
    func russianTextRoundTrips(encoding: TextEncoding) throws {
        let decoder = TextDecoder()
        let decoded = try decoder.decode(decoder.encode(Self.russian, as: encoding))
        #expect(decoded.text == Self.russian)
        #expect(decoded.encoding == encoding)
    }

    @Test func kazakhCodePageIsNotReadAsWindows1251() throws {
        let decoder = TextDecoder()
        let text = try decoder.decode(decoder.encode("Қазақстан Әділет", as: .rk1048)).text
        #expect(text == "Қазақстан Әділет")
        #expect(try decoder.decode(decoder.encode("Қазақстан Әділет", as: .rk1048), as: .windows1251).text == "Ќазаќстан Јділет")
    }

    @Test func kazakhLettersCannotBeWrittenInWindows1251() {
        #expect(throws: DecodingError.self) { try TextDecoder().encode("Қазақстан", as: .windows1251) }
    }

    @Test func rejectsBytesThatAreNoCyrillicText() {
        // Latin-1 French: every Cyrillic reading puts Cyrillic letters inside Latin words.
        let french = Data("Le député a été élu à Noël, après un débat très animé.".data(using: .isoLatin1)!)
        #expect(throws: DecodingError.self) { try TextDecoder().decode(french) }
        let binary = Data((0..<512).map { UInt8(($0 * 151 + 7) % 256) })
        #expect(throws: DecodingError.self) { try TextDecoder().decode(binary) }
    }

    @Test func forcedEncodingWins() throws {
        let data = try TextDecoder().encode("Привет", as: .koi8r)
        #expect(try TextDecoder().decode(data, as: .koi8r).text == "Привет")
        #expect(TextEncoding(name: "kz1048") == .rk1048)
        #expect(TextEncoding(name: "cp866") == .ibm866)
        #expect(TextEncoding(name: "latin1") == nil)
    }
}
