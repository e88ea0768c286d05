import ArgumentParser
import Foundation
import ProfileLint

/// `profilelint batch`: score a whole workforce and map its network.
struct BatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: "Score a workforce and build the organisation's network coverage map.",
        discussion: """
        Reads folders (recursively: every LinkedIn export folder or ZIP is one employee), JSON Lines files and \
        single profiles, plus an optional roster. One unreadable input is listed and the others are scored; \
        the exit code is then 2.

        Examples:
          profilelint batch Fixtures/workforce --roster Fixtures/workforce/roster.csv
          profilelint batch exports/ --format html --output workforce.html
          profilelint batch everyone.jsonl --format json --output 2026-11.json --baseline 2026-10.json
          profilelint batch exports/ --format csv --output mail-merge.csv --per-employee pages/
          profilelint batch exports/ --format html --output workforce.html --history history.db
        """
    )

    /// The output formats of `batch`: ``ReportersList/workforce``.
    enum Formats: ReporterFamily {
        static let members = ReportersList.workforce
        static func described(_ member: any WorkforceReporter.Type) -> any Reporter.Type { member }
    }

    @Argument(help: ArgumentHelp("Folders, export ZIPs, JSON Lines files or profiles.", valueName: "path"), completion: .file())
    var paths: [String] = []

    @Option(name: .long, help: ArgumentHelp("CSV with employee_id,name,department,profile (profile relative to the roster; empty = no export yet).", valueName: "file"), completion: .file(extensions: ["csv"]))
    var roster: String?

    @Option(name: .long, help: ReporterFormat<Formats>.help)
    var format: ReporterFormat<Formats>?

    @Option(name: .long, help: ArgumentHelp("Write the report to this file (atomically) instead of standard output ('-').", valueName: "file"), completion: .file())
    var output: String?

    @Option(name: .long, help: ArgumentHelp("Also write one Markdown page of suggestions per employee into this folder.", valueName: "dir"), completion: .directory)
    var perEmployee: String?

    @Option(name: .long, help: ArgumentHelp("A previous 'batch --format json' report: show the change per department and rule.", valueName: "file"), completion: .file(extensions: ["json"]))
    var baseline: String?

    @Option(name: .long, help: ArgumentHelp("A SQLite run history: record this run's figures in it and show the trend over every recorded run.", valueName: "file"), completion: .file(extensions: ["db", "sqlite"]))
    var history: String?

    @Option(name: .long, help: ArgumentHelp("Worker threads (default: one per core).", valueName: "n"))
    var jobs: Int?

    @Flag(name: .long, inversion: .prefixedNo, help: "Show a progress bar on standard error when it is a terminal.")
    var progress = true

    @Flag(name: [.customLong("anonymise"), .customLong("anonymize")],
          help: "For a board: department figures instead of employee ids, names and ranked lists (text, json, html).")
    var anonymise = false

    @OptionGroup var ruleOptions: RuleOptions

    func validate() throws {
        guard !paths.isEmpty || roster != nil else {
            throw ValidationError(Terminal.language.catalog.text(.cliBatchNeedsInput))
        }
        if let jobs, jobs < 1 { throw ValidationError(Terminal.language.catalog.text(.cliJobsAtLeastOne)) }
        // Checked before any work: otherwise every employee's page fails on its own line.
        if anonymise, perEmployee != nil {
            throw ValidationError(Terminal.language.catalog.text(.cliAnonymiseWithPages))
        }
        if let perEmployee {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: perEmployee, isDirectory: &isFolder), !isFolder.boolValue {
                throw ValidationError(Terminal.language.catalog.text(.cliPerEmployeeIsFile, ["path": perEmployee]))
            }
        }
    }

    func run() throws {
        let output = OutputOption.file(output)
        guard let format = ReporterFormat<Formats>.chosen(format, output: output) else { throw ExitCode(2) }
        if anonymise, format.reporter.isOnlyPerEmployee {
            Terminal.writeError(message: Terminal.language.catalog.text(.cliAnonymiseFormat, ["format": format.reporter.identifier]))
            throw ExitCode(2)
        }
        let setup = try ruleOptions.makeSetup(inputs: paths + (roster.map { [$0] } ?? []), announce: true)
        let limits = setup.configuration.limits
        let loadedRoster: Roster?
        let loadedBaseline: Baseline?
        do {
            loadedRoster = try roster.map { try Roster.load($0, limits: limits) }
            loadedBaseline = try baseline.map { try Baseline.load($0, limits: limits) }
            // Every file read is an input, the roster's profiles included; checked before any work.
            if let output {
                let read = paths + [roster, baseline, history, ruleOptions.config].compactMap { $0 } + (loadedRoster?.entries.compactMap(\.profile) ?? [])
                try OutputSafety.check(output: output, inputs: read)
            }
        } catch let error as ProfileLintError {
            throw ExitCode(error.printAndExitCode(in: setup.language))
        }

        let stream: ReportOutputStream
        let openedHistory: HistoryStore?
        do {
            // Opened last of the inputs: it holds the history's lock until the run is recorded.
            openedHistory = try history.map { try HistoryStore.open($0) }
            stream = try output.map { try ReportOutputStream(path: $0) } ?? ReportOutputStream()
        } catch let error as ProfileLintError {
            throw ExitCode(error.printAndExitCode(in: setup.language))
        }

        var bar = ProgressBar(enabled: progress && Terminal.standardErrorIsTerminal, catalog: setup.language.catalog)
        var writePage: (@Sendable (EmployeeRecord) -> String?)?
        if let perEmployee {
            let pages = EmployeePageReporter(language: setup.language)
            writePage = { record in
                let path = (perEmployee as NSString).appendingPathComponent(EmployeePageReporter.fileName(for: record))
                do {
                    try AtomicFileWriter.write(pages.page(record), to: path)
                    return nil
                } catch {
                    return (error as? ProfileLintError)?.message(in: setup.language) ?? "\(path): \(error)"
                }
            }
        }
        let runner = BatchRunner(linter: setup.linter, limits: limits, workers: jobs ?? ProcessInfo.processInfo.activeProcessorCount)
        let reporter = format.reporter.init(options: ReporterOptions(language: setup.language))
        let report: WorkforceReport
        let pageErrors: [String]
        do {
            (report, pageErrors) = try runner.run(paths: paths, roster: loadedRoster, reporter: reporter, to: stream, baseline: loadedBaseline, history: openedHistory, anonymise: anonymise,
                                                  pages: writePage, progress: { bar.update($0) })
            bar.finish()
            if report.summary.employees == 0 && report.errors.isEmpty && pageErrors.isEmpty {
                // An empty folder, or one of other files only: a report of zeros would look like a result.
                stream.discard()
                openedHistory?.abandon()
                Terminal.writeError(message: setup.language.catalog.text(.cliNoProfilesFound, ["path": paths.joined(separator: ", ")]), in: setup.language)
                throw ExitCode(2)
            }
            try stream.commit()
        } catch let error as ProfileLintError {
            stream.discard()
            throw ExitCode(error.printAndExitCode(in: setup.language))
        }

        for error in report.errors {
            Terminal.writeError(message: error.message(in: setup.language) + (error.employee.map { " (\($0))" } ?? ""), in: setup.language)
        }
        for message in pageErrors { Terminal.writeError(message: message, in: setup.language) }
        if let output { Terminal.writeError(setup.language.catalog.text(one: .cliWroteBatchOne, other: .cliWroteBatchOther, count: report.summary.employees, ["path": output])) }
        if !report.errors.isEmpty || !pageErrors.isEmpty { throw ExitCode(2) }
    }
}
