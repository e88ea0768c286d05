/// The engine's front door: evaluates rules on profiles and builds their reports.
///
/// A linter is a value made once per run (rules parsed, regular expressions compiled) and shared by
/// every worker; it never prints and never exits.
public struct Linter: Sendable {
    /// The enabled rules, in report order.
    public var rules: [Rule]
    /// The organisation, when configured.
    public var organisation: Organisation?
    /// The language of messages and suggestions.
    public var language: ReportLanguage

    /// Creates a linter.
    public init(rules: [Rule], organisation: Organisation? = nil, language: ReportLanguage = .english) {
        self.rules = rules
        self.organisation = organisation
        self.language = language
    }

    /// Lints one profile read from `source`.
    public func lint(_ profile: Profile, source: String, format: InputFormat) -> ProfileReport {
        let evaluator = RuleEvaluator(organisation: organisation)
        var results: [RuleResult] = []
        results.reserveCapacity(rules.count)
        for rule in rules {
            let outcome = evaluator.evaluate(rule.check, on: profile)
            let field = outcome.field ?? rule.check.fields.first
            var result = RuleResult(rule: rule.id, status: outcome.status, severity: rule.severity, weight: rule.weight,
                                    message: nil, suggestion: nil, location: field.flatMap(profile.location(of:)) ?? profile.sourceMap[""],
                                    allStar: rule.allStar)
            switch outcome.status {
            case .pass:
                break
            case .fail:
                result.message = MessageTemplate.render((outcome.message ?? rule.message).text(in: language), profile: profile, organisation: organisation, language: language)
                result.suggestion = MessageTemplate.render(rule.suggestion.text(in: language), profile: profile, organisation: organisation, language: language)
            case .unknown:
                let name = field?.rawValue ?? rule.id
                result.message = language == .dutch
                    ? "Niet bekend uit deze bron (\(name)); telt niet mee voor de score."
                    : "Not known from this source (\(name)); left out of the score."
            }
            results.append(result)
        }
        let score = Scorer.score(results)
        return ProfileReport(
            source: source,
            format: format,
            name: profile.name.value,
            employeeID: profile.employeeID,
            department: profile.department,
            score: score,
            level: Scorer.level(results, score: score),
            results: results,
            suggestions: Scorer.suggestions(results),
            warnings: profile.warnings
        )
    }
}
