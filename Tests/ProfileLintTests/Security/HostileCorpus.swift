import Foundation
import Testing

/// One input of the hostile corpus in `Fixtures/hostile`, and what its one error line must say.
struct HostileCase: Sendable, CustomTestStringConvertible {
    /// The repository-relative path (a file, or an export folder).
    var path: String
    /// Text the error line must contain: what is wrong.
    var expected: String

    var testDescription: String { path }

    /// The name the error names: the file's or folder's own name.
    var name: String { (path as NSString).lastPathComponent }
}

/// The hostile-input corpus: the committed cases, the large cases `generate.py` writes, and the
/// fuzzer's regressions.
enum HostileCorpus {
    static let folder = "Fixtures/hostile"
    /// Its configuration: the default limits but a 1 MB record limit and a 2 s PDF time limit.
    static let configuration = "Fixtures/hostile/.profilelint.yml"

    /// Small cases, committed (`generate.py --committed` rewrites them).
    static let committed: [HostileCase] = [
        HostileCase(path: "empty.json", expected: "an empty file, not a profile"),
        HostileCase(path: "whitespace-only.json", expected: "an empty file, not a profile"),
        HostileCase(path: "truncated.json", expected: "unterminated string"),
        HostileCase(path: "truncated-object.json", expected: "unexpected end of input"),
        HostileCase(path: "invalid-utf8.json", expected: "invalid UTF-8"),
        HostileCase(path: "overlong-utf8.json", expected: "invalid UTF-8"),
        HostileCase(path: "nul-bytes.json", expected: "NUL byte"),
        HostileCase(path: "nul-between-values.json", expected: "NUL byte"),
        HostileCase(path: "utf16-bom.json", expected: "the file is UTF-16; JSON must be UTF-8"),
        HostileCase(path: "utf16be-bom.json", expected: "the file is UTF-16; JSON must be UTF-8"),
        HostileCase(path: "wrong-type-headline.json", expected: "expected a string but found a number (at $.headline)"),
        HostileCase(path: "wrong-type-positions.json", expected: "expected an array but found a string (at $.positions)"),
        HostileCase(path: "connections-1e400.json", expected: "number 1e400 is out of range"),
        HostileCase(path: "connections-negative.json", expected: "number -5 is out of range"),
        HostileCase(path: "connections-20-digits.json", expected: "number 99999999999999999999 is out of range"),
        HostileCase(path: "connections-fraction.json", expected: "expected a whole number but found 12.5"),
        HostileCase(path: "top-level-number.json", expected: "expected a profile object but found a number"),
        HostileCase(path: "binary.json", expected: "invalid JSON"),
        HostileCase(path: "trailing-garbage.json", expected: "invalid JSON"),
        HostileCase(path: "yaml-billion-laughs.yaml", expected: "YAML aliases are not supported"),
        HostileCase(path: "yaml-tab-indent.yaml", expected: "invalid YAML"),
        HostileCase(path: "not-a-zip.zip", expected: "unrecognised input"),
        HostileCase(path: "zip-magic-then-garbage.zip", expected: "not a valid ZIP archive"),
        HostileCase(path: "zip-truncated.zip", expected: "not a valid ZIP archive"),
        HostileCase(path: "zip-dotdot.zip", expected: "entry '../../Positions.csv': the path leaves the archive"),
        HostileCase(path: "zip-absolute.zip", expected: "entry '/etc/Positions.csv': absolute paths are not allowed"),
        HostileCase(path: "zip-symlink.zip", expected: "entry 'Positions.csv': symbolic links are not allowed"),
        HostileCase(path: "csv-unbalanced-quote", expected: "Profile.csv:2:16: unbalanced quote"),
        HostileCase(path: "csv-nul-bytes", expected: "Profile.csv: contains NUL bytes"),
        HostileCase(path: "pdf-encrypted.pdf", expected: "an encrypted PDF"),
        HostileCase(path: "pdf-truncated.pdf", expected: "a damaged PDF that poppler cannot read"),
        HostileCase(path: "pdf-not-linkedin.pdf", expected: "a PDF document, not LinkedIn's profile PDF"),
        HostileCase(path: "pdf-scan-only.pdf", expected: "a PDF without text (a scanned image?)"),
    ].map { HostileCase(path: "\(folder)/\($0.path)", expected: $0.expected) }

    /// Committed cases that are profiles after all, each read with one warning that must say this: a key
    /// that appears twice in a profile, where the last value counts, as in JavaScript's `JSON.parse`.
    static let warned: [HostileCase] = [
        HostileCase(path: "duplicate-keys.json", expected: "1:40: warning: [duplicate-key] duplicate key 'headline' at 1:19 and 1:40; the last value is used"),
        HostileCase(path: "duplicate-keys-nested.json", expected: "1:64: warning: [duplicate-key] duplicate key 'company' at 1:34 and 1:64; the last value is used"),
    ].map { HostileCase(path: "\(folder)/\($0.path)", expected: $0.expected) }

    /// Large cases, written into `.generated/` by `generate.py`.
    static let generated: [HostileCase] = [
        HostileCase(path: "string-100mb.json", expected: "expected a profile object but found a string"),
        HostileCase(path: "nesting-100000.json", expected: "nesting deeper than 256 levels (limits.max_depth)"),
        HostileCase(path: "nesting-100000-objects.json", expected: "nesting deeper than 256 levels (limits.max_depth)"),
        HostileCase(path: "yaml-nesting-100000-flow.yaml", expected: "nesting deeper than 256 levels (limits.max_depth)"),
        HostileCase(path: "yaml-nesting-100000-block.yaml", expected: "nesting deeper than the YAML reader's limit of 1000 levels"),
        HostileCase(path: "zip-bomb.zip", expected: "declare 1.0 GB uncompressed, more than the limit of 512.0 MB (limits.max_uncompressed_size)"),
        HostileCase(path: "zip-bomb-lying.zip", expected: "expands beyond its declared size of 1000 bytes"),
        HostileCase(path: "csv-long-record", expected: "longer than the limit of 1.0 MB (limits.max_record_size)"),
        HostileCase(path: "jsonl-long-record.jsonl", expected: "longer than the limit of 1.0 MB (limits.max_record_size)"),
        HostileCase(path: "pdf-deep-nesting.pdf", expected: "LinkedIn's profile PDF"),
        HostileCase(path: "pdf-huge-stream.pdf", expected: "longer than the limit of 2 s (limits.max_pdf_seconds)"),
        HostileCase(path: "pdf-flate-bomb.pdf", expected: "longer than the limit of 2 s (limits.max_pdf_seconds)"),
    ].map { HostileCase(path: "\(folder)/.generated/\($0.path)", expected: $0.expected) }

    /// Every committed and generated case.
    static var all: [HostileCase] { committed + generated }

    /// Inputs that once crashed a fuzz harness (`Fixtures/hostile/fuzz-regressions`, see its README),
    /// each as `profilelint check` reads it: files, and export folders holding the crashing CSV.
    static var fuzzRegressions: [String] {
        let root = "\(folder)/fuzz-regressions"
        var paths: [String] = []
        for kind in ["json", "zip", "csv"] {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: Repository.path("\(root)/\(kind)"))) ?? []
            paths += names.filter { !$0.hasPrefix(".") }.sorted().map { "\(root)/\(kind)/\($0)" }
        }
        return paths
    }

    /// Rule and configuration files that once crashed the rules harness.
    static var ruleRegressions: [String] {
        let root = "\(folder)/fuzz-regressions/rules"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: Repository.path(root))) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted().map { "\(root)/\($0)" }
    }

    /// Runs `generate.py` once per test run when a generated case is missing; the error, if it fails.
    static let generation: String? = {
        let missing = generated.contains { !FileManager.default.fileExists(atPath: Repository.path($0.path)) }
        guard missing else { return nil }
        do {
            let result = try ExternalTool.run(["python3", Repository.path("\(folder)/generate.py")])
            return result.status == 0 ? nil : "generate.py failed: \(result.combined)"
        } catch {
            return "cannot run python3 \(folder)/generate.py: \(error)"
        }
    }()

    /// Fails the test unless the generated cases are there.
    static func requireGenerated() throws {
        if let generation { Issue.record(Comment(rawValue: generation)) }
        try #require(generation == nil)
    }
}
