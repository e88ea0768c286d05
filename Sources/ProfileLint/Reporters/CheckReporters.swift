/// The registry of ``CheckReporter``s, looked up by their `--format` identifier.
public enum CheckReporters {
    /// Every reporter type, in the order `--help` lists them.
    public static let all: [any CheckReporter.Type] = [
        TextReporter.self, JSONReporter.self, SARIFReporter.self, JUnitReporter.self, GitHubActionsReporter.self,
    ]

    /// The identifiers of every reporter, in order: `text, json, sarif, junit, github`.
    public static var allIdentifiers: [String] { all.map { $0.identifier } }

    /// The reporter with `identifier`, in its default configuration (plain text has no colour);
    /// `nil` when there is none.
    public static func named(_ identifier: String) -> (any CheckReporter)? {
        switch identifier {
        case TextReporter.identifier: TextReporter()
        case JSONReporter.identifier: JSONReporter()
        case SARIFReporter.identifier: SARIFReporter()
        case JUnitReporter.identifier: JUnitReporter()
        case GitHubActionsReporter.identifier: GitHubActionsReporter()
        default: nil
        }
    }
}
