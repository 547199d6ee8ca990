import Testing
@testable import MediaText

@Suite struct UTF16StringTests {
    @Test func transcodesEveryPlaneLikeTheStandardLibrary() throws {
        let samples = ["", "ASCII", "Қазақстан Әділет «Нұр Отан»", "ё Ё № — …", "emoji 🗳️ and 𝕏", "混合 text"]
        for text in samples {
            #expect(UTF16Units.string(Array(text.utf16)) == text)
        }
    }

    @Test func replacesUnpairedSurrogatesAsTheStandardLibraryDoes() throws {
        let broken: [UInt16] = [0x0041, 0xD800, 0x0042, 0xDC00, 0xD83D, 0xDE00, 0xDBFF]
        #expect(UTF16Units.string(broken) == String(decoding: broken, as: UTF16.self))
    }

    @Test func normalizingTextWithNothingToRepairReturnsItUnchanged() throws {
        let text = "Нұр Отан партиясы сайлауалды бағдарламасын таныстырды."
        #expect(try TextNormalizer.normalize(text) == text)
        // A Latin «a» inside a Cyrillic word is repaired; NFC composes a decomposed «й».
        #expect(try TextNormalizer.normalize("Қaзaқстан") == "Қазақстан")
        #expect(try TextNormalizer.normalize("и\u{0306}") == "й")
    }
}
