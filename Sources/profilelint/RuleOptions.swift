import ArgumentParser
import Foundation
import ProfileLint

/// Options shared by every command that evaluates rules: rules folder, language and configuration.
struct RuleOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Use the rules in this folder instead of the built-in ones.", valueName: "dir"), completion: .directory)
    var rules: String?

    @Option(name: .long, help: ArgumentHelp("Language of messages, suggestions and reports: "
                                                 + MessageCatalog.all.map { "\($0.code) (\($0.name))" }.joined(separator: ", ")
                                                 + " (default: the configuration's, else from LANG, else en).", valueName: "lang"))
    var lang: ReportLanguage?

    @Option(name: .long, help: ArgumentHelp("Organisation configuration (default: .profilelint.yml in this folder or a parent).", valueName: "file"), completion: .file(extensions: ["yml", "yaml"]))
    var config: String?

    /// Loads the configuration, the rules with its overrides, and the linter; prints configuration warnings.
    ///
    /// Without `--config`, the configuration is looked up from the current folder upward, then from
    /// the folder of each of `inputs` upward; `announce` prints which one is used (or that none is).
    /// Errors are printed as one line and turned into exit code 2.
    func makeSetup(inputs: [String] = [], announce: Bool = false) throws -> LintSetup {
        do {
            let configuration: Configuration
            let used: String?
            if let config {
                configuration = try ConfigurationLoader.load(config)
                used = config
            } else if let found = ConfigurationLoader.find(from: FileManager.default.currentDirectoryPath, inputs: inputs) {
                configuration = try ConfigurationLoader.load(found)
                used = Self.shown(found)
            } else {
                configuration = Configuration()
                used = nil
            }
            let loader = RuleLoader(limits: configuration.limits)
            let base = try rules.map { try loader.loadDirectory($0) } ?? loader.loadDefaultRules()
            let applied = try configuration.applied(to: base, loader: loader)
            let language = lang ?? configuration.language ?? ReportLanguage.fromEnvironment(ProcessInfo.processInfo.environment)
            for warning in configuration.warnings {
                Terminal.writeWarning(warning.message, at: warning.location, in: language)
            }
            if announce {
                let catalog = language.catalog
                Terminal.writeError(catalog.text(.cliNoteLine, ["message": used.map { catalog.text(.cliConfigurationUsed, ["path": $0]) } ?? catalog.text(.cliNoConfiguration)]))
            }
            return LintSetup(
                configuration: configuration,
                rules: applied,
                language: language,
                linter: Linter(rules: applied, organisation: configuration.organisation, language: language,
                               minimumCheckedShare: configuration.minimumCheckedShare, wordLists: configuration.wordLists)
            )
        } catch let error as ProfileLintError {
            throw ExitCode(error.printAndExitCode())
        }
    }
}

extension RuleOptions {
    /// `path` relative to the current folder when it is inside it.
    static func shown(_ path: String) -> String {
        InputFile.shown(path, relativeTo: FileManager.default.currentDirectoryPath)
    }
}

/// What a command needs to lint: the configuration, the rules after overrides, the language and the linter.
struct LintSetup {
    var configuration: Configuration
    var rules: [Rule]
    var language: ReportLanguage
    var linter: Linter
}

extension ReportLanguage: ExpressibleByArgument {}
extension Severity: ExpressibleByArgument {}
extension InputFormat: ExpressibleByArgument {}
