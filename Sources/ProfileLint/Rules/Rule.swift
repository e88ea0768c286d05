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

/// Text in any set of the languages profilelint speaks, English required: a language the text
/// lacks falls back to English.
public struct LocalizedText: Sendable, Equatable {
    /// English, the fallback.
    public var english: String
    /// The texts in other languages.
    public var translations: [ReportLanguage: String]

    /// Creates a text in English and, optionally, other languages.
    public init(english: String, translations: [ReportLanguage: String] = [:]) {
        self.english = english
        self.translations = translations.filter { $0.key != .english }
    }

    /// Creates a text in English and Dutch.
    public init(english: String, dutch: String) {
        self.init(english: english, translations: [.dutch: dutch])
    }

    /// The text in `language`, else in English.
    public func text(in language: ReportLanguage) -> String {
        language == .english ? english : translations[language] ?? english
    }

    /// The languages the text is written in, in the registry's order (English first).
    public var languages: [ReportLanguage] {
        ReportLanguage.allCases.filter { $0 == .english || translations[$0] != nil }
    }
}

/// One declarative rule, loaded from a YAML file in `Rules/` whose name is the rule's id.
public struct Rule: Sendable {
    /// The identifier, equal to the file name without `.yml`.
    public var id: String
    /// A short human name.
    public var name: LocalizedText
    /// One line on what the rule checks.
    public var description: LocalizedText
    /// Why it matters.
    public var rationale: LocalizedText
    /// How serious a failure is.
    public var severity: Severity
    /// Points toward the 0–100 score.
    public var weight: Int
    /// Whether the rule is one of LinkedIn's All-Star criteria (completeness rules only).
    public var allStar: Bool
    /// Which category score the rule counts toward (``RuleCategory/default`` when its file names none).
    public var category: RuleCategory = .default
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
    package var passing: [JSONValue]
    /// Profiles the rule fails.
    package var failing: [JSONValue]
    /// Profiles for which the rule cannot tell (optional).
    package var unknown: [JSONValue]
}
