import Foundation
import Testing
@testable import ProfileLint

/// Validates `--format sarif` output against the official SARIF 2.1.0 schema (JSON Schema
/// draft-04) with Python's `jsonschema`, as GitHub code scanning would reject an invalid upload.
///
/// The schema ships with the tests (`Schemas/sarif-schema-2.1.0.json`, OASIS's published file,
/// unchanged), so a plain `swift test` validates. Like the browser and pre-commit tests, the test
/// fails with what to install when Python's `jsonschema` is missing (`.ci/install-test-tools`),
/// unless `PROFILELINT_SKIP_SARIF_SCHEMA=1`.
@Suite struct SARIFSchemaTests {
    static let skipped = ProcessInfo.processInfo.environment["PROFILELINT_SKIP_SARIF_SCHEMA"] == "1"

    static var schemaPath: String {
        Repository.path("Tests/ProfileLintTests/Reporters/Schemas/sarif-schema-2.1.0.json")
    }

    static let validator = """
    import json, sys
    try:
        import jsonschema
    except ImportError:
        print("python3 cannot import jsonschema: run .ci/install-test-tools (pip install jsonschema)")
        sys.exit(3)
    schema = json.load(open(sys.argv[1], encoding="utf-8"))
    validator = jsonschema.Draft4Validator(schema)
    failed = False
    for path in sys.argv[2:]:
        for error in sorted(validator.iter_errors(json.load(open(path, encoding="utf-8"))), key=lambda e: list(e.path)):
            failed = True
            print("%s: %s at %s" % (path, error.message, "/".join(str(p) for p in error.absolute_path)))
    sys.exit(1 if failed else 0)
    """

    /// SARIF documents covering results with and without regions, notifications and an empty run.
    static func documents() throws -> [(String, String)] {
        let golden = try GoldenRun.make()
        let dutch = try GoldenRun.make(language: .dutch)
        let clean = CheckRun(profiles: golden.profiles.filter { $0.score == 100 }, errors: [], rules: golden.rules, language: .english)
        let empty = CheckRun(profiles: [], errors: [], rules: [], language: .english)
        // Findings on the pages of a profile PDF: no line, a page and a section.
        var pages = golden
        for profile in pages.profiles.indices {
            for result in pages.profiles[profile].results.indices {
                pages.profiles[profile].results[result].location = SourceLocation(file: "Profile.pdf", path: "Experience", page: result % 3 + 1)
            }
        }
        return [("golden", golden), ("dutch", dutch), ("clean", clean), ("empty", empty), ("pdf-pages", pages)].map { ($0.0, SARIFReporter().report($0.1)) }
    }

    @Test(.enabled(if: !skipped, "PROFILELINT_SKIP_SARIF_SCHEMA=1"))
    func sarifOutputIsValidAgainstTheSARIF210Schema() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("profilelint-sarif-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var files: [String] = []
        for (name, text) in try Self.documents() {
            let file = folder.appendingPathComponent(name + ".sarif").path
            try text.write(toFile: file, atomically: true, encoding: .utf8)
            files.append(file)
        }
        let output = try ExternalTool.run(["python3", "-c", Self.validator, Self.schemaPath] + files)
        #expect(output.status == 0, "SARIF output does not match the schema:\n\(output.stdout)\(output.stderr)")
    }
}
