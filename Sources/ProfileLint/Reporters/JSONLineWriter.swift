/// Writes one compact JSON object straight into bytes, for the per-employee lines of batch reports.
///
/// Batch reports write one object per employee; building a ``JSONOutput`` tree for each cost more
/// than reading the profile. The caller appends the fixed parts of the line (punctuation and keys,
/// such as `,"name":`) as literals, each one `memcpy`, and this writer the escaped values between them.
struct JSONLineWriter {
    /// Where the entry goes: a batch job's buffer, or a buffer of its own.
    let output: ByteBuffer

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

    /// Appends a fixed part of the line as it is: punctuation and keys, which are the reporter's own
    /// ASCII and need no escaping (`{"id":`, `,"name":`, `}`). Inlined, the literal's length is a
    /// constant and the copy a few moves rather than a call to `memmove`.
    @inline(__always) func raw(_ fragment: StaticString) {
        output.append(fragment)
    }

    /// Appends `value` as a JSON string, or `null`.
    func string(_ value: String?) {
        if let value { appendString(value) } else { append("null") }
    }

    /// Appends `value` in decimal, or `null`.
    func int(_ value: Int?) {
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
