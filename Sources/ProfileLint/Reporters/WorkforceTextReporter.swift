import Foundation

/// The batch `text` format: the workforce summary and the network coverage map for the terminal.
package struct WorkforceTextReporter: WorkforceReporter {
    package static let identifier = "text"
    package static let description = "for the terminal"
    package static let fileExtensions = ["txt"]

    /// The language of labels.
    package var language: ReportLanguage

    /// Creates the reporter.
    package init(language: ReportLanguage) {
        self.language = language
    }

    /// Creates the reporter in the language of `options`.
    package init(options: ReporterOptions) {
        self.init(language: options.language)
    }

    /// The whole report: the aggregate only, so `employees` is not read.
    package func report(_ report: WorkforceReport, employees: [EmployeeRecord]) -> String {
        self.report(report)
    }

    var catalog: MessageCatalog { language.catalog }

    func message(_ id: MessageID, _ arguments: KeyValuePairs<String, String> = [:]) -> String {
        catalog.text(id, arguments)
    }

    /// A column width that fits every one of `texts` with two spaces to spare, and at least `minimum`.
    static func width(_ texts: some Sequence<String>, minimum: Int) -> Int {
        max(minimum, texts.reduce(0) { max($0, $1.count + 2) })
    }

    static func padded(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }

    /// The whole report.
    package func report(_ report: WorkforceReport) -> String {
        let strings = ReportStrings(language)
        let summary = report.summary
        var lines: [String] = []
        lines.append(message(.workforceReport) + (report.organisation.map { " — \($0)" } ?? ""))
        if let generated = report.generated { lines.append("  " + message(.generatedOn, ["date": generated.formatted(catalog)])) }
        lines.append("  " + message(.employeesLower) + " " + catalog.integer(summary.employees) + " · " + message(.scoredLower) + " " + catalog.integer(summary.scored) + " · "
                     + message(.missingProfilesLower) + " " + catalog.integer(summary.missingProfiles) + " · " + message(.errorsLower) + " " + catalog.integer(summary.errors)
                     + (summary.partlyAssessable > 0 ? " · " + message(.partlyAssessable) + " \(summary.partlyAssessable)" : "")
                     + (summary.notAssessable > 0 ? " · " + message(.notAssessable) + " \(summary.notAssessable)" : ""))
        lines.append("  " + message(.averageScoreLower) + " \(catalog.number(summary.averageScore)) · "
                     + message(.median) + " \(catalog.number(summary.medianScore))")
        let categories = report.categories
        if categories.count > 1 {
            lines.append("  " + message(.categoriesColon) + " " + strings.categoryAverages(summary.categories, categories))
        }
        lines.append("  " + Level.allCases.reversed().map { "\(strings.level($0)) \(summary.levels[$0] ?? 0)" }.joined(separator: " · "))
        let widest = max(1, summary.distribution.max() ?? 1)
        lines.append("  " + message(.scoreDistributionColon))
        for (index, count) in summary.distribution.enumerated() {
            let label = index == 9 ? "90–100" : "\(index * 10)–\(index * 10 + 9)"
            let bar = String(repeating: "█", count: count == 0 ? 0 : max(1, count * 30 / widest))
            lines.append("    " + Self.padded(label, 7) + bar + (count > 0 ? " \(count)" : ""))
        }
        // The change comes right after the figures it changes.
        if let trend = report.trend { lines.append(contentsOf: self.trend(trend)) }

        lines.append("")
        lines.append(message(.rulesTallyHeading))
        let ruleWidth = Self.width(report.rules.map(\.rule), minimum: 18)
        let counts = report.rules.map { "\($0.pass) / \($0.fail) / \($0.unknown)" }
        let countsWidth = Self.width(counts, minimum: 16)
        for (tally, count) in zip(report.rules, counts) {
            lines.append("  " + Self.padded(tally.rule, ruleWidth) + Self.padded(count, countsWidth) + catalog.percent(tally.passRate))
        }

        if !report.improvements.isEmpty {
            lines.append("")
            lines.append(message(.biggestImprovements))
            let improvements = report.improvements.prefix(5)
            let pointsWidth = Self.width(improvements.map { strings.points($0.totalGain) }, minimum: 14)
            for improvement in improvements {
                lines.append("  " + Self.padded(strings.points(improvement.totalGain), pointsWidth) + improvement.rule + " ("
                             + catalog.text(one: .employeesOne, other: .employeesOther, count: improvement.employees) + ")")
            }
        }

        lines.append("")
        lines.append(message(.departmentsHeading))
        let departmentWidth = Self.width(report.departments.map(\.name), minimum: 22)
        for department in report.departments {
            lines.append("  " + Self.padded(department.name, departmentWidth) + message(.averagePrefix) + Self.padded(catalog.number(department.averageScore), 6)
                         + message(.scoredPrefix) + catalog.integer(department.scored) + "/" + catalog.integer(department.employees)
                         + (department.missingProfiles > 0 ? " · " + message(.missingPrefix) + "\(department.missingProfiles)" : "")
                         + (department.errors > 0 ? " · " + message(.errorsPrefix) + "\(department.errors)" : ""))
            if categories.count > 1, department.scored > 0 {
                lines.append("  " + String(repeating: " ", count: departmentWidth) + strings.categoryAverages(department.categories, categories))
            }
        }

        if let history = report.history { lines.append(contentsOf: self.history(history)) }
        lines.append(contentsOf: coverage(report))
        lines.append(contentsOf: nextSteps(report, strings))
        lines.append(contentsOf: employees(report, strings))
        return lines.joined(separator: "\n") + "\n"
    }

    func coverage(_ report: WorkforceReport) -> [String] {
        let coverage = report.coverage
        var lines = ["", message(.networkCoverage)]
        let presence = coverage.employerPresence
        let share = presence.total == 0 ? nil : Double(presence.named) / Double(presence.total)
        lines.append("  " + message(.employerNamedColon) + catalog.integer(presence.named) + " / " + catalog.integer(presence.total) + " (\(catalog.percent(share)))")
        if !presence.variants.isEmpty {
            lines.append("    " + message(.spellingsColon) + presence.variants.map { "\"\($0.name)\" " + catalog.integer($0.count) }.joined(separator: ", "))
        }
        if !presence.possibleMisspellings.isEmpty {
            lines.append("    " + message(.possibleMisspellingsColon) + presence.possibleMisspellings.map { "\"\($0.name)\" " + catalog.integer($0.count) }.joined(separator: ", "))
        }
        if !coverage.groups.isEmpty {
            lines.append("  " + message(.recommendedGroupsShareColon))
            var department = ""
            let groupWidth = Self.width(coverage.groups.map(\.group), minimum: 34)
            for row in coverage.groups {
                if row.department != department {
                    department = row.department
                    lines.append("    " + department)
                }
                lines.append("      " + Self.padded(row.group, groupWidth) + Self.padded(catalog.percent(row.share), 6) + "(\(row.members)/\(row.known))")
            }
        }
        if !coverage.topGroups.isEmpty {
            lines.append("  " + message(.mostJoinedGroupsColon) + coverage.topGroups.prefix(5).map { "\($0.name) (" + catalog.integer($0.count) + ")" }.joined(separator: ", "))
        }
        let reach = coverage.reach
        lines.append("  " + message(.reachColon) + catalog.text(one: .reachSummaryOne, other: .reachSummaryOther, count: reach.employeesWithConnections,
                                                                                     ["connections": catalog.integer(reach.distinctConnections)]))
        if !reach.topCompanies.isEmpty {
            lines.append("    " + message(.companiesReachedMostColon) + reach.topCompanies.prefix(5).map { "\($0.name) (" + catalog.integer($0.count) + ")" }.joined(separator: ", "))
        }
        if !coverage.keyAccounts.isEmpty {
            lines.append("  " + message(.keyAccountsColon))
            let accountWidth = Self.width(coverage.keyAccounts.map(\.name), minimum: 22)
            let connections = coverage.keyAccounts.map { catalog.text(one: .connectionsOne, other: .connectionsOther, count: $0.connections) }
            let connectionsWidth = Self.width(connections, minimum: 18)
            for (account, connection) in zip(coverage.keyAccounts, connections) {
                let departments = account.isWhiteSpot ? message(.whiteSpot)
                    : account.departments.map { "\($0.name) " + catalog.integer($0.count) }.joined(separator: ", ")
                lines.append("    " + Self.padded(account.name, accountWidth) + Self.padded(connection, connectionsWidth) + departments)
            }
        }
        return lines
    }

    func employees(_ report: WorkforceReport, _ strings: ReportStrings) -> [String] {
        var lines: [String] = []
        if report.isAnonymised {
            lines.append("")
            lines.append(message(.helpByDepartment))
            for department in report.departments where department.employeesWithGain > 0 {
                lines.append("  " + catalog.text(one: .helpLineOne, other: .helpLineOther, count: department.employeesWithGain,
                                                 ["department": department.name, "points": strings.points(department.potentialGain)]))
            }
        }
        if !report.employeesToHelp.isEmpty {
            lines.append("")
            lines.append(message(.employeesToHelpFirst))
            // Columns as wide as their longest entry, so a long name or department never pushes the rest out of line.
            let briefs = report.employeesToHelp.prefix(10)
            let whoWidth = Self.width(briefs.map(Self.who), minimum: 0)
            let departmentWidth = Self.width(briefs.map { $0.department ?? "–" }, minimum: 0)
            let levelWidth = Self.width(briefs.map { brief -> String in brief.level.map { strings.level($0) } ?? "–" }, minimum: 0)
            for brief in briefs {
                let score: String = brief.score.map { "\($0)" } ?? "–"
                let level: String = brief.level.map { strings.level($0) } ?? "–"
                let suggestion: String = brief.topSuggestion.map { strings.suggestion(strings.points($0.gain), $0.advice) } ?? "–"
                var line = "  " + Self.padded(Self.who(brief), whoWidth) + Self.padded(brief.department ?? "–", departmentWidth)
                line += String(repeating: " ", count: max(0, 3 - score.count)) + score + "  "
                line += Self.padded(level, levelWidth) + suggestion
                lines.append(line)
            }
        }
        if !report.missingProfiles.isEmpty {
            lines.append("")
            lines.append(message(.missingProfiles) + " (\(report.missingProfiles.count))")
            let missing = report.missingProfiles.prefix(20)
            let whoWidth = Self.width(missing.map(Self.who), minimum: 0)
            for brief in missing {
                lines.append("  " + (brief.department.map { Self.padded(Self.who(brief), whoWidth) + $0 } ?? Self.who(brief)))
            }
            if report.missingProfiles.count > 20 { lines.append("  …") }
        }
        if !report.errors.isEmpty {
            lines.append("")
            lines.append(message(.inputsNotReadHeading) + " (\(report.errors.count))")
            for error in report.errors.prefix(20) {
                // The employee first, as the missing profiles are listed; the input's own line below.
                if let employee = error.employee {
                    lines.append("  " + employee)
                    lines.append("    " + error.message(in: language))
                } else {
                    lines.append("  " + error.message(in: language))
                }
            }
            if report.errors.count > 20 { lines.append("  …") }
        }
        return lines
    }

    /// An employee's id and name, as the lists show them.
    static func who(_ brief: EmployeeBrief) -> String {
        brief.id + (brief.name.map { " \($0)" } ?? "")
    }

    func trend(_ trend: Trend) -> [String] {
        func change(_ before: Double?, _ after: Double?, percent: Bool) -> String {
            guard let before, let after else { return "–" }
            let delta = percent ? (after - before) * 100 : after - before
            let text = catalog.decimal(delta, signed: true)
            return percent ? text + " pt" : text
        }
        func count(_ label: MessageID, _ before: Int?, _ after: Int) -> String {
            "  " + message(label) + " " + (before.map { catalog.integer($0) } ?? "–") + " → " + catalog.integer(after)
                + " (" + (before.map { Self.signed(after - $0, catalog) } ?? "–") + ")"
        }
        let heading = trend.baselineGenerated.map { message(.changeSinceReport, ["date": $0.formatted(catalog)]) } ?? message(.changeSinceTheBaseline)
        var lines = ["", heading]
        lines.append("  " + message(.averageScoreLowerPrefix) + "\(catalog.number(trend.averageScoreBefore)) → \(catalog.number(trend.averageScoreAfter)) ("
                     + change(trend.averageScoreBefore, trend.averageScoreAfter, percent: false) + ")")
        lines.append(count(.scoredLower, trend.scoredBefore, trend.scoredAfter))
        lines.append(count(.missingProfilesLower, trend.missingProfilesBefore, trend.missingProfilesAfter))
        let width = Self.width(trend.departments.map(\.name) + trend.rules.map(\.rule), minimum: 22)
        for department in trend.departments {
            lines.append("  " + Self.padded(department.name, width) + "\(catalog.number(department.before)) → \(catalog.number(department.after)) ("
                         + change(department.before, department.after, percent: false) + ")")
        }
        for rule in trend.rules {
            lines.append("  " + Self.padded(rule.rule, width) + "\(catalog.percent(rule.before)) → \(catalog.percent(rule.after)) (" + change(rule.before, rule.after, percent: true) + ")")
        }
        return lines
    }

    /// `+2`, `-1`, `0`, with the language's grouping separator.
    static func signed(_ value: Int, _ catalog: MessageCatalog) -> String {
        value > 0 ? "+" + catalog.integer(value) : catalog.integer(value)
    }
}
