import Foundation

/// The check of a rule, composed from a small vocabulary over ``ProfileField``s.
///
/// In a rule file each check is a mapping with one key, the check's name:
///
/// | check | parameters | passes when |
/// |---|---|---|
/// | `present` | a field | the field is filled in |
/// | `min-length` / `max-length` | `field`, `value` | the text has at least / at most `value` characters |
/// | `min-count` / `max-count` | `field`, `value` | the list has at least / at most `value` items |
/// | `min-value` / `max-value` | `field`, `value` | the number is at least / at most `value` |
/// | `pattern` / `not-pattern` | `field`, `regex` | the text matches / does not match the regular expression |
/// | `differs-from` | `field`, `other` | the text is filled in and not the same as `other` (ignoring case and spacing) |
/// | `all` / `any` | a list of checks | every / at least one check passes |
/// | `not` | a check | the check fails |
/// | `employer-named` | optional `field` | the current position names the organisation (or any employer with none configured) |
/// | `groups-joined` | optional `min` | the profile lists a recommended group of its department (or `min` groups with none configured) |
///
/// Any check may carry a `message` (`en`, `nl`) next to its name; when that check is why the rule
/// fails, its message is shown instead of the rule's.
///
/// A check whose field is unknown for the profile evaluates to `unknown`; `all`, `any` and `not`
/// follow three-valued logic, so an unknown never turns into a failure.
public indirect enum Check: Sendable {
    case present(ProfileField)
    case minLength(ProfileField, Int)
    case maxLength(ProfileField, Int)
    case minCount(ProfileField, Int)
    case maxCount(ProfileField, Int)
    case minValue(ProfileField, Int)
    case maxValue(ProfileField, Int)
    case pattern(ProfileField, CompiledPattern)
    case notPattern(ProfileField, CompiledPattern)
    case differsFrom(ProfileField, other: ProfileField)
    case all([Check])
    case any([Check])
    case not(Check)
    case employerNamed(ProfileField)
    case groupsJoined(minimum: Int)
    /// A check with its own failure message, used instead of the rule's when this check is why the rule fails.
    case explained(Check, LocalizedText)

    /// The names of the check kinds, as written in rule files.
    public static let kinds = [
        "present", "min-length", "max-length", "min-count", "max-count", "min-value", "max-value",
        "pattern", "not-pattern", "differs-from", "all", "any", "not", "employer-named", "groups-joined",
    ]

    /// Every field the check reads, in order of appearance.
    public var fields: [ProfileField] {
        switch self {
        case .present(let field), .minLength(let field, _), .maxLength(let field, _), .minCount(let field, _),
             .maxCount(let field, _), .minValue(let field, _), .maxValue(let field, _),
             .pattern(let field, _), .notPattern(let field, _), .employerNamed(let field):
            [field]
        case .differsFrom(let field, let other): [field, other]
        case .all(let checks), .any(let checks): checks.flatMap(\.fields)
        case .not(let check): check.fields
        case .groupsJoined: [.groups]
        case .explained(let check, _): check.fields
        }
    }

    /// A one-line rendering in rule-file syntax, for `profilelint explain`.
    public var summary: String {
        switch self {
        case .present(let field): "present: \(field.rawValue)"
        case .minLength(let field, let value): "min-length: {field: \(field.rawValue), value: \(value)}"
        case .maxLength(let field, let value): "max-length: {field: \(field.rawValue), value: \(value)}"
        case .minCount(let field, let value): "min-count: {field: \(field.rawValue), value: \(value)}"
        case .maxCount(let field, let value): "max-count: {field: \(field.rawValue), value: \(value)}"
        case .minValue(let field, let value): "min-value: {field: \(field.rawValue), value: \(value)}"
        case .maxValue(let field, let value): "max-value: {field: \(field.rawValue), value: \(value)}"
        case .pattern(let field, let regex): "pattern: {field: \(field.rawValue), regex: '\(regex.source)'}"
        case .notPattern(let field, let regex): "not-pattern: {field: \(field.rawValue), regex: '\(regex.source)'}"
        case .differsFrom(let field, let other): "differs-from: {field: \(field.rawValue), other: \(other.rawValue)}"
        case .all(let checks): "all: [" + checks.map(\.summary).joined(separator: ", ") + "]"
        case .any(let checks): "any: [" + checks.map(\.summary).joined(separator: ", ") + "]"
        case .not(let check): "not: {\(check.summary)}"
        case .employerNamed(let field): "employer-named: {field: \(field.rawValue)}"
        case .groupsJoined(let minimum): "groups-joined: {min: \(minimum)}"
        case .explained(let check, _): check.summary
        }
    }
}

/// A regular expression compiled once when the rule is loaded, never per profile.
public struct CompiledPattern: @unchecked Sendable {
    // NSRegularExpression is immutable and documented as safe to use from several threads.
    let expression: NSRegularExpression
    /// The pattern as written in the rule file.
    public let source: String

    /// Compiles `source`; `nil` when it is not a valid ICU regular expression.
    public init?(_ source: String) {
        guard let expression = try? NSRegularExpression(pattern: source) else { return nil }
        self.expression = expression
        self.source = source
    }

    /// Whether the expression matches anywhere in `text`.
    public func matches(_ text: String) -> Bool {
        expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }
}
