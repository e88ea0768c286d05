import Foundation
import Testing
@testable import ProfileLint

/// Escaping and location rules of the machine-readable formats, each on a hand-made run.
@Suite struct ReporterEscapingTests {
    static func rule(_ id: String = "headline", severity: Severity = .error) throws -> Rule {
        let rules = try RuleLoader().loadDefaultRules()
        var rule = try #require(rules.first { $0.id == id })
        rule.severity = severity
        return rule
    }

    static func run(message: String, suggestion: String? = "Fix it.", severity: Severity = .error, status: RuleStatus = .fail,
                    location: ProfileLint.SourceLocation?, source: String = "profiles/a.json", errors: [InputError] = []) throws -> CheckRun {
        let result = RuleResult(rule: "headline", status: status, severity: severity, weight: 10, message: message,
                                suggestion: status == .fail ? suggestion : nil, location: location, allStar: false)
        let report = ProfileReport(source: source, format: .profile, name: "A <B> & \"C\"", employeeID: nil, department: nil,
                                   score: 0, level: .beginner, results: [result], suggestions: [], warnings: [])
        return CheckRun(profiles: [report], errors: errors, rules: [try rule(severity: severity)], language: .english)
    }

    static func parseJSON(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    // MARK: JUnit

    @Test func junitEscapesXMLSpecialCharactersInAttributesAndText() throws {
        let run = try Self.run(message: "Use <b> & \"quotes\" 'here'\nnext line", location: ProfileLint.SourceLocation(file: "profiles/a&b.json", line: 2, column: 3))
        let xml = JUnitReporter().report(run)
        #expect(xml.contains("message=\"Use &lt;b&gt; &amp; &quot;quotes&quot; &apos;here&apos;&#10;next line\""))
        #expect(xml.contains(">profiles/a&amp;b.json:2:3: Use &lt;b&gt; &amp; \"quotes\" 'here'\nnext line\nFix it.</failure>"))
        #expect(xml.contains("<property name=\"name\" value=\"A &lt;B&gt; &amp; &quot;C&quot;\"/>"))
        #expect(!xml.contains("<b>"))
    }

    @Test func junitReplacesCharactersXMLCannotHold() {
        #expect(JUnitReporter.text("a\u{0}b\u{1B}c\td") == "a\u{FFFD}b\u{FFFD}c\td")
        #expect(JUnitReporter.attribute("a\tb\rc") == "a&#9;b&#13;c")
    }

    @Test func junitCountsFailuresAndSkipsAndReportsInputErrors() throws {
        var run = try Self.run(message: "m", location: nil)
        let unknown = RuleResult(rule: "photo", status: .unknown, severity: .error, weight: 10, message: "Not known.",
                                 suggestion: nil, location: nil, allStar: true)
        let pass = RuleResult(rule: "skills", status: .pass, severity: .warning, weight: 6, message: nil,
                              suggestion: nil, location: nil, allStar: true)
        run.profiles[0].results += [unknown, pass]
        run.errors = [InputError(source: "bad.json", message: "bad.json:1:1: invalid JSON")]
        let xml = JUnitReporter().report(run)
        #expect(xml.contains("<testsuites name=\"profilelint\" tests=\"4\" failures=\"1\" errors=\"1\" skipped=\"1\">"))
        #expect(xml.contains("<testsuite name=\"profiles/a.json\" tests=\"3\" failures=\"1\" errors=\"0\" skipped=\"1\">"))
        #expect(xml.contains("<skipped message=\"Not known.\"/>"))
        #expect(xml.contains("<testcase name=\"skills (profiles/a.json)\" classname=\"profilelint.skills\" file=\"profiles/a.json\"/>"))
        #expect(xml.contains("<error message=\"bad.json:1:1: invalid JSON\" type=\"input-error\">"))
    }

    // MARK: GitHub Actions

    @Test func githubEscapesPercentAndNewlinesInTheMessage() throws {
        let run = try Self.run(message: "100% done\r\nnot ::error::injected", suggestion: nil, location: ProfileLint.SourceLocation(file: "p.json", line: 4, column: 2))
        let output = GitHubActionsReporter().report(run)
        #expect(output.contains("::error file=p.json,line=4,col=2,title=profilelint headline::100%25 done%0D%0Anot ::error::injected\n"))
        // Every command stays on one line.
        #expect(output.split(separator: "\n").filter { $0.hasPrefix("::") }.count == 1)
    }

    @Test func githubEscapesColonsAndCommasInProperties() {
        #expect(GitHubActionsReporter.escapeProperty("a,b:c%d\ne") == "a%2Cb%3Ac%25d%0Ae")
        #expect(GitHubActionsReporter.escapeData("a,b:c%d\re") == "a,b:c%25d%0De")
    }

    @Test func githubOmitsLineAndColumnWhenUnknownAndMapsSeverities() throws {
        let withoutLine = GitHubActionsReporter().report(try Self.run(message: "m", suggestion: nil, severity: .info,
                                                                      location: ProfileLint.SourceLocation(file: "dir, x/p.json")))
        #expect(withoutLine.contains("::notice file=dir%2C x/p.json,title=profilelint headline::m\n"))
        #expect(GitHubActionsReporter.command(for: .error) == "error")
        #expect(GitHubActionsReporter.command(for: .warning) == "warning")
        #expect(GitHubActionsReporter.command(for: .info) == "notice")
    }

    @Test func githubLeavesOutUnknownResultsAndReportsInputErrors() throws {
        let run = try Self.run(message: "Not known.", status: .unknown, location: ProfileLint.SourceLocation(file: "p.json", line: 1, column: 1),
                               errors: [InputError(source: "bad.json", message: "bad.json:1:2: invalid JSON")])
        let output = GitHubActionsReporter().report(run)
        #expect(!output.contains("Not known."))
        #expect(output.hasSuffix("::error file=bad.json::bad.json:1:2: invalid JSON\n"))
    }

    // MARK: SARIF

    @Test func sarifOmitsTheRegionWhenTheLineIsUnknown() throws {
        let sarif = try Self.parseJSON(SARIFReporter().report(try Self.run(message: "m", location: ProfileLint.SourceLocation(file: "p.json", path: "$.headline"))))
        let result = try #require(((sarif["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]])?.first)
        let location = try #require((result["locations"] as? [[String: Any]])?.first)
        let physical = try #require(location["physicalLocation"] as? [String: Any])
        #expect(physical["region"] == nil)
        #expect((physical["artifactLocation"] as? [String: Any])?["uri"] as? String == "p.json")
        let logical = (location["logicalLocations"] as? [[String: Any]])?.first
        #expect(logical?["fullyQualifiedName"] as? String == "$.headline")
    }

    @Test func sarifGivesLineAndColumnWhenKnown() throws {
        let text = SARIFReporter().report(try Self.run(message: "m", severity: .info, location: ProfileLint.SourceLocation(file: "p.json", line: 3, column: 15)))
        let sarif = try Self.parseJSON(text)
        let run = try #require((sarif["runs"] as? [[String: Any]])?.first)
        #expect(run["columnKind"] as? String == "unicodeCodePoints")
        let result = try #require((run["results"] as? [[String: Any]])?.first)
        #expect(result["level"] as? String == "note")
        #expect(result["ruleIndex"] as? Int == 0)
        let region = ((result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])?["region"] as? [String: Any]
        #expect(region?["startLine"] as? Int == 3)
        #expect(region?["startColumn"] as? Int == 15)
    }

    @Test func sarifReportsInputErrorsAsFailedExecution() throws {
        let run = try Self.run(message: "m", status: .pass, location: nil,
                               errors: [InputError(source: "bad file.json", message: "bad file.json: cannot read: no such file")])
        let sarif = try Self.parseJSON(SARIFReporter().report(run))
        let first = try #require((sarif["runs"] as? [[String: Any]])?.first)
        #expect((first["results"] as? [Any])?.isEmpty == true)
        let invocation = try #require((first["invocations"] as? [[String: Any]])?.first)
        #expect(invocation["executionSuccessful"] as? Bool == false)
        let notification = try #require((invocation["toolExecutionNotifications"] as? [[String: Any]])?.first)
        #expect(notification["level"] as? String == "error")
        #expect((notification["message"] as? [String: Any])?["text"] as? String == "bad file.json: cannot read: no such file")
        let uri = (((notification["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])?["artifactLocation"] as? [String: Any])?["uri"]
        #expect(uri as? String == "bad%20file.json")
    }

    @Test(arguments: [
        ("profiles/a.json", "profiles/a.json"),
        ("my profiles/100%.json", "my%20profiles/100%25.json"),
        ("c:weird/x.json", "c%3Aweird/x.json"),
        ("dir/a:b.json", "dir/a:b.json"),
        ("café.json", "caf%C3%A9.json"),
    ])
    func sarifURIsStayRelativeAndArePercentEncoded(path: String, uri: String) {
        #expect(SARIFReporter.uri(path) == uri)
    }

    @Test func sarifLevelsFollowSeverity() {
        #expect(SARIFReporter.level(.error) == "error")
        #expect(SARIFReporter.level(.warning) == "warning")
        #expect(SARIFReporter.level(.info) == "note")
    }
}
