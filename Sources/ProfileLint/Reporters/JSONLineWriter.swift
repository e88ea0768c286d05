/// Writes one compact JSON object straight into bytes, for the per-employee lines of batch reports.
///
/// Batch reports write one object per employee; building a ``JSONOutput`` tree for each cost more
/// than reading the profile. This writer appends keys and escaped values directly.
struct JSONLineWriter {
    /// What has been written; a writer made with ``init(appendingTo:)`` continues what was there.
    private(set) var bytes: [UInt8]
    private var needsComma = false

    init(capacity: Int = 512) {
        bytes = []
        bytes.reserveCapacity(capacity)
    }

    /// A writer that appends to `bytes` (moved in; take it back with ``finish()``), so that a batch job's
    /// lines share one buffer instead of each becoming a string of its own.
    init(appendingTo bytes: consuming [UInt8]) {
        self.bytes = bytes
    }

    /// Hands back the bytes written.
    consuming func finish() -> [UInt8] { bytes }

    mutating func beginObject() {
        separate()
        bytes.append(UInt8(ascii: "{"))
        needsComma = false
    }

    mutating func endObject() {
        bytes.append(UInt8(ascii: "}"))
        needsComma = true
    }

    mutating func beginArray(_ key: StaticString) {
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

    /// Keys are the reporter's own ASCII names, which need no escaping: they are copied as they are.
    private mutating func key(_ key: StaticString) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        key.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(UInt8(ascii: "\""))
        bytes.append(UInt8(ascii: ":"))
        needsComma = false
    }

    mutating func field(_ key: StaticString, _ value: String?) {
        self.key(key)
        if let value { appendString(value) } else { bytes.append(contentsOf: "null".utf8) }
        needsComma = true
    }

    mutating func field(_ key: StaticString, _ value: Int?) {
        self.key(key)
        guard var number = value else {
            bytes.append(contentsOf: "null".utf8)
            needsComma = true
            return
        }
        // Digits written in place: the number of each entry's score and gains.
        if number < 0 {
            bytes.append(UInt8(ascii: "-"))
            if number == .min {
                bytes.append(contentsOf: String(number).utf8.dropFirst())
                needsComma = true
                return
            }
            number = -number
        }
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        withUnsafeMutableBytes(of: &digits) { buffer in
            var index = buffer.count
            repeat {
                index -= 1
                buffer[index] = UInt8(ascii: "0") + UInt8(number % 10)
                number /= 10
            } while number > 0
            bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: buffer[index...]))
        }
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
