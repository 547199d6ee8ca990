#include "cicu.h"
#include <unicode/unorm2.h>
#include <unicode/uversion.h>
#include <stdio.h>

int32_t cicu_nfc(const uint16_t *src, int32_t length, uint16_t *dest, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2 *nfc = unorm2_getNFCInstance(&status);
    if (U_FAILURE(status)) return -(int32_t)status;
    int32_t n = unorm2_normalize(nfc, (const UChar *)src, length, (UChar *)dest, capacity, &status);
    if (status == U_BUFFER_OVERFLOW_ERROR) return n;
    if (U_FAILURE(status)) return -(int32_t)status;
    return n;
}

const char *cicu_version(void) {
    static char text[U_MAX_VERSION_STRING_LENGTH];
    UVersionInfo v;
    u_getVersion(v);
    u_versionToString(v, text);
    return text;
}

int32_t cicu_is_nfc(const uint16_t *src, int32_t length) {
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2 *nfc = unorm2_getNFCInstance(&status);
    if (U_FAILURE(status)) return -(int32_t)status;
    UBool yes = unorm2_isNormalized(nfc, (const UChar *)src, length, &status);
    if (U_FAILURE(status)) return -(int32_t)status;
    return yes ? 1 : 0;
}

const char *cicu_error_name(int32_t code) { return u_errorName((UErrorCode)code); }
