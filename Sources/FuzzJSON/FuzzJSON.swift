// libFuzzer harness for everything `profilelint check` reads from one file: format detection, the
// JSON parser, JSON Lines, YAML profiles, the profile and JSON Resume importers (full and batch
// detail), rule evaluation and the check reporters. Run by .ci/fuzz; seeds: Fixtures/**/*.json(l), *.yaml.
import FuzzSupport
import ProfileLint

/// The default rules, loaded once.
let linter = Linter(rules: (try? RuleLoader().loadDefaultRules()) ?? [])

/// One input: read as `fuzz.json` with both import details, linted, and reported as text and SARIF.
@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let bytes = FuzzDriver.bytes(start, count)
    var reports: [ProfileReport] = []
    var errors: [InputError] = []
    for detail in [ImportDetail.full, .rulesOnly] {
        for outcome in InputReader(limits: FuzzDriver.limits, detail: detail).read(bytes: bytes, display: "fuzz.json") {
            switch outcome {
            case .success(let input):
                reports.append(linter.lint(input.profile, source: input.source, format: input.format, detail: detail))
            case .failure(let error):
                errors.append(InputError(source: error.source ?? "fuzz.json", error: error))
            }
        }
    }
    let run = CheckRun(profiles: reports, errors: errors, rules: linter.rules, language: .english)
    _ = TextReporter().report(run)
    _ = SARIFReporter().report(run)
    return 0
}

@main enum FuzzJSON {
    static func main() { FuzzDriver.run(testOneInput) }
}
