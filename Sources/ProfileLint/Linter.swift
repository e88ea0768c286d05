/// The engine's front door: evaluates rules on profiles and builds their reports.
///
/// A linter is a value made once per run (rules parsed, regular expressions compiled, message
/// templates parsed and constant texts rendered) and shared by every worker; it never prints and
/// never exits.
public struct Linter: Sendable {
    /// How much of each result to work out: the same choice as the importers' (one switch, made once
    /// by the caller): ``ImportDetail/full`` gives statuses, messages, suggestions and locations (for
    /// `check`); ``ImportDetail/rulesOnly`` statuses and suggestions only (for `batch`, which reports
    /// scores, levels and suggestions).
    public typealias Detail = ImportDetail

    /// The enabled rules, in report order.
    public let rules: [Rule]
    /// The organisation, when configured.
    public let organisation: Organisation?
    /// The language of messages and suggestions.
    public let language: ReportLanguage
    /// The share of the rules' weight that must be checked for a profile to get a level (0–1).
    public let minimumCheckedShare: Double
    /// The weight of every rule, worked out once.
    private let totalWeight: Int

    private struct CompiledTexts: Sendable {
        var message: MessageTemplate
        var suggestion: MessageTemplate
        /// The suggestion when it does not depend on the profile, rendered once.
        var constantSuggestion: String?
    }

    private let texts: [CompiledTexts]
    /// Whether the rule's message or suggestion names what its check found (`{found}`): found
    /// while the check is evaluated, with the texts already folded, rather than folded again.
    private let findsPhrases: [Bool]
    /// What an unknown result says, with its `{field}` placeholder, looked up once.
    private let unknownMessage: String
    /// How `{found}` quotes one phrase, with its `{phrase}` placeholder.
    private let foundPhrase: String
    /// The rules' checks, compiled once.
    private let evaluator: RuleEvaluator
    private let weights: [Int]
    private let severities: [Severity]
    private let ids: [String]
    private let allStar: [Bool]
    private let categories: [RuleCategory]

    /// One department's example sentences (``MessageID/departmentExample``), one per rule, `nil` where the rule quotes none.
    private struct DepartmentExamples: Sendable {
        /// The department's name, lower-cased for matching.
        var name: String
        var texts: [String?]
    }

    /// The departments whose template gives examples; empty without templates, which costs a batch nothing.
    private let departmentExamples: [DepartmentExamples]

    /// Creates a linter; `wordLists` are the lists the text checks use (the configuration's), and
    /// `reportDate` the day dated facts are measured against (today, or `SOURCE_DATE_EPOCH`'s).
    public init(rules: [Rule], organisation: Organisation? = nil, language: ReportLanguage = .english,
                minimumCheckedShare: Double = Configuration.defaultMinimumCheckedShare,
                wordLists: WordLists = .standard, reportDate: ReportDate = .current()) {
        self.minimumCheckedShare = minimumCheckedShare
        self.rules = rules
        self.organisation = organisation
        self.language = language
        evaluator = RuleEvaluator(checks: rules.map(\.check), organisation: organisation,
                                  lexicon: wordLists == .standard ? .standard : TextLexicon(wordLists), today: reportDate)
        foundPhrase = language.catalog.text(.foundPhrase)
        weights = rules.map(\.weight)
        totalWeight = rules.reduce(0) { $0 + $1.weight }
        severities = rules.map(\.severity)
        ids = rules.map(\.id)
        // Only completeness rules are LinkedIn's All-Star criteria (the loader refuses others).
        allStar = rules.map { $0.allStar && $0.category == .completeness }
        categories = rules.map(\.category)
        unknownMessage = language.catalog.text(.unknownResult)
        departmentExamples = Self.departmentExamples(rules: rules, organisation: organisation, language: language)
        texts = rules.map { rule in
            let suggestion = MessageTemplate(rule.suggestion.text(in: language), language: language)
            return CompiledTexts(
                message: MessageTemplate(rule.message.text(in: language), language: language),
                suggestion: suggestion,
                constantSuggestion: suggestion.dependsOnProfile ? nil : suggestion.render(nil, organisation: organisation)
            )
        }
        findsPhrases = texts.map { $0.message.usesFound || $0.suggestion.usesFound }
    }

    /// The example sentences of every department with a template, worked out once.
    private static func departmentExamples(rules: [Rule], organisation: Organisation?, language: ReportLanguage) -> [DepartmentExamples] {
        guard let organisation else { return [] }
        return organisation.departments.compactMap { department in
            guard let template = department.template, !template.isEmpty else { return nil }
            let texts = rules.map { rule in
                template.example(forFields: rule.check.fields).map { example in
                    language.catalog.text(.departmentExample, ["organisation": organisation.name, "department": department.name,
                                                               "example": DepartmentTemplate.shortened(example)])
                }
            }
            return texts.contains { $0 != nil } ? DepartmentExamples(name: department.name.lowercased(), texts: texts) : nil
        }
    }

    /// The index into ``departmentExamples`` of the profile's department (case-insensitive), if it has examples.
    private func examplesIndex(for department: String?) -> Int? {
        guard !departmentExamples.isEmpty, let department = department?.trimmingWhitespace(), !department.isEmpty else { return nil }
        let wanted = department.lowercased()
        return departmentExamples.firstIndex { $0.name == wanted }
    }

    /// Lints one profile read from `source`.
    public func lint(_ profile: consuming Profile, source: String, format: InputFormat, detail: Detail = .full) -> ProfileReport {
        // The profile moves into the view: copying it would retain every text it holds.
        lint(ProfileView(profile), source: source, format: format, detail: detail)
    }

    /// Lints a profile already prepared as a view (a batch keeps the view for the employee's record).
    package func lint(_ view: ProfileView, source: String, format: InputFormat, detail: Detail = .full) -> ProfileReport {
        var statuses: [RuleStatus] = []
        statuses.reserveCapacity(rules.count)
        var outcomes: [RuleEvaluator.Outcome] = []
        var unknown = 0
        // What failing checks found, for their `{found}` (an element per rule once something is found).
        var found: [[String]?] = []
        if detail == .full {
            outcomes.reserveCapacity(rules.count)
            evaluator.evaluateAll(on: view, finding: findsPhrases, found: &found) { _, outcome in
                statuses.append(outcome.status)
                outcomes.append(outcome)
                if outcome.status == .unknown { unknown += 1 }
            }
        } else {
            evaluator.evaluateStatuses(on: view, finding: findsPhrases, found: &found) { status in
                statuses.append(status)
                if status == .unknown { unknown += 1 }
            }
        }
        let sums = Scorer.sums(statuses, weights)
        let score = Scorer.percentage(sums.passed, of: sums.applicable)
        let categoryScores = CategoryScores(statuses: statuses, weights: weights, categories: categories)
        var suggestions = Scorer.suggestions(statuses: statuses, weights: weights, sums: sums, severities: severities, rules: ids) {
            suggestionText(at: $0, for: view, found: found)
        }
        if let examples = examplesIndex(for: view.profile.department) {
            // Only with a department template configured: a batch without one never comes here.
            for index in suggestions.indices {
                guard let example = departmentExamples[examples].texts[suggestions[index].ruleIndex] else { continue }
                suggestions[index].text += " " + example
                suggestions[index].example = example
            }
        }
        var results: [RuleResult] = []
        if detail == .full {
            results.reserveCapacity(rules.count)
            for (index, rule) in rules.enumerated() {
                results.append(result(rule, index: index, outcome: outcomes[index], view: view, suggestions: suggestions, found: found))
            }
        }
        return ProfileReport(
            source: source,
            format: format,
            name: view.profile.name.value,
            employeeID: view.profile.employeeID,
            department: view.profile.department,
            score: score,
            level: Scorer.level(completeness: categoryScores.completeness, overall: score, statuses: statuses, allStar: allStar),
            results: results,
            statuses: statuses,
            suggestions: suggestions,
            warnings: view.profile.warnings,
            assessment: Assessment(checkedRules: statuses.count - unknown, totalRules: statuses.count,
                                   checkedWeight: sums.applicable, totalWeight: totalWeight, minimumShare: minimumCheckedShare),
            categories: categoryScores
        )
    }

    /// The suggestion of the rule at `index` for the profile in `view`.
    private func suggestionText(at index: Int, for view: ProfileView, found: [[String]?]) -> String {
        texts[index].constantSuggestion ?? render(texts[index].suggestion, index: index, view: view, found: found)
    }

    /// `template` filled in for the profile in `view`, `{found}` with what rule `index`'s check found
    /// (`found[index]`, else looked for again).
    private func render(_ template: MessageTemplate, index: Int, view: ProfileView, found: [[String]?]) -> String {
        guard template.usesFound else { return template.render(view, organisation: organisation) }
        let phrases = (index < found.count ? found[index] : nil) ?? evaluator.found(inCheck: index, on: view)
        let text = phrases.map { foundPhrase.replacingAll("{phrase}", with: $0) }.joined(separator: ", ")
        return template.render(view, organisation: organisation, found: text)
    }

    /// The full result of one rule: its message, suggestion and location.
    private func result(_ rule: Rule, index: Int, outcome: RuleEvaluator.Outcome, view: ProfileView, suggestions: [Suggestion], found: [[String]?]) -> RuleResult {
        let field = outcome.field ?? rule.check.fields.first
        var result = RuleResult(rule: rule.id, status: outcome.status, severity: rule.severity, weight: rule.weight,
                                message: nil, suggestion: nil, location: nil, allStar: rule.allStar, category: rule.category)
        result.location = field.flatMap(view.location(of:)) ?? view.profile.sourceMap[""]
        switch outcome.status {
        case .pass:
            break
        case .fail:
            let template = outcome.message.map { MessageTemplate($0.text(in: language), language: language) } ?? texts[index].message
            result.message = render(template, index: index, view: view, found: found)
            result.suggestion = suggestions.first { $0.ruleIndex == index }?.text
        case .unknown:
            let name = field?.rawValue ?? rule.id
            result.message = unknownMessage.replacingAll("{field}", with: name)
        }
        return result
    }
}
