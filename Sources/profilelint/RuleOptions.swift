import ArgumentParser
import Foundation
import ProfileLint

/// Options shared by every command that evaluates rules.
struct RuleOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Use the rules in this folder instead of the built-in ones.", valueName: "dir"))
    var rules: String?

    @Option(name: .long, help: ArgumentHelp("Language of messages and suggestions (default: from LANG, else en).", valueName: "lang"))
    var lang: ReportLanguage?

    /// The language to report in: `--lang`, else the locale environment, else English.
    var language: ReportLanguage {
        lang ?? ReportLanguage.fromEnvironment(ProcessInfo.processInfo.environment)
    }

    /// Loads the rules: from `--rules`, else the defaults compiled into the binary.
    func loadRules(limits: Limits) throws -> [Rule] {
        let loader = RuleLoader(limits: limits)
        if let rules { return try loader.loadDirectory(rules) }
        return try loader.loadDefaultRules()
    }
}

extension ReportLanguage: ExpressibleByArgument {}
extension Severity: ExpressibleByArgument {}
extension InputFormat: ExpressibleByArgument {}
