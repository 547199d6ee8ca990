#include "cicu.h"
#include <unicode/uchar.h>
#include <unicode/ustring.h>
#include <unicode/uscript.h>
#include <unicode/unorm2.h>

uint32_t cicu_fold_char(uint32_t c) { return (uint32_t)u_foldCase((UChar32)c, U_FOLD_CASE_DEFAULT); }

int32_t cicu_fold_case(const uint16_t *src, int32_t length, uint16_t *dest, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t n = u_strFoldCase((UChar *)dest, capacity, (const UChar *)src, length, U_FOLD_CASE_DEFAULT, &status);
    if (status == U_BUFFER_OVERFLOW_ERROR) return n;
    if (U_FAILURE(status)) return -(int32_t)status;
    return n;
}

int cicu_is_alphabetic(uint32_t c) { return u_isUAlphabetic((UChar32)c) ? 1 : 0; }
int cicu_is_upper(uint32_t c) { return (u_isUUppercase((UChar32)c) || u_istitle((UChar32)c)) ? 1 : 0; }
int cicu_is_digit(uint32_t c) { return u_isdigit((UChar32)c) ? 1 : 0; }

int cicu_is_mark(uint32_t c) {
    int8_t t = u_charType((UChar32)c);
    return (t == U_NON_SPACING_MARK || t == U_ENCLOSING_MARK || t == U_COMBINING_SPACING_MARK) ? 1 : 0;
}

int32_t cicu_script(uint32_t c) {
    UErrorCode status = U_ZERO_ERROR;
    UScriptCode s = uscript_getScript((UChar32)c, &status);
    return U_FAILURE(status) ? -1 : (int32_t)s;
}

uint32_t cicu_base_letter(uint32_t c) {
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2 *nfd = unorm2_getNFDInstance(&status);
    if (U_FAILURE(status)) return c;
    UChar buf[8];
    int32_t n = unorm2_getDecomposition(nfd, (UChar32)c, buf, 8, &status);
    if (U_FAILURE(status) || n <= 0) return c;
    UChar32 first;
    int32_t i = 0;
    U16_NEXT(buf, i, n, first);
    return (uint32_t)first;
}

int32_t cicu_word_break(uint32_t c) {
    UErrorCode status = U_ZERO_ERROR;
    UScriptCode script = uscript_getScript((UChar32)c, &status);
    if (U_FAILURE(status)) return -1;
    // Where ICU's word rules go beyond UAX #29 on letters, digits and punctuation: dictionary
    // segmentation (Complex_Context, Han, kana, Hangul), emoji sequences, Hebrew and Katakana rules,
    // regional indicators.
    if (u_hasBinaryProperty((UChar32)c, UCHAR_EXTENDED_PICTOGRAPHIC)) return -1;
    if (u_getIntPropertyValue((UChar32)c, UCHAR_LINE_BREAK) == U_LB_COMPLEX_CONTEXT) return -1;
    if (script == USCRIPT_HAN || script == USCRIPT_HIRAGANA || script == USCRIPT_KATAKANA || script == USCRIPT_HANGUL) return -1;
    int32_t wb = u_getIntPropertyValue((UChar32)c, UCHAR_WORD_BREAK);
    switch (wb) {
    case U_WB_KATAKANA: case U_WB_HEBREW_LETTER: case U_WB_REGIONAL_INDICATOR:
    case U_WB_E_BASE: case U_WB_E_BASE_GAZ: case U_WB_E_MODIFIER: case U_WB_GLUE_AFTER_ZWJ:
        return -1;
    default:
        return wb;
    }
}
