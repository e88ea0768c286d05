/// Labels of the reports in each language (rule texts live in the rule files).
public struct ReportStrings: Sendable {
    let language: ReportLanguage

    /// The labels for `language`.
    public init(_ language: ReportLanguage) {
        self.language = language
    }

    private func pick(_ english: String, _ dutch: String) -> String {
        language == .dutch ? dutch : english
    }

    var score: String { pick("score", "score") }
    var suggestionsHeading: String { pick("Suggestions, best gain first:", "Suggesties, grootste winst eerst:") }
    var noSuggestions: String { pick("Nothing to improve: every rule passes.", "Niets te verbeteren: alle regels slagen.") }
    func points(_ gain: Int) -> String {
        gain == 1 ? pick("+1 point", "+1 punt") : pick("+\(gain) points", "+\(gain) punten")
    }
    func tally(passed: Int, failed: Int, unknown: Int) -> String {
        pick("\(passed) passed, \(failed) failed, \(unknown) unknown", "\(passed) geslaagd, \(failed) niet geslaagd, \(unknown) onbekend")
    }
    func level(_ level: Level) -> String {
        switch level {
        case .beginner: pick("beginner", "beginner")
        case .intermediate: pick("intermediate", "gemiddeld")
        case .advanced: pick("advanced", "gevorderd")
        case .allStar: pick("all-star", "all-star")
        }
    }
    func summary(profiles: Int, average: Int, errors: Int) -> String {
        let profileText = profiles == 1 ? pick("1 profile", "1 profiel") : pick("\(profiles) profiles", "\(profiles) profielen")
        let errorText = errors == 1 ? pick("1 input could not be read", "1 invoer kon niet worden gelezen")
            : pick("\(errors) inputs could not be read", "\(errors) invoeren konden niet worden gelezen")
        return profileText + pick(", average score \(average)", ", gemiddelde score \(average)") + (errors > 0 ? "; " + errorText : "")
    }
}
