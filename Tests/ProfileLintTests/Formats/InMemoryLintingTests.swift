import Foundation
import Testing
import ProfileLint  // not @testable: what a front end in this package can call

/// A second front end (a web page) lints an upload held in memory: no file system, no CLI, only
/// the library API, and the same result as `check` on the file.
@Suite struct InMemoryLintingTests {
    @Test(arguments: [
        ("Fixtures/linkedin/sanne-de-vries.zip", "Profile.zip"),
        ("Fixtures/json-resume/sanne-de-vries.resume.json", "resume.json"),
        ("Fixtures/profiles/jan-jansen-incomplete.json", "upload"),
    ])
    func anUploadHeldInMemoryIsLintedLikeTheFile(path: String, uploadName: String) throws {
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: Repository.path(path))))
        let linter = Linter(rules: try RuleLoader().loadDefaultRules(), language: try #require(ReportLanguage(rawValue: "fr")))
        let outcomes = InputReader().read(bytes: bytes, display: uploadName)
        #expect(outcomes.count == 1)
        let input = try outcomes[0].get()
        let report = linter.lint(input.profile, source: input.source, format: input.format)
        #expect(report.source == uploadName)

        let output = try CLIRunner.run(["check", path, "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        let profile = try #require((object["profiles"] as? [[String: Any]])?.first)
        #expect(report.shownScore == profile["score"] as? Int)
        #expect(report.shownLevel?.rawValue == profile["level"] as? String)
        #expect(report.statuses.map(\.rawValue) == (profile["results"] as? [[String: Any]])?.compactMap { $0["status"] as? String })
        // The suggestions are in the linter's language.
        #expect(report.suggestions.isEmpty || !report.suggestions[0].text.isEmpty)
    }

    @Test func aBrokenUploadIsOneErrorNamingTheUpload() {
        let outcomes = InputReader().read(bytes: Array("{\"headline\": ".utf8), display: "upload.json")
        #expect(outcomes.count == 1)
        guard case .failure(let error) = outcomes[0] else {
            Issue.record("a truncated document was read")
            return
        }
        let message = error.errorDescription ?? ""
        #expect(message.hasPrefix("upload.json:1:"))
        #expect(!message.contains("\n"))
    }
}

/// A file that is plainly something else is named as what it is, not "invalid JSON" at its first byte.
@Suite struct NonProfileInputTests {
    @Test(arguments: [
        ([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10], "export.zip", "export.zip: a JPEG image, not a profile"),
        ([UInt8](), "empty.yaml", "empty.yaml: an empty file, not a profile"),
        (Array("  \n".utf8), "blank.json", "blank.json: an empty file, not a profile"),
        ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "photo.json", "photo.json: a PNG image, not a profile"),
    ])
    func aNonProfileIsNamedForWhatItIs(bytes: [UInt8], name: String, start: String) {
        let outcomes = InputReader().read(bytes: bytes, display: name)
        #expect(outcomes.count == 1)
        guard case .failure(let error) = outcomes.first else {
            Issue.record("\(name) was read as a profile")
            return
        }
        #expect(error.errorDescription?.hasPrefix(start) == true, "\(error.errorDescription ?? "")")
    }
}
