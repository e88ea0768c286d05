import Foundation
import Testing
@testable import ProfileLintGenerator

/// Every file `profilelint-generate` writes is what it would write now, in the manner of
/// swift-format's `GeneratedFilesValidityTests`.
@Suite struct GeneratedFilesTests {
    @Test(arguments: GeneratedFiles.paths)
    func generatedFileIsUpToDate(path: String) throws {
        let generated = try GeneratedFiles.generate(path, root: Repository.root)
        let current = GeneratedFiles.current(path, root: Repository.root) ?? ""
        // Not `current == generated.contents`: the failure would print both files whole.
        let upToDate = current == generated.contents
        #expect(upToDate, "\(path) is \(GeneratedFiles.outOfDate) (first difference at line \(Self.firstDifferingLine(current, generated.contents)))")
    }

    /// The 1-based number of the first line where `a` and `b` differ.
    static func firstDifferingLine(_ a: String, _ b: String) -> Int {
        let left = a.split(separator: "\n", omittingEmptySubsequences: false)
        let right = b.split(separator: "\n", omittingEmptySubsequences: false)
        return (left.indices.first { $0 >= right.count || left[$0] != right[$0] } ?? left.count) + 1
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
