// Compares the byte scans of Sources/CProfileLintScan with their one-byte-at-a-time definitions on
// two million random buffers. .ci/check-scan-arches builds it three ways (SSE2, the portable path,
// and NEON under qemu), because a machine runs only one of the three paths.
#include "ProfileLintScan.h"
#include <stdio.h>
#include <stdlib.h>
static size_t naive_first(const uint8_t *b, size_t n) { for (size_t i = 0; i < n; i++) if (pl_is_json_special(b[i])) return i; return n; }
static size_t naive_cluster(const uint8_t *b, size_t n, size_t *tails) { size_t t = 0, i = 0; for (; i < n && !pl_is_cluster_byte(b[i]); i++) if ((b[i] & 0xC0) == 0x80) t++; *tails = t; return i; }
static size_t naive_index(const uint8_t *b, size_t n, uint8_t byte) { for (size_t i = 0; i < n; i++) if (b[i] == byte) return i; return n; }
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
        if (pl_index_of_byte(buf + off, n, 0x5C) != naive_index(buf + off, n, 0x5C)) { printf("index mismatch trial %d\n", trial); return 1; }
        // Latin text: mostly ASCII, with the two-byte scalars below U+0300 whose tails must be counted.
        for (size_t i = 0; i < n; i++) if (trial % 2 == 0 && rand() % 6 == 0) buf[off + i] = (uint8_t)(0x80 + rand() % 0x4C);
        size_t tails = 0, naive_tails = 0;
        if (pl_first_cluster_byte(buf + off, n, &tails) != naive_cluster(buf + off, n, &naive_tails) || tails != naive_tails) { printf("cluster mismatch trial %d\n", trial); return 1; }
    }
    printf("ok\n");
    return 0;
}
