// Byte scans on the hot path of batch scoring, sixteen bytes at a time.
//
// Swift's SIMD types do not compile to vector compares and a byte mask on Linux (the comparisons
// are scalarised), so the two scans that every profile runs over all of its text are written here,
// with SSE2 (every x86-64) or NEON (every arm64), and a portable eight-bytes-a-word loop elsewhere.
// The functions are `static inline`, so Swift inlines them like its own code. Measured with
// callgrind in Benchmarks/README.md ("Where the time goes").
#ifndef PROFILELINT_SCAN_H
#define PROFILELINT_SCAN_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#elif defined(__aarch64__)
#include <arm_neon.h>
#endif

/// Whether a byte is one a JSON string scan must stop at: below 0x20, '"', '\\', or 0x80 and above.
static inline int pl_is_json_special(uint8_t byte) {
    return byte < 0x20 || byte == 0x22 || byte == 0x5C || byte >= 0x80;
}

/// The index of the first byte of `bytes[0..<count]` that `pl_is_json_special`; `count` when none is.
static inline size_t pl_first_json_special(const uint8_t *bytes, size_t count) {
    size_t index = 0;
#if defined(__SSE2__)
    const __m128i quote = _mm_set1_epi8(0x22);
    const __m128i backslash = _mm_set1_epi8(0x5C);
    const __m128i space = _mm_set1_epi8(0x20);
    for (; index + 16 <= count; index += 16) {
        __m128i chunk = _mm_loadu_si128((const __m128i *)(bytes + index));
        // Compared as signed bytes, 0x80 and above are negative: one compare finds them and controls.
        __m128i special = _mm_or_si128(_mm_cmpgt_epi8(space, chunk),
                                       _mm_or_si128(_mm_cmpeq_epi8(chunk, quote), _mm_cmpeq_epi8(chunk, backslash)));
        int mask = _mm_movemask_epi8(special);
        if (mask != 0) return index + (size_t)__builtin_ctz((unsigned)mask);
    }
#elif defined(__aarch64__)
    for (; index + 16 <= count; index += 16) {
        uint8x16_t chunk = vld1q_u8(bytes + index);
        uint8x16_t special = vorrq_u8(vorrq_u8(vcltq_u8(chunk, vdupq_n_u8(0x20)), vcgeq_u8(chunk, vdupq_n_u8(0x80))),
                                      vorrq_u8(vceqq_u8(chunk, vdupq_n_u8(0x22)), vceqq_u8(chunk, vdupq_n_u8(0x5C))));
        if (vmaxvq_u8(special) != 0) break;
    }
#else
    const uint64_t ones = 0x0101010101010101ull;
    const uint64_t highs = 0x8080808080808080ull;
    for (; index + 8 <= count; index += 8) {
        uint64_t word;
        memcpy(&word, bytes + index, 8);
        uint64_t quotes = word ^ (ones * 0x22);
        uint64_t backslashes = word ^ (ones * 0x5C);
        uint64_t special = (word | ((quotes - ones) & ~quotes) | ((backslashes - ones) & ~backslashes) | (word - ones * 0x20)) & highs;
        if (special != 0) break;
    }
#endif
    for (; index < count; index++) {
        if (pl_is_json_special(bytes[index])) return index;
    }
    return count;
}

/// Whether `bytes[0..<count]` is ASCII without a carriage return, so that each byte is one character.
static inline int pl_is_ascii_without_cr(const uint8_t *bytes, size_t count) {
    size_t index = 0;
#if defined(__SSE2__)
    const __m128i cr = _mm_set1_epi8(0x0D);
    for (; index + 16 <= count; index += 16) {
        __m128i chunk = _mm_loadu_si128((const __m128i *)(bytes + index));
        if (_mm_movemask_epi8(_mm_or_si128(chunk, _mm_cmpeq_epi8(chunk, cr))) != 0) return 0;
    }
#elif defined(__aarch64__)
    for (; index + 16 <= count; index += 16) {
        uint8x16_t chunk = vld1q_u8(bytes + index);
        if (vmaxvq_u8(vorrq_u8(vcgeq_u8(chunk, vdupq_n_u8(0x80)), vceqq_u8(chunk, vdupq_n_u8(0x0D)))) != 0) return 0;
    }
#endif
    for (; index < count; index++) {
        if (bytes[index] >= 0x80 || bytes[index] == 0x0D) return 0;
    }
    return 1;
}

#endif
