/// The registry of every output format, one line each; the one place front ends get a reporter from.
///
/// Adding a format is one new reporter file plus one line in ``check`` or ``workforce``;
/// `check --format` and `batch --format` (their values, `--help` and completions) follow from it.
/// The lists are typed rather than one list sorted by casts: a cast to a protocol searches every
/// conformance in the binary, which costs more than a whole batch's rendering of its head.
public enum ReportersList {
    /// The reporters of `check`, in the order `--help` lists them.
    public static let check: [any CheckReporter.Type] = [
        TextReporter.self,
        JSONReporter.self,
        SARIFReporter.self,
        JUnitReporter.self,
        GitHubActionsReporter.self,
    ]

    /// The reporters of `batch`, in the order `--help` lists them.
    package static let workforce: [any WorkforceReporter.Type] = [
        WorkforceTextReporter.self,
        WorkforceJSONReporter.self,
        WorkforceCSVReporter.self,
        WorkforceHTMLReporter.self,
    ]

    /// Every reporter type: those of `check`, then those of `batch`.
    public static var all: [any Reporter.Type] { check.map { $0 } + workforce.map { $0 } }

    /// The `check` reporter named `identifier`, or `nil` when there is none; make one with `init(options:)`.
    public static func checkReporter(identifier: String) -> (any CheckReporter.Type)? {
        check.first { $0.identifier == identifier }
    }

    /// The `batch` reporter named `identifier`, or `nil` when there is none; make one with `init(options:)`.
    package static func workforceReporter(identifier: String) -> (any WorkforceReporter.Type)? {
        workforce.first { $0.identifier == identifier }
    }
}
