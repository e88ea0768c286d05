import Foundation

/// A previous batch JSON report, read for `--baseline` to show the change since then.
public struct Baseline: Sendable {
    /// The file it was read from.
    public var file: String
    /// The day the baseline was generated: its `generated`, else the file's modification day.
    public var generated: ReportDate?
    public var averageScore: Double?
    /// Profiles scored and roster employees without a profile, when the baseline says.
    public var scored: Int?
    public var missingProfiles: Int?
    /// Average score per department.
    public var departments: [String: Double]
    /// Pass rate per rule.
    public var rules: [String: Double]

    /// Reads a report written by `profilelint batch --format json`.
    public static func load(_ path: String, limits: Limits) throws -> Baseline {
        let bytes = try InputFile.readBytes(path, limits: limits)
        let document: JSONDocument
        do {
            document = try JSONParser(maximumDepth: limits.maximumDepth).parse(bytes)
        } catch {
            let (line, column) = JSONDocument.lineAndColumn(in: bytes, offset: error.offset)
            throw ProfileLintError.malformedInput(location: SourceLocation(file: path, line: line, column: column), reason: CatalogMessage(.errorInvalidJSON, ["detail": .message(error.message)]))
        }
        let root = document.root
        guard root.kind == .object, let summary = root["summary"], summary.kind == .object else {
            throw ProfileLintError.unrecognisedFormat(path: path, expected: CatalogMessage(.expectedBatchReport))
        }
        // Reports from before the date was written say only when the file was last changed.
        let generated = root["generated"]?.string.flatMap { ReportDate(iso: $0) } ?? modificationDay(path)
        var baseline = Baseline(file: path, generated: generated, averageScore: summary["average_score"]?.double,
                                scored: summary["scored"]?.int, missingProfiles: summary["missing_profiles"]?.int, departments: [:], rules: [:])
        for department in root["departments"]?.elements ?? [] {
            if let name = department["name"]?.string, let score = department["average_score"]?.double { baseline.departments[name] = score }
        }
        for rule in root["rules"]?.elements ?? [] {
            if let id = rule["rule"]?.string, let rate = rule["pass_rate"]?.double { baseline.rules[id] = rate }
        }
        return baseline
    }

    /// The UTC day `path` was last modified, `nil` for standard input or when it cannot be told.
    static func modificationDay(_ path: String) -> ReportDate? {
        guard path != "-", let date = (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date else { return nil }
        return ReportDate(date)
    }

    /// The trend from this baseline to `report`.
    public func trend(to report: WorkforceReport) -> Trend {
        var departmentNames = report.departments.map(\.name)
        for name in departments.keys.sorted() where !departmentNames.contains(name) { departmentNames.append(name) }
        let after = Dictionary(report.departments.map { ($0.name, $0.averageScore) }, uniquingKeysWith: { first, _ in first })
        var ruleIDs = report.rules.map(\.rule)
        for id in rules.keys.sorted() where !ruleIDs.contains(id) { ruleIDs.append(id) }
        let rates = Dictionary(report.rules.map { ($0.rule, $0.passRate) }, uniquingKeysWith: { first, _ in first })
        return Trend(
            baselineGenerated: generated,
            averageScoreBefore: averageScore,
            averageScoreAfter: report.summary.averageScore,
            scoredBefore: scored,
            scoredAfter: report.summary.scored,
            missingProfilesBefore: missingProfiles,
            missingProfilesAfter: report.summary.missingProfiles,
            departments: departmentNames.map { ($0, departments[$0], after[$0] ?? nil) },
            rules: ruleIDs.map { ($0, rules[$0], rates[$0] ?? nil) }
        )
    }
}
