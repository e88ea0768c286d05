// Compares the byte scans of Sources/CProfileLintScan with their one-byte-at-a-time definitions on
// two million random buffers. .ci/check-scan-arches builds it three ways (SSE2, the portable path,
// and NEON under qemu), because a machine runs only one of the three paths.
#include "ProfileLintScan.h"
#include <stdio.h>
#include <stdlib.h>
static size_t naive_first(const uint8_t *b, size_t n) { for (size_t i = 0; i < n; i++) if (pl_is_json_special(b[i])) return i; return n; }
static int naive_ascii(const uint8_t *b, size_t n) { for (size_t i = 0; i < n; i++) if (b[i] >= 0x80 || b[i] == 0x0D) return 0; return 1; }
int main(void) {
    uint8_t buf[200];
    srand(1);
    for (int trial = 0; trial < 2000000; trial++) {
        size_t n = rand() % 100;
        for (size_t i = 0; i < n; i++) { int r = rand() % 200; buf[i] = r < 190 ? (uint8_t)(0x20 + rand() % 0x5F) : (uint8_t)(rand() % 256); }
        size_t off = rand() % 8;
        memmove(buf + off, buf, n);
        if (pl_first_json_special(buf + off, n) != naive_first(buf + off, n)) { printf("first mismatch trial %d\n", trial); return 1; }
        if (pl_is_ascii_without_cr(buf + off, n) != naive_ascii(buf + off, n)) { printf("ascii mismatch trial %d\n", trial); return 1; }
    }
    printf("ok\n");
    return 0;
}
