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
}

/// A suggestion with the score points it would add.
public struct Suggestion: Sendable, Equatable {
    /// The rule it fixes.
    public var rule: String
    /// Points the score would gain.
    public var gain: Int
    /// The failing rule's severity.
    public var severity: Severity
    /// What to do.
    public var text: String
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
    /// 0–100.
    public var score: Int
    /// The level the score and the All-Star criteria give.
    public var level: Level
    /// One result per enabled rule, in rule order.
    public var results: [RuleResult]
    /// Failing rules' suggestions, best gain first.
    public var suggestions: [Suggestion]
    /// Problems with the input that did not stop it from being read.
    public var warnings: [InputWarning]
}
