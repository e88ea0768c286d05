extension ReactiveResumeImporter {
    /// The plain text of the HTML that Reactive Resume's editor writes (`<p>`, `<ul><li>`, `<strong>`,
    /// `&amp;`), for length checks: tags removed, block ends as line breaks, list items as `• `,
    /// entities decoded, white space collapsed.
    ///
    /// Kept simple and safe: one pass over the bytes, so a decoded `&lt;` is never read as a tag; a `<`
    /// that opens no tag and an entity that is not one are kept as text; numeric entities that name a
    /// control character or no character at all are kept as written.
    static func plainText(fromHTML html: String) -> String {
        let bytes = Array(html.utf8)
        guard bytes.contains(where: { $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: "&") }) else { return collapsingWhitespace(bytes) }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        // A list item's bullet is followed by its text, not by the break of the paragraph inside it.
        var afterBullet = false
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "<"), let end = tagEnd(bytes, openingAt: index) {
                let (name, closing) = tagName(bytes, openingAt: index)
                if name == "li", !closing {
                    output.append(0x0A)
                    output += Array("• ".utf8)
                    afterBullet = true
                } else if blockTags.contains(name), !afterBullet {
                    output.append(0x0A)
                }
                index = end
                continue
            }
            if byte == UInt8(ascii: "&"), let (decoded, end) = entity(bytes, at: index) {
                output += decoded
                afterBullet = afterBullet && decoded.allSatisfy { $0 == 0x20 }
                index = end
                continue
            }
            // Line breaks in the HTML source are spaces; only elements break lines.
            let isBlank = byte == 0x0A || byte == 0x0D || byte == 0x09 || byte == 0x20
            output.append(isBlank ? 0x20 : byte)
            afterBullet = afterBullet && isBlank
            index += 1
        }
        return collapsingWhitespace(output)
    }

    /// Elements whose start or end breaks the line.
    private static let blockTags: Set<String> = ["p", "br", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
                                                 "blockquote", "pre", "hr", "tr", "table"]

    /// The index after the tag, comment or declaration that opens at `start`, or `nil` when the `<`
    /// opens none (then it is text).
    private static func tagEnd(_ bytes: [UInt8], openingAt start: Int) -> Int? {
        guard start + 1 < bytes.count else { return nil }
        let next = bytes[start + 1]
        if next == UInt8(ascii: "!"), bytes[(start + 1)...].starts(with: Array("!--".utf8)) {
            var index = start + 4
            while index + 2 < bytes.count {
                if bytes[index] == UInt8(ascii: "-"), bytes[index + 1] == UInt8(ascii: "-"), bytes[index + 2] == UInt8(ascii: ">") { return index + 3 }
                index += 1
            }
            return bytes.count
        }
        guard next.isASCIILetter || next == UInt8(ascii: "/") || next == UInt8(ascii: "!") || next == UInt8(ascii: "?") else { return nil }
        var quote: UInt8?
        var index = start + 1
        while index < bytes.count {
            let byte = bytes[index]
            if let open = quote {
                if byte == open { quote = nil }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: ">") {
                return index + 1
            }
            index += 1
        }
        return nil
    }

    /// The lower-cased element name of the tag opening at `start`, and whether it is a closing tag.
    private static func tagName(_ bytes: [UInt8], openingAt start: Int) -> (String, Bool) {
        var index = start + 1
        let closing = index < bytes.count && bytes[index] == UInt8(ascii: "/")
        if closing { index += 1 }
        var name: [UInt8] = []
        while index < bytes.count, bytes[index].isASCIILetter || (0x30...0x39).contains(bytes[index]) {
            name.append(bytes[index] | 0x20)
            index += 1
        }
        return (String(decoding: name, as: UTF8.self), closing)
    }

    /// The named entities an editor writes; others are kept as written.
    private static let namedEntities: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "ndash": "–", "mdash": "—",
        "hellip": "…", "lsquo": "‘", "rsquo": "’", "ldquo": "“", "rdquo": "”", "bull": "•", "euro": "€", "copy": "©",
    ]

    /// The UTF-8 of the entity at `start` (`&amp;`, `&#233;`, `&#xE9;`) and the index after its `;`,
    /// or `nil` when there is none.
    private static func entity(_ bytes: [UInt8], at start: Int) -> ([UInt8], Int)? {
        var end = start + 1
        while end < bytes.count, end - start <= 10, bytes[end] != UInt8(ascii: ";") { end += 1 }
        guard end < bytes.count, bytes[end] == UInt8(ascii: ";"), end > start + 1 else { return nil }
        let body = bytes[(start + 1)..<end]
        if body.first == UInt8(ascii: "#") {
            var digits = body.dropFirst()
            var radix = 10
            if let x = digits.first, x | 0x20 == UInt8(ascii: "x") {
                radix = 16
                digits = digits.dropFirst()
            }
            guard !digits.isEmpty, let code = UInt32(String(decoding: digits, as: UTF8.self), radix: radix),
                  let scalar = Unicode.Scalar(code), code >= 0x20 || code == 0x09 || code == 0x0A,
                  !(0x7F...0x9F).contains(code) else { return nil }
            return (Array(String(Character(scalar)).utf8), end + 1)
        }
        guard let text = namedEntities[String(decoding: body, as: UTF8.self)] else { return nil }
        return (Array(text.utf8), end + 1)
    }

    /// Lines trimmed, runs of blanks made one space, empty lines left out.
    private static func collapsingWhitespace(_ bytes: [UInt8]) -> String {
        var lines: [String] = []
        var line: [UInt8] = []
        var pendingSpace = false
        func endLine() {
            if !line.isEmpty { lines.append(String(decoding: line, as: UTF8.self)) }
            line.removeAll(keepingCapacity: true)
            pendingSpace = false
        }
        for byte in bytes {
            switch byte {
            case 0x0A:
                endLine()
            case 0x20, 0x09, 0x0D:
                pendingSpace = !line.isEmpty
            default:
                if pendingSpace { line.append(0x20) }
                pendingSpace = false
                line.append(byte)
            }
        }
        endLine()
        return lines.joined(separator: "\n")
    }
}
