import Foundation

/// One file that `profilelint-generate` writes: its path relative to the repository root and its contents.
package struct GeneratedFile: Sendable {
    /// The path relative to the repository root.
    package var path: String
    /// What the file must hold.
    package var contents: String
}

/// A problem that stops generation, such as a README without its generated-section markers.
package struct GenerationError: Error, CustomStringConvertible {
    package var description: String
}

/// Every generated file of the repository, built from `Rules/` and the engine's registries, in the
/// manner of swift-format's `generate-swift-format`: the executable writes them and a test fails
/// when one is out of date.
package enum GeneratedFiles {
    /// What a test says when a generated file differs from what the generator builds.
    package static let outOfDate = "out of date: run `swift run profilelint-generate`"

    /// The generated files' paths, relative to the repository root.
    package static let paths = [EmbeddedRulesGenerator.target, EmbeddedWordListsGenerator.target, RuleReferenceGenerator.target, ReadmeGenerator.target]

    /// The repository this generator was built from (three levels above this file).
    package static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The contents the file at `path` (one of ``paths``) must have.
    package static func generate(_ path: String, root: URL) throws -> GeneratedFile {
        switch path {
        case EmbeddedRulesGenerator.target: GeneratedFile(path: path, contents: try EmbeddedRulesGenerator.generate(root: root))
        case EmbeddedWordListsGenerator.target: GeneratedFile(path: path, contents: try EmbeddedWordListsGenerator.generate(root: root))
        case RuleReferenceGenerator.target: GeneratedFile(path: path, contents: try RuleReferenceGenerator.generate(root: root))
        case ReadmeGenerator.target: GeneratedFile(path: path, contents: try ReadmeGenerator.generate(root: root))
        default: throw GenerationError(description: "\(path) is not a generated file")
        }
    }

    /// Every generated file.
    package static func all(root: URL) throws -> [GeneratedFile] {
        try paths.map { try generate($0, root: root) }
    }

    /// The text of the file at `path` under `root`, or `nil` when there is none.
    package static func current(_ path: String, root: URL) -> String? {
        try? String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    /// The rule files in `Rules/`, sorted.
    static func ruleFiles(root: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("Rules").path)
            .filter { $0.hasSuffix(".yml") }.sorted()
    }
}
