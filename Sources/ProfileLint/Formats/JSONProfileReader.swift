/// Reads typed values out of a ``JSONDocument`` while keeping their source locations.
///
/// Shared by the JSON-based importers so that type errors and locations are reported the same way
/// whatever the format. Fields are recorded as anchors into the document (line, column and JSON path
/// are worked out only when a finding needs them); with `recordsLocations == false` (batch scoring)
/// none are recorded. Errors and warnings get plain locations at once.
struct JSONProfileReader {
    /// The path shown in diagnostics.
    let file: String
    /// How much to read.
    var detail: ImportDetail = .full

    /// Whether to record where each field was read.
    var recordsLocations: Bool { detail == .full }

    /// The location of `value`; `missing` names children that are not there, for a field reported
    /// at its nearest existing parent.
    func location(_ value: JSONValue, missing: [String] = []) -> SourceLocation {
        SourceLocation(file: file, value: value, missing: missing)
    }

    /// Records in `map` that `key` was read at `value` (or would be, under `missing`).
    func note(_ map: inout SourceMap, _ key: String, _ value: JSONValue, missing: [String] = []) {
        guard recordsLocations else { return }
        map.record(key, file: file, value: value, missing: missing)
    }

    /// An empty source map.
    var sourceMap: SourceMap { SourceMap() }

    // Kept out of line: the importers call it only on bad input, and inlined it would weigh on their hot paths.
    @inline(never)
    func typeError(_ value: JSONValue, expected: MessageID) -> ProfileLintError {
        .malformedInput(location: location(value), reason: CatalogMessage(.errorExpectedButFound, ["expected": .message(CatalogMessage(expected)),
                                                                                                  "found": .message(value.typeName)]))
    }

    /// A string or `nil` for `null`; anything else is an error.
    func optionalString(_ value: JSONValue) throws -> String? {
        if value.isNull { return nil }
        guard let string = value.string else { throw typeError(value, expected: .expectString) }
        return string
    }

    /// A text fact: `null` is unknown, blank is absent.
    func textFact(_ value: JSONValue) throws -> Fact<String> {
        if value.isNull { return .unknown }
        guard let text = value.trimmedString else { throw typeError(value, expected: .expectString) }
        return text.isEmpty ? .absent : .present(text)
    }

    /// Checks that `value` is a string or `null` without decoding it (for texts no rule reads).
    func checkText(_ value: JSONValue) throws {
        switch value.kind {
        case .null, .string, .escapedString, .tableString: return
        default: throw typeError(value, expected: .expectString)
        }
    }

    /// The name of a list item that rules only count (a skill, a language, a certification): its text,
    /// or with ``ImportDetail/rulesOnly`` just `""` for a non-blank name (type-checked, not decoded).
    func itemName(_ value: JSONValue) throws -> String? {
        guard detail == .rulesOnly else { return try text(value) }
        try checkText(value)
        return value.isBlankText ? nil : ""
    }

    /// Non-blank text, or `nil` for blank text and `null`.
    func text(_ value: JSONValue) throws -> String? {
        try textFact(value).value
    }

    /// A whole number within `range`.
    func integer(_ value: JSONValue, in range: ClosedRange<Int>) throws -> Int {
        guard value.kind == .number else { throw typeError(value, expected: .expectWholeNumber) }
        let digits = value.numberText ?? ""
        if let double = value.double, double.isFinite, double != double.rounded() {
            // 12.5 connections is not out of range: it is not a count at all.
            throw ProfileLintError.malformedInput(location: location(value), reason: CatalogMessage(.errorExpectedWholeNumberFound, ["found": .text(digits)]))
        }
        guard let number = value.int, range.contains(number) else {
            throw ProfileLintError.malformedInput(location: location(value),
                                                  reason: CatalogMessage(.errorNumberOutOfRange, ["number": .text(value.numberText ?? "?"), "lowest": .text(String(range.lowerBound)), "highest": .text(String(range.upperBound))]))
        }
        return number
    }

    /// An optional ISO date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`).
    func date(_ value: JSONValue) throws -> PartialDate? {
        if value.kind == .number, let year = value.int, (1000...9999).contains(year) {
            return PartialDate(year: year)
        }
        // The common case, a well-formed date in a plain string, is read from the input's bytes.
        if let date = value.withPlainStringBytes({ PartialDate(isoUTF8: $0) }) ?? nil { return date }
        guard let text = try optionalString(value), !text.trimmingWhitespace().isEmpty else { return nil }
        guard let date = PartialDate(iso: text) else {
            throw ProfileLintError.malformedInput(location: location(value), reason: CatalogMessage(.errorExpectedISODate, ["found": .text(text)]))
        }
        return date
    }

    /// An array's elements, or an error naming what was expected.
    func array(_ value: JSONValue) throws -> [JSONValue] {
        guard value.kind == .array else { throw typeError(value, expected: .typeArray) }
        return value.elements
    }

    /// Warns about a key that is not in `known`, suggesting the closest known key.
    func unknownKeyWarning(_ key: JSONValue, known: [String]) -> InputWarning {
        let name = key.string ?? ""
        let suggestion = name.closest(in: known)
        let message = suggestion.map { CatalogMessage(.warningUnknownKeyDidYouMean, ["key": .text(name), "suggestion": .text($0)]) }
            ?? CatalogMessage(.warningUnknownKeyIgnored, ["key": .text(name)])
        return InputWarning(code: "unknown-key", message: message, location: location(key))
    }

    /// Warns about each key of `object` that appears again, naming both places; the last value is the one
    /// read, as in JavaScript's `JSON.parse`. Returns whether a key repeats, for
    /// ``JSONValue/forEachMember(lastWins:_:)``. Profile inputs use this; configuration stays strict.
    @inline(__always)
    func warnDuplicateKeys(_ object: JSONValue, into warnings: inout [InputWarning]) -> Bool {
        guard object.count > 1, object.firstDuplicateKey() != nil else { return false }
        warnRepeatedKeys(object, into: &warnings)
        return true
    }

    private func warnRepeatedKeys(_ object: JSONValue, into warnings: inout [InputWarning]) {
        for (earlier, repeated) in object.repeatedKeys() {
            let first = earlier.lineAndColumn
            let second = repeated.lineAndColumn
            warnings.append(InputWarning(code: "duplicate-key",
                                         message: CatalogMessage(.warningDuplicateKey, ["key": .text(repeated.string ?? ""), "first": .text("\(first.line):\(first.column)"),
                                                                         "second": .text("\(second.line):\(second.column)")]),
                                         location: location(repeated)))
        }
    }

    /// Checks that no key of `object` appears twice (for configuration, where a repeat is an error).
    func rejectDuplicateKeys(_ object: JSONValue) throws {
        guard let duplicate = object.firstDuplicateKey() else { return }
        throw ProfileLintError.malformedInput(location: location(duplicate), reason: CatalogMessage(.errorDuplicateKey, ["key": .text(duplicate.string ?? "")]))
    }
}

extension Connection {
    /// A connection from whatever identifies it; the identity is a hash, never the raw text.
    static func from(url: String?, name: String?, company: String?) -> Connection? {
        let company = company.map { $0.trimmingWhitespace() }.flatMap { $0.isEmpty ? nil : $0 }
        let key: String
        if let url = url?.trimmingWhitespace().lowercased(), !url.isEmpty {
            key = url.hasSuffix("/") ? String(url.dropLast()) : url
        } else if let name = name?.trimmingWhitespace().lowercased(), !name.isEmpty {
            key = name + "|" + (company?.lowercased() ?? "")
        } else {
            return nil
        }
        return Connection(identity: fnv1a64(key), company: company)
    }
}

/// FNV-1a, 64 bits: a stable hash across runs and machines (Swift's `Hasher` is seeded per process).
func fnv1a64(_ text: String) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in text.utf8 {
        hash ^= UInt64(byte)
        hash = hash &* 0x100_0000_01b3
    }
    return hash
}
