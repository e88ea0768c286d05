import Foundation
import Testing
@testable import ProfileLint

/// A fixed run for golden files: the JSON fixtures under their repository-relative paths (so the
/// goldens are the same on every machine), a synthetic profile whose name needs escaping in every
/// format and that has an unknown key, and an input that cannot be read.
enum GoldenRun {
    static let fixtures = ["jan-jansen-incomplete.json", "pieter-bakker-advanced.json", "sanne-de-vries-all-star.json"]

    static func make(language: ReportLanguage = .english) throws -> CheckRun {
        let rules = try RuleLoader().loadDefaultRules()
        let linter = Linter(rules: rules, language: language)
        let reader = InputReader()
        var inputs: [(display: String, bytes: [UInt8])] = try fixtures.map { name in
            let relative = "Fixtures/profiles/" + name
            return (relative, [UInt8](try Data(contentsOf: URL(fileURLWithPath: Repository.path(relative)))))
        }
        inputs.append(("inline/draft, 100% <R&D>.json", Array("{\n  \"headline\": \"Engineer \\\"R&D\\\" <lab>\",\n  \"nickname\": \"x\"\n}\n".utf8)))
        inputs.append(("inline/broken.json", Array("{\"headline\": 42}".utf8)))
        var profiles: [ProfileReport] = []
        var errors: [InputError] = []
        for input in inputs {
            for outcome in reader.read(bytes: input.bytes, display: input.display) {
                switch outcome {
                case .success(let read): profiles.append(linter.lint(read.profile, source: read.source, format: read.format))
                case .failure(let error): errors.append(InputError(source: input.display, error: error))
                }
            }
        }
        return CheckRun(profiles: profiles, errors: errors, rules: rules, language: language)
    }
}

@Suite struct ReporterGoldenTests {
    @Test(arguments: ReportersList.check.map { $0.identifier })
    func reporterOutputMatchesItsGoldenFile(identifier: String) throws {
        let type = try #require(ReportersList.checkReporter(identifier: identifier))
        let reporter = type.init(options: ReporterOptions())
        let run = try GoldenRun.make()
        #expect(run.profiles.count == 4 && run.errors.count == 1, "the golden run lost an input")
        let output = reporter.report(run)
        let golden = "Tests/ProfileLintTests/Reporters/Golden/check.\(identifier).\(type.fileExtensions.first ?? "txt")"
        let stale = Repository.compareGenerated(output, with: golden)
        #expect(stale == nil, Comment(rawValue: stale ?? ""))
    }

    @Test(arguments: ReportersList.check.map { $0.identifier })
    func reporterIsDeterministic(identifier: String) throws {
        let reporter = try #require(ReportersList.checkReporter(identifier: identifier)).init(options: ReporterOptions())
        #expect(reporter.report(try GoldenRun.make()) == reporter.report(try GoldenRun.make()))
    }
}
