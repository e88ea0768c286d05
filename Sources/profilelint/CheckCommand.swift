import ArgumentParser
import Foundation
import ProfileLint

/// `profilelint check`: lint profiles and print findings, the score, the level and suggestions.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Lint one or more profiles and suggest improvements, best gain first.",
        discussion: """
        Examples:
          profilelint check Fixtures/profiles/jan-jansen-incomplete.json
          profilelint check export.zip --lang nl
          profilelint check team.jsonl --format json --min-score 80
          cat profile.json | profilelint check -
          profilelint check templates/*.json --format sarif --output profilelint.sarif
          profilelint check templates/*.yaml --format github
          profilelint check export.zip --config .profilelint.yml --department Sales
          profilelint check export.zip --share card.json

        Exit codes: 0 nothing fails at or above --fail-on and every score reaches --min-score;
        1 a profile falls short; 2 usage, rule-file or input errors.
        """
    )

    /// The output formats of `check`: ``ReportersList/check``.
    enum Formats: ReporterFamily {
        static let members = ReportersList.check
        static func described(_ member: any CheckReporter.Type) -> any Reporter.Type { member }
    }

    @Argument(help: ArgumentHelp("Profiles: JSON, YAML, JSON Lines, LinkedIn export ZIP or folder; '-' reads standard input.", valueName: "path"), completion: .file())
    var paths: [String]

    @Option(name: .long, help: ReporterFormat<Formats>.help)
    var format: ReporterFormat<Formats>?

    @Option(name: .long, help: ArgumentHelp("Write the report to this file (atomically) instead of standard output ('-').", valueName: "file"), completion: .file())
    var output: String?

    @OptionGroup var ruleOptions: RuleOptions

    @Option(name: .long, help: ArgumentHelp("Exit 1 when a rule of at least this severity fails.", valueName: "severity"))
    var failOn: Severity = .error

    // Unconditional, so that `--min-score -5` is read as a (wrong) value rather than a missing one.
    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp("Exit 1 when a profile scores below this.", valueName: "n"))
    var minScore: Int = 0

    @Option(name: .long, help: ArgumentHelp("Read every input as this format instead of detecting it.", valueName: "format"))
    var inputFormat: InputFormat?

    @Option(name: .long, help: ArgumentHelp("The department of the profiles, as .profilelint.yml names it: its recommended groups and example texts apply (default: each profile's own 'department').", valueName: "name"))
    var department: String?

    @Option(name: .long, help: ArgumentHelp("Also write a profile card to send to HR: what the rules read and found, without texts, contacts or connections' names.", valueName: "card.json"), completion: .file(extensions: ["json"]))
    var share: String?

    @Flag(name: .long, help: "Lint profile templates: a photo, connections, groups and recommendations, which only a real profile has, are unknown instead of failing.")
    var template = false

    func validate() throws {
        guard (0...100).contains(minScore) else {
            throw ValidationError(Terminal.language.catalog.text(.cliMinScoreRange))
        }
        guard !paths.isEmpty else { throw ValidationError(Terminal.language.catalog.text(.cliCheckNeedsInput)) }
    }

    func run() throws {
        let output = OutputOption.file(output)
        guard let format = ReporterFormat<Formats>.chosen(format, output: output) else { throw ExitCode(2) }
        do {
            for written in [output, share].compactMap({ $0 }) {
                try OutputSafety.check(output: written, inputs: paths + [ruleOptions.config].compactMap { $0 })
            }
        } catch let error as ProfileLintError {
            throw ExitCode(error.printAndExitCode())
        }
        let setup = try ruleOptions.makeSetup(inputs: paths)
        let (rules, language, linter) = (setup.rules, setup.language, setup.linter)
        let reader = InputReader(limits: setup.configuration.limits, forcedFormat: inputFormat)
        let department: String?
        do {
            department = try self.department.map { try Self.department(named: $0, in: setup.configuration) }
        } catch let error as ProfileLintError {
            throw ExitCode(error.printAndExitCode())
        }

        var reports: [ProfileReport] = []
        var errors: [InputError] = []
        var card: String?
        for path in paths {
            let outcomes = reader.read(path: path)
            if outcomes.isEmpty {
                // `[]` or a JSON Lines file of blank lines: nothing was checked, which is not a pass.
                let message = CatalogMessage(.cliNoProfilesFound, ["path": .text(path == "-" ? "<stdin>" : path)])
                errors.append(InputError(source: path, line: message))
                Terminal.writeError(message: message.rendered(in: language), in: language)
            }
            for outcome in outcomes {
                switch outcome {
                case .success(let input):
                    var profile = template ? input.profile.asTemplate() : input.profile
                    if let department { profile.department = department }
                    let report = linter.lint(profile, source: input.source, format: input.format)
                    if share != nil { card = ProfileCard.card(for: profile, report: report) }
                    reports.append(report)
                case .failure(let error):
                    errors.append(InputError(source: path, error: error))
                    Terminal.writeError(message: error.message(in: language), in: language)
                }
            }
        }

        if let share {
            guard reports.count == 1, let card else {
                if errors.isEmpty {
                    Terminal.writeError(message: language.catalog.text(.cliShareNeedsOneProfile, ["paths": paths.joined(separator: ", "), "count": String(reports.count)]))
                }
                throw ExitCode(2)
            }
            do {
                try AtomicFileWriter.write(card, to: share)
            } catch let error as ProfileLintError {
                throw ExitCode(error.printAndExitCode())
            }
            Terminal.writeError(language.catalog.text(.cliWroteCard, ["path": share]))
        }

        let run = CheckRun(profiles: reports, errors: errors, rules: rules, language: language)
        let reporter = format.reporter.init(options: ReporterOptions(language: language, colour: output == nil && Terminal.wantsColour, failOn: failOn))
        let report = reporter.report(run)
        if let output {
            do {
                try AtomicFileWriter.write(report, to: output)
            } catch let error as ProfileLintError {
                throw ExitCode(error.printAndExitCode(in: language))
            }
            Terminal.writeError(language.catalog.text(one: .cliWroteCheckOne, other: .cliWroteCheckOther, count: reports.count, ["path": output]))
        } else {
            try Terminal.write(report)
        }

        // Say why the exit code is 1 when it is the score, not a rule, that falls short.
        for report in reports where report.score < minScore {
            Terminal.writeError(language.catalog.text(.cliBelowMinimumScore, ["source": report.source, "score": String(report.score), "minimum": String(minScore)]))
        }
        if !errors.isEmpty { throw ExitCode(2) }
        let fallsShort = reports.contains { report in
            report.score < minScore || report.results.contains { $0.status == .fail && $0.severity >= failOn }
        }
        if fallsShort { throw ExitCode(1) }
    }

    /// The configured department called `name` (case-insensitive), as the configuration spells it; any name
    /// when the configuration lists no departments, and a usage error with a "did you mean" otherwise.
    static func department(named name: String, in configuration: Configuration) throws -> String {
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { throw ProfileLintError.usage(CatalogMessage(.cliDepartmentNeedsName)) }
        let departments = configuration.organisation?.departments ?? []
        guard !departments.isEmpty else { return trimmed }
        if let found = configuration.organisation?.department(named: trimmed) { return found.name }
        let names = departments.map(\.name)
        let hint = trimmed.closest(in: names).map { CatalogMessage(.hintDidYouMean, ["suggestion": .text($0)]) }
            ?? CatalogMessage(.hintItLists, ["items": .text(names.map { "'\($0)'" }.joined(separator: ", "))])
        let file: CatalogMessage.Argument = configuration.file.map { .text($0) } ?? .message(CatalogMessage(.cliTheConfiguration))
        throw ProfileLintError.usage(CatalogMessage(.cliNoSuchDepartment, ["name": .text(trimmed), "file": file, "hint": .message(hint)]))
    }
}
