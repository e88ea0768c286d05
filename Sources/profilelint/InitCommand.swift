import ArgumentParser
import Foundation
import ProfileLint

/// `profilelint init`: write a commented starter `.profilelint.yml`.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Write a commented starter .profilelint.yml.",
        discussion: """
        Examples:
          profilelint init
          profilelint init --output hr/.profilelint.yml
        """
    )

    @Option(name: .long, help: ArgumentHelp("Where to write it.", valueName: "file"), completion: .file())
    var output: String = ".profilelint.yml"

    @Flag(name: .long, help: "Overwrite an existing file.")
    var force = false

    func run() throws {
        let catalog = Terminal.language.catalog
        if FileManager.default.fileExists(atPath: output), !force {
            Terminal.writeError(message: catalog.text(.cliAlreadyExists, ["path": output]))
            throw ExitCode(2)
        }
        do {
            try AtomicFileWriter.write(StarterConfiguration.text, to: output)
        } catch let error as ProfileLintError {
            throw ExitCode(error.printAndExitCode())
        }
        try Terminal.write(catalog.text(.cliWroteConfiguration, ["path": output]) + "\n")
    }
}
