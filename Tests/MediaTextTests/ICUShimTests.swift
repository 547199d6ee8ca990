import CICU
import Testing
@testable import MediaText

/// The C shim over ICU answers a failed or missing ICU object with a negative error code the
/// Swift side can check, never a NULL dereference (issue 14, item 9).
@Suite struct ICUShimTests {
    @Test func aWordBreakerThatFailedToOpenIsAnErrorNotACrash() {
        let text = Array("Назарбаев выступил".utf16)
        var starts = [Int32](repeating: 0, count: text.count), ends = [Int32](repeating: 0, count: text.count)
        let n = cicu_wordbreaker_words(nil, text, Int32(text.count), &starts, &ends, Int32(text.count))
        #expect(n == -1, "U_ILLEGAL_ARGUMENT_ERROR is 1")
        // An opened breaker still finds the two words.
        var error: Int32 = -1
        let breaker = cicu_wordbreaker_open(&error)
        #expect(breaker != nil && error == 0)
        defer { cicu_wordbreaker_close(breaker) }
        #expect(cicu_wordbreaker_words(breaker, text, Int32(text.count), &starts, &ends, Int32(text.count)) == 2)
    }

    @Test func aTransliteratorThatFailedToOpenIsAnErrorNotACrash() {
        var error: Int32 = 0
        #expect(cicu_translit_open("No-Such/Transliterator", nil, 0, 0, &error) == nil)
        #expect(error > 0)
        var text = Array("абв".utf16)
        #expect(cicu_translit_run(nil, &text, Int32(text.count), Int32(text.count)) == -1)
    }
}

/// A failed ICU call reaches the caller as a ``TextProcessingError`` naming the step and ICU's
/// error, never as an empty or partial result (issue 14, item 9).
@Suite struct TextProcessingErrorTests {
    @Test func aTransliteratorThatCannotOpenThrowsNamingItAndICUsError() {
        #expect {
            _ = try ICUTransliterator(id: "No-Such/Transliterator")
        } throws: { error in
            guard let e = error as? TextProcessingError else { return false }
            return e.code > 0 && e.operation.contains("No-Such/Transliterator")
                && e.description.contains("U_") && e.description.contains("no mentions were counted")
        }
    }

    @Test func aFailedWordBreakIsReportedWithICUsErrorName() {
        // A NULL breaker is what a failed ubrk_open leaves: the shim answers -1, Swift throws.
        let text = Array("Назарбаев выступил".utf16)
        var starts = [Int32](repeating: 0, count: text.count), ends = [Int32](repeating: 0, count: text.count)
        let n = cicu_wordbreaker_words(nil, text, Int32(text.count), &starts, &ends, Int32(text.count))
        #expect(n < 0)
        #expect(TextProcessingError("word breaking", code: -n).description.contains("U_ILLEGAL_ARGUMENT_ERROR"))
    }
}
