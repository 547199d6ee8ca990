#ifndef CICU_H
#define CICU_H

#include <stdint.h>

/// Plain wrappers over the system ICU's C API. ICU renames every function with a version
/// suffix through macros (unorm2_normalize → unorm2_normalize_72) that Swift cannot import,
/// so Swift calls these instead. UTF-16 in, UTF-16 out; each returns the length written,
/// or a negative ICU error code, or (when `capacity` is too small) the length needed.

/// NFC-normalizes `src`.
int32_t cicu_nfc(const uint16_t *src, int32_t length, uint16_t *dest, int32_t capacity);

/// The ICU version this build runs against, e.g. "72.1".
const char *cicu_version(void);

#endif
