import Foundation
import Testing
@testable import ProfileLint

@Suite struct RulesAndExplainCommandTests {
    @Test func rulesListsEveryDefaultRuleWithCategorySeverityWeightAndAllStar() throws {
        let output = try CLIRunner.run(["rules"])
        #expect(output.status == 0)
        #expect(output.stderr.isEmpty)
        let lines = output.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("RULE") == true)
        let rules = try RuleLoader().loadDefaultRules()
        for rule in rules {
            let line = try #require(lines.first { $0.hasPrefix(rule.id + " ") }, "no line for \(rule.id)")
            let cells = line.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
            #expect(Array(cells.prefix(5)) == [rule.id, rule.category.rawValue, rule.severity.rawValue, String(rule.weight), rule.allStar ? "yes" : "no"])
            #expect(line.hasSuffix(rule.description.english))
        }
        #expect(output.stdout.contains("\(rules.count) rules, total weight \(rules.reduce(0) { $0 + $1.weight })."))
    }

    @Test func rulesShowsTheRulesOfAnotherFolder() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("profilelint-rules-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let photo = try String(contentsOfFile: Repository.path("Rules/photo.yml"), encoding: .utf8)
        try photo.replacingOccurrences(of: "id: photo", with: "id: portrait")
            .write(to: folder.appendingPathComponent("portrait.yml"), atomically: true, encoding: .utf8)
        let output = try CLIRunner.run(["rules", "--rules", folder.path, "--format", "json"])
        #expect(output.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        let rules = try #require(json["rules"] as? [[String: Any]])
        #expect(rules.map { $0["id"] as? String } == ["portrait"])
        #expect(rules.first?["severity"] as? String == "error")
        #expect(rules.first?["category"] as? String == "completeness")
        #expect(rules.first?["weight"] as? Int == 10)
        #expect(rules.first?["all_star"] as? Bool == true)
        #expect(rules.first?["help"] as? String == "https://github.com/profilelint/profilelint/blob/main/Rules/README.md#portrait")
    }

    @Test func explainShowsEverythingAboutARule() throws {
        let output = try CLIRunner.run(["explain", "photo"])
        #expect(output.status == 0)
        #expect(output.stdout.hasPrefix("photo: Profile photo\n\nThe profile has a profile photo.\n"))
        for expected in ["Why it matters:\n  Profiles with a photo", "Category:  completeness\n", "Severity:  error\n", "Weight:    10 points\n",
                         "All-Star:  yes", "Help:      https://github.com/profilelint/profilelint/blob/main/Rules/README.md#photo\n",
                         "Check:\n  present: photo\n", "Message (en):    There is no profile photo.\n",
                         "Suggestion (en): Add a professional profile photo", "  passes:  {\"photo\":true}\n",
                         "  fails:   {}\n", "  unknown: {\"photo\":null}\n"] {
            #expect(output.stdout.contains(expected), "missing \(expected)")
        }
    }

    @Test func explainRendersNestedChecksAndTheChosenLanguage() throws {
        let output = try CLIRunner.run(["explain", "headline", "--lang", "nl"])
        #expect(output.status == 0)
        #expect(output.stdout.contains("Controle:\n  all:\n    - present: headline\n      message: {en: \"There is no headline.\", nl: \"Er is geen kop.\", fr: \"Il n'y a pas de titre.\"}\n"))
        #expect(output.stdout.contains("Melding (nl):   De kop kan beter.\n"))
        #expect(output.stdout.contains("Suggestie (nl): Schrijf een kop"))
        #expect(output.stdout.contains("Waarom het ertoe doet:\n  De kop staat overal op LinkedIn naast de naam"))
    }

    @Test func explainOfAnUnknownRuleSuggestsTheClosestAndExitsTwo() throws {
        let output = try CLIRunner.run(["explain", "headlne"])
        #expect(output.status == 2)
        #expect(output.stdout.isEmpty)
        #expect(output.stderr == "error: unknown rule 'headlne'; did you mean 'headline'?\n")
        let far = try CLIRunner.run(["explain", "zzzzzz"])
        #expect(far.status == 2)
        #expect(far.stderr == "error: unknown rule 'zzzzzz'\n")
    }

    @Test func explainWithoutARuleIsAUsageError() throws {
        let output = try CLIRunner.run(["explain"])
        #expect(output.status == 2)
        #expect(output.stderr.contains("Missing expected argument '<rule>'"))
    }

    @Test(arguments: [[], ["check"], ["batch"], ["init"], ["rules"], ["explain"]])
    func everyCommandsHelpHasExamples(command: [String]) throws {
        let output = try CLIRunner.run(command + ["--help"])
        #expect(output.status == 0)
        #expect(output.stdout.contains("Examples:\n  profilelint"), "\(command) --help has no Examples section")
    }
}
