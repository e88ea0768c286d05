import CProfileLintScan

/// Finds the bytes a JSON writer or reader must look at (control characters, `"`, `\`, non-ASCII),
/// sixteen at a time (`CProfileLintScan`).
enum ASCIIScan {
    /// The index of the first byte in `buffer` that is below 0x20, `"`, `\` or 0x80 and above; `buffer.count` when there is none.
    @inline(__always)
    static func firstSpecial(_ buffer: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = buffer.baseAddress else { return 0 }
        return pl_first_json_special(base, buffer.count)
    }

    /// Whether every byte of `buffer` is ASCII other than a carriage return (one byte, one character).
    @inline(__always)
    static func isASCIIWithoutCarriageReturn(_ buffer: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = buffer.baseAddress else { return true }
        return pl_is_ascii_without_cr(base, buffer.count) != 0
    }
}
