import Foundation
import Testing
@testable import ProfileLint

/// The JSON parser against the grammar of RFC 8259, in the manner of JSONTestSuite: documents
/// every parser must accept (`y`), documents every parser must reject (`n`), and documents where
/// the RFC leaves the answer to the implementation (`i`), which must be answered without a crash
/// and, when rejected, with one line saying where and what.
///
/// The cases are written for this project (none is copied); each names the grammar rule it
/// exercises.
@Suite struct JSONGrammarTests {
    /// A document and the grammar rule it exercises.
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let bytes: [UInt8]
        var testDescription: String { name }

        init(_ name: String, _ text: String) {
            self.name = name
            bytes = Array(text.utf8)
        }

        init(_ name: String, bytes: [UInt8]) {
            self.name = name
            self.bytes = bytes
        }
    }

    static let accepted: [Case] = [
        Case("empty object", "{}"),
        Case("empty array", "[]"),
        Case("scalar string at top level", "\"text\""),
        Case("scalar number at top level", "42"),
        Case("scalar true at top level", "true"),
        Case("scalar false at top level", "false"),
        Case("scalar null at top level", "null"),
        Case("whitespace around everything", " \t\r\n{ \"a\" \t: \r\n[ 1 , 2 ] } \n"),
        Case("nested arrays", "[[[[[]]]]]"),
        Case("nested objects", "{\"a\":{\"b\":{\"c\":{}}}}"),
        Case("array of every value kind", "[1, -1, 0.5, \"s\", true, false, null, {}, []]"),
        Case("zero", "0"),
        Case("negative zero", "-0"),
        Case("fraction", "3.14159"),
        Case("exponent lower case", "1e10"),
        Case("exponent upper case", "1E10"),
        Case("exponent with plus", "1e+10"),
        Case("exponent with minus", "1e-10"),
        Case("fraction and exponent", "-12.5e-3"),
        Case("zero with fraction", "0.0"),
        Case("zero with exponent", "0e0"),
        Case("long integer", "123456789012345678901234567890"),
        Case("every simple escape", "\"\\\" \\\\ \\/ \\b \\f \\n \\r \\t\""),
        Case("unicode escape", "\"\\u00e9\""),
        Case("unicode escape upper-case hex", "\"\\u00E9\""),
        Case("escaped surrogate pair", "\"\\ud83d\\ude00\""),
        Case("escaped NUL", "\"\\u0000\""),
        Case("two-byte UTF-8", "\"café\""),
        Case("three-byte UTF-8", "\"€\""),
        Case("four-byte UTF-8", "\"😀\""),
        Case("DEL is allowed unescaped", "\"\u{7F}\""),
        Case("U+2028 and U+2029 unescaped", "\"\u{2028}\u{2029}\""),
        Case("empty key", "{\"\":1}"),
        Case("key with escapes", "{\"a\\nb\":1}"),
        Case("many members", "{\"a\":1,\"b\":2,\"c\":3,\"d\":4,\"e\":5,\"f\":6,\"g\":7,\"h\":8}"),
        Case("string of 100,000 characters", "\"" + String(repeating: "x", count: 100_000) + "\""),
        Case("nesting of 100 arrays", String(repeating: "[", count: 100) + String(repeating: "]", count: 100)),
    ]

    static let rejected: [Case] = [
        Case("empty document", ""),
        Case("only whitespace", " \n\t "),
        Case("unclosed object", "{"),
        Case("unclosed array", "["),
        Case("unclosed string", "\"abc"),
        Case("unopened object", "}"),
        Case("unopened array", "]"),
        Case("mismatched brackets", "[}"),
        Case("mismatched braces", "{]"),
        Case("trailing comma in array", "[1,]"),
        Case("trailing comma in object", "{\"a\":1,}"),
        Case("leading comma in array", "[,1]"),
        Case("double comma", "[1,,2]"),
        Case("missing comma in array", "[1 2]"),
        Case("missing comma in object", "{\"a\":1 \"b\":2}"),
        Case("missing colon", "{\"a\" 1}"),
        Case("double colon", "{\"a\"::1}"),
        Case("missing value", "{\"a\":}"),
        Case("unquoted key", "{a:1}"),
        Case("single-quoted key", "{'a':1}"),
        Case("single-quoted string", "['a']"),
        Case("number as key", "{1:1}"),
        Case("two values at top level", "1 2"),
        Case("trailing garbage after object", "{} x"),
        Case("trailing comma after top level", "{},"),
        Case("leading plus", "+1"),
        Case("leading zero", "01"),
        Case("negative leading zero", "-01"),
        Case("bare minus", "-"),
        Case("fraction without digits", "1."),
        Case("fraction without integer", ".5"),
        Case("exponent without digits", "1e"),
        Case("exponent sign without digits", "1e+"),
        Case("hexadecimal number", "0x1F"),
        Case("infinity", "Infinity"),
        Case("not a number", "NaN"),
        Case("true in capitals", "True"),
        Case("truncated true", "tru"),
        Case("truncated null", "nul"),
        Case("truncated false", "fals"),
        Case("unknown escape", "\"\\x41\""),
        Case("escape of a space", "\"\\ \""),
        Case("short unicode escape", "\"\\u12\""),
        Case("unicode escape with non-hex", "\"\\u12G4\""),
        Case("raw newline in string", "\"a\nb\""),
        Case("raw tab in string", "\"a\tb\""),
        Case("raw NUL in string", bytes: [0x22, 0x61, 0x00, 0x22]),
        Case("NUL between values", bytes: Array("[1,".utf8) + [0x00] + Array("2]".utf8)),
        Case("lone continuation byte", bytes: [0x22, 0x80, 0x22]),
        Case("truncated two-byte sequence", bytes: [0x22, 0xC3, 0x22]),
        Case("overlong encoding of '/'", bytes: [0x22, 0xC0, 0xAF, 0x22]),
        Case("UTF-16 surrogate encoded in UTF-8", bytes: [0x22, 0xED, 0xA0, 0x80, 0x22]),
        Case("code point above U+10FFFF", bytes: [0x22, 0xF4, 0x90, 0x80, 0x80, 0x22]),
        Case("byte 0xFF", bytes: [0x22, 0xFF, 0x22]),
        Case("comment", "{} // note"),
        Case("block comment", "/* note */ {}"),
        Case("nesting beyond the limit", String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)),
    ]

    /// Documents the RFC lets a parser accept or reject.
    static let implementationDefined: [Case] = [
        Case("lone high surrogate escape", "\"\\ud800\""),
        Case("lone low surrogate escape", "\"\\udc00\""),
        Case("reversed surrogate pair", "\"\\udc00\\ud800\""),
        Case("huge exponent", "1e999999"),
        Case("tiny exponent", "1e-999999"),
        Case("integer beyond 64 bits", "-123456789012345678901234567890"),
        Case("byte order mark", bytes: [0xEF, 0xBB, 0xBF] + Array("{}".utf8)),
        Case("UTF-16 little endian with BOM", bytes: [0xFF, 0xFE, 0x7B, 0x00, 0x7D, 0x00]),
        Case("duplicate keys", "{\"a\":1,\"a\":2}"),
    ]

    @Test(arguments: accepted)
    func parserAcceptsEveryValidDocument(_ document: Case) {
        #expect(throws: Never.self) { try JSONParser().parse(document.bytes) }
    }

    @Test(arguments: rejected)
    func parserRejectsEveryInvalidDocumentWithAOneLineError(_ document: Case) {
        do {
            _ = try JSONParser().parse(document.bytes)
            Issue.record("accepted an invalid document: \(document.name)")
        } catch {
            #expect(!error.message.description.isEmpty)
            #expect(!error.message.description.contains("\n"), "the error is more than one line: \(error.message)")
            #expect((0...document.bytes.count).contains(error.offset), "offset \(error.offset) is outside the document")
        }
    }

    @Test(arguments: implementationDefined)
    func parserAnswersImplementationDefinedDocumentsWithoutCrashing(_ document: Case) {
        do {
            let parsed = try JSONParser().parse(document.bytes)
            // Accepted: the document must be usable.
            _ = parsed.root.kind
        } catch {
            #expect(!error.message.description.contains("\n"))
            #expect((0...document.bytes.count).contains(error.offset))
        }
    }

    /// The values read back are the values written: escapes decoded, numbers read exactly.
    @Test func parsedValuesAreTheDocumentsValues() throws {
        let document = try JSONParser().parse(Array(#"{"s":"a\"b\\c\/d\u00e9\ud83d\ude00","n":-12,"f":2.5e1,"t":true,"z":null}"#.utf8))
        let root = document.root
        #expect(root["s"]?.string == "a\"b\\c/dé😀")
        #expect(root["n"]?.int == -12)
        #expect(root["f"]?.double == 25)
        #expect(root["t"]?.bool == true)
        #expect(root["z"]?.isNull == true)
    }

    /// The ways a JSON writer may write each scalar that has a short escape.
    static let escapes: [Unicode.Scalar: [String]] = [
        "\"": ["\\\"", "\\u0022"], "\\": ["\\\\"], "/": ["\\/", "/"], "\n": ["\\n"], "\r": ["\\r"], "\t": ["\\t"],
        "\u{08}": ["\\b"], "\u{0C}": ["\\f"],
    ]

    /// Escaped strings read back as written, on random texts with escapes anywhere (at the start, at
    /// the end, side by side, between long plain runs): every simple escape, `\u` escapes of Latin
    /// letters, controls and emoji (as surrogate pairs), and a lone surrogate read as U+FFFD.
    @Test func escapedStringsDecodeToTheTextWritten() throws {
        let pieces: [String] = ["a", "Z", " ", "é", "ë", "ß", "😀", "👍🏽", "\"", "\\", "/", "\n", "\r", "\t", "\u{08}", "\u{0C}", "\u{01}",
                                "planning and logistics in the Benelux ", "€"]
        var generator = SeededGenerator(seed: 19)
        for _ in 0..<2000 {
            let text = (0..<Int.random(in: 1...30, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            var body = ""
            for scalar in text.unicodeScalars {
                let escapes = Self.escapes[scalar] ?? []
                if !escapes.isEmpty {
                    body += escapes.randomElement(using: &generator)!
                } else if scalar.value < 0x20 || (scalar.value >= 0x80 && Bool.random(using: &generator)) {
                    for unit in String(scalar).utf16 { body += "\\u" + String(format: "%04x", unit) }
                } else {
                    body.unicodeScalars.append(scalar)
                }
            }
            let document = try JSONParser().parse(Array("{\"s\":\"\(body)\"}".utf8))
            #expect(document.root["s"]?.string == text, "\(body)")
        }
        let lone = try JSONParser().parse(Array(#"["\ud800x","a\udc00","\ud83d\ud83d\ude00"]"#.utf8))
        #expect(lone.root.elements.map(\.string) == ["\u{FFFD}x", "a\u{FFFD}", "\u{FFFD}😀"])
    }

    /// An invalid document given to `check` is one `error:` line naming file, line and column, exit 2.
    @Test(arguments: ["[1,]", "{\"headline\": tru}", "{\"a\":1 \"b\":2}"])
    func checkReportsInvalidJSONInOneLine(_ text: String) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("profilelint-grammar-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("broken.json")
        try Data(text.utf8).write(to: file)
        let result = try CLIRunner.run(["check", file.path])
        #expect(result.status == 2)
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 1, "expected one line, got: \(result.stderr)")
        #expect(result.stderr.hasPrefix("error: \(file.path):1:"))
        #expect(result.stderr.contains("invalid JSON"))
    }
}
