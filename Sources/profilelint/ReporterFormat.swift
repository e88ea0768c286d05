import ArgumentParser
import ProfileLint

/// The reporters of one command in ``ReportersList``, as its `--format` offers them.
protocol ReporterFamily {
    /// What the command makes its report with: a reporter type, made with `init(options:)`.
    associatedtype Member
    /// The command's reporters, in the registry's order.
    static var members: [Member] { get }
    /// `member` as a ``Reporter``, for its identifier and description.
    static func described(_ member: Member) -> any Reporter.Type
}

/// A `--format` value: one of `Family`'s reporters, whose identifiers `--help`, the completion
/// scripts and the usage errors list, so that no command lists or switches on formats.
struct ReporterFormat<Family: ReporterFamily>: ExpressibleByArgument {
    /// The chosen reporter.
    let reporter: Family.Member

    init(_ reporter: Family.Member) {
        self.reporter = reporter
    }

    init?(argument: String) {
        guard let reporter = Family.members.first(where: { Family.described($0).identifier == argument }) else { return nil }
        self.init(reporter)
    }

    static var allValueStrings: [String] { Family.members.map { Family.described($0).identifier } }

    static var defaultCompletionKind: CompletionKind { .list(allValueStrings) }

    var defaultValueDescription: String { Family.described(reporter).identifier }

    /// The help of `--format`: "Output format: text for people, json for scripts, …".
    static var help: ArgumentHelp {
        let formats = Family.members.map(Family.described).map { "\($0.identifier) \($0.description)" }
        return ArgumentHelp("Output format: " + formats.joined(separator: ", ")
                            + " (default: the one --output's extension names, else \(allValueStrings.first ?? "text")).")
    }

    /// The format `--format` names, else the first whose file extension `output` has (`report.html`
    /// is HTML), else the first format (text).
    static func chosen(_ format: ReporterFormat?, output: String?) -> ReporterFormat? {
        if let format { return format }
        if let output {
            let name = output.lowercased()
            if let member = Family.members.first(where: { Family.described($0).fileExtensions.contains { name.hasSuffix("." + $0) } }) {
                return ReporterFormat(member)
            }
        }
        return Family.members.first.map(ReporterFormat.init)
    }
}

/// `--output` as given: `-` is standard output, as for inputs.
struct OutputOption {
    /// The file to write, or `nil` for standard output.
    static func file(_ output: String?) -> String? {
        output == "-" ? nil : output
    }
}
