import ArgumentParser
import Foundation
import ProfileLint

/// Where the front end writes, and what the terminal supports.
enum Terminal {
    /// Writes `text` to standard output as is; when that fails (a full disk), prints one error line and
    /// ends the run with exit code 2.
    static func write(_ text: String) throws {
        do {
            try FileHandle.standardOutput.write(contentsOf: Data(text.utf8))
        } catch {
            throw ExitCode(ProfileLintError.cannotWrite(path: language.catalog.text(.cliStandardOutput), reason: ReportOutputStream.reason(error)).printAndExitCode())
        }
    }

    /// Writes to standard error; a failure there has nowhere to be reported and is ignored.
    static func writeStandardError(_ text: String) {
        try? FileHandle.standardError.write(contentsOf: Data(text.utf8))
    }

    /// Writes one line to standard error.
    static func writeError(_ line: String) {
        writeStandardError(line.hasSuffix("\n") ? line : line + "\n")
    }

    /// Writes `message` as one `error: …` line in `language` (`fout: …`, `erreur : …`).
    static func writeError(message: String, in language: ReportLanguage = Terminal.language) {
        writeError(language.catalog.text(.cliErrorLine, ["message": message]))
    }

    /// Writes `message` as one `warning: …` line in `language`, after its place when it has one.
    static func writeWarning(_ message: CatalogMessage, at location: SourceLocation?, in language: ReportLanguage) {
        let line = language.catalog.text(.cliWarningLine, ["message": message.rendered(in: language)])
        writeError((location.map { $0.description + ": " } ?? "") + line)
    }

    /// The language of the front end's own lines before a command has read its configuration: `--lang`
    /// when the arguments give a known one, else the locale (`LC_ALL`, `LC_MESSAGES`, `LANG`), else English.
    static let language: ReportLanguage = language(arguments: Array(CommandLine.arguments.dropFirst()),
                                                   environment: ProcessInfo.processInfo.environment)

    /// The language `arguments` ask for with `--lang nl` or `--lang=nl`, else the one of `environment`.
    static func language(arguments: [String], environment: [String: String]) -> ReportLanguage {
        for (index, argument) in arguments.enumerated() {
            if argument == "--" { break }
            let value: String?
            if argument == "--lang" {
                value = index + 1 < arguments.count ? arguments[index + 1] : nil
            } else if argument.hasPrefix("--lang=") {
                value = String(argument.dropFirst("--lang=".count))
            } else {
                continue
            }
            if let code = value, let language = ReportLanguage(rawValue: code) { return language }
        }
        return ReportLanguage.fromEnvironment(environment)
    }

    /// Whether standard output is a terminal that wants colour (`NO_COLOR` unset, `TERM` not `dumb`).
    static var wantsColour: Bool {
        let environment = ProcessInfo.processInfo.environment
        if let noColour = environment["NO_COLOR"], !noColour.isEmpty { return false }
        if environment["TERM"] == "dumb" { return false }
        return isatty(STDOUT_FILENO) == 1
    }

    /// Whether standard error is a terminal (for progress bars).
    static var standardErrorIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }
}

/// Errors raised by the front end are printed as one line and end the run with exit code 2.
struct ReportedFailure: Error {}

extension ProfileLintError {
    /// Prints this error as one `error: …` line in `language` and returns the exit code for it.
    func printAndExitCode(in language: ReportLanguage = Terminal.language) -> ExitCodeValue {
        Terminal.writeError(message: message(in: language), in: language)
        return 2
    }
}

typealias ExitCodeValue = Int32
