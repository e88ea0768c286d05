import ArgumentParser
import Dispatch
import Foundation
import Logging
import ProfileLint
import ProfileLintServer
#if canImport(Glibc)
import Glibc
#endif

/// `profilelint serve`: the employee page and the HR dashboard, over the same library as the other commands.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve a page where employees check their profile, and an HR dashboard.",
        discussion: """
        Uploads are read in memory and dropped when the answer is sent. Only the HR password's hash (and,
        later, cards employees choose to share) are written, under --data. Stops gracefully on SIGTERM or Ctrl-C.

        Examples:
          profilelint serve --config Fixtures/workforce/.profilelint.yml --roster Fixtures/workforce/roster.csv
          profilelint serve --set-hr-password --data /var/lib/profilelint
        """
    )

    @Option(name: .long, help: ArgumentHelp("The organisation configuration.", valueName: "file"), completion: .file())
    var config: String?

    @Option(name: .long, help: ArgumentHelp("The roster employees share their card against (employee_id, name, department, profile[, email]).", valueName: "file"), completion: .file())
    var roster: String?

    @Option(name: .long, help: "The address to listen on.")
    var host: String = "127.0.0.1"

    @Option(name: .long, help: "The port to listen on (0: any free port).")
    var port: Int = 8080

    @Option(name: .long, help: ArgumentHelp("Where the HR password's hash and shared cards are kept.", valueName: "dir"), completion: .directory)
    var data: String = "profilelint-data"

    @Flag(name: .long, help: "The server is behind a TLS reverse proxy: cookies get the Secure attribute, and the client address for rate limits is the last one the proxy adds to X-Forwarded-For.")
    var behindTLS = false

    @Option(name: .long, help: "Uploads allowed per client address and minute.")
    var uploadsPerMinute: Int = 30

    @Flag(name: .long, help: "Set the HR password (read from the terminal or standard input) and exit.")
    var setHrPassword = false

    @Option(name: .long, help: "The language of the command's own messages (en, nl or fr).")
    var lang: ReportLanguage?

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError(Terminal.language.catalog.text(.cliPortRange)) }
        guard uploadsPerMinute >= 1 else { throw ValidationError(Terminal.language.catalog.text(.cliUploadsPerMinute)) }
    }

    func run() throws {
        let language = lang ?? ReportLanguage.fromEnvironment(ProcessInfo.processInfo.environment)
        let catalog = language.catalog
        let settings = ServerSettings(host: host, port: port, dataDirectory: data, behindTLS: behindTLS, uploadsPerMinute: uploadsPerMinute)
        if setHrPassword {
            try setPassword(settings, language)
            return
        }
        let engine: ServerEngine
        do {
            engine = try ServerEngine(configPath: config, rosterPath: roster)
        } catch let error as ProfileLintError {
            throw ExitCode(error.printAndExitCode(in: language))
        }
        var logger = Logger(label: "profilelint.serve")
        logger.logLevel = ProcessInfo.processInfo.environment["LOG_LEVEL"].flatMap(Logger.Level.init(rawValue:)) ?? .info
        let server = ProfileServer(settings: settings, engine: engine)
        let finished = DispatchSemaphore(value: 0)
        let failure = FailureBox()
        let host = self.host
        Task.detached {
            do {
                try await server.run(logger: logger) { port in
                    Terminal.writeError(catalog.text(.cliNoteLine, ["message": catalog.text(.serverListening, ["host": host, "port": String(port)])]))
                }
            } catch {
                failure.set(String(describing: error))
            }
            finished.signal()
        }
        finished.wait()
        if let message = failure.message {
            Terminal.writeError(message: message, in: language)
            throw ExitCode(2)
        }
    }

    func setPassword(_ settings: ServerSettings, _ language: ReportLanguage) throws {
        let catalog = language.catalog
        let minimum = String(HRPassword.minimumLength)
        let password: String?
        if isatty(0) != 0 {
            password = getpass(catalog.text(.serverPasswordPrompt, ["minimum": minimum])).map { String(cString: $0) }
        } else {
            password = readLine(strippingNewline: true)
        }
        guard let password, password.count >= HRPassword.minimumLength else {
            Terminal.writeError(message: catalog.text(.serverPasswordTooShort, ["minimum": minimum]), in: language)
            throw ExitCode(2)
        }
        do {
            try FileManager.default.createDirectory(atPath: settings.dataDirectory, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
            let hash = try HRPassword(hashing: password)
            try AtomicFileWriter.write(hash.encoded + "\n", to: settings.passwordFile)
            try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: settings.passwordFile)
        } catch let error as ProfileLintError {
            throw ExitCode(error.printAndExitCode(in: language))
        } catch {
            throw ExitCode(ProfileLintError.cannotWrite(path: settings.passwordFile, reason: ReportOutputStream.reason(error)).printAndExitCode(in: language))
        }
        try Terminal.write(catalog.text(.serverPasswordSaved, ["path": settings.passwordFile]) + "\n")
    }
}

/// The error a detached server task ended with, read after it signalled.
private final class FailureBox: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: String?

    var message: String? { lock.withLock { stored } }

    func set(_ message: String) {
        lock.withLock { stored = message }
    }
}
