import Foundation
import Testing
@testable import ProfileLint

/// The batch fast path (``ImportDetail/rulesOnly``) against the full path of `check`, on every fixture:
/// the same profiles, the same facts for every rule field, the same scores, and the same errors.
///
/// Every fixture means every file of a profile format (JSON, JSON Lines, YAML, ZIP) and every folder
/// holding a file named as a LinkedIn export file (exports, broken ones included) under `Fixtures/`.
@Suite struct ImportDetailTests {
    static let inputs: [String] = {
        var inputs: [String] = []
        let root = Repository.path("Fixtures")
        guard let enumerator = FileManager.default.enumerator(atPath: root) else { return [] }
        for case let name as String in enumerator {
            if name.hasPrefix(".") || name.contains("/.") { continue }
            let path = root + "/" + name
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { continue }
            if isFolder.boolValue {
                let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
                if names.contains(where: { LinkedInExportFile.matching(fileName: $0) != nil }) { inputs.append("Fixtures/" + name) }
            } else if name == "pdf/expected.json" {
                continue // the facts the PDF fixtures must give, not a profile
            } else if name.lowercased().hasSuffix(".pdf") {
                // Profile PDFs are read by poppler; without it each is the same one-line error in both details.
                if PDFTextExtractor.isAvailable, !name.hasPrefix("hostile/") { inputs.append("Fixtures/" + name) }
            } else if [".json", ".jsonl", ".yaml", ".yml", ".zip"].contains(where: name.lowercased().hasSuffix), !name.contains("fuzz-regressions/rules/"),
                      !name.hasPrefix("quality/") { // the labelled texts of the quality measurement, not profiles
                inputs.append("Fixtures/" + name)
            }
        }
        return inputs.sorted()
    }()

    @Test func everyKindOfFixtureIsCompared() {
        #expect(Self.inputs.contains("Fixtures/linkedin/sanne-de-vries"))
        #expect(Self.inputs.contains("Fixtures/linkedin/sanne-de-vries.zip"))
        #expect(Self.inputs.contains("Fixtures/workforce/exports/E002"))
        #expect(Self.inputs.contains("Fixtures/detection/registration-only"))
        #expect(Self.inputs.contains("Fixtures/hostile/zip-dotdot.zip"))
        #expect(Self.inputs.contains("Fixtures/reactive-resume/noor-hendriks.nl.json"))
    }

    @Test func thereAreFixturesToCompare() {
        #expect(Self.inputs.count >= 20, "\(Self.inputs)")
    }

    @Test(arguments: inputs)
    func rulesOnlyReadsWhatTheFullPathReads(file: String) throws {
        let path = Repository.path(file)
        let full = InputReader(detail: .full).read(path: path, display: file)
        let fast = InputReader(detail: .rulesOnly).read(path: path, display: file)
        #expect(full.count == fast.count)
        let linter = Linter(rules: try RuleLoader().loadDefaultRules())
        for (slow, quick) in zip(full, fast) {
            switch (slow, quick) {
            case (.success(let a), .success(let b)):
                #expect(a.source == b.source && a.format == b.format)
                let viewA = ProfileView(a.profile)
                let viewB = ProfileView(b.profile)
                for field in ProfileField.allCases {
                    #expect(viewA.value(of: field) == viewB.value(of: field), "\(file) \(a.source): \(field.rawValue) differs")
                }
                #expect(a.profile.groups == b.profile.groups && a.profile.connections == b.profile.connections)
                let reportA = linter.lint(a.profile, source: a.source, format: a.format, detail: .full)
                let reportB = linter.lint(b.profile, source: b.source, format: b.format, detail: .rulesOnly)
                #expect(reportA.statuses == reportB.statuses && reportA.score == reportB.score && reportA.level == reportB.level)
                #expect(reportA.suggestions.map(\.text) == reportB.suggestions.map(\.text))
            case (.failure(let a), .failure(let b)):
                #expect(a.errorDescription == b.errorDescription)
            default:
                Issue.record("\(file): one path read a profile the other could not: \(slow) / \(quick)")
            }
        }
    }

    @Test(arguments: Repository.ruleFiles)
    func ruleExamplesReadTheSameWays(file: String) throws {
        let rule = try #require(try RuleLoader().loadDirectory(Repository.path("Rules")).first { $0.file.hasSuffix("/" + file) })
        for example in rule.examples.passing + rule.examples.failing + rule.examples.unknown {
            let a = try ProfileJSONImporter(detail: .full).importProfile(from: example, file: rule.file)
            let b = try ProfileJSONImporter(detail: .rulesOnly).importProfile(from: example, file: rule.file)
            for field in ProfileField.allCases {
                #expect(ProfileView(a).value(of: field) == ProfileView(b).value(of: field), "\(file): \(field.rawValue)")
            }
        }
    }
}
