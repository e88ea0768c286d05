import Foundation
import ProfileLint

/// Builds `Sources/ProfileLint/Rules/EmbeddedRules.swift` from the files in `Rules/`: each YAML rule
/// file converted to compact JSON (keys in file order), which loads much faster than YAML.
enum EmbeddedRulesGenerator {
    static let target = "Sources/ProfileLint/Rules/EmbeddedRules.swift"

    static func generate(root: URL) throws -> String {
        var output = """
        // GENERATED FILE: do not edit. Regenerate with `swift run profilelint-generate`.
        /// The default rules from `Rules/`, compiled into the binary so that it works from any directory.
        ///
        /// Each YAML rule file is embedded as JSON, which loads faster. `Rules/` is the single source of
        /// truth; `GeneratedFilesTests` fails when this file drifts from it.
        enum EmbeddedRules {
            static let files: [(name: String, contents: String)] = [

        """
        for name in try GeneratedFiles.ruleFiles(root: root) {
            let yaml = try String(contentsOf: root.appendingPathComponent("Rules/" + name), encoding: .utf8)
            let document = try YAMLDocumentReader.read(yaml, file: "Rules/" + name)
            let contents = JSONOutput(document.root).rendered(pretty: false)
            var hashes = "#"
            while contents.contains("\"\"\"" + hashes) || contents.contains("\"" + hashes) { hashes += "#" }
            output += "        (\"\(name)\", \(hashes)\"\"\"\n"
            output += contents.hasSuffix("\n") ? contents : contents + "\n"
            output += "\"\"\"\(hashes)),\n"
        }
        output += "    ]\n}\n"
        return output
    }
}
