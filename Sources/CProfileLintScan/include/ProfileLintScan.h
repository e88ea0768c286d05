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

#if !defined(__SSE2__) && !defined(__aarch64__)
#define PL_ONES 0x0101010101010101ull
#define PL_HIGHS 0x8080808080808080ull

/// Eight bytes as one word, for the portable loops.
static inline uint64_t pl_word(const uint8_t *bytes) {
    uint64_t word;
    memcpy(&word, bytes, 8);
    return word;
}

/// Nonzero when some byte of `word` is `byte` (the high bit of each such byte is set, and perhaps
/// of bytes after one: enough to tell whether there is any).
static inline uint64_t pl_bytes_equal(uint64_t word, uint8_t byte) {
    uint64_t differences = word ^ (PL_ONES * byte);
    return (differences - PL_ONES) & ~differences & PL_HIGHS;
}
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
    for (; index + 8 <= count; index += 8) {
        uint64_t word = pl_word(bytes + index);
        // A byte of 0x80 and above, or one below 0x20 (the subtraction borrows into its high bit).
        if (((word | (word - PL_ONES * 0x20)) & PL_HIGHS) != 0 || pl_bytes_equal(word, 0x22) || pl_bytes_equal(word, 0x5C)) break;
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

/// The index of the first `byte` in `bytes[0..<count]`; `count` when there is none (libc's `memchr`).
static inline size_t pl_index_of_byte(const uint8_t *bytes, size_t count, uint8_t byte) {
    const void *found = count == 0 ? NULL : memchr(bytes, byte, count);
    return found == NULL ? count : (size_t)((const uint8_t *)found - bytes);
}

/// Whether a byte may start something that joins a grapheme cluster with a neighbour: a carriage
/// return (CR LF is one character) or the lead byte of a scalar from U+0300 up (0xCC and above),
/// where combining marks, joiners, emoji and the scripts that cluster begin.
static inline int pl_is_cluster_byte(uint8_t byte) {
    return byte == 0x0D || byte >= 0xCC;
}

/// The index of the first byte of `bytes[0..<count]` that `pl_is_cluster_byte`; `count` when none
/// is. `*continuations` is set to the number of UTF-8 continuation bytes (0x80 to 0xBF) before that
/// index, so the scalars before it are the index less that number.
static inline size_t pl_first_cluster_byte(const uint8_t *bytes, size_t count, size_t *continuations) {
    size_t index = 0;
    size_t found = 0;
#if defined(__SSE2__)
    const __m128i cr = _mm_set1_epi8(0x0D);
    const __m128i lead = _mm_set1_epi8((char)0xCC);
    // As signed bytes the continuation bytes 0x80 to 0xBF are the ones below 0xC0 (-64).
    const __m128i continuation = _mm_set1_epi8((char)0xC0);
    for (; index + 16 <= count; index += 16) {
        __m128i chunk = _mm_loadu_si128((const __m128i *)(bytes + index));
        __m128i crs = _mm_cmpeq_epi8(chunk, cr);
        // Sixteen ASCII bytes without a CR (most of most texts) are sixteen scalars.
        if (_mm_movemask_epi8(_mm_or_si128(chunk, crs)) == 0) continue;
        __m128i stop = _mm_or_si128(crs, _mm_cmpeq_epi8(_mm_max_epu8(chunk, lead), chunk));
        unsigned tails = (unsigned)_mm_movemask_epi8(_mm_cmplt_epi8(chunk, continuation));
        unsigned stops = (unsigned)_mm_movemask_epi8(stop);
        if (stops != 0) {
            tails &= (1u << __builtin_ctz(stops)) - 1;
            index += (size_t)__builtin_ctz(stops);
            for (; tails != 0; tails &= tails - 1) found++;
            *continuations = found;
            return index;
        }
        for (; tails != 0; tails &= tails - 1) found++;
    }
#elif defined(__aarch64__)
    for (; index + 16 <= count; index += 16) {
        uint8x16_t chunk = vld1q_u8(bytes + index);
        uint8x16_t stop = vorrq_u8(vceqq_u8(chunk, vdupq_n_u8(0x0D)), vcgeq_u8(chunk, vdupq_n_u8(0xCC)));
        if (vmaxvq_u8(stop) != 0) break;
        uint8x16_t tails = vceqq_u8(vandq_u8(chunk, vdupq_n_u8(0xC0)), vdupq_n_u8(0x80));
        found += vaddvq_u8(vshrq_n_u8(tails, 7));
    }
#else
    for (; index + 8 <= count; index += 8) {
        // Eight ASCII bytes without a CR are eight scalars; anything else is read byte by byte.
        uint64_t word = pl_word(bytes + index);
        if ((word & PL_HIGHS) != 0 || pl_bytes_equal(word, 0x0D)) break;
    }
#endif
    for (; index < count; index++) {
        uint8_t byte = bytes[index];
        if (pl_is_cluster_byte(byte)) break;
        if ((byte & 0xC0) == 0x80) found++;
    }
    *continuations = found;
    return index;
}

#endif
