import Foundation
import ProfileLint

/// Builds `Rules/README.md`, the rule reference, from the rule files in `Rules/`.
///
/// A fixed preamble documents the rule-file format and the check vocabulary; its tables of keys,
/// checks and fields are driven by `RuleLoader.ruleKeys`, the check kinds' own documentation
/// (`CheckKinds`) and `ProfileField`, and generation fails when a rule-file key gains no
/// description here. Then one section
/// per rule whose heading is exactly the rule's id, so that the default `helpURL`
/// (`…/Rules/README.md#<id>`) lands on it.
enum RuleReferenceGenerator {
    static let target = "Rules/README.md"

    /// What each rule-file key means: (required, meaning).
    static let keys: [String: (required: Bool, meaning: String)] = [
        "id": (true, "The rule's id: lower-case words joined by `-`, equal to the file name without `.yml`."),
        "name": (true, "A short human name."),
        "description": (true, "One line on what the rule checks (SARIF `shortDescription`)."),
        "rationale": (true, "Why it matters (SARIF `fullDescription`, `profilelint explain`)."),
        "category": (false, "`completeness`, `quality` or `organisation`: which category score the rule counts toward (default `completeness`; every shipped rule names its category). The level rests on the completeness rules only, and only they can be All-Star criteria."),
        "severity": (true, "`error`, `warning` or `info`: how serious a failure is; `check --fail-on` compares against it."),
        "weight": (true, "Points toward the 0–100 score, a whole number from 0 to 100."),
        "all-star": (false, "`true` when the rule is one of LinkedIn's All-Star criteria (default `false`)."),
        "help": (false, "Where to read more (default: this page, at the anchor of the rule's id)."),
        "check": (true, "What is checked: one check from the table below."),
        "message": (true, "What a failure says, with `en` and `nl` texts; may use placeholders."),
        "suggestion": (true, "What to do about it, with `en` and `nl` texts; may use placeholders."),
        "examples": (true, "`passing` and `failing` example profiles (each a non-empty list), and optionally `unknown`; they document the rule and are its tests."),
    ]

    /// Each check kind's documentation, in registry order.
    static func checkKinds() -> [CheckKindDocumentation] {
        CheckKinds.documentation
    }

    static func kindName(_ kind: ProfileField.ValueKind) -> String {
        switch kind {
        case .text: "text"
        case .flag: "yes/no"
        case .number: "number"
        case .list: "list"
        case .date: "date"
        }
    }

    /// The check kinds that apply to a field of `kind`, as inline code.
    static func checksFor(_ kind: ProfileField.ValueKind) -> String {
        checkKinds().filter { $0.fieldKinds.contains(kind) }.map { "`\($0.name)`" }.joined(separator: ", ")
    }

    static func generate(root: URL) throws -> String {
        let rules = try RuleLoader().loadDirectory(root.appendingPathComponent("Rules").path)
        // The sample rule file is a real one, so the format shown can never drift from the loader.
        let ruleFiles = try GeneratedFiles.ruleFiles(root: root)
        let sampleName = ruleFiles.contains("skills.yml") ? "skills.yml" : ruleFiles.first ?? ""
        let sampleRule = try String(contentsOf: root.appendingPathComponent("Rules/" + sampleName), encoding: .utf8)
        for key in RuleLoader.ruleKeys where keys[key] == nil {
            throw GenerationError(description: "RuleReferenceGenerator: describe the rule-file key '\(key)'")
        }

        var output = """
        <!-- GENERATED FILE: do not edit. It is built from the rule files and the check kinds by Sources/ProfileLintGenerator/RuleReferenceGenerator.swift; regenerate with `swift run profilelint-generate`. -->
        # Rule reference

        profilelint's default rules: one YAML file per rule in this folder, compiled into the binary. \
        Every finding links to its rule's section here (`helpUri` in SARIF output, `Help:` in \
        `profilelint explain`); the section's anchor is the rule's id.

        In the terminal, `profilelint rules` lists the rules a run uses (the defaults, or those of \
        `--rules DIR`, after the configuration's overrides) and `profilelint explain <rule>` shows one of them.

        | Rule | Category | Severity | Weight | All-Star | Description |
        |---|---|---|--:|---|---|

        """
        for rule in rules {
            output += "| [\(rule.id)](#\(rule.id)) | \(rule.category.rawValue) | \(rule.severity.rawValue) | \(rule.weight) | \(rule.allStar ? "yes" : "") | \(cell(rule.description.english)) |\n"
        }
        output += """

        ## Writing a rule

        A rule is one YAML file, in `Rules/` or in a folder given to `--rules`, named after its id \
        (`photo.yml` holds the rule `photo`). Adding a rule is adding one file: its examples are run \
        by the test suite without any test code, and `swift run profilelint-generate` rebuilds \
        this page and the copy compiled into the binary. Unknown keys, checks, fields and placeholders \
        are errors that name the file, line, column and key.

        ```yaml

        """
        output += sampleRule.hasSuffix("\n") ? sampleRule : sampleRule + "\n"
        output += """
        ```

        ### Keys

        | Key | Required | Meaning |
        |---|---|---|

        """
        for key in RuleLoader.ruleKeys {
            guard let entry = keys[key] else { continue }
            output += "| `\(key)` | \(entry.required ? "yes" : "no") | \(entry.meaning) |\n"
        }
        output += """

        ### Checks

        A check is a mapping with one key, the check's name. Any check may also carry a `message` \
        (`en`, `nl`); when that check is why the rule fails, its message is shown instead of the rule's.

        | Check | Parameters | Passes when |
        |---|---|---|

        """
        for kind in checkKinds() {
            output += "| `\(kind.name)` | \(kind.parameters) | \(kind.passes) |\n"
        }
        output += """

        A check whose field is unknown for a profile (for example a photo, which a LinkedIn export \
        cannot always prove) is `unknown` rather than failing; `all`, `any` and `not` follow \
        three-valued logic, so an unknown never turns into a failure. Unknown results are left out \
        of the score.

        ### Fields

        Field names are those of profilelint's profile JSON; `current_position.*` reads the position \
        without an end date.

        | Field | Kind | Checks |
        |---|---|---|

        """
        for field in ProfileField.allCases {
            output += "| `\(field.rawValue)` | \(kindName(field.valueKind)) | \(checksFor(field.valueKind)) |\n"
        }
        output += """

        ### Placeholders

        Messages and suggestions may use `{<field>.length}` (a text's length in characters), \
        `{<field>.count}` (a list's length) and `{<field>.value}` (a number or text), and, from the \
        organisation configuration, `{organisation}`, `{department}` and `{recommended_groups}` \
        (one group as `'A'`, several as `one of 'A' or 'B'` in the message's language). \
        A value the input cannot tell shows as `?`. A count, length or number may carry its noun in \
        the singular and the plural, `{past_positions.count|past position|past positions}`: the \
        number is shown with the form the language's plural rule picks (`1 past position`, \
        `0 past positions`; in French 0 and 1 take the singular). Numbers have the language's \
        thousands separator (`2,600`, `2.600`, `2 600`).

        ### Scoring and levels

        score = round(100 × the weight of passing rules ÷ the weight of passing and failing rules); \
        unknown results count on neither side. Each category (`completeness`, `quality`, \
        `organisation`) has its own score by the same formula on its rules alone; a category with \
        nothing checked has none. The level is LinkedIn's profile strength and rests on the \
        completeness score only (the overall score when no completeness rule could be checked), so \
        a weak quality or organisation score never lowers it: *all-star* at 80 or more when every \
        All-Star criterion passes, *advanced* at 80 or more otherwise, *intermediate* from 50 and \
        *beginner* below.

        """
        for rule in rules { output += "\n" + section(rule) }
        return output
    }

    static func section(_ rule: Rule) -> String {
        let fileName = (rule.file as NSString).lastPathComponent
        var output = "## \(rule.id)\n\n"
        output += "**\(rule.name.english)** · category `\(rule.category.rawValue)` · severity `\(rule.severity.rawValue)` · weight \(rule.weight)"
        output += rule.allStar ? " · All-Star criterion" : ""
        output += " · [\(fileName)](\(fileName))\n\n"
        output += rule.description.english + "\n\n"
        output += "*Why:* " + rule.rationale.english + "\n\n"
        output += "```yaml\ncheck:\n" + rule.check.rendered.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }.joined(separator: "\n") + "\n```\n\n"
        let languages = ReportLanguage.allCases
        output += "| | " + MessageCatalog.all.map(\.name).joined(separator: " | ") + " |\n|---|" + String(repeating: "---|", count: languages.count) + "\n"
        output += "| Name | " + languages.map { cell(rule.name.text(in: $0)) }.joined(separator: " | ") + " |\n"
        output += "| Message | " + languages.map { cell(rule.message.text(in: $0)) }.joined(separator: " | ") + " |\n"
        output += "| Suggestion | " + languages.map { cell(rule.suggestion.text(in: $0)) }.joined(separator: " | ") + " |\n\n"
        output += "Examples:\n\n"
        let groups = [("passes", rule.examples.passing), ("fails", rule.examples.failing), ("unknown", rule.examples.unknown)]
        for (label, examples) in groups {
            for example in examples { output += "- \(label): \(code(JSONOutput(example).rendered(pretty: false)))\n" }
        }
        let defaultHelp = "https://github.com/profilelint/profilelint/blob/main/Rules/README.md#\(rule.id)"
        if rule.helpURL != defaultHelp { output += "\nMore: <\(rule.helpURL)>\n" }
        return output
    }

    /// Text for a Markdown table cell: pipes escaped, on one line.
    static func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }

    /// Inline code that survives backticks in `text`.
    static func code(_ text: String) -> String {
        var fence = "`"
        while text.contains(fence) { fence += "`" }
        return fence == "`" ? "`\(text)`" : "\(fence) \(text) \(fence)"
    }
}
