/// An input that could not be read, as reported next to the profiles that could.
public struct InputError: Sendable, Equatable {
    /// The input (path, or `path:line` for a JSON Lines record).
    public var source: String
    /// The one-line description, rendered in the report's language with ``message(in:)``.
    public var line: CatalogMessage
    /// The roster id of the employee whose input this is, when the input belongs to one (batch).
    public var employeeID: String?
    /// That employee's name, when the roster gives it.
    public var employeeName: String?

    /// Creates an input error.
    public init(source: String, line: CatalogMessage, employeeID: String? = nil, employeeName: String? = nil) {
        self.source = source
        self.line = line
        self.employeeID = employeeID
        self.employeeName = employeeName
    }

    /// `E036 Tom Kuiper`, `E036`, or `nil` when the input belongs to no employee.
    public var employee: String? {
        employeeID.map { id in employeeName.map { id + " " + $0 } ?? id }
    }

    /// An input error whose line is already written (in the language it is shown in).
    public init(source: String, message: String, employeeID: String? = nil, employeeName: String? = nil) {
        self.init(source: source, line: .detail(message), employeeID: employeeID, employeeName: employeeName)
    }

    /// The input error for `error`, naming `source`.
    public init(source: String, error: ProfileLintError) {
        self.init(source: source, line: error.line)
    }

    /// The one-line description in `language`.
    public func message(in language: ReportLanguage) -> String {
        line.rendered(in: language)
    }
}

/// Everything one `profilelint check` run produced, handed to a reporter.
public struct CheckRun: Sendable {
    /// One report per profile read, in input order.
    public var profiles: [ProfileReport]
    /// Inputs that could not be read.
    public var errors: [InputError]
    /// The rules that were applied.
    public var rules: [Rule]
    /// The language of labels.
    public var language: ReportLanguage

    /// Creates a run.
    public init(profiles: [ProfileReport], errors: [InputError], rules: [Rule], language: ReportLanguage) {
        self.profiles = profiles
        self.errors = errors
        self.rules = rules
        self.language = language
    }
}

/// Turns a ``CheckRun`` into one `check` output format.
///
/// Implementations are stateless structs, one per format, each in its own file and listed in
/// ``ReportersList``; they never read files or the environment, so the same run always gives the
/// same text (golden-file tested).
public protocol CheckReporter: Reporter {
    /// The whole report.
    func report(_ run: CheckRun) -> String
}
