/// The result of one rule on one profile.
public struct RuleResult: Sendable {
    /// The rule's id.
    public var rule: String
    /// Pass, fail or unknown.
    public var status: RuleStatus
    /// The rule's severity.
    public var severity: Severity
    /// The rule's weight.
    public var weight: Int
    /// What is wrong (failures) or why the rule cannot tell (unknowns); `nil` for passes.
    public var message: String?
    /// What to do (failures only).
    public var suggestion: String?
    /// Where in the input the finding is.
    public var location: SourceLocation?
    /// Whether the rule is an All-Star criterion.
    public var allStar: Bool
    /// The category the rule counts toward.
    public var category: RuleCategory = .default
}

/// A suggestion with the score points it would add.
public struct Suggestion: Sendable, Equatable {
    /// The rule it fixes.
    public var rule: String
    /// Points the score would gain.
    public var gain: Int
    /// The failing rule's severity.
    public var severity: Severity
    /// What to do, ending with the department's example (``example``) when there is one.
    public var text: String
    /// The rule's position in the linter's rules.
    public var ruleIndex: Int
    /// The department's example sentence (``MessageID/departmentExample``) that ``text`` ends with, if any.
    public var example: String?

    /// Creates a suggestion.
    public init(rule: String, gain: Int, severity: Severity, text: String, ruleIndex: Int = 0, example: String? = nil) {
        self.rule = rule
        self.gain = gain
        self.severity = severity
        self.text = text
        self.ruleIndex = ruleIndex
        self.example = example
    }

    /// What to do without the department's example: for the workforce's lists, where the example
    /// would repeat on every line (employees' own reports and pages keep it).
    public var advice: String {
        guard let example, text.hasSuffix(" " + example) else { return text }
        return String(text.dropLast(example.count + 1))
    }
}

/// Everything profilelint says about one profile.
public struct ProfileReport: Sendable {
    /// Where the profile came from (`file`, or `file:line` for a JSON Lines record).
    public var source: String
    /// The format it was read as.
    public var format: InputFormat
    /// The person's name, when the source gives it.
    public var name: String?
    /// The employee id (batch).
    public var employeeID: String?
    /// The department (batch).
    public var department: String?
    /// 0–100, over every rule.
    public var score: Int
    /// The level the completeness score and the All-Star criteria give (LinkedIn's profile strength).
    public var level: Level
    /// The score per category; the level rests on ``CategoryScores/completeness`` only.
    public var categories: CategoryScores
    /// One result per enabled rule, in rule order (empty for a ``ImportDetail/rulesOnly`` report).
    public var results: [RuleResult]
    /// The status of each enabled rule, in rule order (always filled in).
    public var statuses: [RuleStatus]
    /// Failing rules' suggestions, best gain first.
    public var suggestions: [Suggestion]
    /// Problems with the input that did not stop it from being read.
    public var warnings: [InputWarning]
    /// How much of the profile the rules could see: whether ``score`` and ``level`` mean anything.
    public var assessment: Assessment

    /// Creates a report; `statuses` default to those of `results`, the assessment to every rule checked
    /// and the category scores to those of `results`.
    public init(source: String, format: InputFormat, name: String?, employeeID: String?, department: String?, score: Int, level: Level,
                results: [RuleResult], statuses: [RuleStatus]? = nil, suggestions: [Suggestion], warnings: [InputWarning],
                assessment: Assessment? = nil, categories: CategoryScores? = nil) {
        self.source = source
        self.format = format
        self.name = name
        self.employeeID = employeeID
        self.department = department
        self.score = score
        self.level = level
        self.results = results
        self.statuses = statuses ?? results.map(\.status)
        self.suggestions = suggestions
        self.warnings = warnings
        self.assessment = assessment ?? .complete(rules: self.statuses.count, weight: results.reduce(0) { $0 + $1.weight })
        self.categories = categories ?? CategoryScores(statuses: results.map(\.status), weights: results.map(\.weight),
                                                       categories: results.map(\.category))
    }

    /// The points all suggestions together would add.
    public var potentialGain: Int {
        var total = 0
        for index in suggestions.indices { total += suggestions[index].gain }
        return total
    }

    /// The score when some rule could be checked.
    public var shownScore: Int? { assessment.hasScore ? score : nil }
    /// The level when enough of the profile could be checked.
    public var shownLevel: Level? { assessment.hasLevel ? level : nil }
}
