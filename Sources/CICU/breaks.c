#include "cicu.h"
#include <unicode/ubrk.h>

static int32_t collect(UBreakIteratorType type, const uint16_t *text, int32_t length,
                       int32_t *starts, int32_t *ends, int32_t capacity, int wordsOnly) {
    UErrorCode status = U_ZERO_ERROR;
    UBreakIterator *bi = ubrk_open(type, "", (const UChar *)text, length, &status);
    if (U_FAILURE(status)) return -(int32_t)status;
    int32_t count = 0;
    int32_t start = ubrk_first(bi);
    for (int32_t end = ubrk_next(bi); end != UBRK_DONE; start = end, end = ubrk_next(bi)) {
        if (wordsOnly && ubrk_getRuleStatus(bi) < UBRK_WORD_NONE_LIMIT) continue;
        if (count >= capacity) break;
        if (starts) starts[count] = start;
        ends[count] = end;
        count++;
    }
    ubrk_close(bi);
    return count;
}

int32_t cicu_words(const uint16_t *text, int32_t length, int32_t *starts, int32_t *ends, int32_t capacity) {
    return collect(UBRK_WORD, text, length, starts, ends, capacity, 1);
}

int32_t cicu_sentences(const uint16_t *text, int32_t length, int32_t *ends, int32_t capacity) {
    return collect(UBRK_SENTENCE, text, length, 0, ends, capacity, 0);
}

void *cicu_wordbreaker_open(int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    UBreakIterator *bi = ubrk_open(UBRK_WORD, "", 0, 0, &status);
    if (error) *error = U_FAILURE(status) ? (int32_t)status : 0;
    return U_FAILURE(status) ? 0 : bi;
}

void cicu_wordbreaker_close(void *breaker) { if (breaker) ubrk_close((UBreakIterator *)breaker); }

int32_t cicu_wordbreaker_words(void *breaker, const uint16_t *text, int32_t length, int32_t *starts, int32_t *ends, int32_t capacity) {
    // A breaker that failed to open is an error for the caller, not a NULL dereference.
    if (!breaker) return -(int32_t)U_ILLEGAL_ARGUMENT_ERROR;
    UErrorCode status = U_ZERO_ERROR;
    UBreakIterator *bi = (UBreakIterator *)breaker;
    ubrk_setText(bi, (const UChar *)text, length, &status);
    if (U_FAILURE(status)) return -(int32_t)status;
    int32_t count = 0;
    int32_t start = ubrk_first(bi);
    for (int32_t end = ubrk_next(bi); end != UBRK_DONE; start = end, end = ubrk_next(bi)) {
        if (ubrk_getRuleStatus(bi) < UBRK_WORD_NONE_LIMIT) continue;
        if (count >= capacity) break;
        starts[count] = start;
        ends[count] = end;
        count++;
    }
    return count;
}
