import Foundation

/// Every error profilelint reports, each carrying the context a user needs to fix it.
///
/// `errorDescription` is the single place of user-facing text: one line that names the file,
/// where in it (line and column, a key or a JSON path) and what is wrong.
public enum ProfileLintError: Error, LocalizedError, Equatable, Sendable {
    /// A file or folder could not be read at all.
    case unreadable(path: String, reason: String)
    /// The input could be read but is not valid (syntax, types, encoding).
    case malformedInput(location: SourceLocation, reason: String)
    /// The input is none of the formats profilelint reads.
    case unrecognisedFormat(path: String, expected: String)
    /// The input is plainly something else (`kind`: "a PDF document", "an empty file").
    case notAProfile(path: String, kind: String, expected: String)
    /// The input exceeds one of the configured ``Limits``.
    case limitExceeded(path: String, reason: String)
    /// A ZIP archive entry is unsafe or the archive is broken.
    case unsafeArchive(path: String, entry: String, reason: String)
    /// A rule file is invalid; `key` is the dotted key path of the offending entry.
    case invalidRule(location: SourceLocation, key: String, reason: String)
    /// The organisation configuration is invalid.
    case invalidConfiguration(location: SourceLocation, key: String, reason: String)
    /// A rule id that no loaded rule has.
    case unknownRule(id: String, suggestion: String?)
    /// Arguments that do not fit together.
    case usage(String)
    /// A report could not be written.
    case cannotWrite(path: String, reason: String)

    public var errorDescription: String? {
        switch self {
        case .unreadable(let path, let reason):
            "\(path): cannot read: \(reason)"
        case .malformedInput(let location, let reason):
            "\(location.description): \(reason)" + (location.path.map { " (at \($0))" } ?? "")
        case .unrecognisedFormat(let path, let expected):
            "\(path): unrecognised input: expected \(expected)"
        case .notAProfile(let path, let kind, let expected):
            "\(path): \(kind), not a profile: expected \(expected)"
        case .limitExceeded(let path, let reason):
            "\(path): \(reason)"
        case .unsafeArchive(let path, let entry, let reason):
            entry.isEmpty ? "\(path): \(reason)" : "\(path): entry '\(entry)': \(reason)"
        case .invalidRule(let location, let key, let reason):
            "\(location.description): invalid rule" + (key.isEmpty ? "" : ", key '\(key)'") + ": \(reason)"
        case .invalidConfiguration(let location, let key, let reason):
            "\(location.description): invalid configuration" + (key.isEmpty ? "" : ", key '\(key)'") + ": \(reason)"
        case .unknownRule(let id, let suggestion):
            "unknown rule '\(id)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? "")
        case .usage(let message):
            message
        case .cannotWrite(let path, let reason):
            "\(path): cannot write: \(reason)"
        }
    }
}
