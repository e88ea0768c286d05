/// Finds the bytes a JSON writer must look at (control characters, `"`, `\`, non-ASCII) eight at a time.
enum ASCIIScan {
    /// The index of the first byte in `buffer` that is below 0x20, `"`, `\` or 0x80 and above; `buffer.count` when there is none.
    static func firstSpecial(_ buffer: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = buffer.baseAddress else { return 0 }
        let raw = UnsafeRawPointer(base)
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        var index = 0
        while index + 8 <= buffer.count {
            let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            let quotes = word ^ (ones &* 0x22)
            let backslashes = word ^ (ones &* 0x5C)
            let special = (word | ((quotes &- ones) & ~quotes) | ((backslashes &- ones) & ~backslashes) | (word &- ones &* 0x20)) & highs
            // Borrows only run upwards, so the lowest flagged byte (little-endian) is a real one.
            if special != 0 { return index + (special.littleEndian.trailingZeroBitCount >> 3) }
            index += 8
        }
        while index < buffer.count {
            let byte = buffer[index]
            if byte < 0x20 || byte == 0x22 || byte == 0x5C || byte >= 0x80 { return index }
            index += 1
        }
        return buffer.count
    }
}
