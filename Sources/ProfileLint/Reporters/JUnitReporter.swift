/// The `junit` format: JUnit XML, for CI systems that show test reports (GitLab, Jenkins, Azure, …).
///
/// One `<testsuite>` per profile, named after its source, with one `<testcase>` per rule
/// (classname `profilelint.<rule>`): a failing rule at or above `--fail-on` (default `error`) carries
/// `<failure>` whose `type` is the rule's severity, as ESLint's and Spectral's JUnit formatters do; a
/// failing rule below it passes with the finding in `<system-out>`, and an unknown one is `<skipped>`. An input that could not be read becomes a suite with one
/// testcase carrying `<error>`. JUnit has no official specification; this follows the de facto
/// structure most readers accept (testsuites › testsuite › testcase).
public struct JUnitReporter: CheckReporter {
    public static let identifier = "junit"
    public static let description = "for CI test reports"
    public static let fileExtensions = ["xml"]

    /// The least severity that counts as a failure.
    public var failOn: Severity

    /// Creates the reporter.
    public init(failOn: Severity = .error) {
        self.failOn = failOn
    }

    /// Creates the reporter with the options' `failOn`.
    public init(options: ReporterOptions) { self.init(failOn: options.failOn) }

    public func report(_ run: CheckRun) -> String {
        var suites: [String] = []
        var totals = Counts()
        for profile in run.profiles {
            let (suite, counts) = Self.suite(profile, failOn: failOn, language: run.language)
            suites.append(suite)
            totals.add(counts)
        }
        for error in run.errors {
            suites.append(Self.errorSuite(error, language: run.language))
            totals.add(Counts(tests: 1, errors: 1))
        }
        var output = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        output += "<testsuites name=\"profilelint\"\(totals.attributes)>\n"
        for suite in suites { output += suite }
        output += "</testsuites>\n"
        return output
    }

    struct Counts {
        var tests = 0
        var failures = 0
        var errors = 0
        var skipped = 0

        mutating func add(_ other: Counts) {
            tests += other.tests
            failures += other.failures
            errors += other.errors
            skipped += other.skipped
        }

        var attributes: String {
            " tests=\"\(tests)\" failures=\"\(failures)\" errors=\"\(errors)\" skipped=\"\(skipped)\""
        }
    }

    static func suite(_ profile: ProfileReport, failOn: Severity, language: ReportLanguage) -> (String, Counts) {
        var counts = Counts()
        var cases = ""
        for result in profile.results {
            counts.tests += 1
            let file = result.location?.file ?? profile.source
            var testcase = "    <testcase name=\"\(attribute(result.rule + " (" + profile.source + ")"))\" classname=\"\(attribute("profilelint." + result.rule))\""
            testcase += " file=\"\(attribute(file))\""
            if let line = result.location?.line, line >= 1 { testcase += " line=\"\(line)\"" }
            switch result.status {
            case .pass:
                cases += testcase + "/>\n"
            case .fail where result.severity < failOn:
                // Below --fail-on the run passes, so the test case does too; the finding stays visible.
                let message = result.message ?? result.rule
                let body = (result.location?.description ?? profile.source) + ": \(result.severity.rawValue): " + message
                cases += testcase + ">\n"
                cases += "      <system-out>\(text(body))</system-out>\n"
                cases += "    </testcase>\n"
            case .fail:
                counts.failures += 1
                let message = result.message ?? result.rule
                var body = (result.location?.description ?? profile.source) + ": " + message
                if let path = result.location?.path { body += " (at \(path))" }
                if let suggestion = result.suggestion, !suggestion.isEmpty { body += "\n" + suggestion }
                cases += testcase + ">\n"
                cases += "      <failure message=\"\(attribute(message))\" type=\"\(result.severity.rawValue)\">\(text(body))</failure>\n"
                cases += "    </testcase>\n"
            case .unknown:
                counts.skipped += 1
                cases += testcase + ">\n"
                cases += "      <skipped message=\"\(attribute(result.message ?? ""))\"/>\n"
                cases += "    </testcase>\n"
            }
        }
        var suite = "  <testsuite name=\"\(attribute(profile.source))\"\(counts.attributes)>\n"
        suite += "    <properties>\n"
        if let name = profile.name { suite += property("name", name) }
        suite += property("format", profile.format.rawValue)
        if let score = profile.shownScore { suite += property("score", String(score)) }
        if let level = profile.shownLevel { suite += property("level", level.rawValue) }
        suite += property("assessment", profile.assessment.standing.rawValue)
        for category in profile.categories.applied {
            if let score = profile.categories[category].score { suite += property("score.\(category.rawValue)", String(score)) }
        }
        suite += "    </properties>\n"
        suite += cases
        if !profile.warnings.isEmpty {
            let lines = profile.warnings.map { warning in
                (warning.location?.description ?? profile.source) + ": warning: [\(warning.code)] \(warning.message.rendered(in: language))"
            }
            suite += "    <system-err>\(text(lines.joined(separator: "\n")))</system-err>\n"
        }
        suite += "  </testsuite>\n"
        return (suite, counts)
    }

    static func property(_ name: String, _ value: String) -> String {
        "      <property name=\"\(attribute(name))\" value=\"\(attribute(value))\"/>\n"
    }

    static func errorSuite(_ error: InputError, language: ReportLanguage) -> String {
        var suite = "  <testsuite name=\"\(attribute(error.source))\"\(Counts(tests: 1, errors: 1).attributes)>\n"
        suite += "    <testcase name=\"\(attribute("read (" + error.source + ")"))\" classname=\"profilelint.input\" file=\"\(attribute(error.source))\">\n"
        suite += "      <error message=\"\(attribute(error.message(in: language)))\" type=\"input-error\">\(text(error.message(in: language)))</error>\n"
        suite += "    </testcase>\n"
        suite += "  </testsuite>\n"
        return suite
    }

    /// `value` escaped for a double-quoted XML attribute; white space other than a space is kept
    /// as character references, which attribute-value normalisation would otherwise turn into spaces.
    static func attribute(_ value: String) -> String {
        escape(value, inAttribute: true)
    }

    /// `value` escaped for XML character data.
    static func text(_ value: String) -> String {
        escape(value, inAttribute: false)
    }

    /// Escapes markup characters, and replaces characters XML 1.0 cannot hold at all (most C0
    /// controls, lone surrogates cannot occur in a Swift string) with U+FFFD.
    static func escape(_ value: String, inAttribute: Bool) -> String {
        var output = ""
        output.reserveCapacity(value.utf8.count)
        for scalar in value.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"" where inAttribute: output += "&quot;"
            case "'" where inAttribute: output += "&apos;"
            case "\n" where inAttribute: output += "&#10;"
            case "\r": output += "&#13;"
            case "\t" where inAttribute: output += "&#9;"
            case "\n", "\t": output.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
                    output += "\u{FFFD}"
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        return output
    }
}
