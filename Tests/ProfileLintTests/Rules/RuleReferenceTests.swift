import Foundation
import Testing
@testable import ProfileLint
@testable import ProfileLintGenerator

@Suite struct RuleReferenceTests {
    /// The anchors GitHub gives the headings of a Markdown file: lower-cased, punctuation other
    /// than `-` and `_` dropped, spaces turned into `-`, and repeats numbered `-1`, `-2`, ….
    static func githubAnchors(_ markdown: String) -> [String] {
        var anchors: [String] = []
        var seen: [String: Int] = [:]
        var inFence = false
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("```") { inFence.toggle() }
            guard !inFence, line.hasPrefix("#") else { continue }
            let text = line.drop { $0 == "#" }.trimmingCharacters(in: .whitespaces)
            var slug = ""
            for character in text.lowercased() {
                if character.isLetter || character.isNumber || character == "-" || character == "_" {
                    slug.append(character)
                } else if character == " " {
                    slug.append("-")
                }
            }
            let count = seen[slug, default: 0]
            seen[slug] = count + 1
            anchors.append(count == 0 ? slug : "\(slug)-\(count)")
        }
        return anchors
    }

    @Test func everyRuleHasAHeadingWhoseAnchorIsItsID() throws {
        let reference = try RuleReferenceGenerator.generate(root: Repository.root)
        let anchors = Self.githubAnchors(reference)
        for rule in try RuleLoader().loadDefaultRules() {
            #expect(anchors.filter { $0 == rule.id }.count == 1, "Rules/README.md has no single heading with anchor #\(rule.id)")
            #expect(reference.contains("\n## \(rule.id)\n"))
        }
    }

    @Test func defaultHelpURLsPointAtTheRuleReference() throws {
        for rule in try RuleLoader().loadDefaultRules() {
            #expect(rule.helpURL == "https://github.com/profilelint/profilelint/blob/main/Rules/README.md#\(rule.id)")
        }
    }

    @Test func referenceDocumentsEveryKeyCheckAndField() throws {
        let reference = try RuleReferenceGenerator.generate(root: Repository.root)
        for key in RuleLoader.ruleKeys { #expect(reference.contains("| `\(key)` |"), "key \(key) undocumented") }
        for kind in Check.kinds { #expect(reference.contains("| `\(kind)` |"), "check \(kind) undocumented") }
        for field in ProfileField.allCases { #expect(reference.contains("| `\(field.rawValue)` |"), "field \(field.rawValue) undocumented") }
    }
}
