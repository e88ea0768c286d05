/// How the rules of one category fared on one profile.
///
/// The score follows the overall formula on the category's rules alone:
/// round(100 × Σ weight passing ÷ Σ weight passing and failing); unknown rules are left out. A
/// category of which no rule was checked (or which has no rules) has no score.
public struct CategoryScore: Sendable, Equatable {
    /// Rules of the category that passed.
    public var passed = 0
    /// Rules of the category that failed.
    public var failed = 0
    /// Rules of the category the input could not tell.
    public var unknown = 0
    /// The weight of the passing rules.
    public var passedWeight = 0
    /// The weight of the passing and failing rules.
    public var checkedWeight = 0

    /// An empty tally.
    public init() {}

    /// A tally of rule counts and weights.
    public init(passed: Int, failed: Int, unknown: Int, passedWeight: Int, checkedWeight: Int) {
        self.passed = passed
        self.failed = failed
        self.unknown = unknown
        self.passedWeight = passedWeight
        self.checkedWeight = checkedWeight
    }

    /// Rules of the category applied.
    public var rules: Int { passed + failed + unknown }
    /// Whether some rule of the category was checked.
    public var hasScore: Bool { passed + failed > 0 }
    /// 0–100, `nil` when no rule of the category was checked.
    public var score: Int? { hasScore ? Scorer.percentage(passedWeight, of: checkedWeight) : nil }

    mutating func add(_ status: RuleStatus, weight: Int) {
        switch status {
        case .pass:
            passed += 1
            passedWeight += weight
            checkedWeight += weight
        case .fail:
            failed += 1
            checkedWeight += weight
        case .unknown:
            unknown += 1
        }
    }
}

/// A profile's score per ``RuleCategory``.
public typealias CategoryScores = PerCategory<CategoryScore>

extension PerCategory where Value == CategoryScore {
    /// No rule in any category.
    public init() {
        self.init(completeness: CategoryScore(), quality: CategoryScore(), organisation: CategoryScore())
    }

    /// The tallies of rule statuses, with each rule's weight and category.
    public init(statuses: [RuleStatus], weights: [Int], categories: [RuleCategory]) {
        self.init()
        for index in statuses.indices where index < weights.count && index < categories.count {
            self[categories[index]].add(statuses[index], weight: weights[index])
        }
    }

    /// The categories that have rules, in ``RuleCategory/allCases`` order.
    public var applied: [RuleCategory] { RuleCategory.allCases.filter { self[$0].rules > 0 } }
}
