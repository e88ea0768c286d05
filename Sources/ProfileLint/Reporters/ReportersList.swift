/// The registry of every output format, one line each; the one place front ends get a reporter from.
///
/// Adding a format is one new reporter file plus one line in ``all``; `check --format` and
/// `batch --format` (their values, `--help` and completions) follow from it.
public enum ReportersList {
    /// Every reporter type: those of `check`, then those of `batch`, each in the order `--help` lists them.
    public static let all: [any Reporter.Type] = [
        TextReporter.self,
        JSONReporter.self,
        SARIFReporter.self,
        JUnitReporter.self,
        GitHubActionsReporter.self,
        WorkforceTextReporter.self,
        WorkforceJSONReporter.self,
        WorkforceCSVReporter.self,
        WorkforceHTMLReporter.self,
    ]

    /// The reporters of `check`, in order: `text, json, sarif, junit, github`.
    public static let check: [any CheckReporter.Type] = all.compactMap { $0 as? any CheckReporter.Type }

    /// The reporters of `batch`, in order: `text, json, csv, html`.
    public static let workforce: [any WorkforceReporter.Type] = all.compactMap { $0 as? any WorkforceReporter.Type }

    /// The `check` reporter named `identifier`, or `nil` when there is none; make one with `init(options:)`.
    public static func checkReporter(identifier: String) -> (any CheckReporter.Type)? {
        check.first { $0.identifier == identifier }
    }

    /// The `batch` reporter named `identifier`, or `nil` when there is none; make one with `init(options:)`.
    public static func workforceReporter(identifier: String) -> (any WorkforceReporter.Type)? {
        workforce.first { $0.identifier == identifier }
    }
}
