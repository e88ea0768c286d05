// libFuzzer harness for the YAML the user writes: rule files (RuleLoader.loadRule) and the
// organisation configuration (ConfigurationLoader.parse, then applied to the default rules).
// Run by .ci/fuzz; seeds: Rules/*.yml and the fixtures' .profilelint.yml files.
import Foundation
import FuzzSupport
import ProfileLint

/// The default rules, loaded once.
let defaultRules = (try? RuleLoader().loadDefaultRules()) ?? []

/// One input: UTF-8 text loaded as a rule file (named after its `id:` so that the name check passes)
/// and as a configuration file.
@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let bytes = FuzzDriver.bytes(start, count)
    guard let text = try? InputFile.decodeUTF8(bytes, display: "fuzz.yml") else { return 0 }
    let loader = RuleLoader(limits: FuzzDriver.limits)
    do {
        let rule = try loader.loadRule(text, file: "Rules/\(ruleID(in: text)).yml")
        _ = Linter(rules: [rule]).lint(Profile(), source: "fuzz", format: .profile)
    } catch {
        _ = (error as? ProfileLintError)?.errorDescription
    }
    do {
        let configuration = try ConfigurationLoader.parse(text, file: "fuzz/.profilelint.yml")
        // extra_rules names folders on disk: not something to read while fuzzing.
        if configuration.extraRuleFolders.isEmpty {
            _ = try configuration.applied(to: defaultRules, loader: loader)
        }
    } catch {
        _ = (error as? ProfileLintError)?.errorDescription
    }
    return 0
}

/// The value of the first `id:` line, or `fuzz`.
func ruleID(in text: String) -> String {
    for line in text.split(separator: "\n", maxSplits: 200) where line.hasPrefix("id:") {
        let id = line.dropFirst(3).trimmingCharacters(in: .whitespaces)
        if !id.isEmpty, !id.contains("/") { return id }
    }
    return "fuzz"
}

@main enum FuzzRules {
    static func main() { FuzzDriver.run(testOneInput) }
}
