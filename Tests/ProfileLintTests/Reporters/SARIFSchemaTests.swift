import Foundation
import Testing
@testable import ProfileLint

/// Validates `--format sarif` output against the official SARIF 2.1.0 schema (JSON Schema
/// draft-04) with Python's `jsonschema`, as GitHub code scanning would reject an invalid upload.
///
/// The schema is not vendored: the test reads it from `$PROFILELINT_SARIF_SCHEMA`, else from
/// `../shared/reference/sarif-schema-2.1.0.json` next to the repository. The README's commands must
/// work without that folder, so when the schema (or `jsonschema`) is missing the test is skipped
/// with a note saying so. `.ci/run` sets `PROFILELINT_REQUIRE_SARIF_SCHEMA=1` when it finds the schema
/// in `../shared` (a CI-only extra); then the test runs regardless and fails when the schema or
/// `jsonschema` is missing, so that CI run cannot pass without having validated the output.
@Suite struct SARIFSchemaTests {
    static let environment = ProcessInfo.processInfo.environment

    static var inCI: Bool {
        environment["PROFILELINT_REQUIRE_SARIF_SCHEMA"] == "1"
    }

    static var schemaPath: String {
        if let path = environment["PROFILELINT_SARIF_SCHEMA"], !path.isEmpty { return path }
        return Repository.root.deletingLastPathComponent().appendingPathComponent("shared/reference/sarif-schema-2.1.0.json").path
    }

    static var schemaExists: Bool { FileManager.default.fileExists(atPath: schemaPath) }

    static let jsonschemaInstalled: Bool = (try? ExternalTool.run(["python3", "-c", "import jsonschema"]).status == 0) ?? false

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
        return [("golden", golden), ("dutch", dutch), ("clean", clean), ("empty", empty)].map { ($0.0, SARIFReporter().report($0.1)) }
    }

    @Test(.enabled(if: (schemaExists && jsonschemaInstalled) || inCI,
                   "skipped outside CI: needs the SARIF schema at ../shared/reference/sarif-schema-2.1.0.json (or $PROFILELINT_SARIF_SCHEMA) and Python's jsonschema (.ci/install-test-tools)"))
    func sarifOutputIsValidAgainstTheSARIF210Schema() throws {
        guard Self.schemaExists else {
            Issue.record("PROFILELINT_REQUIRE_SARIF_SCHEMA=1 but the SARIF schema is missing at \(Self.schemaPath); set PROFILELINT_SARIF_SCHEMA")
            return
        }
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
