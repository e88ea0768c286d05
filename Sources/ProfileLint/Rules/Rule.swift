/// How serious a failing rule is.
public enum Severity: String, Sendable, CaseIterable, Codable, Comparable {
    case info
    case warning
    case error

    var rank: Int {
        switch self {
        case .info: 0
        case .warning: 1
        case .error: 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// Text in each language profilelint speaks.
public struct LocalizedText: Sendable, Equatable {
    /// English.
    public var english: String
    /// Dutch.
    public var dutch: String

    /// Creates a text.
    public init(english: String, dutch: String) {
        self.english = english
        self.dutch = dutch
    }

    /// The text in `language`.
    public func text(in language: ReportLanguage) -> String {
        switch language {
        case .english: english
        case .dutch: dutch
        }
    }
}

/// One declarative rule, loaded from a YAML file in `Rules/` whose name is the rule's id.
public struct Rule: Sendable {
    /// The identifier, equal to the file name without `.yml`.
    public var id: String
    /// A short human name.
    public var name: String
    /// One line on what the rule checks.
    public var description: String
    /// Why it matters.
    public var rationale: String
    /// How serious a failure is.
    public var severity: Severity
    /// Points toward the 0–100 score.
    public var weight: Int
    /// Whether the rule is one of LinkedIn's All-Star criteria.
    public var allStar: Bool
    /// What is checked.
    public var check: Check
    /// What a failure says, with placeholders.
    public var message: LocalizedText
    /// What to do about it, with placeholders.
    public var suggestion: LocalizedText
    /// Profiles that pass and that fail, which document and test the rule.
    public var examples: RuleExamples
    /// Where to read more.
    public var helpURL: String
    /// The file the rule was loaded from.
    public var file: String
}

/// The example profiles of a rule, kept as parsed documents so that they can be read like any input.
public struct RuleExamples: Sendable {
    /// Profiles the rule passes.
    public var passing: [JSONValue]
    /// Profiles the rule fails.
    public var failing: [JSONValue]
    /// Profiles for which the rule cannot tell (optional).
    public var unknown: [JSONValue]
}
