import Foundation

/// The `github` format: GitHub Actions workflow commands, which show findings as annotations on
/// the pull request's changed files.
///
/// Each failing rule becomes `::error`, `::warning` or `::notice` (for severity error, warning and
/// info) with `file`, `line`, `col` and `title=profilelint <rule>`, its message and suggestion as
/// the annotation text. Unknown results are not emitted; warnings about an input become
/// `::warning`, an unreadable input `::error file=…`. A plain line per profile gives its score in
/// the log. Values are escaped as GitHub's runner expects (`%`, CR and LF everywhere; `:` and `,`
/// in properties too), so a message can never end a command early or inject another one.
public struct GitHubActionsReporter: CheckReporter {
    public static let identifier = "github"
    public static let description = "for GitHub Actions annotations"
    public static let fileExtensions = ["txt"]

    /// Creates the reporter.
    public init() {}

    /// Creates the reporter; it has no options.
    public init(options: ReporterOptions) { self.init() }

    public func report(_ run: CheckRun) -> String {
        var output = ""
        let strings = ReportStrings(run.language)
        for profile in run.profiles {
            let standing: String
            switch profile.assessment.standing {
            case .assessable: standing = "\(strings.score) \(profile.score)/100, \(strings.level(profile.level))"
            case .partly: standing = "\(strings.score) \(profile.score)/100, " + strings.catalog.text(.partlyAssessable)
            case .none: standing = strings.catalog.text(.notAssessable)
            }
            let categories = profile.assessment.hasScore ? strings.categories(profile.categories, separator: ", ") : ""
            output += "profilelint: \(Self.escapeData(profile.source)): \(standing)" + (categories.isEmpty ? "" : " (\(categories))") + "\n"
            for warning in profile.warnings {
                output += Self.command("warning", location: warning.location ?? SourceLocation(file: profile.source),
                                       title: "profilelint \(warning.code)", message: warning.message.rendered(in: run.language))
            }
            for result in profile.results.filter({ $0.status == .fail }).sorted(by: TextReporter.inSourceOrder) {
                var message = result.message ?? result.rule
                if let suggestion = result.suggestion, !suggestion.isEmpty { message += "\n" + suggestion }
                output += Self.command(Self.command(for: result.severity), location: result.location ?? SourceLocation(file: profile.source),
                                       title: "profilelint \(result.rule)", message: message)
            }
        }
        for error in run.errors {
            output += Self.command("error", location: SourceLocation(file: error.source), title: nil, message: error.message(in: run.language))
        }
        return output
    }

    /// The workflow command for a failing rule of `severity`.
    public static func command(for severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "notice"
        }
    }

    static func command(_ name: String, location: SourceLocation, title: String?, message: String) -> String {
        var properties = ["file=" + escapeProperty(location.file)]
        if let line = location.line, line >= 1 {
            properties.append("line=\(line)")
            if let column = location.column, column >= 1 { properties.append("col=\(column)") }
        }
        if let title { properties.append("title=" + escapeProperty(title)) }
        return "::\(name) \(properties.joined(separator: ","))::\(escapeData(message))\n"
    }

    /// Escapes a command's message (`escapeData` in GitHub's actions/toolkit).
    static func escapeData(_ value: String) -> String {
        var output = ""
        for character in value.unicodeScalars {
            switch character {
            case "%": output += "%25"
            case "\r": output += "%0D"
            case "\n": output += "%0A"
            default: output.unicodeScalars.append(character)
            }
        }
        return output
    }

    /// Escapes a command property's value (`escapeProperty` in GitHub's actions/toolkit): the message
    /// escapes plus `:` and `,`, which separate properties.
    static func escapeProperty(_ value: String) -> String {
        escapeData(value).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
