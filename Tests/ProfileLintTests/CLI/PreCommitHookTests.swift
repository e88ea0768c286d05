import Foundation
import Testing

/// Runs `.pre-commit-hooks.yaml` through the real pre-commit framework, the way a user's
/// repository would: pre-commit clones this repository, builds it with `swift build -c release`
/// (its `swift` language) and runs `profilelint check` on the templates its `files` filter selects.
///
/// The hook repository is a snapshot of this work tree (tracked and untracked, not ignored files)
/// committed to a throwaway git repository, which a user's `.pre-commit-config.yaml` names with its
/// revision. (`pre-commit try-repo` on the work tree itself would only carry changes to *tracked*
/// files, so a new, uncommitted `.pre-commit-hooks.yaml` or source file would be missed, and it builds
/// anew for every run.)
///
/// Slow: pre-commit makes a release build of the package and its dependencies (a few minutes), once. pre-commit must be installed (`.ci/install-test-tools`); without
/// it the test fails rather than silently passing, unless `PROFILELINT_SKIP_PRECOMMIT=1`.
@Suite struct PreCommitHookTests {
    static let skipped = ProcessInfo.processInfo.environment["PROFILELINT_SKIP_PRECOMMIT"] == "1"

    /// How to start pre-commit: the `pre-commit` script on PATH, else the Python module (pip
    /// `--user` installs put the script in ~/.local/bin, which is often not on PATH).
    static func preCommitCommand() -> [String]? {
        if let script = ExternalTool.which("pre-commit") { return [script] }
        if let probe = try? ExternalTool.run(["python3", "-m", "pre_commit", "--version"]), probe.status == 0 {
            return ["python3", "-m", "pre_commit"]
        }
        return nil
    }

    /// Runs `git` with an identity and no signing, so it works on machines without git config.
    @discardableResult
    static func git(_ arguments: [String], in directory: String) throws -> ExternalTool.Output {
        let output = try ExternalTool.run(["git", "-c", "user.name=profilelint tests", "-c", "user.email=tests@profilelint.invalid",
                                           "-c", "commit.gpgsign=false", "-c", "init.defaultBranch=main"] + arguments,
                                          in: directory, environment: ["GIT_DIR": nil, "GIT_WORK_TREE": nil, "GIT_INDEX_FILE": nil])
        guard output.status == 0 else {
            throw ExternalToolError(description: "git \(arguments.joined(separator: " ")) failed in \(directory):\n\(output.combined)")
        }
        return output
    }

    struct ExternalToolError: Error, CustomStringConvertible {
        var description: String
    }

    /// Copies the work tree's tracked and untracked-but-not-ignored files to `destination` and commits them.
    static func snapshotRepository(to destination: URL) throws {
        let listing = try git(["ls-files", "-z", "--cached", "--others", "--exclude-standard"], in: Repository.root.path)
        let manager = FileManager.default
        try manager.createDirectory(at: destination, withIntermediateDirectories: true)
        for relative in Set(listing.stdout.split(separator: "\0").map(String.init)).sorted() {
            let source = Repository.root.appendingPathComponent(relative)
            // Tracked files deleted in the work tree are still listed; the snapshot mirrors the disk.
            guard (try? manager.attributesOfItem(atPath: source.path)) != nil else { continue }
            let target = destination.appendingPathComponent(relative)
            try manager.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try manager.copyItem(at: source, to: target)
        }
        // On a branch named main, as the README's snippet says `rev: main`.
        try git(["init", "-q", "-b", "main"], in: destination.path)
        try git(["add", "-A"], in: destination.path)
        try git(["commit", "-q", "-m", "profilelint work tree snapshot"], in: destination.path)
    }

    @Test(.enabled(if: !skipped, "PROFILELINT_SKIP_PRECOMMIT=1"), .timeLimit(.minutes(60)))
    func hookPassesAGoodTemplateAndFailsABadOneShowingWhere() throws {
        guard let preCommit = Self.preCommitCommand() else {
            Issue.record("""
            pre-commit is not installed, so the pre-commit hook cannot be tested. Install it with \
            .ci/install-test-tools (pip install pre-commit), or set PROFILELINT_SKIP_PRECOMMIT=1 to skip this test.
            """)
            return
        }
        let manager = FileManager.default
        let temporary = manager.temporaryDirectory.appendingPathComponent("profilelint-pre-commit-\(UUID().uuidString)")
        defer { try? manager.removeItem(at: temporary) }
        let hookRepository = temporary.appendingPathComponent("hook-repository")
        try Self.snapshotRepository(to: hookRepository)

        // A user's repository: one good template, one bad one, and a bad profile outside the filter.
        let project = temporary.appendingPathComponent("project")
        try manager.createDirectory(at: project.appendingPathComponent("templates"), withIntermediateDirectories: true)
        try manager.createDirectory(at: project.appendingPathComponent("notes"), withIntermediateDirectories: true)
        // A fully written template has no photo, connections or groups: template mode leaves them unknown.
        var template = try String(contentsOfFile: Repository.path("Fixtures/profiles/sanne-de-vries-all-star.json"), encoding: .utf8)
        template = template.replacingOccurrences(of: "  \"photo\": true,\n", with: "")
        #expect(!template.contains("\"photo\""))
        try template.write(to: project.appendingPathComponent("templates/data-engineer.json"), atomically: true, encoding: .utf8)
        try manager.copyItem(atPath: Repository.path("Fixtures/profiles/empty-template.yaml"),
                             toPath: project.appendingPathComponent("templates/new-colleague.yaml").path)
        try "{\"headline\": \"\"}\n".write(to: project.appendingPathComponent("notes/not-a-template.json"), atomically: true, encoding: .utf8)
        // The configuration the README shows, as written but for the repository's address, which
        // points at the snapshot; pre-commit builds the hook once (cached in PRE_COMMIT_HOME by
        // repository and revision) and reuses it for the later runs.
        let snippet = try Self.readmeConfiguration()
        #expect(snippet.contains("rev: main"))
        try snippet.replacingOccurrences(of: "https://github.com/profilelint/profilelint", with: hookRepository.path)
            .write(to: project.appendingPathComponent(".pre-commit-config.yaml"), atomically: true, encoding: .utf8)
        try Self.git(["init", "-q"], in: project.path)
        try Self.git(["add", "-A"], in: project.path)

        let environment: [String: String?] = [
            "PRE_COMMIT_HOME": temporary.appendingPathComponent("pre-commit-home").path,
            "PRE_COMMIT_COLOR": "never", "NO_COLOR": "1", "LANG": "C", "LC_ALL": nil, "LC_MESSAGES": nil,
            "GIT_DIR": nil, "GIT_WORK_TREE": nil, "GIT_INDEX_FILE": nil,
        ]
        func run(_ files: [String]) throws -> ExternalTool.Output {
            try ExternalTool.run(preCommit + ["run", "profilelint", "--verbose", "--files"] + files,
                                 in: project.path, environment: environment)
        }

        let good = try run(["templates/data-engineer.json", "notes/not-a-template.json"])
        #expect(good.status == 0, "the hook failed on a good template:\n\(good.combined)")
        #expect(good.combined.contains("templates/data-engineer.json (Sanne de Vries)\n  score 100/100 · advanced"), Comment(rawValue: good.combined))
        #expect(!good.combined.contains("not-a-template.json"), "the files filter let a file outside templates/ through:\n\(good.combined)")

        let bad = try run(["templates/new-colleague.yaml"])
        #expect(bad.status == 1, "the hook did not fail on a bad template:\n\(bad.combined)")
        #expect(bad.combined.contains("profilelint") && bad.combined.contains("Failed"), Comment(rawValue: bad.combined))
        #expect(bad.combined.contains("templates/new-colleague.yaml:3:11: error: [headline] There is no headline."),
                "the finding's location is not printed:\n\(bad.combined)")

        // As the README says: `pre-commit install`, then a commit with the bad template is refused.
        let install = try ExternalTool.run(preCommit + ["install"], in: project.path, environment: environment)
        #expect(install.status == 0, Comment(rawValue: install.combined))
        // (The git hook that `install` writes starts pre-commit with the Python that installed it.)
        let commit = try ExternalTool.run(["git", "-c", "user.name=Template Author", "-c", "user.email=author@example.invalid",
                                           "-c", "commit.gpgsign=false", "commit", "-q", "-m", "Add templates"],
                                          in: project.path, environment: environment)
        #expect(commit.status != 0, "the commit with a bad template went through:\n\(commit.combined)")
        #expect(commit.combined.contains("[headline] There is no headline."), Comment(rawValue: commit.combined))
    }

    /// The `.pre-commit-config.yaml` block of the README, as written.
    static func readmeConfiguration() throws -> String {
        let readme = try String(contentsOfFile: Repository.path("README.md"), encoding: .utf8)
        guard let start = readme.range(of: "```yaml\n# .pre-commit-config.yaml\n"),
              let end = readme.range(of: "```", range: start.upperBound..<readme.endIndex) else {
            throw ExternalToolError(description: "README.md has no ```yaml block starting with '# .pre-commit-config.yaml'")
        }
        return String(readme[start.upperBound..<end.lowerBound])
    }
}
