import CICU
import Testing

/// The C shim over ICU answers a failed or missing ICU object with a negative error code the
/// Swift side can check, never a NULL dereference (issue 14, item 9).
@Suite struct ICUShimTests {
    @Test func aWordBreakerThatFailedToOpenIsAnErrorNotACrash() {
        let text = Array("Назарбаев выступил".utf16)
        var starts = [Int32](repeating: 0, count: text.count), ends = [Int32](repeating: 0, count: text.count)
        let n = cicu_wordbreaker_words(nil, text, Int32(text.count), &starts, &ends, Int32(text.count))
        #expect(n == -1, "U_ILLEGAL_ARGUMENT_ERROR is 1")
        // An opened breaker still finds the two words.
        let breaker = cicu_wordbreaker_open()
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
