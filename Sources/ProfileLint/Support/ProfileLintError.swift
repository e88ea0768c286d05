import Foundation

/// Every error profilelint reports, each carrying the context a user needs to fix it.
///
/// ``message(in:)`` is the single place of user-facing text: one line that names the file, where in
/// it (line and column, a key or a JSON path) and what is wrong, in the user's language. What is
/// wrong is a ``CatalogMessage`` (an id of the message catalog and its arguments), so the engine
/// never builds English sentences; `errorDescription` is the English line.
public enum ProfileLintError: Error, LocalizedError, Equatable, Sendable {
    /// A file or folder could not be read at all.
    case unreadable(path: String, reason: CatalogMessage)
    /// The input could be read but is not valid (syntax, types, encoding).
    case malformedInput(location: SourceLocation, reason: CatalogMessage)
    /// The input is none of the formats profilelint reads; `expected` names what would be.
    case unrecognisedFormat(path: String, expected: CatalogMessage)
    /// The input is plainly something else (`kind`: "a PDF document", "an empty file").
    case notAProfile(path: String, kind: CatalogMessage, expected: CatalogMessage)
    /// The input exceeds one of the configured ``Limits``.
    case limitExceeded(path: String, reason: CatalogMessage)
    /// A ZIP archive entry is unsafe or the archive is broken.
    case unsafeArchive(path: String, entry: String, reason: CatalogMessage)
    /// A rule file is invalid; `key` is the dotted key path of the offending entry.
    case invalidRule(location: SourceLocation, key: String, reason: CatalogMessage)
    /// The organisation configuration is invalid.
    case invalidConfiguration(location: SourceLocation, key: String, reason: CatalogMessage)
    /// A rule id that no loaded rule has.
    case unknownRule(id: String, suggestion: String?)
    /// Arguments that do not fit together.
    case usage(CatalogMessage)
    /// A report could not be written.
    case cannotWrite(path: String, reason: CatalogMessage)

    /// The one-line description in English.
    public var errorDescription: String? { message(with: MessageCatalog.english) }

    /// The one-line description in `language` (without the `error:` prefix, which the front end adds).
    public func message(in language: ReportLanguage) -> String {
        message(with: language.catalog)
    }

    /// The one-line description with `catalog`'s texts.
    public func message(with catalog: MessageCatalog) -> String {
        line.rendered(with: catalog)
    }

    /// The one-line description as a catalog message.
    public var line: CatalogMessage {
        let line: CatalogMessage
        switch self {
        case .unreadable(let path, let reason):
            line = CatalogMessage(.errorUnreadable, ["path": .text(path), "reason": .message(reason)])
        case .malformedInput(let location, let reason):
            let what = CatalogMessage(.errorAtPlace, ["place": .text(location.description), "reason": .message(reason)])
            line = location.path.map { CatalogMessage(.errorAtPath, ["error": .message(what), "path": .text($0)]) } ?? what
        case .unrecognisedFormat(let path, let expected):
            line = CatalogMessage(.errorUnrecognisedFormat, ["path": .text(path), "expected": .message(expected)])
        case .notAProfile(let path, let kind, let expected):
            line = CatalogMessage(.errorNotAProfile, ["path": .text(path), "kind": .message(kind), "expected": .message(expected)])
        case .limitExceeded(let path, let reason):
            line = CatalogMessage(.errorAtPlace, ["place": .text(path), "reason": .message(reason)])
        case .unsafeArchive(let path, let entry, let reason):
            line = entry.isEmpty ? CatalogMessage(.errorAtPlace, ["place": .text(path), "reason": .message(reason)])
                : CatalogMessage(.errorArchiveEntry, ["path": .text(path), "entry": .text(entry), "reason": .message(reason)])
        case .invalidRule(let location, let key, let reason):
            line = key.isEmpty ? CatalogMessage(.errorInvalidRule, ["place": .text(location.description), "reason": .message(reason)])
                : CatalogMessage(.errorInvalidRuleKey, ["place": .text(location.description), "key": .text(key), "reason": .message(reason)])
        case .invalidConfiguration(let location, let key, let reason):
            line = key.isEmpty ? CatalogMessage(.errorInvalidConfiguration, ["place": .text(location.description), "reason": .message(reason)])
                : CatalogMessage(.errorInvalidConfigurationKey, ["place": .text(location.description), "key": .text(key), "reason": .message(reason)])
        case .unknownRule(let id, let suggestion):
            line = suggestion.map { CatalogMessage(.errorUnknownRuleDidYouMean, ["id": .text(id), "suggestion": .text($0)]) }
                ?? CatalogMessage(.errorUnknownRule, ["id": .text(id)])
        case .usage(let message):
            line = message
        case .cannotWrite(let path, let reason):
            line = CatalogMessage(.errorCannotWrite, ["path": .text(path), "reason": .message(reason)])
        }
        return line
    }
}
