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
            throw ExitCode(ProfileLintError.cannotWrite(path: "standard output", reason: ReportOutputStream.reason(error)).printAndExitCode())
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
    /// Prints this error as `error: …` and returns the exit code for it.
    func printAndExitCode() -> ExitCodeValue {
        Terminal.writeError("error: " + (errorDescription ?? "\(self)"))
        return 2
    }
}

typealias ExitCodeValue = Int32
