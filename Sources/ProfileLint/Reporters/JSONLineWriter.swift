/// Writes one compact JSON object straight into bytes, for the per-employee lines of batch reports.
///
/// Batch reports write one object per employee; building a ``JSONOutput`` tree for each cost more
/// than reading the profile. This writer appends keys and escaped values directly to a
/// ``ByteBuffer`` (an entry makes some forty small writes, each a pointer store or a `memcpy`).
struct JSONLineWriter {
    /// Where the entry goes: a batch job's buffer, or a buffer of its own.
    let output: ByteBuffer
    private var needsComma = false

    init(into output: ByteBuffer = ByteBuffer(capacity: 512)) {
        self.output = output
    }

    /// The written bytes.
    var bytes: [UInt8] { output.withUnsafeBytes { Array($0) } }

    /// The written text.
    var text: String { output.withUnsafeBytes { String(decoding: $0, as: UTF8.self) } }

    @inline(__always) private func append(_ byte: UInt8) { output.append(byte) }
    @inline(__always) private func append(_ bytes: UnsafeBufferPointer<UInt8>) { output.append(bytes) }
    @inline(__always) private func append(_ text: StaticString) { output.append(text) }

    mutating func beginObject() {
        separate()
        append(UInt8(ascii: "{"))
        needsComma = false
    }

    mutating func endObject() {
        append(UInt8(ascii: "}"))
        needsComma = true
    }

    mutating func beginArray(_ key: StaticString) {
        self.key(key)
        append(UInt8(ascii: "["))
        needsComma = false
    }

    mutating func endArray() {
        append(UInt8(ascii: "]"))
        needsComma = true
    }

    private mutating func separate() {
        if needsComma { append(UInt8(ascii: ",")) }
    }

    /// Keys are the reporter's own ASCII names, which need no escaping: they are copied as they are.
    /// A key is short, so its bytes are stored one by one after a single capacity check.
    private mutating func key(_ key: StaticString) {
        let comma = needsComma
        let length = key.utf8CodeUnitCount
        output.append(reserving: length + 4) { target in
            var index = 0
            if comma {
                target[0] = UInt8(ascii: ",")
                index = 1
            }
            target[index] = UInt8(ascii: "\"")
            index += 1
            key.withUTF8Buffer { source in
                for offset in 0..<length { target[index + offset] = source[offset] }
            }
            index += length
            target[index] = UInt8(ascii: "\"")
            target[index + 1] = UInt8(ascii: ":")
            return index + 2
        }
        needsComma = false
    }

    /// `"categories":{"completeness":{"score":…,"passed":…,"failed":…,"unknown":…},…}`, or `null`:
    /// the keys of the check report's `categories`, written without building anything.
    mutating func categories(_ scores: CategoryScores?) {
        key("categories")
        guard let scores else {
            append("null")
            needsComma = true
            return
        }
        append(UInt8(ascii: "{"))
        needsComma = false
        category("completeness", scores.completeness)
        category("quality", scores.quality)
        category("organisation", scores.organisation)
        endObject()
    }

    private mutating func category(_ name: StaticString, _ tally: CategoryScore) {
        key(name)
        append(UInt8(ascii: "{"))
        needsComma = false
        field("score", tally.score)
        field("passed", tally.passed)
        field("failed", tally.failed)
        field("unknown", tally.unknown)
        endObject()
    }

    mutating func field(_ key: StaticString, _ value: String?) {
        self.key(key)
        if let value { appendString(value) } else { append("null") }
        needsComma = true
    }

    mutating func field(_ key: StaticString, _ value: Int?) {
        self.key(key)
        needsComma = true
        if let value { output.append(decimal: value) } else { append("null") }
    }

    private func appendString(_ value: String) {
        append(UInt8(ascii: "\""))
        var copy = value
        copy.withUTF8 { buffer in
            // Most texts need no escaping: copy the plain run before the first byte to look at.
            let first = ASCIIScan.firstSpecial(buffer)
            append(UnsafeBufferPointer(rebasing: buffer[0..<first]))
            if first == buffer.count { return }
            var start = first
            var index = first
            while index < buffer.count {
                let byte = buffer[index]
                let escape: StaticString
                var consumed = 1
                switch byte {
                case 0x22: escape = "\\\""
                case 0x5C: escape = "\\\\"
                case 0x0A: escape = "\\n"
                case 0x0D: escape = "\\r"
                case 0x09: escape = "\\t"
                case 0..<0x20:
                    append(UnsafeBufferPointer(rebasing: buffer[start..<index]))
                    let hex: StaticString = "0123456789abcdef"
                    append("\\u00")
                    hex.withUTF8Buffer { digits in
                        append(digits[Int(byte >> 4)])
                        append(digits[Int(byte & 0xF)])
                    }
                    index += 1
                    start = index
                    continue
                case 0xE2 where index + 2 < buffer.count && buffer[index + 1] == 0x80 && (buffer[index + 2] == 0xA8 || buffer[index + 2] == 0xA9):
                    // U+2028 and U+2029 are escaped so that the output is also valid JavaScript.
                    escape = buffer[index + 2] == 0xA8 ? "\\u2028" : "\\u2029"
                    consumed = 3
                default:
                    index += 1
                    continue
                }
                append(UnsafeBufferPointer(rebasing: buffer[start..<index]))
                append(escape)
                index += consumed
                start = index
            }
            append(UnsafeBufferPointer(rebasing: buffer[start..<buffer.count]))
        }
        append(UInt8(ascii: "\""))
    }
}
