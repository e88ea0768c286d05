/// Builds ZIP archives in memory for tests, including broken and hostile ones that no archiver
/// would write: lying sizes, `..` names, symbolic links, truncated deflate streams.
///
/// Deflate data is made by hand (stored blocks, or fixed-Huffman back-references for highly
/// compressible "bomb" payloads), so the tests need nothing beyond the package's products.
struct ZIPBuilder {
    struct Entry {
        var name: String
        /// The bytes stored in the archive (already deflated when `method` is 8).
        var stored: [UInt8]
        /// 0 stored, 8 deflated.
        var method: UInt16
        /// The uncompressed size written into the headers.
        var declaredSize: UInt32
        var crc32: UInt32
        /// Unix mode bits (`0o100644` a file, `0o120777` a symbolic link).
        var mode: UInt32 = 0o100644
    }

    var entries: [Entry] = []

    /// Adds a file stored without compression.
    mutating func addStored(_ name: String, _ bytes: [UInt8], mode: UInt32 = 0o100644) {
        entries.append(Entry(name: name, stored: bytes, method: 0, declaredSize: UInt32(bytes.count), crc32: Self.crc32(bytes), mode: mode))
    }

    /// Adds a file as a valid deflate stream of stored blocks.
    mutating func addDeflated(_ name: String, _ bytes: [UInt8]) {
        entries.append(Entry(name: name, stored: Self.storedBlocks(bytes), method: 8, declaredSize: UInt32(bytes.count), crc32: Self.crc32(bytes)))
    }

    /// Adds an entry with raw deflate data and whatever size and CRC the test wants to claim.
    mutating func addRaw(_ name: String, deflated: [UInt8], declaredSize: UInt32, crc32: UInt32 = 0) {
        entries.append(Entry(name: name, stored: deflated, method: 8, declaredSize: declaredSize, crc32: crc32))
    }

    /// The archive's bytes: local headers and data, central directory, end record.
    func build() -> [UInt8] {
        var output: [UInt8] = []
        var central: [UInt8] = []
        for entry in entries {
            let offset = UInt32(output.count)
            let name = Array(entry.name.utf8)
            output += le32(0x0403_4B50) + le16(20) + le16(0x0800) + le16(entry.method) + le16(0) + le16(0x5B21)
            output += le32(entry.crc32) + le32(UInt32(entry.stored.count)) + le32(entry.declaredSize)
            output += le16(UInt16(name.count)) + le16(0) + name + entry.stored
            central += le32(0x0201_4B50) + le16(3 << 8 | 20) + le16(20) + le16(0x0800) + le16(entry.method) + le16(0) + le16(0x5B21)
            central += le32(entry.crc32) + le32(UInt32(entry.stored.count)) + le32(entry.declaredSize)
            central += le16(UInt16(name.count)) + le16(0) + le16(0) + le16(0) + le16(0) + le32(entry.mode << 16) + le32(offset) + name
        }
        let centralOffset = UInt32(output.count)
        output += central
        output += le32(0x0605_4B50) + le16(0) + le16(0) + le16(UInt16(entries.count)) + le16(UInt16(entries.count))
        output += le32(UInt32(central.count)) + le32(centralOffset) + le16(0)
        return output
    }

    // MARK: - Deflate by hand

    /// A valid deflate stream of stored (uncompressed) blocks.
    static func storedBlocks(_ bytes: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        var index = 0
        repeat {
            let count = min(65_535, bytes.count - index)
            let final = index + count >= bytes.count
            output.append(final ? 1 : 0)
            output += le16(UInt16(count)) + le16(~UInt16(count))
            output += bytes[index..<(index + count)]
            index += count
        } while index < bytes.count
        return output
    }

    /// A deflate stream (fixed Huffman codes) that expands to `count` zero bytes from roughly
    /// `count / 160` bytes: one literal zero, then back-references of length 258 at distance 1.
    static func zeros(_ count: Int) -> [UInt8] {
        var writer = BitWriter()
        writer.write(1, bits: 1)  // final block
        writer.write(1, bits: 2)  // fixed Huffman
        writer.writeCode(0x30, length: 8)  // literal 0
        var remaining = count - 1
        while remaining >= 258 {
            writer.writeCode(0xC5, length: 8)  // length code 285 = 258
            writer.writeCode(0, length: 5)  // distance code 0 = 1
            remaining -= 258
        }
        while remaining > 0 {
            writer.writeCode(0x30, length: 8)
            remaining -= 1
        }
        writer.writeCode(0, length: 7)  // end of block (256)
        return writer.bytes
    }

    struct BitWriter {
        var bytes: [UInt8] = []
        var bitCount = 0

        /// Writes `bits` bits of `value`, least significant first (header fields).
        mutating func write(_ value: UInt32, bits: Int) {
            for bit in 0..<bits { append((value >> UInt32(bit)) & 1 == 1) }
        }

        /// Writes a Huffman code, most significant bit first.
        mutating func writeCode(_ code: UInt32, length: Int) {
            for bit in stride(from: length - 1, through: 0, by: -1) { append((code >> UInt32(bit)) & 1 == 1) }
        }

        private mutating func append(_ bit: Bool) {
            if bitCount % 8 == 0 { bytes.append(0) }
            if bit { bytes[bytes.count - 1] |= 1 << UInt8(bitCount % 8) }
            bitCount += 1
        }
    }

    // MARK: - Helpers

    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }
}

private func le16(_ value: UInt16) -> [UInt8] { [UInt8(value & 0xFF), UInt8(value >> 8)] }
private func le32(_ value: UInt32) -> [UInt8] { le16(UInt16(value & 0xFFFF)) + le16(UInt16(value >> 16)) }
