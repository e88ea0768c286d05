/// Writes one compact JSON object straight into bytes, for the per-employee lines of batch reports.
///
/// Batch reports write one object per employee; building a ``JSONOutput`` tree for each cost more
/// than reading the profile. This writer appends keys and escaped values directly.
struct JSONLineWriter {
    private(set) var bytes: [UInt8] = []
    private var needsComma = false

    init(capacity: Int = 512) {
        bytes.reserveCapacity(capacity)
    }

    mutating func beginObject() {
        separate()
        bytes.append(UInt8(ascii: "{"))
        needsComma = false
    }

    mutating func endObject() {
        bytes.append(UInt8(ascii: "}"))
        needsComma = true
    }

    mutating func beginArray(_ key: String) {
        self.key(key)
        bytes.append(UInt8(ascii: "["))
        needsComma = false
    }

    mutating func endArray() {
        bytes.append(UInt8(ascii: "]"))
        needsComma = true
    }

    private mutating func separate() {
        if needsComma { bytes.append(UInt8(ascii: ",")) }
    }

    private mutating func key(_ key: String) {
        separate()
        appendString(key)
        bytes.append(UInt8(ascii: ":"))
        needsComma = false
    }

    mutating func field(_ key: String, _ value: String?) {
        self.key(key)
        if let value { appendString(value) } else { bytes.append(contentsOf: "null".utf8) }
        needsComma = true
    }

    mutating func field(_ key: String, _ value: Int?) {
        self.key(key)
        bytes.append(contentsOf: (value.map { String($0) } ?? "null").utf8)
        needsComma = true
    }

    private mutating func appendString(_ value: String) {
        bytes.append(UInt8(ascii: "\""))
        var copy = value
        copy.withUTF8 { buffer in
            // Most texts need no escaping: copy the plain run before the first byte to look at.
            let first = ASCIIScan.firstSpecial(buffer)
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[0..<first]))
            if first == buffer.count { return }
            var start = first
            for index in first..<buffer.count {
                let byte = buffer[index]
                let escape: [UInt8]?
                switch byte {
                case 0x22: escape = [0x5C, 0x22]
                case 0x5C: escape = [0x5C, 0x5C]
                case 0x0A: escape = [0x5C, UInt8(ascii: "n")]
                case 0x0D: escape = [0x5C, UInt8(ascii: "r")]
                case 0x09: escape = [0x5C, UInt8(ascii: "t")]
                case 0..<0x20:
                    let hex = Array("0123456789abcdef".utf8)
                    escape = [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
                case 0xE2 where index + 2 < buffer.count && buffer[index + 1] == 0x80 && (buffer[index + 2] == 0xA8 || buffer[index + 2] == 0xA9):
                    // U+2028 and U+2029 are escaped so that the output is also valid JavaScript.
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[start..<index]))
                    bytes.append(contentsOf: buffer[index + 2] == 0xA8 ? Array("\\u2028".utf8) : Array("\\u2029".utf8))
                    start = index + 3
                    continue
                default:
                    escape = nil
                }
                guard let escape else { continue }
                if index > start { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[start..<index])) }
                bytes.append(contentsOf: escape)
                start = index + 1
            }
            if start < buffer.count {
                // Skip the tail of a U+2028/U+2029 sequence already written.
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[start..<buffer.count]))
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// The written text.
    var text: String { String(decoding: bytes, as: UTF8.self) }
}
