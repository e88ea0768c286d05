import Foundation
import Testing
@testable import ProfileLint

/// Reads fixtures through the same path the CLI uses and lints them with the default rules.
enum FixtureInput {
    /// The one profile read from `relative` (a repository path); fails the test on errors or several profiles.
    static func read(_ relative: String, limits: Limits = .default) throws -> ProfileInput {
        let outcomes = InputReader(limits: limits).read(path: Repository.path(relative))
        #expect(outcomes.count == 1, "expected one profile from \(relative), got \(outcomes.count)")
        return try #require(outcomes.first).get()
    }

    /// The linter with the default rules.
    static func linter() throws -> Linter {
        Linter(rules: try RuleLoader().loadDefaultRules())
    }

    /// The report of `input` with the default rules.
    static func report(_ input: ProfileInput) throws -> ProfileReport {
        try linter().lint(input.profile, source: input.source, format: input.format)
    }

    /// Rule id → status.
    static func statuses(_ report: ProfileReport) -> [String: RuleStatus] {
        Dictionary(uniqueKeysWithValues: report.results.map { ($0.rule, $0.status) })
    }

    /// The result of `rule` in `report`.
    static func result(_ rule: String, in report: ProfileReport) throws -> RuleResult {
        try #require(report.results.first { $0.rule == rule }, "no result for \(rule)")
    }

    /// Reads a repository file as UTF-8 text.
    static func text(_ relative: String) throws -> String {
        try String(contentsOfFile: Repository.path(relative), encoding: .utf8)
    }

    /// The 1-based line and column (in Unicode scalars) of the first occurrence of `needle` in `text`.
    static func position(of needle: String, in text: String) -> (line: Int, column: Int)? {
        guard let range = text.range(of: needle) else { return nil }
        let before = text[..<range.lowerBound]
        let line = before.filter { $0 == "\n" }.count + 1
        let lineStart = before.lastIndex(of: "\n").map { before.index(after: $0) } ?? before.startIndex
        return (line, before[lineStart...].unicodeScalars.count + 1)
    }
}
