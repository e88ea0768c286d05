/// The batch `json` format: summary, rules, departments, coverage map and one entry per employee.
///
/// Employees come last and are streamed: a batch writes ``head(_:)``, then each ``employee(_:)``
/// entry joined by ``separator``, then ``tail``, so a report of a million employees is never built
/// in memory. The head needs the finished report, so the entries wait in a scratch file until then.
public struct WorkforceJSONReporter: StreamingWorkforceReporter {
    public static let identifier = "json"
    public static let description = "for scripts and --baseline"
    public static let fileExtensions = ["json"]

    /// The language of the few texts in the report (suggestions come from the linter, ambassadors' reasons
    /// from here); keys and other values are the same in every language.
    public var language: ReportLanguage

    /// Creates the reporter.
    public init(language: ReportLanguage = .english) {
        self.language = language
    }

    /// Creates the reporter in the language of `options`.
    public init(options: ReporterOptions) { self.init(language: options.language) }

    /// The summary, made once the batch is done, opening the `employees` array.
    package var head: StreamedHead {
        let language = language
        return .fromReport { Self(language: language).head($0) }
    }

    /// Appends one employee's entry, on one line.
    package func appendEntry(_ record: EmployeeRecord, to output: ByteBuffer) {
        employee(record, into: output)
    }

    /// Between two employee entries.
    public let separator = ",\n    "
    /// After the last employee entry.
    public let tail = "\n  ]\n}\n"

    /// Everything before the employee entries, ending with the opening of the `employees` array.
    public func head(_ report: WorkforceReport) -> String {
        var members = Self.members(report, language: language)
        members.append(("employees", .array([])))
        let rendered = JSONOutput.object(members).rendered()
        // The rendered object ends with `"employees": []\n}`; open the array instead of closing it.
        guard let range = rendered.range(of: "\"employees\": []", options: .backwards) else { return rendered }
        return String(rendered[..<range.lowerBound]) + "\"employees\": [\n    "
    }

    /// The whole report for a known list of records (tests and small batches).
    public func report(_ report: WorkforceReport, employees: [EmployeeRecord]) -> String {
        guard !employees.isEmpty else {
            var members = Self.members(report, language: language)
            members.append(("employees", .array([])))
            return JSONOutput.object(members).rendered() + "\n"
        }
        return head(report) + employees.map(employee).joined(separator: separator) + tail
    }

    /// One employee's entry, on one line.
    public func employee(_ record: EmployeeRecord) -> String {
        let output = ByteBuffer(capacity: 512)
        employee(record, into: output)
        return output.withUnsafeBytes { String(decoding: $0, as: UTF8.self) }
    }

    /// Appends one employee's entry, on one line, to `output` (batch jobs collect their entries in one buffer).
    package func employee(_ record: EmployeeRecord, into output: ByteBuffer) {
        let writer = JSONLineWriter(into: output)
        writer.raw(#"{"id":"#)
        writer.string(record.id)
        writer.raw(#","name":"#)
        writer.string(record.name)
        writer.raw(#","department":"#)
        writer.string(record.department)
        writer.raw(#","status":"#)
        writer.string(record.status.rawValue)
        writer.raw(#","source":"#)
        writer.string(record.source)
        writer.raw(#","score":"#)
        writer.int(record.report?.score)
        writer.raw(#","level":"#)
        writer.string(record.report?.level.rawValue)
        if let scores = record.report?.categories {
            // The check report's `categories`: every category, in the order of `RuleCategory.allCases`.
            writer.raw(#","categories":{"completeness":"#)
            Self.category(scores.completeness, to: writer)
            writer.raw(#","quality":"#)
            Self.category(scores.quality, to: writer)
            writer.raw(#","organisation":"#)
            Self.category(scores.organisation, to: writer)
            writer.raw(#"},"suggestions":["#)
        } else {
            writer.raw(#","categories":null,"suggestions":["#)
        }
        // By index: binding each suggestion would copy (retain) its texts.
        let suggestions = record.report?.suggestions ?? []
        for index in suggestions.indices {
            writer.raw(index == 0 ? #"{"rule":"# : #",{"rule":"#)
            writer.string(suggestions[index].rule)
            writer.raw(#","gain":"#)
            writer.int(suggestions[index].gain)
            writer.raw(#","text":"#)
            writer.string(suggestions[index].text)
            writer.raw("}")
        }
        writer.raw(#"],"error":"#)
        writer.string(record.error?.message(in: .english))
        writer.raw("}")
    }

    /// `{"score":…,"passed":…,"failed":…,"unknown":…}`: one category of an employee's line.
    private static func category(_ tally: CategoryScore, to writer: JSONLineWriter) {
        writer.raw(#"{"score":"#)
        writer.int(tally.score)
        writer.raw(#","passed":"#)
        writer.int(tally.passed)
        writer.raw(#","failed":"#)
        writer.int(tally.failed)
        writer.raw(#","unknown":"#)
        writer.int(tally.unknown)
        writer.raw("}")
    }

    static func share(_ value: Double?) -> JSONOutput {
        value.map { .double(($0 * 1000).rounded() / 1000) } ?? .null
    }

    static func score(_ value: Double?) -> JSONOutput {
        value.map { .double($0) } ?? .null
    }

    /// Every category, always present: `{completeness: {average_score, scored}, …}`.
    static func categories(_ averages: CategoryAverages) -> JSONOutput {
        .object(RuleCategory.allCases.map { category in
            (category.rawValue, .object([("average_score", score(averages[category].averageScore)), ("scored", .int(averages[category].scored))]))
        })
    }

    static func levels(_ levels: [Level: Int]) -> JSONOutput {
        .object(Level.allCases.map { ($0.rawValue, .int(levels[$0] ?? 0)) })
    }

    static func nameCounts(_ items: [NameCount], key: String) -> JSONOutput {
        .array(items.map { .object([(key, .string($0.name)), ("count", .int($0.count))]) })
    }

    static func members(_ report: WorkforceReport, language: ReportLanguage = .english) -> [(String, JSONOutput)] {
        let summary = report.summary
        var members: [(String, JSONOutput)] = [
            ("generator", .string("profilelint \(ProfileLintVersion.current)")),
            ("generated", .optional(report.generated?.iso)),
            ("organisation", .optional(report.organisation)),
            ("summary", .object([
                ("employees", .int(summary.employees)),
                ("scored", .int(summary.scored)),
                ("partly_assessable", .int(summary.partlyAssessable)),
                ("not_assessable", .int(summary.notAssessable)),
                ("missing_profiles", .int(summary.missingProfiles)),
                ("errors", .int(summary.errors)),
                ("average_score", score(summary.averageScore)),
                ("median_score", score(summary.medianScore)),
                ("levels", levels(summary.levels)),
                ("categories", categories(summary.categories)),
                ("score_distribution", .array(summary.distribution.enumerated().map { index, count in
                    .object([("from", .int(index * 10)), ("to", .int(index == 9 ? 100 : index * 10 + 9)), ("count", .int(count))])
                })),
            ])),
            ("rules", .array(report.rules.map { tally in
                .object([
                    ("rule", .string(tally.rule)), ("name", .string(tally.name)), ("severity", .string(tally.severity.rawValue)),
                    ("weight", .int(tally.weight)), ("category", .string(tally.category.rawValue)), ("pass", .int(tally.pass)), ("fail", .int(tally.fail)),
                    ("unknown", .int(tally.unknown)), ("pass_rate", share(tally.passRate)),
                ])
            })),
            ("improvements", .array(report.improvements.map {
                .object([("rule", .string($0.rule)), ("total_gain", .int($0.totalGain)), ("employees", .int($0.employees))])
            })),
            ("departments", .array(report.departments.map { department in
                .object([
                    ("name", .string(department.name)), ("employees", .int(department.employees)), ("scored", .int(department.scored)),
                    ("partly_assessable", .int(department.partlyAssessable)), ("not_assessable", .int(department.notAssessable)),
                    ("missing_profiles", .int(department.missingProfiles)), ("errors", .int(department.errors)),
                    ("average_score", score(department.averageScore)), ("levels", levels(department.levels)),
                    ("categories", categories(department.categories)),
                ])
            })),
            ("coverage", coverage(report.coverage)),
        ]
        members += nextSteps(report, language: language)
        if report.isAnonymised {
            // Department figures in place of every list that names an employee or an input.
            members.append(("anonymised", .bool(true)))
            members.append(("help_by_department", .array(report.departments.filter { $0.employeesWithGain > 0 }.map {
                .object([("department", .string($0.name)), ("employees", .int($0.employeesWithGain)), ("potential_gain", .int($0.potentialGain))])
            })))
        } else {
            members += [
                ("employees_to_help_first", .array(report.employeesToHelp.map(brief))),
                ("missing_profiles", .array(report.missingProfiles.map {
                    .object([("id", .string($0.id)), ("name", .optional($0.name)), ("department", .optional($0.department))])
                })),
                ("errors", .array(report.errors.map {
                    .object([("source", .string($0.source)), ("id", .optional($0.employeeID)), ("name", .optional($0.employeeName)),
                             ("message", .string($0.message(in: .english)))])
                })),
            ]
        }
        if let trend = report.trend { members.append(("trend", self.trend(trend))) }
        if let history = report.history { members.append(("history", self.history(history))) }
        return members
    }

    static func brief(_ brief: EmployeeBrief) -> JSONOutput {
        .object([
            ("id", .string(brief.id)), ("name", .optional(brief.name)), ("department", .optional(brief.department)),
            ("score", .optional(brief.score)), ("level", .optional(brief.level?.rawValue)),
            ("potential_gain", .int(brief.potentialGain)), ("top_suggestion", .optional(brief.topSuggestion?.advice)),
        ])
    }

    static func coverage(_ coverage: CoverageMap) -> JSONOutput {
        var groups: [(String, JSONOutput)] = []
        for row in coverage.groups {
            if let index = groups.firstIndex(where: { $0.0 == row.department }), case .object(var cells) = groups[index].1 {
                cells.append((row.group, share(row.share)))
                groups[index].1 = .object(cells)
            } else {
                groups.append((row.department, .object([(row.group, share(row.share))])))
            }
        }
        let presence = coverage.employerPresence
        return .object([
            ("employer_presence", .object([
                ("named", .int(presence.named)),
                ("total", .int(presence.total)),
                ("share", share(presence.total == 0 ? nil : Double(presence.named) / Double(presence.total))),
                ("variants", nameCounts(presence.variants, key: "spelling")),
                ("possible_misspellings", nameCounts(presence.possibleMisspellings, key: "spelling")),
            ])),
            ("groups", .object(groups)),
            ("group_members", .array(coverage.groups.map {
                .object([("department", .string($0.department)), ("group", .string($0.group)), ("members", .int($0.members)),
                         ("known", .int($0.known)), ("share", share($0.share))])
            })),
            ("top_groups", nameCounts(coverage.topGroups, key: "group")),
            ("reach", .object([
                ("distinct_connections", .int(coverage.reach.distinctConnections)),
                ("employees_with_connections", .int(coverage.reach.employeesWithConnections)),
                ("top_companies", nameCounts(coverage.reach.topCompanies, key: "company")),
            ])),
            ("key_accounts", .object(coverage.keyAccounts.map { account in
                (account.name, .object([
                    ("connections", .int(account.connections)),
                    ("departments", .array(account.departments.map { .string($0.name) })),
                    ("department_connections", .object(account.departments.map { ($0.name, .int($0.count)) })),
                    ("white_spot", .bool(account.isWhiteSpot)),
                ]))
            })),
        ])
    }

    static func count(_ before: Int?, _ after: Int) -> JSONOutput {
        .object([("before", .optional(before)), ("after", .int(after)), ("change", .optional(before.map { after - $0 }))])
    }

    static func trend(_ trend: Trend) -> JSONOutput {
        func change(_ before: Double?, _ after: Double?) -> JSONOutput {
            guard let before, let after else { return .null }
            return .double(((after - before) * 1000).rounded() / 1000)
        }
        return .object([
            ("baseline_generated", .optional(trend.baselineGenerated?.iso)),
            ("average_score", .object([("before", score(trend.averageScoreBefore)), ("after", score(trend.averageScoreAfter)),
                                       ("change", change(trend.averageScoreBefore, trend.averageScoreAfter))])),
            ("scored", count(trend.scoredBefore, trend.scoredAfter)),
            ("missing_profiles", count(trend.missingProfilesBefore, trend.missingProfilesAfter)),
            ("departments", .array(trend.departments.map {
                .object([("name", .string($0.name)), ("before", score($0.before)), ("after", score($0.after)), ("change", change($0.before, $0.after))])
            })),
            ("rules", .array(trend.rules.map {
                .object([("rule", .string($0.rule)), ("pass_rate_before", share($0.before)), ("pass_rate_after", share($0.after)),
                         ("change", change($0.before, $0.after))])
            })),
        ])
    }
}
