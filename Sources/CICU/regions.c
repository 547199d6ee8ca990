#include "cicu.h"
#include <unicode/uloc.h>
#include <stdio.h>

int32_t cicu_region_count(void) {
    const char *const *codes = uloc_getISOCountries();
    int32_t n = 0;
    while (codes[n] != NULL) n++;
    return n;
}

const char *cicu_region_code(int32_t index) {
    return uloc_getISOCountries()[index];
}

int32_t cicu_region_name(const char *region, const char *language, uint16_t *dest, int32_t capacity) {
    char locale[16];
    snprintf(locale, sizeof locale, "_%s", region);
    UErrorCode status = U_ZERO_ERROR;
    int32_t n = uloc_getDisplayCountry(locale, language, (UChar *)dest, capacity, &status);
    if (U_FAILURE(status) && status != U_BUFFER_OVERFLOW_ERROR) return -(int32_t)status;
    return n;
}
