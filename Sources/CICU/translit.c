#include "cicu.h"
#include <unicode/utrans.h>
#include <string.h>
#include <stdlib.h>

struct cicu_translit { UTransliterator *t; };

cicu_translit *cicu_translit_open(const char *id, const uint16_t *rules, int32_t rules_length, int reverse, int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    UChar uid[128];
    int32_t n = (int32_t)strlen(id);
    if (n > 127) n = 127;
    for (int32_t i = 0; i < n; i++) uid[i] = (UChar)(unsigned char)id[i];
    UParseError parse;
    UTransliterator *t = utrans_openU(uid, n, reverse ? UTRANS_REVERSE : UTRANS_FORWARD,
                                      (const UChar *)rules, rules ? rules_length : 0, &parse, &status);
    if (U_FAILURE(status)) { if (error) *error = (int32_t)status; return 0; }
    cicu_translit *result = (cicu_translit *)malloc(sizeof(cicu_translit));
    if (!result) {
        utrans_close(t);
        if (error) *error = (int32_t)U_MEMORY_ALLOCATION_ERROR;
        return 0;
    }
    result->t = t;
    return result;
}

int32_t cicu_translit_run(const cicu_translit *t, uint16_t *text, int32_t length, int32_t capacity) {
    if (!t) return -(int32_t)U_ILLEGAL_ARGUMENT_ERROR;
    UErrorCode status = U_ZERO_ERROR;
    int32_t len = length;
    int32_t limit = length;
    utrans_transUChars(t->t, (UChar *)text, &len, capacity, 0, &limit, &status);
    if (status == U_BUFFER_OVERFLOW_ERROR) return len > capacity ? len : capacity + 1;
    if (U_FAILURE(status)) return -(int32_t)status;
    return len;
}

void cicu_translit_close(cicu_translit *t) {
    if (!t) return;
    utrans_close(t->t);
    free(t);
}
