import Foundation
import Testing
@testable import ProfileLintGenerator

/// Every file `profilelint-generate` writes is what it would write now, in the manner of
/// swift-format's `GeneratedFilesValidityTests`.
@Suite struct GeneratedFilesTests {
    @Test(arguments: GeneratedFiles.paths)
    func generatedFileIsUpToDate(path: String) throws {
        let generated = try GeneratedFiles.generate(path, root: Repository.root)
        let current = GeneratedFiles.current(path, root: Repository.root)
        #expect(current == generated.contents, "\(path) is \(GeneratedFiles.outOfDate)")
    }

    @Test func theGeneratorBuildsFromTheRepositoryItWasBuiltFrom() {
        #expect(GeneratedFiles.repositoryRoot.standardizedFileURL.path == Repository.root.standardizedFileURL.path)
    }

    @Test func aReadmeWithoutItsMarkersIsAnErrorNamingTheSection() throws {
        let error = try #require(throws: GenerationError.self) {
            try ReadmeGenerator.replacingSection("check-kinds", in: "# README\n", with: "table\n")
        }
        #expect(error.description.contains("no generated section 'check-kinds'"))
    }

    @Test func aSectionIsReplacedAndTheRestKept() throws {
        let begin = "<!-- BEGIN GENERATED fields: built by `swift run profilelint-generate`; do not edit -->\n"
        let text = "before\n" + begin + "old\n<!-- END GENERATED fields -->\nafter\n"
        let replaced = try ReadmeGenerator.replacingSection("fields", in: text, with: "new\n")
        #expect(replaced == "before\n" + begin + "new\n<!-- END GENERATED fields -->\nafter\n")
    }
}
