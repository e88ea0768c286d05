/// Reads typed values out of a ``JSONDocument`` while keeping their source locations.
///
/// Shared by the JSON-based importers so that type errors and locations are reported the same way
/// whatever the format.
struct JSONProfileReader {
    /// The path shown in diagnostics.
    let file: String

    /// The location of `value`, labelled with a JSON path (line and column are worked out when shown).
    func location(_ value: JSONValue, _ path: String) -> SourceLocation {
        SourceLocation(file: file, document: value.document, offset: value.offset, path: path)
    }

    func typeError(_ value: JSONValue, _ path: String, expected: String) -> ProfileLintError {
        .malformedInput(location: location(value, path), reason: "expected \(expected) but found \(value.typeName)")
    }

    /// A string or `nil` for `null`; anything else is an error.
    func optionalString(_ value: JSONValue, _ path: String) throws -> String? {
        if value.isNull { return nil }
        guard let string = value.string else { throw typeError(value, path, expected: "a string") }
        return string
    }

    /// A text fact: `null` is unknown, blank is absent.
    func textFact(_ value: JSONValue, _ path: String) throws -> Fact<String> {
        if value.isNull { return .unknown }
        guard let string = value.string else { throw typeError(value, path, expected: "a string") }
        return .text(string)
    }

    /// A whole number within `range`.
    func integer(_ value: JSONValue, _ path: String, in range: ClosedRange<Int>) throws -> Int {
        guard value.kind == .number else { throw typeError(value, path, expected: "a whole number") }
        guard let number = value.int, range.contains(number) else {
            throw ProfileLintError.malformedInput(location: location(value, path),
                                  reason: "number \(value.numberText ?? "?") is out of range (expected \(range.lowerBound)…\(range.upperBound))")
        }
        return number
    }

    /// An optional ISO date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`).
    func date(_ value: JSONValue, _ path: String) throws -> PartialDate? {
        if value.kind == .number, let year = value.int, (1000...9999).contains(year) {
            return PartialDate(year: year)
        }
        guard let text = try optionalString(value, path), !text.trimmingWhitespace().isEmpty else { return nil }
        guard let date = PartialDate(iso: text) else {
            throw ProfileLintError.malformedInput(location: location(value, path), reason: "expected a date as YYYY, YYYY-MM or YYYY-MM-DD but found \"\(text)\"")
        }
        return date
    }

    /// An array, or an error naming what was expected.
    func array(_ value: JSONValue, _ path: String) throws -> [JSONValue] {
        guard value.kind == .array else { throw typeError(value, path, expected: "an array") }
        return value.elements
    }

    /// Warns about keys that are not in `known`, suggesting the closest known key.
    func unknownKeyWarning(_ key: JSONValue, name: String, parentPath: String, known: [String]) -> InputWarning {
        let suggestion = name.closest(in: known)
        let message = "unknown key '\(name)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? "; it is ignored")
        return InputWarning(code: "unknown-key", message: message, location: location(key, parentPath + "." + name))
    }

    /// Points every field of each position that the source left out at the position itself, labelled with
    /// the JSON path the field would have (`keys` maps position fields to the format's keys).
    func locateMissingPositionFields(_ profile: inout Profile, positionsPath: String, keys: [String: String]) {
        guard case .present(var positions) = profile.positions else { return }
        for index in positions.indices {
            guard var parent = positions[index].sources[""] else { continue }
            for (field, key) in keys where positions[index].sources[field] == nil {
                parent.path = "\(positionsPath)[\(index)].\(key)"
                positions[index].sources[field] = parent
            }
        }
        profile.positions = .present(positions)
    }

    /// Checks that no key of `object` appears twice.
    func rejectDuplicateKeys(_ object: JSONValue, _ path: String) throws {
        guard let duplicate = object.firstDuplicateKey() else { return }
        let name = duplicate.string ?? ""
        throw ProfileLintError.malformedInput(location: location(duplicate, path + "." + name), reason: "duplicate key '\(name)'")
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
