/// The `json` format: stable keys, documented in the README, for scripts and dashboards.
public struct JSONReporter: CheckReporter {
    public static let identifier = "json"
    public static let description = "for scripts"
    public static let fileExtensions = ["json"]

    /// Creates the reporter.
    public init() {}

    /// Creates the reporter; it has no options.
    public init(options: ReporterOptions) { self.init() }

    public func report(_ run: CheckRun) -> String {
        JSONOutput.object([
            ("profiles", .array(run.profiles.map { Self.profile($0, language: run.language) })),
            ("errors", .array(run.errors.map { .object([("source", .string($0.source)), ("message", .string($0.message(in: run.language)))]) })),
        ]).rendered() + "\n"
    }

    static func profile(_ report: ProfileReport, language: ReportLanguage) -> JSONOutput {
        .object([
            ("source", .string(report.source)),
            ("format", .string(report.format.rawValue)),
            ("name", .optional(report.name)),
            ("score", report.shownScore.map(JSONOutput.int) ?? .null),
            ("level", report.shownLevel.map { .string($0.rawValue) } ?? .null),
            ("assessment", assessment(report.assessment)),
            ("categories", categories(report.categories)),
            ("results", .array(report.results.map(result))),
            ("suggestions", .array(report.suggestions.map { .object([("rule", .string($0.rule)), ("gain", .int($0.gain)), ("text", .string($0.text))]) })),
            ("warnings", .array(report.warnings.map { .object([("code", .string($0.code)), ("message", .string($0.message.rendered(in: language))), ("location", location($0.location))]) })),
        ])
    }

    /// How much the rules could check: `standing` is `assessable`, `partly-assessable` (a score, no
    /// level) or `not-assessable` (neither).
    static func assessment(_ assessment: Assessment) -> JSONOutput {
        .object([
            ("standing", .string(assessment.standing.rawValue)),
            ("checked_rules", .int(assessment.checkedRules)), ("total_rules", .int(assessment.totalRules)),
            ("checked_weight_share", .double(assessment.share)),
            ("minimum_weight_share", .double(assessment.minimumShare)),
        ])
    }

    /// The score per category, every category always present: `{completeness: {score, passed, failed, unknown}, …}`,
    /// `score` `null` when none of the category's rules was checked.
    static func categories(_ scores: CategoryScores) -> JSONOutput {
        .object(RuleCategory.allCases.map { category in
            let tally = scores[category]
            return (category.rawValue, .object([
                ("score", .optional(tally.score)),
                ("passed", .int(tally.passed)), ("failed", .int(tally.failed)), ("unknown", .int(tally.unknown)),
            ]))
        })
    }

    static func result(_ result: RuleResult) -> JSONOutput {
        .object([
            ("rule", .string(result.rule)),
            ("status", .string(result.status.rawValue)),
            ("severity", .string(result.severity.rawValue)),
            ("weight", .int(result.weight)),
            ("category", .string(result.category.rawValue)),
            ("all_star", .bool(result.allStar)),
            ("message", .optional(result.message)),
            ("suggestion", .optional(result.suggestion)),
            ("location", location(result.location)),
        ])
    }

    static func location(_ location: SourceLocation?) -> JSONOutput {
        guard let location else { return .null }
        var members: [(String, JSONOutput)] = [
            ("file", .string(location.file)),
            ("line", .optional(location.line)),
            ("column", .optional(location.column)),
            ("path", .optional(location.path)),
        ]
        // Only a PDF has pages: other inputs' reports stay as they were.
        if let page = location.page { members.append(("page", .int(page))) }
        return .object(members)
    }
}
