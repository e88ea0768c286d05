import Foundation
import ProfileLint

/// Fills the generated sections of `README.md`: the table of check kinds, the list of fields and the
/// quality rules' figures on the labelled set (``QualityMeasurement``).
///
/// A section lies between `<!-- BEGIN GENERATED <name>: … -->` and `<!-- END GENERATED <name> -->`
/// lines; the rest of the README is left as written.
enum ReadmeGenerator {
    static let target = "README.md"

    static func generate(root: URL) throws -> String {
        guard let readme = GeneratedFiles.current(target, root: root) else {
            throw GenerationError(description: "\(target) is missing")
        }
        // A blank line ends each section, so that Markdown never reads the end marker as part of it.
        var output = try replacingSection("check-kinds", in: readme, with: checkKindsTable() + "\n")
        output = try replacingSection("fields", in: output, with: fieldList() + "\n")
        output = try replacingSection("quality-figures", in: output, with: try QualityMeasurement.measure(root: root).table + "\n")
        return output
    }

    /// One row per check kind, in registry order.
    static func checkKindsTable() -> String {
        var table = "| check | parameters | passes when |\n|---|---|---|\n"
        for row in RuleReferenceGenerator.checkKinds() {
            table += "| `\(row.name)` | \(row.parameters) | \(row.passes) |\n"
        }
        return table
    }

    /// The field names, wrapped at 100 columns.
    static func fieldList() -> String {
        var lines: [String] = []
        var line = "**Fields**:"
        let names = ProfileField.allCases.map { "`\($0.rawValue)`" }
        for (index, name) in names.enumerated() {
            let word = name + (index == names.count - 1 ? "." : ",")
            if line.count + 1 + word.count > 100 {
                lines.append(line)
                line = word
            } else {
                line += " " + word
            }
        }
        lines.append(line)
        return lines.joined(separator: "\n") + "\n"
    }

    /// `text` with the lines between section `name`'s markers replaced by `contents`.
    static func replacingSection(_ name: String, in text: String, with contents: String) throws -> String {
        let begin = "<!-- BEGIN GENERATED \(name): built by `swift run profilelint-generate`; do not edit -->\n"
        let end = "<!-- END GENERATED \(name) -->"
        guard let start = text.range(of: begin), let finish = text.range(of: end, range: start.upperBound..<text.endIndex) else {
            throw GenerationError(description: "\(target) has no generated section '\(name)' (between \"\(begin.dropLast())\" and \"\(end)\")")
        }
        return String(text[..<start.upperBound]) + contents + String(text[finish.lowerBound...])
    }
}
