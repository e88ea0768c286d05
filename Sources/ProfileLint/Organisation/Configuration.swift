import Foundation

/// The settings of `.profilelint.yml`: the organisation, its departments and key accounts, the
/// report language, rule overrides, extra rule folders and input limits.
public struct Configuration: Sendable {
    /// The organisation, when configured.
    public var organisation: Organisation?
    /// The default report language (`--lang` wins).
    public var language: ReportLanguage?
    /// Changes to rules by id.
    public var ruleOverrides: [(id: String, override: RuleOverride, location: SourceLocation)]
    /// Folders with more rules (absolute paths); a rule with a built-in id replaces the built-in one.
    public var extraRuleFolders: [String]
    /// The word lists of the text checks, with the configuration's additions and removals (`lists`).
    public var wordLists = WordLists.standard
    /// Input limits.
    public var limits: Limits
    /// The share of the rules' weight a profile must let the rules check to get a level
    /// (`scoring.min_checked_weight`, a percentage in the file).
    public var minimumCheckedShare = Configuration.defaultMinimumCheckedShare
    /// 60%: below it a score rests on too little of the profile to rank it.
    public static let defaultMinimumCheckedShare = 0.6
    /// The file the configuration was read from.
    public var file: String?
    /// Unknown keys and other problems that did not stop the configuration from loading.
    public var warnings: [InputWarning]

    /// The configuration used when there is no file.
    public init() {
        organisation = nil
        language = nil
        ruleOverrides = []
        extraRuleFolders = []
        limits = .default
        file = nil
        warnings = []
    }

    /// The rules after adding the extra folders and applying the overrides, in id order.
    ///
    /// An override naming a rule that does not exist is an error with a suggestion, as in ESLint: a
    /// typo such as `headlin: off` must not leave the rule on without a word.
    public func applied(to baseRules: [Rule], loader: RuleLoader) throws -> [Rule] {
        var byID: [String: Rule] = [:]
        var order: [String] = []
        for rule in baseRules {
            if byID[rule.id] == nil { order.append(rule.id) }
            byID[rule.id] = rule
        }
        for folder in extraRuleFolders {
            for rule in try loader.loadDirectory(folder) {
                if byID[rule.id] == nil { order.append(rule.id) }
                byID[rule.id] = rule
            }
        }
        var disabled = Set<String>()
        for (id, override, location) in ruleOverrides {
            guard var rule = byID[id] else {
                let hint = id.closest(in: order).map { CatalogMessage(.hintDidYouMean, ["suggestion": .text($0)]) } ?? CatalogMessage(.hintRulesCommand)
                throw ProfileLintError.invalidConfiguration(location: location, key: "rules.\(id)", reason: CatalogMessage(.errorNoSuchRule, ["id": .text(id), "hint": .message(hint)]))
            }
            if let severity = override.severity { rule.severity = severity }
            if let weight = override.weight { rule.weight = weight }
            if override.enabled == false { disabled.insert(id) }
            byID[id] = rule
        }
        return order.sorted().filter { !disabled.contains($0) }.compactMap { byID[$0] }
    }
}

/// A change to one rule from the configuration.
public struct RuleOverride: Sendable, Equatable {
    /// `false` turns the rule off.
    public var enabled: Bool?
    /// A new severity.
    public var severity: Severity?
    /// A new weight.
    public var weight: Int?

    /// Creates an override.
    public init(enabled: Bool? = nil, severity: Severity? = nil, weight: Int? = nil) {
        self.enabled = enabled
        self.severity = severity
        self.weight = weight
    }
}
