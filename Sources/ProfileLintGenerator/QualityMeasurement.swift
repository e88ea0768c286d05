import Foundation
import ProfileLint

/// How the quality rules do on the labelled set: per rule and language, the good texts they flag
/// (false positives), the weak texts they pass (misses) and the texts they cannot tell.
///
/// Each text is put in a profile of its own (``QualityLabelledSet/Item/profile()``) with a current
/// position at its employer, and the rule is evaluated through ``Linter`` as `check` evaluates it. The README's table is ``table``; `swift run profilelint-generate --quality-table`
/// prints it with the texts behind each figure.
package struct QualityMeasurement: Sendable {
    /// The languages of the set in the order the table lists them; `unknown` is any other language.
    package static let languages = ["nl", "en", "fr", "unknown"]
    static let languageNames = ["nl": "Dutch", "en": "English", "fr": "French", "unknown": "other"]

    /// The outcomes of one rule on the texts of one language that are labelled for it.
    package struct Row: Sendable {
        /// The rule's id.
        package var rule: String
        /// The texts' language (one of ``QualityMeasurement/languages``).
        package var language: String
        /// The ids of the texts labelled `pass`.
        package var good: [String] = []
        /// The ids of the texts labelled `fail`.
        package var weak: [String] = []
        /// The ids of the texts labelled `unknown`: no rule can judge them.
        package var unreadable: [String] = []
        /// Good texts the rule fails, and texts it cannot read that it fails.
        package var falsePositives: [String] = []
        /// Weak texts the rule passes.
        package var misses: [String] = []
        /// Texts labelled `pass` or `fail` on which the rule is unknown.
        package var unknowns: [String] = []
        /// Texts labelled `unknown` on which the rule is unknown, as it should be.
        package var unknownAsLabelled: [String] = []

        /// The share of good texts flagged (0–1); 0 when there are none.
        package var falsePositiveRate: Double { Self.share(falsePositives.count, of: good.count + unreadable.count) }
        /// The share of weak texts passed (0–1); 0 when there are none.
        package var missRate: Double { Self.share(misses.count, of: weak.count) }
        /// The share of labelled `pass` or `fail` texts the rule cannot tell (0–1).
        package var unknownRate: Double { Self.share(unknowns.count, of: good.count + weak.count) }

        static func share(_ count: Int, of total: Int) -> Double { total == 0 ? 0 : Double(count) / Double(total) }
    }

    /// One row per rule (in the rules' order) and language that has labelled texts.
    package var rows: [Row]
    /// Rule ids the set labels that no loaded rule has: not measured.
    package var unmeasured: [String]

    /// Measures the rules in `Rules/` under `root` on the labelled set under `root`.
    package static func measure(root: URL) throws -> QualityMeasurement {
        let rules = try RuleLoader().loadDirectory(root.appendingPathComponent("Rules").path)
        return try measure(rules, on: QualityLabelledSet.load(root: root), wordLists: wordLists(root: root))
    }

    /// The word lists as `Rules/lists/` under `root` holds them now, so that an edited list is
    /// measured before it is embedded.
    static func wordLists(root: URL) throws -> WordLists {
        let directory = root.appendingPathComponent("Rules/lists")
        var lists = WordLists.standard
        let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        for file in files.sorted() {
            guard let (list, language) = WordLists.parseFileName(file) else { continue }
            let contents = try String(contentsOf: directory.appendingPathComponent(file), encoding: .utf8)
            lists.change(list, language, add: WordLists.parseList(contents), remove: lists.phrases(list, language))
        }
        return lists
    }

    /// Measures `rules` on `set` with `wordLists`; rules the set has no labels for are left out.
    package static func measure(_ rules: [Rule], on set: QualityLabelledSet, wordLists: WordLists = .standard) throws -> QualityMeasurement {
        let labelled = Set(set.items.flatMap { $0.labels.map(\.rule) })
        let measured = rules.filter { labelled.contains($0.id) }
        var rows: [String: Row] = [:]
        // One linter per rule; a text names its employer through the profile's current position.
        let linters = Dictionary(uniqueKeysWithValues: measured.map { ($0.id, Linter(rules: [$0], wordLists: wordLists)) })
        for item in set.items {
            let profile = try item.profile()
            let language = languages.contains(item.language) ? item.language : "unknown"
            for (ruleID, label) in item.labels {
                guard let linter = linters[ruleID] else { continue }
                let status = linter.lint(profile, source: item.id, format: .profile).statuses[0]
                rows[ruleID + "\u{0}" + language, default: Row(rule: ruleID, language: language)].record(item.id, label: label, status: status)
            }
        }
        let ordered = measured.flatMap { rule in languages.compactMap { rows[rule.id + "\u{0}" + $0] } }
        return QualityMeasurement(rows: ordered, unmeasured: labelled.subtracting(measured.map(\.id)).sorted())
    }

    /// The README's table: one line per rule and language.
    package var table: String {
        guard !rows.isEmpty else {
            return "No quality rule is measured yet: none of the rules in `Rules/` is labelled in `\(QualityLabelledSet.folder)/`.\n"
        }
        var text = "| rule | language | good texts flagged (false positives) | weak texts passed (misses) | cannot tell |\n|---|---|---|---|---|\n"
        for row in rows {
            let name = Self.languageNames[row.language] ?? row.language
            if row.language == "unknown" {
                text += "| `\(row.rule)` | \(name) | \(Self.figure(row.falsePositives.count, of: row.unreadable.count)) failed | — | \(Self.figure(row.unknownAsLabelled.count, of: row.unreadable.count)) (right) |\n"
            } else {
                text += "| `\(row.rule)` | \(name) | \(Self.figure(row.falsePositives.count, of: row.good.count)) "
                    + "| \(Self.figure(row.misses.count, of: row.weak.count)) "
                    + "| \(Self.figure(row.unknowns.count, of: row.good.count + row.weak.count)) |\n"
            }
        }
        return text
    }

    /// The table followed by the ids of the texts behind each false positive, miss and unknown.
    package var report: String {
        var text = table
        for row in rows where !(row.falsePositives.isEmpty && row.misses.isEmpty && row.unknowns.isEmpty) {
            text += "\n\(row.rule), \(Self.languageNames[row.language] ?? row.language):"
            if !row.falsePositives.isEmpty { text += " flagged " + row.falsePositives.joined(separator: ", ") + ";" }
            if !row.misses.isEmpty { text += " passed " + row.misses.joined(separator: ", ") + ";" }
            if !row.unknowns.isEmpty { text += " unknown " + row.unknowns.joined(separator: ", ") + ";" }
        }
        if !unmeasured.isEmpty {
            text += "\n\nLabelled but not among the rules: " + unmeasured.joined(separator: ", ")
        }
        return text + "\n"
    }

    /// `3 of 20 (15%)`.
    static func figure(_ count: Int, of total: Int) -> String {
        guard total > 0 else { return "—" }
        return "\(count) of \(total) (\(Int((Double(count) * 100 / Double(total)).rounded()))%)"
    }
}

extension QualityMeasurement.Row {
    mutating func record(_ id: String, label: RuleStatus, status: RuleStatus) {
        switch label {
        case .pass: good.append(id)
        case .fail: weak.append(id)
        case .unknown: unreadable.append(id)
        }
        switch (label, status) {
        case (.pass, .fail), (.unknown, .fail): falsePositives.append(id)
        case (.fail, .pass): misses.append(id)
        case (.pass, .unknown), (.fail, .unknown): unknowns.append(id)
        case (.unknown, .unknown): unknownAsLabelled.append(id)
        default: break
        }
    }
}
