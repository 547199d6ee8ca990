#include "cicu.h"
#include <unicode/ucsdet.h>
#include <unicode/ucnv.h>
#include <string.h>

int32_t cicu_detect(const char *bytes, int32_t length, char *names, int32_t *confidences, int32_t max) {
    UErrorCode status = U_ZERO_ERROR;
    UCharsetDetector *d = ucsdet_open(&status);
    if (U_FAILURE(status)) return -(int32_t)status;
    ucsdet_enableInputFilter(d, 1);
    ucsdet_setText(d, bytes, length, &status);
    int32_t found = 0;
    const UCharsetMatch **matches = ucsdet_detectAll(d, &found, &status);
    if (U_FAILURE(status)) { ucsdet_close(d); return status == U_INVALID_CHAR_FOUND ? 0 : -(int32_t)status; }
    int32_t count = 0;
    for (int32_t i = 0; i < found && count < max; i++) {
        const char *name = ucsdet_getName(matches[i], &status);
        int32_t confidence = ucsdet_getConfidence(matches[i], &status);
        if (U_FAILURE(status)) break;
        strncpy(names + 32 * count, name, 31);
        names[32 * count + 31] = 0;
        confidences[count] = confidence;
        count++;
    }
    ucsdet_close(d);
    return count;
}

int32_t cicu_to_uchars(const char *charset, const char *bytes, int32_t length, uint16_t *dest, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    UConverter *c = ucnv_open(charset, &status);
    if (U_FAILURE(status)) return -(int32_t)status;
    ucnv_setToUCallBack(c, UCNV_TO_U_CALLBACK_STOP, 0, 0, 0, &status);
    int32_t n = ucnv_toUChars(c, (UChar *)dest, capacity, bytes, length, &status);
    ucnv_close(c);
    if (status == U_BUFFER_OVERFLOW_ERROR) return n;
    if (U_FAILURE(status)) return -(int32_t)status;
    return n;
}

int32_t cicu_from_uchars(const char *charset, const uint16_t *src, int32_t length, char *dest, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    UConverter *c = ucnv_open(charset, &status);
    if (U_FAILURE(status)) return -(int32_t)status;
    ucnv_setFromUCallBack(c, UCNV_FROM_U_CALLBACK_STOP, 0, 0, 0, &status);
    int32_t n = ucnv_fromUChars(c, dest, capacity, (const UChar *)src, length, &status);
    ucnv_close(c);
    if (status == U_BUFFER_OVERFLOW_ERROR) return n;
    if (U_FAILURE(status)) return -(int32_t)status;
    return n;
}
