import Foundation
import ProfileLint

/// Builds `Sources/ProfileLint/Text/EmbeddedWordLists.swift` from the word lists in `Rules/lists/`
/// (`<name>.<language>.txt`), so that the binary carries them and works from any directory.
enum EmbeddedWordListsGenerator {
    static let target = "Sources/ProfileLint/Text/EmbeddedWordLists.swift"

    static func generate(root: URL) throws -> String {
        var output = """
        // GENERATED FILE: do not edit. Regenerate with `swift run profilelint-generate`.
        /// The word lists from `Rules/lists/`, compiled into the binary: each file's phrases, one per
        /// line, without comments. `Rules/lists/` is the single source of truth; `GeneratedFilesTests`
        /// fails when this file drifts from it.
        enum EmbeddedWordLists {
            static let files: [(name: String, contents: String)] = [

        """
        let folder = root.appendingPathComponent("Rules/lists")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted()
        for name in names {
            guard WordLists.parseFileName(name) != nil else {
                throw GenerationError(description: "Rules/lists/\(name): name a list file <list>.<language>.txt")
            }
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            let contents = WordLists.parseList(text).joined(separator: "\n")
            var hashes = "#"
            while contents.contains("\"\"\"" + hashes) || contents.contains("\"" + hashes) { hashes += "#" }
            output += "        (\"\(name)\", \(hashes)\"\"\"\n\(contents)\n\"\"\"\(hashes)),\n"
        }
        output += "    ]\n}\n"
        return output
    }
}
