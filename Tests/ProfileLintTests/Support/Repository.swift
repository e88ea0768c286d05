import Foundation
@testable import ProfileLint

/// Paths inside this repository, for fixture-driven tests.
enum Repository {
    /// The repository root (two levels above `Tests/ProfileLintTests`).
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// An absolute path for a repository-relative one.
    static func path(_ relative: String) -> String {
        root.appendingPathComponent(relative).path
    }

    /// The rule files in `Rules/`, sorted.
    static var ruleFiles: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path("Rules"))) ?? []
        return names.filter { $0.hasSuffix(".yml") }.sorted()
    }

    /// Whether golden files should be rewritten instead of compared (`PROFILELINT_REGENERATE=1`).
    ///
    /// Only for the reporters' golden files, which record what the code does; the files built from
    /// `Rules/` and the registries are written by `swift run profilelint-generate` (`GeneratedFilesTests`).
    static var regenerating: Bool {
        ProcessInfo.processInfo.environment["PROFILELINT_REGENERATE"] == "1"
    }

    /// Compares `actual` with the golden file at `relative`, or rewrites the file when regenerating.
    /// Returns `nil` when they agree, else a message naming the stale file.
    static func compareGenerated(_ actual: String, with relative: String) -> String? {
        let target = path(relative)
        if regenerating {
            try? actual.write(toFile: target, atomically: true, encoding: .utf8)
            return nil
        }
        let expected = (try? String(contentsOfFile: target, encoding: .utf8)) ?? ""
        return expected == actual ? nil : "\(relative) is stale; run PROFILELINT_REGENERATE=1 swift test and commit the result"
    }
}
