import Foundation

/// The check of a rule: one check of a kind listed in ``CheckKinds`` (`present`, `min-length`,
/// `all`, …), optionally with its own message.
///
/// In a rule file each check is a mapping with one key, the kind's name, whose value holds the
/// kind's parameters; `Rules/README.md` lists the kinds. Any check may carry a `message` (`en`,
/// `nl`) next to its name; when that check is why the rule fails, its message is shown instead of
/// the rule's.
///
/// A check whose field is unknown for the profile evaluates to `unknown`; `all`, `any` and `not`
/// follow three-valued logic, so an unknown never turns into a failure.
public struct Check: Sendable {
    /// The check itself.
    let kind: any CheckKind
    /// The check's own failure message, used instead of the rule's when this check is why the rule fails.
    public internal(set) var message: LocalizedText?

    /// A check of `kind`, explained by `message` when given.
    init(_ kind: some CheckKind, message: LocalizedText? = nil) {
        self.kind = kind
        self.message = message
    }

    /// The check with its own failure message.
    func explained(_ message: LocalizedText) -> Check {
        var check = self
        check.message = message
        return check
    }

    /// The name of the check's kind, as written in rule files.
    public var kindName: String {
        type(of: kind).name
    }

    /// The names of the check kinds, as written in rule files (from ``CheckKinds``).
    public static var kinds: [String] {
        CheckKinds.names
    }

    /// Every field the check reads, in order of appearance.
    public var fields: [ProfileField] {
        kind.fields
    }

    /// A one-line rendering in rule-file syntax, without the message.
    public var summary: String {
        kind.summary
    }
}

/// A regular expression compiled once when the rule is loaded, never per profile.
package struct CompiledPattern: @unchecked Sendable {
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
