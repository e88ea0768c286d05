/// Turns rule results into a score, a level and ranked suggestions.
///
/// score = round(100 × Σ weight of passing rules ÷ Σ weight of passing and failing rules).
/// Unknown results are left out of both sums, so a source that cannot know a fact is not punished.
public enum Scorer {
    /// The score of `results` (0 when no rule applies).
    public static func score(_ results: [RuleResult]) -> Int {
        let (passed, applicable) = sums(results)
        return percentage(passed, of: applicable)
    }

    static func sums(_ results: [RuleResult]) -> (passed: Int, applicable: Int) {
        var passed = 0
        var applicable = 0
        for result in results where result.status != .unknown {
            applicable += result.weight
            if result.status == .pass { passed += result.weight }
        }
        return (passed, applicable)
    }

    static func percentage(_ part: Int, of whole: Int) -> Int {
        guard whole > 0 else { return 0 }
        return (200 * part + whole) / (2 * whole)
    }

    /// The level of `results` with `score`.
    public static func level(_ results: [RuleResult], score: Int) -> Level {
        let criteria = results.filter(\.allStar)
        let allPass = criteria.isEmpty ? score == 100 : criteria.allSatisfy { $0.status == .pass }
        return Level.forScore(score, allStarCriteriaPass: allPass)
    }

    /// Suggestions for failing rules, the biggest score gain first, then severity, then rule order.
    public static func suggestions(_ results: [RuleResult]) -> [Suggestion] {
        let (passed, applicable) = sums(results)
        let current = percentage(passed, of: applicable)
        var ranked: [(Suggestion, Int)] = []
        for (index, result) in results.enumerated() where result.status == .fail {
            let gain = percentage(passed + result.weight, of: applicable) - current
            ranked.append((Suggestion(rule: result.rule, gain: gain, severity: result.severity, text: result.suggestion ?? ""), index))
        }
        ranked.sort { lhs, rhs in
            if lhs.0.gain != rhs.0.gain { return lhs.0.gain > rhs.0.gain }
            if lhs.0.severity != rhs.0.severity { return lhs.0.severity > rhs.0.severity }
            return lhs.1 < rhs.1
        }
        return ranked.map(\.0)
    }
}
