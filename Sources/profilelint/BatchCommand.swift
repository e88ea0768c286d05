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
        """
    )

    /// The output formats of `batch`.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, csv, html
    }

    @Argument(help: ArgumentHelp("Folders, export ZIPs, JSON Lines files or profiles.", valueName: "path"))
    var paths: [String] = []

    @Option(name: .long, help: ArgumentHelp("CSV with employee_id,name,department,profile (profile relative to the roster; empty = no export yet).", valueName: "file"))
    var roster: String?

    @Option(name: .long, help: "Output format.")
    var format: Format = .text

    @Option(name: .long, help: ArgumentHelp("Write the report to this file (atomically) instead of standard output.", valueName: "file"))
    var output: String?

    @Option(name: .long, help: ArgumentHelp("Also write one Markdown page of suggestions per employee into this folder.", valueName: "dir"))
    var perEmployee: String?

    @Option(name: .long, help: ArgumentHelp("A previous 'batch --format json' report: show the change per department and rule.", valueName: "file"))
    var baseline: String?

    @Option(name: .long, help: ArgumentHelp("Worker threads (default: one per core).", valueName: "n"))
    var jobs: Int?

    @Flag(name: .long, inversion: .prefixedNo, help: "Show a progress bar on standard error when it is a terminal.")
    var progress = true

    @OptionGroup var ruleOptions: RuleOptions

    func validate() throws {
        guard !paths.isEmpty || roster != nil else {
            throw ValidationError("Give folders, files or a --roster to score.")
        }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1.") }
    }

    func run() throws {
        let setup = try ruleOptions.makeSetup()
        let limits = setup.configuration.limits
        let loadedRoster: Roster?
        let loadedBaseline: Baseline?
        do {
            loadedRoster = try roster.map { try Roster.load($0, limits: limits) }
            loadedBaseline = try baseline.map { try Baseline.load($0, limits: limits) }
        } catch let error as ProfileLintError {
            throw ExitCode(error.printAndExitCode())
        }

        let stream: ReportOutputStream
        let employeeSpool: ReportOutputStream?
        do {
            stream = try output.map { try ReportOutputStream(path: $0) } ?? ReportOutputStream()
            employeeSpool = format == .json ? try ReportOutputStream.scratch() : nil
        } catch let error as ProfileLintError {
            throw ExitCode(error.printAndExitCode())
        }

        let jsonReporter = WorkforceJSONReporter()
        let csvReporter = WorkforceCSVReporter()
        if format == .csv { stream.write(csvReporter.header) }
        var bar = ProgressBar(enabled: progress && Terminal.standardErrorIsTerminal, catalog: setup.language.catalog)

        var employeeOutput = BatchRunner.EmployeeOutput()
        switch format {
        case .csv: employeeOutput.line = { record, output in output.append(csvReporter.row(record)) }
        case .json:
            let separator = jsonReporter.separator
            employeeOutput.line = { record, output in
                output.append(separator)
                jsonReporter.employee(record, into: output)
            }
        case .text, .html: break
        }
        if let perEmployee {
            let pages = EmployeePageReporter(language: setup.language)
            employeeOutput.page = { record in
                let path = (perEmployee as NSString).appendingPathComponent(EmployeePageReporter.fileName(for: record))
                do {
                    try AtomicFileWriter.write(pages.page(record), to: path)
                    return nil
                } catch {
                    return (error as? ProfileLintError)?.errorDescription ?? "\(path): \(error)"
                }
            }
        }
        let runner = BatchRunner(linter: setup.linter, limits: limits, workers: jobs ?? ProcessInfo.processInfo.activeProcessorCount)
        var firstEntry = true
        let (aggregator, pageErrors) = runner.run(paths: paths, roster: loadedRoster, output: employeeOutput, progress: { bar.update($0) }) { bytes in
            guard !bytes.isEmpty else { return }
            if format == .csv {
                stream.write(bytes)
            } else {
                // Every JSON entry starts with a separator; the first one's is dropped.
                let skipped = firstEntry ? jsonReporter.separator.utf8.count : 0
                bytes.withUnsafeBytes { employeeSpool?.write(bytes: UnsafeBufferPointer(rebasing: $0.dropFirst(skipped))) }
                firstEntry = false
            }
        }
        bar.finish()

        var report = aggregator.report()
        report.trend = loadedBaseline?.trend(to: report)
        do {
            switch format {
            case .text:
                stream.write(WorkforceTextReporter(language: setup.language).report(report))
            case .json:
                stream.write(jsonReporter.head(report))
                try employeeSpool?.copy(to: stream)
                stream.write(jsonReporter.tail)
            case .csv:
                break
            case .html:
                stream.write(WorkforceHTMLReporter(language: setup.language).report(report))
            }
            try stream.commit()
        } catch let error as ProfileLintError {
            stream.discard()
            throw ExitCode(error.printAndExitCode())
        }

        for error in report.errors { Terminal.writeError("error: " + error.message) }
        for message in pageErrors { Terminal.writeError("error: " + message) }
        if let output { Terminal.writeError(setup.language.catalog.text(one: .cliWroteBatchOne, other: .cliWroteBatchOther, count: report.summary.employees, ["path": output])) }
        if !report.errors.isEmpty || !pageErrors.isEmpty { throw ExitCode(2) }
    }
}
