import Foundation
import Testing
@testable import ProfileLint

/// A Dutch or French user reads the tool's error lines in their language (issue 13, item 15): the
/// `error:` prefix, what is wrong, and profilelint's own argument errors.
@Suite struct LocalizedErrorTests {
    @Test func aDutchUserGetsADutchErrorLineForABrokenFile() throws {
        let output = try CLIRunner.run(["check", "Fixtures/hostile/truncated.json"], environment: ["LANG": "nl_NL.UTF-8"])
        #expect(output.status == 2)
        #expect(output.stderr == "fout: Fixtures/hostile/truncated.json:1:35: ongeldige JSON: tekenreeks zonder einde\n")
    }

    @Test func aFrenchUserGetsAFrenchErrorLineForABrokenFileWithLang() throws {
        let output = try CLIRunner.run(["check", "--lang", "fr", "Fixtures/hostile/wrong-type-headline.json"])
        #expect(output.status == 2)
        #expect(output.stderr == "erreur\u{00A0}: Fixtures/hostile/wrong-type-headline.json:1:36: attendu une chaîne, trouvé un nombre (à $.headline)\n")
    }

    @Test(arguments: [("nl_NL.UTF-8", "fout: --min-score moet tussen 0 en 100 liggen; zie 'profilelint check --help'\n"),
                      ("fr_FR.UTF-8", "erreur\u{00A0}: --min-score doit être entre 0 et 100\u{00A0}; voir «\u{00A0}profilelint check --help\u{00A0}»\n")])
    func aUsageErrorIsOneLineInTheUsersLanguage(locale: String, expected: String) throws {
        let output = try CLIRunner.run(["check", "--min-score", "200", "Fixtures/profiles"], environment: ["LANG": locale])
        #expect(output.status == 2)
        #expect(output.stderr == expected)
    }

    @Test func aMistypedCommandIsAnsweredInTheLanguageOfLang() throws {
        let output = try CLIRunner.run(["chek", "x.json", "--lang", "nl"])
        #expect(output.status == 2)
        #expect(output.stderr.hasPrefix("fout: onbekende opdracht 'chek'"))
    }

    @Test func aConfigurationErrorFollowsTheLocale() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pl-config-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let config = folder.appendingPathComponent("config.yml").path
        try "rules:\n  headlin: off\n".write(toFile: config, atomically: true, encoding: .utf8)
        let output = try CLIRunner.run(["check", "--config", config, "Fixtures/profiles/jan-jansen-incomplete.json"], environment: ["LANG": "fr_BE.UTF-8"])
        #expect(output.status == 2)
        #expect(output.stderr.hasPrefix("erreur\u{00A0}: " + config))
        #expect(output.stderr.contains("configuration non valide, clé «\u{00A0}rules.headlin\u{00A0}»\u{00A0}: pas de règle «\u{00A0}headlin\u{00A0}»\u{00A0}; vouliez-vous dire «\u{00A0}headline\u{00A0}»\u{00A0}?"))
    }

    /// The inputs of the hostile corpus: its files and folders, without its own documentation.
    static let hostileInputs: [String] = {
        let folder = Repository.path("Fixtures/hostile")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { !["README.md", "generate.py", "generate-pdf.sh", "source", "fuzz-regressions"].contains($0) && !$0.hasPrefix(".") }.sorted()
            .map { "Fixtures/hostile/" + $0 }
    }()

    /// The words of `line` that are profilelint's own: without quoted parts (names from the input) and
    /// technical names such as `limits.max_depth`.
    static func ownWords(_ line: String) -> [String] {
        // poppler's own words for a damaged PDF (`(Syntax Error: …)`) are shown as it writes them, like the system's.
        var text = line.replacing(#/\((Syntax|Internal|I/O|Permission) (Error|Warning)[^)]*\)/#, with: " ")
        for pattern in [#"\[[^\]]*\]"#, #"'[^']*'"#, #"«[^»]*»"#, #""[^"]*""#, #"`[^`]*`"#, #"[\w./$\[\]-]*[./_$][\w./$\[\]-]*"#] {
            text = text.replacing(try! Regex(pattern), with: " ")
        }
        return text.split { !$0.isLetter }.map { $0.lowercased() }.filter { $0.count >= 3 }
    }

    /// Words that only English uses: those of the English texts that `language`'s catalog never uses.
    static func englishOnlyWords(besides language: ReportLanguage) -> Set<String> {
        func words(_ catalog: MessageCatalog) -> Set<String> {
            // Placeholder names are the same in every language, so they are left out.
            Set(catalog.messages.values.flatMap { $0.replacing(#/\{[^}]*\}/#, with: " ").split { !$0.isLetter }.map { $0.lowercased() } })
        }
        return words(.english).subtracting(words(language.catalog))
    }

    @Test(arguments: [ReportLanguage.dutch, .french])
    func noEnglishWordLeaksIntoTheErrorLinesOfTheHostileCorpus(language: ReportLanguage) throws {
        #expect(Self.hostileInputs.count > 20)
        let english = Self.englishOnlyWords(besides: language)
        #expect(english.contains("cannot") && english.contains("found"))
        var checked = 0
        for input in Self.hostileInputs {
            let output = try CLIRunner.run(["check", "--lang", language.rawValue, input])
            let warningLabel = language.catalog.text(.severityWarning)
            let lines = output.stderr.split(separator: "\n") + output.stdout.split(separator: "\n").filter { $0.contains(warningLabel + ": [") }
            for line in lines {
                let leaked = Self.ownWords(String(line)).filter(english.contains)
                #expect(leaked.isEmpty, "\(input): English \(leaked) in: \(line)")
                checked += 1
            }
        }
        #expect(checked >= Self.hostileInputs.count - 2, "nearly every hostile input gives an error or a warning line")
    }
}
