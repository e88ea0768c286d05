import Foundation
import Testing
@testable import ProfileLint

/// Profile cards: `check --share card.json` writes one, `batch` reads them like any other input.
@Suite(.serialized) struct ProfileCardTests {
    static let config = "workforce/.profilelint.yml"

    static func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any], "not JSON: \(text.prefix(200))")
    }

    /// A copy of the fixture workforce with one card per employee made by `check --share`, and a roster of the cards.
    static func workforceWithCards() throws -> String {
        let root = try HistoryCommandTests.workforceCopy()
        let cards = root + "/workforce/cards"
        try FileManager.default.createDirectory(atPath: cards, withIntermediateDirectories: true)
        // The new hires' JSON Lines: one card per line, each carrying the employee's id.
        let lines = try String(contentsOfFile: root + "/workforce/batches/new-hires.jsonl", encoding: .utf8).split(separator: "\n")
        for (index, line) in lines.enumerated() where !line.isEmpty {
            try String(line).write(toFile: root + "/workforce/new-hire-\(index).json", atomically: true, encoding: .utf8)
            let made = try CLIRunner.run(["check", "--config", config, "workforce/new-hire-\(index).json", "--share", "workforce/cards/new-hire-\(index).json"], in: root)
            #expect(made.status != 2, "\(made.stderr)")
        }
        var roster = ["employee_id,name,department,profile"]
        for row in try String(contentsOfFile: root + "/workforce/roster.csv", encoding: .utf8).split(separator: "\n").dropFirst() {
            let cells = row.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            var profile = cells[3]
            if !profile.isEmpty {
                let made = try CLIRunner.run(["check", "--config", config, "workforce/" + profile, "--share", "workforce/cards/\(cells[0]).json"], in: root)
                // The broken file makes no card: the cards' roster keeps it, so that both batches have its error.
                if made.status != 2 { profile = "cards/\(cells[0]).json" }
            }
            roster.append([cells[0], cells[1], cells[2], profile].joined(separator: ","))
        }
        try (roster.joined(separator: "\n") + "\n").write(toFile: root + "/workforce/cards-roster.csv", atomically: true, encoding: .utf8)
        return root
    }

    @Test func batchOnTheCardsGivesTheWorkforceFiguresOfTheExports() throws {
        let root = try Self.workforceWithCards()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let fromExports = try CLIRunner.run(["batch", "--config", Self.config, "--roster", "workforce/roster.csv", "workforce/batches",
                                             "--format", "json", "--no-progress"], in: root)
        let fromCards = try CLIRunner.run(["batch", "--config", Self.config, "--roster", "workforce/cards-roster.csv", "workforce/cards",
                                           "--format", "json", "--no-progress"], in: root)
        #expect(fromCards.status == 2, "the broken file is still an error: \(fromCards.stderr)")
        let exports = try Self.json(fromExports.stdout)
        let cards = try Self.json(fromCards.stdout)
        // Summary, rules, improvements, departments, employer presence and groups: the same figures.
        for key in ["summary", "rules", "improvements", "departments"] {
            #expect(NSDictionary(dictionary: ["k": exports[key] ?? NSNull()]) == NSDictionary(dictionary: ["k": cards[key] ?? NSNull()]), "\(key) differs")
        }
        let exportCoverage = try #require(exports["coverage"] as? [String: Any])
        let cardCoverage = try #require(cards["coverage"] as? [String: Any])
        for key in ["employer_presence", "groups", "group_members", "top_groups"] {
            #expect(NSDictionary(dictionary: ["k": exportCoverage[key] ?? NSNull()]) == NSDictionary(dictionary: ["k": cardCoverage[key] ?? NSNull()]), "coverage.\(key) differs")
        }
        // The reference model's figures (Fixtures/workforce/generate.py --expected).
        let summary = try #require(cards["summary"] as? [String: Any])
        #expect(summary["scored"] as? Int == 35 && summary["average_score"] as? Double == 67.0)
        // Every employee's score and level.
        func scores(_ report: [String: Any]) -> [String: String] {
            var scores: [String: String] = [:]
            for employee in report["employees"] as? [[String: Any]] ?? [] {
                scores[employee["id"] as? String ?? ""] = "\(employee["score"] ?? "-") \(employee["level"] ?? "-")"
            }
            return scores
        }
        #expect(scores(exports).count == 40)
        #expect(scores(exports) == scores(cards))
        // Reach: each card's connections are its own, so a connection two employees share counts twice, never less.
        let exportReach = try #require((exportCoverage["reach"] as? [String: Any])?["distinct_connections"] as? Int)
        let cardReach = try #require((cardCoverage["reach"] as? [String: Any])?["distinct_connections"] as? Int)
        #expect(exportReach == 363 && cardReach >= exportReach)
    }

    @Test func aCardHoldsNoTextsContactsOrConnectionNames() throws {
        let root = try HistoryCommandTests.workforceCopy()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let made = try CLIRunner.run(["check", "workforce/exports/E002", "--share", "card.json"], in: root)
        #expect(made.stderr.contains("wrote the profile card card.json: send it to HR"))
        let card = try String(contentsOfFile: root + "/card.json", encoding: .utf8)
        let object = try Self.json(card)
        #expect(object["profilelint_card"] as? Int == ProfileCard.version)
        #expect(object["current_employer"] as? String == "Acme Logistics")
        let facts = try #require(object["facts"] as? [String: Any])
        #expect(facts["about"] as? Int == 370, "the About section's length, not its text")
        // The export's own texts: its name, About, a position description, a connection's name, e-mail addresses.
        let export = root + "/workforce/exports/E002"
        let profileCSV = try String(contentsOfFile: export + "/Profile.csv", encoding: .utf8)
        #expect(!card.contains("Daan"), "no name")
        #expect(!card.contains("@"), "no e-mail address")
        #expect(!card.contains("I work at Acme Logistics"), "no About text")
        let connections = try String(contentsOfFile: export + "/Connections.csv", encoding: .utf8).split(separator: "\n")
        let firstName = try #require(connections.first { $0.contains("Globex") }?.split(separator: ",").first)
        #expect(!card.contains(String(firstName)), "no connection's name")
        #expect(profileCSV.contains("Daan"))
    }

    @Test func aCardIsValidAgainstItsSchema() throws {
        if ProcessInfo.processInfo.environment["PROFILELINT_SKIP_SARIF_SCHEMA"] == "1" { return }
        let root = try HistoryCommandTests.workforceCopy()
        defer { try? FileManager.default.removeItem(atPath: root) }
        for (index, input) in ["workforce/exports/E002", "workforce/profiles/E001.json", "workforce/resumes/E026.resume.json"].enumerated() {
            let made = try CLIRunner.run(["check", input, "--share", "card-\(index).json"], in: root)
            #expect(made.status != 2, "\(made.stderr)")
            let validated = try ExternalTool.run(["python3", "-c", """
                import json, sys, jsonschema
                schema = json.load(open(sys.argv[1]))
                jsonschema.Draft202012Validator.check_schema(schema)
                jsonschema.Draft202012Validator(schema).validate(json.load(open(sys.argv[2])))
                """, Repository.path("Sources/ProfileLint/Formats/profile-card.schema.json"), root + "/card-\(index).json"])
            #expect(validated.status == 0, "jsonschema (pip install jsonschema): \(validated.combined)")
        }
    }

    @Test(arguments: [
        (#"{"profilelint_card": 2, "facts": {}}"#, "card.json:1:22: profile card version 2 is not one this profilelint reads (1) (at $.profilelint_card)"),
        (#"{"profilelint_card": 1}"#, "card.json:1:1: a profile card without its \"facts\" (at $.facts)"),
        (#"{"profilelint_card": 1, "facts": {"about": "long"}}"#, "card.json:1:44: expected a whole number, \"absent\" or null but found a string (at $.facts.about)"),
    ])
    func aWrongCardIsOneLineAndTheBatchGoesOn(card: String, message: String) throws {
        let root = try HistoryCommandTests.workforceCopy()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createDirectory(atPath: root + "/cards", withIntermediateDirectories: true)
        try card.write(toFile: root + "/cards/card.json", atomically: true, encoding: .utf8)
        let good = try CLIRunner.run(["check", "workforce/exports/E002", "--share", "cards/good.json"], in: root)
        #expect(good.status == 0, "\(good.stderr)")
        let batch = try CLIRunner.run(["batch", "cards", "--format", "json", "--no-progress"], in: root)
        #expect(batch.status == 2)
        let errors = batch.stderr.split(separator: "\n").filter { $0.hasPrefix("error:") }
        #expect(errors == ["error: cards/\(message)"], "\(batch.stderr)")
        let report = try Self.json(batch.stdout)
        #expect((report["summary"] as? [String: Any])?["scored"] as? Int == 1, "the good card is still scored")
    }

    @Test func shareRefusesToWriteOverAnInputAndNeedsOneProfile() throws {
        let root = try HistoryCommandTests.workforceCopy()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let path = root + "/workforce/profiles/E001.json"
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let over = try CLIRunner.run(["check", "workforce/profiles/E001.json", "--share", "workforce/profiles/E001.json"], in: root)
        #expect(over.status == 2)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        let two = try CLIRunner.run(["check", "workforce/profiles/E001.json", "workforce/profiles/E007.json", "--share", "card.json"], in: root)
        #expect(two.status == 2)
        #expect(two.stderr.contains("--share writes the card of one profile"), "\(two.stderr)")
        #expect(!FileManager.default.fileExists(atPath: root + "/card.json"))
    }
}
