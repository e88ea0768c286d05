/// Labels of the reports in one language, read from its ``MessageCatalog`` (rule texts live in the rule files).
package struct ReportStrings: Sendable {
    let language: ReportLanguage
    package let catalog: MessageCatalog

    /// The labels for `language`.
    package init(_ language: ReportLanguage) {
        self.language = language
        catalog = language.catalog
    }

    package var score: String { catalog.text(.score) }
    package var suggestionsHeading: String { catalog.text(.suggestionsHeading) }
    package var noSuggestions: String { catalog.text(.noSuggestions) }
    package func points(_ gain: Int) -> String {
        catalog.text(one: .pointsOne, other: .pointsOther, count: gain)
    }
    /// A suggestion after its gain (`+11 points: Add a photo.`); `points` is ``points(_:)``, maybe coloured or bold.
    package func suggestion(_ points: String, _ text: String) -> String {
        catalog.text(.suggestionLine, ["points": points, "text": text])
    }
    package func tally(passed: Int, failed: Int, unknown: Int) -> String {
        catalog.text(.tally, ["passed": catalog.text(one: .passedOne, other: .passedOther, count: passed),
                              "failed": catalog.text(one: .failedOne, other: .failedOther, count: failed),
                              "unknown": catalog.text(one: .unknownOne, other: .unknownOther, count: unknown)])
    }
    package func level(_ level: Level) -> String {
        switch level {
        case .beginner: catalog.text(.levelBeginner)
        case .intermediate: catalog.text(.levelIntermediate)
        case .advanced: catalog.text(.levelAdvanced)
        case .allStar: catalog.text(.levelAllStar)
        }
    }
    /// The score of each category that has rules (`completeness 85/100 · quality not checked · organisation 50/100`);
    /// empty when the rules are all of one category, whose score is the overall one.
    func categories(_ scores: CategoryScores, separator: String = " · ") -> String {
        let applied = scores.applied
        guard applied.count > 1 else { return "" }
        return applied.map { category in
            let name = category.name(in: language)
            guard let score = scores[category].score else { return catalog.text(.categoryNotChecked, ["category": name]) }
            return catalog.text(.categoryScore, ["category": name, "score": String(score)])
        }.joined(separator: separator)
    }
    /// The average of each of `categories` (`completeness 72.5/100 · organisation 40/100`); empty for fewer than two.
    func categoryAverages(_ averages: CategoryAverages, _ categories: [RuleCategory], separator: String = " · ") -> String {
        guard categories.count > 1 else { return "" }
        return categories.map { category in
            let name = category.name(in: language)
            guard let average = averages[category].averageScore else { return catalog.text(.categoryNotChecked, ["category": name]) }
            return catalog.text(.categoryScore, ["category": name, "score": catalog.number(average)])
        }.joined(separator: separator)
    }
    func summary(profiles: Int, average: Int, errors: Int) -> String {
        let profileText = catalog.text(one: .profilesOne, other: .profilesOther, count: profiles)
        let errorText = catalog.text(one: .inputErrorsOne, other: .inputErrorsOther, count: errors)
        return profileText + catalog.text(.summaryAverage, ["average": String(average)]) + (errors > 0 ? "; " + errorText : "")
    }
}
