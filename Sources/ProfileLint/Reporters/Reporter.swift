/// An output format of `check` or `batch`: what every reporter declares about itself.
///
/// A reporter is a stateless struct in its own file, listed on one line in ``ReportersList``; the
/// front ends get it from there by its identifier and never switch on a format. What it reports is
/// the refining protocol's business: ``CheckReporter`` for `check`, ``WorkforceReporter`` (and, for a
/// report that can write its employees as they come, ``StreamingWorkforceReporter``) for `batch`.
public protocol Reporter: Sendable {
    /// The name used with `--format`; unique among the reporters of one command.
    static var identifier: String { get }
    /// What the format is for, as `--help` completes "`identifier` …" (`for scripts`).
    static var description: String { get }
    /// The extensions of the files the format is written to, preferred first, without the dot; where
    /// two formats of a command claim one, the first in ``ReportersList`` is meant.
    static var fileExtensions: [String] { get }
    /// The reporter, configured by the front end's options.
    init(options: ReporterOptions)
}

/// What a front end configures in every reporter; each reporter uses what applies to it.
public struct ReporterOptions: Sendable, Equatable {
    /// The language of labels (`check` reporters take theirs from the run instead).
    public var language: ReportLanguage
    /// Whether to use ANSI colours: the front end decides (a terminal, no `NO_COLOR`), the text formats use it.
    public var colour: Bool
    /// The least severity that fails the run (`--fail-on`): formats with a pass/fail verdict per
    /// finding (JUnit) mark only these as failures.
    public var failOn: Severity

    /// Creates the options: English, no colour, failing on errors, unless told otherwise.
    public init(language: ReportLanguage = .english, colour: Bool = false, failOn: Severity = .error) {
        self.language = language
        self.colour = colour
        self.failOn = failOn
    }
}
