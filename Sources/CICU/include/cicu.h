#ifndef CICU_H
#define CICU_H

#include <stdint.h>

/// Plain wrappers over the system ICU's C API. ICU renames every function with a version
/// suffix through macros (unorm2_normalize → unorm2_normalize_72) that Swift cannot import,
/// so Swift calls these instead. UTF-16 in, UTF-16 out; each returns the length written,
/// or a negative ICU error code, or (when `capacity` is too small) the length needed.

/// NFC-normalizes `src`.
int32_t cicu_nfc(const uint16_t *src, int32_t length, uint16_t *dest, int32_t capacity);

/// 1 if `src` is already in NFC (ICU's quick check, exact), 0 if not, negative on error.
int32_t cicu_is_nfc(const uint16_t *src, int32_t length);

/// The ICU version this build runs against, e.g. "72.1".
const char *cicu_version(void);

/// ICU's name of an error code (7 → "U_MEMORY_ALLOCATION_ERROR").
const char *cicu_error_name(int32_t code);

// MARK: Character properties

/// Simple (one-to-one) case folding of one code point.
uint32_t cicu_fold_char(uint32_t c);
/// Full case folding of a string (ß → ss).
int32_t cicu_fold_case(const uint16_t *src, int32_t length, uint16_t *dest, int32_t capacity);
/// 1 when the code point is alphabetic (letters and combining letter marks).
int cicu_is_alphabetic(uint32_t c);
/// 1 when the code point is an upper-case or title-case letter.
int cicu_is_upper(uint32_t c);
/// 1 for a nonspacing or enclosing mark (Mn, Me) or a spacing mark (Mc).
int cicu_is_mark(uint32_t c);
/// 1 for a decimal digit.
int cicu_is_digit(uint32_t c);
/// The ICU script code (USCRIPT_CYRILLIC = 8, USCRIPT_LATIN = 25, common/inherited 0/1).
int32_t cicu_script(uint32_t c);
/// The first code point of the canonical decomposition (ū → u); `c` itself when none.
uint32_t cicu_base_letter(uint32_t c);
/// The Word_Break property value of `c` (UWordBreakValues: U_WB_ALETTER = 1 …), or -1 for a
/// character whose breaks ICU decides by more than UAX #29's rules on letters, digits and
/// punctuation: dictionary scripts (Complex_Context, Han, kana, Hangul), emoji, Hebrew, Katakana,
/// regional indicators.
int32_t cicu_word_break(uint32_t c);

// MARK: Break iteration

/// Words (spans the word break iterator marks as letters, numbers, kana or ideographs) of
/// `text`: writes start and end UTF-16 offsets, returns how many, or a negative ICU error.
/// Capacity must be at least `length` (a text has at most that many words).
int32_t cicu_words(const uint16_t *text, int32_t length, int32_t *starts, int32_t *ends, int32_t capacity);
/// A reusable word break iterator, for many short texts (opening one costs far more than
/// setting a new text). Not thread-safe: one per thread. NULL on failure, with the ICU error in `*error`.
void *cicu_wordbreaker_open(int32_t *error);
void cicu_wordbreaker_close(void *breaker);
/// As cicu_words, with a breaker from cicu_wordbreaker_open; a NULL breaker (one that failed to
/// open) gives -U_ILLEGAL_ARGUMENT_ERROR (-1).
int32_t cicu_wordbreaker_words(void *breaker, const uint16_t *text, int32_t length, int32_t *starts, int32_t *ends, int32_t capacity);
/// Sentence boundaries of `text` (every boundary after 0, so the last is `length`).
int32_t cicu_sentences(const uint16_t *text, int32_t length, int32_t *ends, int32_t capacity);

// MARK: Transliteration

typedef struct cicu_translit cicu_translit;
/// Opens a system transliterator by id (e.g. "Kazakh-Latin/BGN"), or, when `rules` is not
/// NULL, one built from those rules under `id`. `reverse` opens the inverse direction.
/// NULL on failure, with the ICU error in `*error` (U_MEMORY_ALLOCATION_ERROR = 7 when out of memory).
cicu_translit *cicu_translit_open(const char *id, const uint16_t *rules, int32_t rules_length, int reverse, int32_t *error);
/// Transliterates `text` in place within `capacity`; returns the new length (or the needed
/// capacity if larger than `capacity`), or a negative ICU error.
int32_t cicu_translit_run(const cicu_translit *t, uint16_t *text, int32_t length, int32_t capacity);
void cicu_translit_close(cicu_translit *t);

// MARK: Charsets

/// Runs ICU's charset detector over `bytes` (markup filtered out). Writes up to `max`
/// candidate names (each into a 32-byte slot of `names`) and confidences (0–100); returns
/// how many, or a negative ICU error.
int32_t cicu_detect(const char *bytes, int32_t length, char *names, int32_t *confidences, int32_t max);
/// Decodes `bytes` in `charset` with ICU's converter, stopping at a byte that has no
/// character there: returns the UTF-16 length, or a negative ICU error (an unmapped byte
/// gives -U_INVALID_CHAR_FOUND = -10 or -U_ILLEGAL_CHAR_FOUND = -12).
int32_t cicu_to_uchars(const char *charset, const char *bytes, int32_t length, uint16_t *dest, int32_t capacity);
/// Encodes UTF-16 in `charset`, failing (negative) on a character it cannot represent.
int32_t cicu_from_uchars(const char *charset, const uint16_t *src, int32_t length, char *dest, int32_t capacity);

// MARK: Regions

/// How many ISO 3166 regions ICU knows (uloc_getISOCountries).
int32_t cicu_region_count(void);
/// The two-letter code of region `index` (0 ≤ index < cicu_region_count()).
const char *cicu_region_code(int32_t index);
/// The name of `region` (a two-letter code) in `language` ("ru", "kk"), from ICU's locale data.
int32_t cicu_region_name(const char *region, const char *language, uint16_t *dest, int32_t capacity);

#endif
