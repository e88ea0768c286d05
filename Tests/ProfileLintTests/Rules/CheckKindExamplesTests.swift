import Testing
@testable import ProfileLint

/// Runs every check kind's examples, from the registry: adding a kind adds its tests, with no test code.
@Suite struct CheckKindExamplesTests {
    /// The check in rule-file syntax, read as the loader reads a rule's `check:`.
    static func check(_ text: String) throws -> Check {
        let document = try YAMLDocumentReader.read(text, file: "example.yml")
        return try RuleFileReader(file: "example.yml").check(document.root, "check")
    }

    /// The status of `check` on a profile in profilelint's profile JSON, with no organisation configured.
    static func status(of check: Check, on profile: String) throws -> RuleStatus {
        let document = try JSONParser().parse(Array(profile.utf8))
        let imported = try ProfileJSONImporter().importProfile(from: document.root, file: "example.json")
        return RuleEvaluator.evaluate(check, on: ProfileView(imported)).status
    }

    static func kind(_ name: String) throws -> any CheckKind.Type {
        try #require(CheckKinds.named(name), "\(name) is not in CheckKinds.all")
    }

    @Test(arguments: CheckKinds.names)
    func examplesGiveTheirDocumentedOutcome(kind name: String) throws {
        let examples = try Self.kind(name).examples.examples
        let first = try #require(examples.first, "\(name) has no examples")
        #expect(!first.passing.isEmpty && !first.failing.isEmpty, "\(name): the first example needs a passing and a failing profile")
        for example in examples {
            let check = try Self.check(example.check)
            #expect(check.kindName == name, "`\(example.check)` is a \(check.kindName) check, not \(name)")
            let expectations: [(RuleStatus, [String])] = [(.pass, example.passing), (.fail, example.failing), (.unknown, example.unknown)]
            for (expected, profiles) in expectations {
                for profile in profiles {
                    let status = try Self.status(of: check, on: profile)
                    #expect(status == expected, "`\(example.check)` on \(profile): \(status), documented as \(expected)")
                }
            }
        }
    }

    @Test(arguments: CheckKinds.names)
    func renderingLoadsBackAsTheSameCheck(kind name: String) throws {
        for example in try Self.kind(name).examples.examples {
            let check = try Self.check(example.check)
            let reloaded = try Self.check(check.rendered)
            #expect(reloaded.rendered == check.rendered, "`\(example.check)` renders as `\(check.rendered)`, which loads as `\(reloaded.rendered)`")
            #expect(reloaded.fields == check.fields && reloaded.summary == check.summary)
            for profile in example.passing + example.failing + example.unknown {
                #expect(try Self.status(of: reloaded, on: profile) == Self.status(of: check, on: profile), "`\(check.rendered)` on \(profile)")
            }
        }
    }

    @Test(arguments: CheckKinds.names)
    func rejectedValuesGiveOneLineErrorsWithTheirPlace(kind name: String) throws {
        for rejected in try Self.kind(name).examples.rejected {
            let error = try #require(throws: ProfileLintError.self, "`\(rejected.check)` loads") { try Self.check(rejected.check) }
            let text = error.errorDescription ?? ""
            #expect(text.hasPrefix("example.yml:1:"), "`\(rejected.check)`: \(text) does not say where")
            #expect(text.contains(rejected.error), "`\(rejected.check)`: \(text) does not say \(rejected.error)")
            #expect(!text.contains("\n"), "`\(rejected.check)`: \(text) is not one line")
        }
    }

    @Test func kindsHaveOneNameEachAndADocumentationRow() {
        #expect(Set(CheckKinds.names).count == CheckKinds.all.count)
        for row in CheckKinds.documentation {
            #expect(!row.name.isEmpty && !row.parameters.isEmpty && !row.passes.isEmpty, "\(row.name) is undocumented")
        }
    }

    @Test func anUnknownKindNamesTheClosestOne() throws {
        let error = try #require(throws: ProfileLintError.self) { try Self.check("min-lenght: {field: about, value: 5}") }
        #expect(error.errorDescription == "example.yml:1:1: invalid rule, key 'check.min-lenght': unknown check 'min-lenght'; did you mean 'min-length'?")
    }

    @Test func explainedChecksRenderTheirMessageAndLoadBack() throws {
        let check = try Self.check("present: photo\nmessage: {en: No photo., nl: Geen foto.}")
        #expect(check.rendered == #"present: photo\#nmessage: {en: "No photo.", nl: "Geen foto."}"#)
        #expect(try Self.check(check.rendered).message == check.message)
    }
}
