import Foundation
import Testing

@Suite struct CheckCommandTests {
    @Test func incompleteProfileShowsScoreLevelAndRankedSuggestionsAndExitsOne() throws {
        let output = try CLIRunner.run(["check", "Fixtures/profiles/jan-jansen-incomplete.json"])
        #expect(output.status == 1)
        #expect(output.stdout.contains("score 29/100 · beginner"))
        #expect(output.stdout.contains("Fixtures/profiles/jan-jansen-incomplete.json:3:15: error: [headline] The headline only repeats the job title."))
        let suggestions = output.stdout.components(separatedBy: "Suggestions, best gain first:\n").last ?? ""
        let gains = suggestions.split(separator: "\n").compactMap { line -> Int? in
            guard let plus = line.firstIndex(of: "+"), let space = line[plus...].firstIndex(of: " ") else { return nil }
            return Int(line[line.index(after: plus)..<space])
        }
        #expect(gains.count == 11)
        #expect(gains == gains.sorted(by: >), "suggestions are not best gain first: \(gains)")
        #expect(suggestions.contains("+10 points: Add a professional profile photo"))
    }

    @Test func allStarProfileExitsZero() throws {
        let output = try CLIRunner.run(["check", "Fixtures/profiles/sanne-de-vries-all-star.json"])
        #expect(output.status == 0)
        #expect(output.stdout.contains("score 100/100 · all-star"))
    }

    @Test func dutchMessagesWithLangNL() throws {
        let output = try CLIRunner.run(["check", "--lang", "nl", "Fixtures/profiles/jan-jansen-incomplete.json"])
        #expect(output.stdout.contains("Suggesties, grootste winst eerst:"))
        #expect(output.stdout.contains("Er is geen profielfoto."))
    }

    @Test func languageComesFromTheLocaleEnvironment() throws {
        let output = try CLIRunner.run(["check", "Fixtures/profiles/jan-jansen-incomplete.json"], environment: ["LANG": "nl_NL.UTF-8"])
        #expect(output.stdout.contains("Er is geen profielfoto."))
    }

    @Test func malformedProfileGivesOneLineAndExitTwo() throws {
        let output = try CLIRunner.run(["check", "-"], stdin: "{\"headline\": \"x\",\n \"skills\": [1,}")
        #expect(output.status == 2)
        #expect(output.stderr == "error: <stdin>:2:15: invalid JSON: expected a value but found '}'\n")
    }

    @Test func wrongTypeNamesTheKeyAndPosition() throws {
        let output = try CLIRunner.run(["check", "-"], stdin: "{\"headline\": 42}")
        #expect(output.status == 2)
        #expect(output.stderr == "error: <stdin>:1:14: expected a string but found a number (at $.headline)\n")
    }

    @Test func brokenRuleFileGivesOneLineAndExitTwo() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("profilelint-rules-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let rule = try String(contentsOfFile: Repository.path("Rules/skills.yml"), encoding: .utf8)
            .replacingOccurrences(of: "min-count: {field: skills, value: 5}", with: "min-cuont: {field: skills, value: 5}")
        try rule.write(to: folder.appendingPathComponent("skills.yml"), atomically: true, encoding: .utf8)
        let output = try CLIRunner.run(["check", "--rules", folder.path, "Fixtures/profiles/jan-jansen-incomplete.json"])
        #expect(output.status == 2)
        #expect(output.stderr.hasSuffix("skills.yml:25:3: invalid rule, key 'check.min-cuont': unknown check 'min-cuont'; did you mean 'min-count'?\n"))
        #expect(output.stderr.split(separator: "\n").count == 1)
    }

    @Test func minScoreTurnsAPassingProfileIntoAFailure() throws {
        let output = try CLIRunner.run(["check", "--min-score", "90", "Fixtures/profiles/pieter-bakker-advanced.json"])
        #expect(output.status == 1)
        let passing = try CLIRunner.run(["check", "--min-score", "80", "Fixtures/profiles/pieter-bakker-advanced.json"])
        #expect(passing.status == 0)
    }

    @Test func failOnWarningFailsOnWarnings() throws {
        let output = try CLIRunner.run(["check", "--fail-on", "warning", "Fixtures/profiles/pieter-bakker-advanced.json"])
        #expect(output.status == 1)
    }

    @Test func usageErrorsExitTwo() throws {
        let output = try CLIRunner.run(["check", "--min-score", "101", "Fixtures/profiles/pieter-bakker-advanced.json"])
        #expect(output.status == 2)
        #expect(output.stderr == "error: --min-score must be between 0 and 100; see 'profilelint check --help'\n")
    }

    @Test func worksFromAnyDirectoryWithTheEmbeddedRules() throws {
        let output = try CLIRunner.run(["check", Repository.path("Fixtures/profiles/sanne-de-vries-all-star.json")], in: "/")
        #expect(output.status == 0)
        #expect(output.stdout.contains("22 passed, 0 failed, 1 unknown"))
    }

    @Test func jsonOutputHasTheDocumentedKeys() throws {
        let output = try CLIRunner.run(["check", "--format", "json", "Fixtures/profiles/jan-jansen-incomplete.json", "missing.json"])
        #expect(output.status == 2)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        let profiles = try #require(object["profiles"] as? [[String: Any]])
        let errors = try #require(object["errors"] as? [[String: Any]])
        #expect(profiles.count == 1)
        #expect(errors.count == 1 && errors[0]["source"] as? String == "missing.json")
        let profile = profiles[0]
        for key in ["source", "format", "score", "level", "results"] { #expect(profile[key] != nil, "missing \(key)") }
        #expect(profile["score"] as? Int == 29)
        #expect(profile["level"] as? String == "beginner")
        let results = try #require(profile["results"] as? [[String: Any]])
        #expect(results.count == 23)
        for key in ["rule", "status", "severity", "weight", "message", "suggestion"] { #expect(results[0][key] != nil, "missing \(key)") }
        let photo = try #require(results.first { $0["rule"] as? String == "photo" })
        #expect(photo["status"] as? String == "fail")
        #expect(photo["suggestion"] as? String == "Add a professional profile photo (a clear, recent head-and-shoulders picture).")
    }

    @Test func aMistypedCommandIsNamedWithASuggestion() throws {
        let output = try CLIRunner.run(["chek", "Fixtures/profiles/jan-jansen-incomplete.json"])
        #expect(output.status == 2)
        #expect(output.stdout == "")
        #expect(output.stderr == "error: unknown command 'chek'; did you mean 'check'?\n")
    }

    /// Argument errors look like the tool's own: one `error:` line, exit 2.
    @Test(arguments: [
        (["check", "--min-score", "-5", "x.json"], "error: --min-score must be between 0 and 100; see 'profilelint check --help'"),
        (["check", "--format", "pdf", "x.json"], "error: The value 'pdf' is invalid for '--format <format>'"),
        (["batch"], "error: Give folders, files or a --roster to score; see 'profilelint batch --help'"),
    ])
    func argumentErrorsAreOneErrorLine(arguments: [String], start: String) throws {
        let output = try CLIRunner.run(arguments)
        #expect(output.status == 2)
        #expect(output.stderr.hasPrefix(start), "\(output.stderr)")
        #expect(output.stderr.split(separator: "\n").count == 1)
    }
}
