/// How much of a profile the rules could see, which decides whether its score means anything.
///
/// A near-empty export (only `Profile.csv`) passes the few rules it can answer and would score 100;
/// a score must say how much of the weight it rests on. Below ``Linter/minimumCheckedShare`` of the
/// weight a profile has a score but no level ("partly assessable"); with no rule checked it has
/// neither ("not assessable"). Workforce figures (averages, levels, the histogram) use assessable
/// profiles only and count the others separately.
public struct Assessment: Sendable, Equatable, Codable {
    /// Whether the score and level can be relied on.
    public enum Standing: String, Sendable, Codable, CaseIterable {
        /// Enough of the weight was checked: score and level.
        case assessable
        /// Some rules were checked, less than the minimum share of the weight: a score, no level.
        case partly = "partly-assessable"
        /// No rule could be checked: neither.
        case none = "not-assessable"
    }

    /// Rules that passed or failed.
    public var checkedRules: Int
    /// Rules applied.
    public var totalRules: Int
    /// The weight of the checked rules.
    public var checkedWeight: Int
    /// The weight of every rule applied.
    public var totalWeight: Int
    /// What the score can be relied on for.
    public var standing: Standing
    /// The share of the weight that had to be checked for a level.
    public var minimumShare: Double

    /// Creates an assessment.
    public init(checkedRules: Int, totalRules: Int, checkedWeight: Int, totalWeight: Int, standing: Standing,
                minimumShare: Double = Configuration.defaultMinimumCheckedShare) {
        self.checkedRules = checkedRules
        self.totalRules = totalRules
        self.checkedWeight = checkedWeight
        self.totalWeight = totalWeight
        self.standing = standing
        self.minimumShare = minimumShare
    }

    /// The assessment of rule statuses with their weights, against `minimumShare` of the weight.
    public init(statuses: [RuleStatus], weights: [Int], minimumShare: Double) {
        var checked = 0
        var checkedWeight = 0
        var totalWeight = 0
        for (status, weight) in zip(statuses, weights) {
            totalWeight += weight
            if status != .unknown {
                checked += 1
                checkedWeight += weight
            }
        }
        self.init(checkedRules: checked, totalRules: statuses.count, checkedWeight: checkedWeight, totalWeight: totalWeight,
                  minimumShare: minimumShare)
    }

    /// The assessment from counts already worked out (the linter has the weight sums at hand).
    init(checkedRules checked: Int, totalRules: Int, checkedWeight: Int, totalWeight: Int, minimumShare: Double) {
        let share = Self.share(checked: checked, total: totalRules, checkedWeight: checkedWeight, totalWeight: totalWeight)
        let standing: Standing = checked == 0 ? .none : share + 1e-9 < minimumShare ? .partly : .assessable
        self.init(checkedRules: checked, totalRules: totalRules, checkedWeight: checkedWeight, totalWeight: totalWeight,
                  standing: standing, minimumShare: minimumShare)
    }

    /// An assessment of every rule checked.
    public static func complete(rules: Int, weight: Int) -> Assessment {
        Assessment(checkedRules: rules, totalRules: rules, checkedWeight: weight, totalWeight: weight, standing: .assessable)
    }

    /// The checked share of the weight, 0–1.
    public var share: Double {
        Self.share(checked: checkedRules, total: totalRules, checkedWeight: checkedWeight, totalWeight: totalWeight)
    }

    /// The checked share of the weight; with no weight at all, 1 when every rule was checked.
    private static func share(checked: Int, total: Int, checkedWeight: Int, totalWeight: Int) -> Double {
        totalWeight == 0 ? (checked == total ? 1 : 0) : Double(checkedWeight) / Double(totalWeight)
    }

    /// The checked share of the weight as a whole percentage.
    public var percentage: Int { Int((share * 100).rounded()) }

    /// Whether the profile has a score (some rule was checked).
    public var hasScore: Bool { standing != .none }
    /// Whether the profile has a level.
    public var hasLevel: Bool { standing == .assessable }
}
