/// Turns rule results into a score, scores per category, a level and ranked suggestions.
///
/// score = round(100 × Σ weight of passing rules ÷ Σ weight of passing and failing rules).
/// Unknown results are left out of both sums, so a source that cannot know a fact is not punished.
/// Each category's score is the same formula on its rules alone (``CategoryScores``); the level is
/// LinkedIn's profile strength and rests on the completeness score (``level(completeness:overall:statuses:allStar:)``).
package enum Scorer {
    /// The score of rule statuses with their weights.
    package static func score(statuses: [RuleStatus], weights: [Int]) -> Int {
        let (passed, applicable) = sums(statuses, weights)
        return percentage(passed, of: applicable)
    }

    static func sums(_ statuses: [RuleStatus], _ weights: [Int]) -> (passed: Int, applicable: Int) {
        var passed = 0
        var applicable = 0
        for (status, weight) in zip(statuses, weights) where status != .unknown {
            applicable += weight
            if status == .pass { passed += weight }
        }
        return (passed, applicable)
    }

    static func percentage(_ part: Int, of whole: Int) -> Int {
        guard whole > 0 else { return 0 }
        return (200 * part + whole) / (2 * whole)
    }

    /// The level of rule statuses (with which rules are All-Star criteria) and `score`.
    package static func level(statuses: [RuleStatus], allStar: [Bool], score: Int) -> Level {
        var hasCriteria = false
        var allPass = true
        for (status, criterion) in zip(statuses, allStar) where criterion {
            hasCriteria = true
            if status != .pass { allPass = false }
        }
        return Level.forScore(score, allStarCriteriaPass: hasCriteria ? allPass : score == 100)
    }

    /// The level of a profile: from the completeness score when some completeness rule was checked
    /// (so a weak quality or organisation score never lowers it), else from the overall score. Only
    /// completeness rules can be All-Star criteria (`allStar` says which are).
    package static func level(completeness: CategoryScore, overall: Int, statuses: [RuleStatus], allStar: [Bool]) -> Level {
        level(statuses: statuses, allStar: allStar, score: completeness.score ?? overall)
    }

    /// Suggestions for failing rules, the biggest score gain first, then severity, then rule order;
    /// `text` gives the suggestion of the rule at an index (``Linter`` adds the department's example afterwards).
    package static func suggestions(statuses: [RuleStatus], weights: [Int], severities: [Severity], rules: [String],
                                   text: (Int) -> String) -> [Suggestion] {
        suggestions(statuses: statuses, weights: weights, sums: sums(statuses, weights), severities: severities, rules: rules, text: text)
    }

    /// ``suggestions(statuses:weights:severities:rules:text:)`` with the weight sums already worked out.
    static func suggestions(statuses: [RuleStatus], weights: [Int], sums: (passed: Int, applicable: Int), severities: [Severity],
                            rules: [String], text: (Int) -> String) -> [Suggestion] {
        let (passed, applicable) = sums
        let current = percentage(passed, of: applicable)
        // The failing rules are ranked first, as (index, gain) pairs, and the suggestions built in
        // their final order: moving a suggestion copies (retains) its texts.
        var order: [(index: Int, gain: Int)] = []
        for (index, status) in statuses.enumerated() where status == .fail {
            let gain = percentage(passed + weights[index], of: applicable) - current
            // Sorted by insertion: a profile fails a handful of rules, which arrive in rule order.
            order.append((index, gain))
            var position = order.endIndex - 1
            while position > order.startIndex,
                  ranksBefore(gain: gain, severity: severities[index], index: index,
                              gain: order[position - 1].gain, severity: severities[order[position - 1].index], index: order[position - 1].index) {
                order.swapAt(position, position - 1)
                position -= 1
            }
        }
        return order.map { Suggestion(rule: rules[$0.index], gain: $0.gain, severity: severities[$0.index], text: text($0.index), ruleIndex: $0.index) }
    }

    /// Whether a suggestion comes before another: the bigger gain, then the higher severity, then rule order.
    @inline(__always)
    static func ranksBefore(gain: Int, severity: Severity, index: Int, gain otherGain: Int, severity otherSeverity: Severity, index otherIndex: Int) -> Bool {
        if gain != otherGain { return gain > otherGain }
        if severity != otherSeverity { return severity > otherSeverity }
        return index < otherIndex
    }
}
