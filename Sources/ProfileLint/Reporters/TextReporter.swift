/// The `text` format: `path:line:column: severity: [rule] message` lines that editors and
/// terminals can jump to, then the score, level and suggestions, best gain first.
public struct TextReporter: CheckReporter {
    public static let identifier = "text"
    public static let description = "for people"
    public static let fileExtensions = ["txt"]

    /// Whether to use ANSI colours (on a terminal, unless `NO_COLOR` is set).
    public var colour: Bool
    /// Whether to list unknown results as notes.
    public var showUnknown: Bool

    /// Creates the reporter.
    public init(colour: Bool = false, showUnknown: Bool = true) {
        self.colour = colour
        self.showUnknown = showUnknown
    }

    /// Creates the reporter, in colour when `options` say so.
    public init(options: ReporterOptions) {
        self.init(colour: options.colour)
    }

    public func report(_ run: CheckRun) -> String {
        let strings = ReportStrings(run.language)
        var output = ""
        for (index, profile) in run.profiles.enumerated() {
            if index > 0 { output += "\n" }
            output += render(profile, strings)
        }
        if run.profiles.count + run.errors.count > 1 {
            let average = run.profiles.isEmpty ? 0 : (run.profiles.map(\.score).reduce(0, +) * 2 + run.profiles.count) / (2 * run.profiles.count)
            output += "\n" + paint(strings.summary(profiles: run.profiles.count, average: average, errors: run.errors.count), .bold) + "\n"
        }
        return output
    }

    func render(_ profile: ProfileReport, _ strings: ReportStrings) -> String {
        var output = paint(profile.source, .bold)
        if let name = profile.name { output += " (\(name))" }
        output += "\n"
        let passed = profile.results.filter { $0.status == .pass }.count
        let failed = profile.results.filter { $0.status == .fail }.count
        let unknown = profile.results.filter { $0.status == .unknown }.count
        let levelColour: ANSI = profile.level >= .advanced ? .green : profile.level == .intermediate ? .yellow : .red
        let assessment = profile.assessment
        let catalog = strings.catalog
        let coverage: KeyValuePairs<String, String> = [
            "checked": String(assessment.checkedRules), "total": String(assessment.totalRules),
            "percent": catalog.percent(assessment.share), "minimum": catalog.percent(assessment.minimumShare),
        ]
        switch assessment.standing {
        case .assessable:
            output += "  \(strings.score) " + paint("\(profile.score)/100", levelColour) + " · " + paint(strings.level(profile.level), levelColour)
                + " · " + strings.tally(passed: passed, failed: failed, unknown: unknown)
                + (unknown > 0 ? " · " + catalog.text(.coverageChecked, coverage) : "") + "\n"
        case .partly:
            output += "  \(strings.score) " + paint("\(profile.score)/100", .yellow) + " · " + paint(catalog.text(.noLevelPartly, coverage), .yellow)
                + " · " + strings.tally(passed: passed, failed: failed, unknown: unknown) + "\n"
        case .none:
            output += "  " + paint(catalog.text(.nothingChecked, ["unknown": String(unknown)]), .yellow) + "\n"
        }
        let categories = strings.categories(profile.categories)
        if assessment.hasScore, !categories.isEmpty { output += "  " + categories + "\n" }

        // "warning:", "waarschuwing:", "avertissement :", painted, then the warning.
        let warningLabel = catalog.text(.cliWarningLine, ["message": ""])
        for warning in profile.warnings {
            output += locationPrefix(warning.location, fallback: profile.source) + paint(String(warningLabel.dropLast()), .yellow)
                + " [\(warning.code)] " + warning.message.rendered(with: catalog) + "\n"
        }
        let shown = profile.results.filter { $0.status == .fail || (showUnknown && $0.status == .unknown) }
        for result in shown.sorted(by: Self.inSourceOrder) {
            let label: String
            if result.status == .unknown {
                label = paint("note", .blue)
            } else {
                switch result.severity {
                case .error: label = paint("error", .red)
                case .warning: label = paint("warning", .yellow)
                case .info: label = paint("info", .blue)
                }
            }
            output += locationPrefix(result.location, fallback: profile.source) + label + ": [\(result.rule)] \(result.message ?? "")\n"
        }
        if profile.suggestions.isEmpty {
            // "Every rule passes" only when every rule was checked and passed.
            switch assessment.standing {
            case .none: break
            case .partly: output += "  " + catalog.text(.nothingToImproveInChecked) + "\n"
            case .assessable: output += "  " + (unknown > 0 ? catalog.text(.nothingToImproveInChecked) : strings.noSuggestions) + "\n"
            }
        } else {
            output += "  " + strings.suggestionsHeading + "\n"
            for suggestion in profile.suggestions {
                output += "    " + strings.suggestion(paint(strings.points(suggestion.gain), .green), suggestion.text) + " [\(suggestion.rule)]\n"
            }
        }
        return output
    }

    /// Findings in the order of the input (file, line, column), then by rule id, as compilers list them.
    static func inSourceOrder(_ lhs: RuleResult, _ rhs: RuleResult) -> Bool {
        let left = (lhs.location?.file ?? "", lhs.location?.line ?? 0, lhs.location?.column ?? 0)
        let right = (rhs.location?.file ?? "", rhs.location?.line ?? 0, rhs.location?.column ?? 0)
        return left == right ? lhs.rule < rhs.rule : left < right
    }

    func locationPrefix(_ location: SourceLocation?, fallback: String) -> String {
        (location?.description ?? fallback) + ": "
    }

    enum ANSI: String {
        case bold = "1", red = "31", green = "32", yellow = "33", blue = "34"
    }

    func paint(_ text: String, _ style: ANSI) -> String {
        colour ? "\u{1B}[\(style.rawValue)m\(text)\u{1B}[0m" : text
    }
}
