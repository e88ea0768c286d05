import Foundation
import Testing

/// French end to end through the built binary: every command a user runs prints no English label.
@Suite struct FrenchCommandTests {
    static let profile = "Fixtures/profiles/jan-jansen-incomplete.json"

    @Test func checkWithLangFRIsFrench() throws {
        let output = try CLIRunner.run(["check", "--lang", "fr", Self.profile])
        #expect(output.status == 1)
        #expect(output.stdout.contains("score 29/100 · débutant · 5 réussies, 11 échouées, 7 inconnues"))
        #expect(output.stdout.contains("error: [photo] Il n'y a pas de photo de profil."))
        #expect(output.stdout.contains("Suggestions, par gain décroissant\u{00A0}:"))
        #expect(output.stdout.contains("+10 points\u{00A0}: Rédigez un titre de 220 caractères au plus"))
        #expect(EnglishLabels.found(in: output.stdout) == [])
    }

    @Test func checkTakesFrenchFromABelgianLocale() throws {
        let output = try CLIRunner.run(["check", Self.profile], environment: ["LANG": "fr_BE.UTF-8"])
        #expect(output.stdout.contains("Il n'y a pas de photo de profil."))
        #expect(EnglishLabels.found(in: output.stdout) == [])
    }

    @Test(arguments: [("fr", "RÈGLE", "Le profil a une photo de profil.", "23 règles, poids total"),
                       ("nl", "REGEL", "Het profiel heeft een profielfoto.", "23 regels, totaal gewicht")])
    func rulesAreListedInTheChosenLanguage(code: String, header: String, description: String, footer: String) throws {
        let output = try CLIRunner.run(["rules", "--lang", code])
        #expect(output.status == 0)
        #expect(output.stdout.hasPrefix(header))
        #expect(output.stdout.contains(description) && output.stdout.contains(footer))
        // The first column holds the rule ids, which are names, not words.
        let withoutIDs = output.stdout.replacingOccurrences(of: "(?m)^\\S+", with: "", options: .regularExpression)
        #expect(EnglishLabels.found(in: withoutIDs) == [])
    }

    @Test func explainWithLangFRIsFrench() throws {
        let output = try CLIRunner.run(["explain", "headline", "--lang", "fr"])
        #expect(output.status == 0)
        #expect(output.stdout.hasPrefix("headline: Titre\n"))
        #expect(output.stdout.contains("Message (fr)\u{00A0}:    Le titre est à améliorer.\n"))
        // The check and its examples stay in rule-file syntax, which holds the English texts; only the prose is checked.
        let prose = output.stdout.components(separatedBy: "Vérification\u{00A0}:").first ?? ""
        let texts = output.stdout.components(separatedBy: "Exemples\u{00A0}:").first?.components(separatedBy: "\n\nMessage").last ?? ""
        #expect(EnglishLabels.found(in: prose + texts) == [])
    }

    @Test func batchHTMLWithLangFRIsFrench() throws {
        let (stderr, html, report) = try Self.workforceHTML(language: "fr")
        #expect(stderr.contains("\(report) écrit (40 collaborateurs)"))
        #expect(html.contains("<html lang=\"fr\">"))
        #expect(html.contains("Rapport sur le personnel"))
        #expect(html.contains(">70,9<"), "averages use the French decimal comma")
        // Only the text people read: no style sheet, no markup, no rule ids or paths (`<code>`).
        var visible = html.replacingOccurrences(of: "<style>[^<]*</style>|<code>[^<]*</code>", with: "", options: .regularExpression)
        visible = visible.replacingOccurrences(of: "<[^>]+>", with: "\n", options: .regularExpression)
        #expect(EnglishLabels.found(in: visible) == [])
    }

    /// The README's quick-start workforce report in `language`: what the command printed on
    /// standard error, the page, and the path it was written to (in a folder removed afterwards).
    static func workforceHTML(language: String) throws -> (stderr: String, html: String, path: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("profilelint-\(language)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let report = folder.appendingPathComponent("report.html").path
        let output = try CLIRunner.run(["batch", "--config", "Fixtures/workforce/.profilelint.yml", "--roster", "Fixtures/workforce/roster.csv",
                                        "Fixtures/workforce/batches", "--format", "html", "--lang", language, "--output", report, "--no-progress"])
        return (output.stderr, try String(contentsOfFile: report, encoding: .utf8), report)
    }
}
