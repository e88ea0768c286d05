/// One line of text on a PDF page, as poppler's word boxes place it (points from the top-left corner).
struct PDFTextLine: Sendable, Equatable {
    /// The 1-based page.
    var page: Int
    /// The left edge.
    var xMin: Double
    /// The top edge.
    var yMin: Double
    /// The right edge.
    var xMax: Double
    /// The bottom edge.
    var yMax: Double
    /// The words, joined by single spaces.
    var text: String

    /// The line box's height, a proxy for the font size.
    var height: Double { yMax - yMin }
}

/// The text of a PDF as `pdftotext -bbox-layout` gives it: the document's metadata and every line of
/// every page with its box.
struct PDFWordBoxes: Sendable, Equatable {
    /// `<meta name="…" content="…"/>` of the XHTML head (`Author`, `Producer`, …).
    var metadata: [String: String] = [:]
    /// The pages' sizes, in order.
    var pageSizes: [(width: Double, height: Double)] = []
    /// Every line, in poppler's reading order.
    var lines: [PDFTextLine] = []

    static func == (lhs: PDFWordBoxes, rhs: PDFWordBoxes) -> Bool {
        lhs.metadata == rhs.metadata && lhs.lines == rhs.lines
            && lhs.pageSizes.map(\.width) == rhs.pageSizes.map(\.width) && lhs.pageSizes.map(\.height) == rhs.pageSizes.map(\.height)
    }

    /// Reads poppler's XHTML. It is machine-written (one tag per element, attributes in double quotes),
    /// so a scan for the few tags it uses is enough; anything else is skipped.
    init(xhtml: [UInt8]) {
        var index = 0
        let count = xhtml.count
        var page = 0
        var line: PDFTextLine?
        var words: [String] = []
        while index < count {
            guard xhtml[index] == UInt8(ascii: "<") else {
                index += 1
                continue
            }
            var end = index + 1
            while end < count, xhtml[end] != UInt8(ascii: ">") { end += 1 }
            guard end < count else { break }
            let tag = xhtml[(index + 1)..<end]
            let name = Self.tagName(tag)
            switch name {
            case "page":
                page += 1
                let attributes = Self.attributes(tag)
                pageSizes.append((Double(attributes["width"] ?? "") ?? 0, Double(attributes["height"] ?? "") ?? 0))
            case "line":
                let attributes = Self.attributes(tag)
                line = PDFTextLine(page: max(page, 1), xMin: Double(attributes["xMin"] ?? "") ?? 0, yMin: Double(attributes["yMin"] ?? "") ?? 0,
                                   xMax: Double(attributes["xMax"] ?? "") ?? 0, yMax: Double(attributes["yMax"] ?? "") ?? 0, text: "")
                words.removeAll(keepingCapacity: true)
            case "/line":
                if var finished = line {
                    finished.text = words.joined(separator: " ")
                    if !finished.text.isEmpty { lines.append(finished) }
                }
                line = nil
            case "word":
                var close = end + 1
                while close < count, xhtml[close] != UInt8(ascii: "<") { close += 1 }
                let word = Self.decodeEntities(xhtml[(end + 1)..<close])
                if !word.isEmpty { words.append(word) }
                end = close - 1
            case "meta":
                let attributes = Self.attributes(tag)
                if let key = attributes["name"], let value = attributes["content"] { metadata[key] = value }
            default:
                break
            }
            index = end + 1
        }
    }

    /// Creates word boxes from lines already known (tests, and layouts built by hand).
    init(metadata: [String: String] = [:], pageSizes: [(width: Double, height: Double)], lines: [PDFTextLine]) {
        self.metadata = metadata
        self.pageSizes = pageSizes
        self.lines = lines
    }

    /// The element name of a tag's text (`line`, `/line`, `meta`).
    private static func tagName(_ tag: ArraySlice<UInt8>) -> String {
        var end = tag.startIndex
        if end < tag.endIndex, tag[end] == UInt8(ascii: "/") { end += 1 }
        while end < tag.endIndex, tag[end].isASCIILetter { end += 1 }
        return String(decoding: tag[tag.startIndex..<end], as: UTF8.self)
    }

    /// `key="value"` pairs of a tag.
    private static func attributes(_ tag: ArraySlice<UInt8>) -> [String: String] {
        var result: [String: String] = [:]
        var index = tag.startIndex
        while index < tag.endIndex {
            guard tag[index] == UInt8(ascii: "=") else {
                index += 1
                continue
            }
            var keyStart = index
            while keyStart > tag.startIndex, tag[keyStart - 1] != UInt8(ascii: " ") { keyStart -= 1 }
            let key = String(decoding: tag[keyStart..<index], as: UTF8.self)
            guard index + 1 < tag.endIndex, tag[index + 1] == UInt8(ascii: "\"") else {
                index += 1
                continue
            }
            var valueEnd = index + 2
            while valueEnd < tag.endIndex, tag[valueEnd] != UInt8(ascii: "\"") { valueEnd += 1 }
            result[key] = decodeEntities(tag[(index + 2)..<min(valueEnd, tag.endIndex)])
            index = valueEnd + 1
        }
        return result
    }

    /// The text with XML's entities (`&amp;`, `&#233;`, …) decoded.
    static func decodeEntities(_ bytes: ArraySlice<UInt8>) -> String {
        let text = String(decoding: bytes, as: UTF8.self)
        guard text.contains("&") else { return text }
        var result = ""
        var rest = Substring(text)
        while let ampersand = rest.firstIndex(of: "&") {
            result += rest[rest.startIndex..<ampersand]
            guard let semicolon = rest[ampersand...].prefix(12).firstIndex(of: ";") else {
                result += "&"
                rest = rest[rest.index(after: ampersand)...]
                continue
            }
            let entity = rest[rest.index(after: ampersand)..<semicolon]
            switch entity {
            case "amp": result += "&"
            case "lt": result += "<"
            case "gt": result += ">"
            case "quot": result += "\""
            case "apos": result += "'"
            default:
                let number: UInt32? = entity.hasPrefix("#x") ? UInt32(entity.dropFirst(2), radix: 16)
                    : entity.hasPrefix("#") ? UInt32(entity.dropFirst()) : nil
                if let number, let scalar = Unicode.Scalar(number) {
                    result.unicodeScalars.append(scalar)
                } else {
                    result += "&" + entity + ";"
                }
            }
            rest = rest[rest.index(after: semicolon)...]
        }
        return result + rest
    }
}
