import Foundation

/// Loads rules from YAML files, reporting any problem with its file, line, column and key.
public struct RuleLoader: Sendable {
    /// The keys a rule file may have.
    public static let ruleKeys = [
        "id", "name", "description", "rationale", "category", "severity", "weight", "all-star", "help",
        "check", "message", "suggestion", "examples",
    ]
    /// Placeholders that messages and suggestions may use besides `{<field>.length|count|value}`.
    public static let placeholders = ["organisation", "department", "recommended_groups"]

    /// Limits applied while reading rule files.
    public var limits: Limits

    /// Creates a loader.
    public init(limits: Limits = .default) {
        self.limits = limits
    }

    /// Loads every `*.yml` and `*.yaml` file of `directory`, in id order (as the configuration
    /// applies them: `about` before `about-buzzwords`, whose file name sorts first).
    public func loadDirectory(_ directory: String) throws -> [Rule] {
        let url = URL(fileURLWithPath: directory)
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory)
        } catch {
            throw ProfileLintError.unreadable(path: directory, reason: CatalogMessage(.errorRulesFolderUnreadable))
        }
        let files = names.filter { $0.hasSuffix(".yml") || $0.hasSuffix(".yaml") }.sorted()
        guard !files.isEmpty else {
            throw ProfileLintError.unreadable(path: directory, reason: CatalogMessage(.errorRulesFolderEmpty))
        }
        var rules: [Rule] = []
        for name in files {
            let path = directory.hasSuffix("/") ? directory + name : directory + "/" + name
            let text = try InputFile.readText(url.appendingPathComponent(name).path, display: path, limits: limits)
            rules.append(try loadRule(text, file: path))
        }
        try Self.rejectDuplicateIDs(rules)
        return rules.sorted { $0.id < $1.id }
    }

    /// Loads the default rules compiled into the binary from `Rules/`.
    ///
    /// They are embedded as JSON converted from the YAML files (by the generator that keeps them in
    /// step with `Rules/`), because JSON parses in microseconds and YAML takes most of a
    /// single-profile `check`'s start-up.
    public func loadDefaultRules() throws -> [Rule] {
        try EmbeddedRules.files.map { name, json -> Rule in
            let file = "Rules/" + name
            let document: JSONDocument
            do throws(JSONSyntaxError) {
                document = try JSONParser(maximumDepth: limits.maximumDepth).parse(Array(json.utf8))
            } catch {
                throw ProfileLintError.invalidRule(location: SourceLocation(file: file), key: "", reason: CatalogMessage(.errorEmbeddedRuleJSON, ["detail": .message(error.message)]))
            }
            return try loadRule(document, file: file)
        }.sorted { $0.id < $1.id }
    }

    /// Lower-case words of letters and digits joined by single hyphens (`role-description`).
    static func isRuleID(_ id: String) -> Bool {
        let words = id.split(separator: "-", omittingEmptySubsequences: false)
        return !words.isEmpty && words.allSatisfy { word in
            !word.isEmpty && word.utf8.allSatisfy { (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) }
        }
    }

    static func rejectDuplicateIDs(_ rules: [Rule]) throws {
        var seen: [String: String] = [:]
        for rule in rules {
            if let other = seen[rule.id] {
                throw ProfileLintError.invalidRule(location: SourceLocation(file: rule.file), key: "id",
                                                   reason: CatalogMessage(.errorDuplicateRuleID, ["id": .text(rule.id), "other": .text(other)]))
            }
            seen[rule.id] = rule.file
        }
    }

    /// Parses one rule file; `file` is its path, whose base name must equal the rule's id.
    public func loadRule(_ text: String, file: String) throws -> Rule {
        try loadRule(try YAMLDocumentReader.read(text, file: file, maximumDepth: limits.maximumDepth), file: file)
    }

    /// Reads one rule from a parsed rule file (YAML, or the JSON the default rules are embedded as).
    package func loadRule(_ document: JSONDocument, file: String) throws -> Rule {
        let root = document.root
        let reader = RuleFileReader(file: file)
        guard root.kind == .object else {
            throw reader.error(root, "", CatalogMessage(.errorRuleNotMapping))
        }
        for (key, _) in root.members {
            let name = key.string ?? ""
            guard Self.ruleKeys.contains(name) else {
                let hint = name.closest(in: Self.ruleKeys).map { CatalogMessage.Argument.message(CatalogMessage(.hintDidYouMean, ["suggestion": .text($0)])) } ?? ""
                throw reader.error(key, name, CatalogMessage(.errorUnknownKeyHint, ["hint": hint]))
            }
        }
        let id = try reader.requiredString(root, "id")
        let baseName = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
        guard id == baseName else {
            throw reader.error(root["id"] ?? root, "id", CatalogMessage(.errorRuleIDFileName, ["id": .text(id), "file": .text(baseName)]))
        }
        guard Self.isRuleID(id) else {
            throw reader.error(root["id"] ?? root, "id", CatalogMessage(.errorRuleIDFormat))
        }
        let severityText = try reader.requiredString(root, "severity")
        guard let severity = Severity(rawValue: severityText) else {
            throw reader.error(root["severity"] ?? root, "severity", CatalogMessage(.errorExpectedSeverity, ["found": .text(severityText)]))
        }
        guard let weightValue = root["weight"] else { throw reader.error(root, "weight", CatalogMessage(.errorMissing)) }
        guard let weight = weightValue.int, (0...100).contains(weight) else {
            throw reader.error(weightValue, "weight", CatalogMessage(.errorExpectedWeight))
        }
        var allStar = false
        if let value = root["all-star"] {
            guard let flag = value.bool else { throw reader.error(value, "all-star", CatalogMessage(.errorExpectedBoolean)) }
            allStar = flag
        }
        var category = RuleCategory.default
        if let value = root["category"] {
            let names = RuleCategory.allCases.map(\.rawValue)
            guard let text = value.string, let named = RuleCategory(rawValue: text) else {
                let found: CatalogMessage.Argument = value.string.map { .text("'\($0)'") } ?? .message(value.typeName)
                let hint = value.string?.closest(in: names).map { CatalogMessage.Argument.message(CatalogMessage(.hintDidYouMean, ["suggestion": .text($0)])) } ?? ""
                throw reader.error(value, "category", CatalogMessage(.errorExpectedCategory, ["categories": .alternatives(names), "found": found, "hint": hint]))
            }
            category = named
        }
        guard !allStar || category == .completeness else {
            throw reader.error(root["all-star"] ?? root, "all-star",
                               CatalogMessage(.errorAllStarNeedsCompleteness, ["category": .text(category.rawValue)]))
        }
        guard let checkValue = root["check"] else { throw reader.error(root, "check", CatalogMessage(.errorMissing)) }
        let check = try reader.check(checkValue, "check")
        let message = try reader.localized(root, "message")
        let suggestion = try reader.localized(root, "suggestion")
        for (key, text) in [("message", message), ("suggestion", suggestion)] {
            for language in text.languages {
                try reader.validatePlaceholders(text.text(in: language), key: key, node: root[key] ?? root)
            }
        }
        guard let examplesValue = root["examples"], examplesValue.kind == .object else {
            throw reader.error(root["examples"] ?? root, "examples", CatalogMessage(.errorExpectedExampleMapping))
        }
        for (key, _) in examplesValue.members where !["passing", "failing", "unknown"].contains(key.string ?? "") {
            throw reader.error(key, "examples.\(key.string ?? "")", CatalogMessage(.errorUnknownExampleKey))
        }
        let passing = try reader.examples(examplesValue, "passing")
        let failing = try reader.examples(examplesValue, "failing")
        let unknown = examplesValue["unknown"] == nil ? [] : try reader.examples(examplesValue, "unknown")
        let help = try root["help"].map { value throws in
            guard let text = value.string else { throw reader.error(value, "help", CatalogMessage(.errorExpectedURL)) }
            return text
        } ?? "https://github.com/profilelint/profilelint/blob/main/Rules/README.md#\(id)"

        return Rule(
            id: id,
            name: try reader.localized(root, "name"),
            description: try reader.localized(root, "description"),
            rationale: try reader.localized(root, "rationale"),
            severity: severity,
            weight: weight,
            allStar: allStar,
            category: category,
            check: check,
            message: message,
            suggestion: suggestion,
            examples: RuleExamples(passing: passing, failing: failing, unknown: unknown),
            helpURL: help,
            file: file
        )
    }
}

/// Reads the parts of one rule file, turning every problem into ``ProfileLintError/invalidRule(location:key:reason:)``.
struct RuleFileReader {
    let file: String

    func error(_ node: JSONValue, _ key: String, _ reason: CatalogMessage) -> ProfileLintError {
        let (line, column) = node.lineAndColumn
        return .invalidRule(location: SourceLocation(file: file, line: line, column: column), key: key, reason: reason)
    }

    func requiredString(_ object: JSONValue, _ key: String) throws -> String {
        guard let value = object[key] else { throw error(object, key, CatalogMessage(.errorMissing)) }
        guard let text = value.string?.trimmingWhitespace(), !text.isEmpty else {
            throw error(value, key, CatalogMessage(.errorExpectedTextFound, ["found": .message(value.typeName)]))
        }
        return text
    }

    /// Reads a text that is either plain (English) or a mapping of language codes to texts, of
    /// which `en` is required and every other key must be a registered language.
    func localized(_ object: JSONValue, _ key: String) throws -> LocalizedText {
        guard let value = object[key] else { throw error(object, key, CatalogMessage(.errorMissing)) }
        if value.string != nil { return LocalizedText(english: try requiredString(object, key)) }
        let codes = ReportLanguage.allCases.map(\.rawValue)
        guard value.kind == .object else {
            throw error(value, key, CatalogMessage(.errorExpectedLocalizedText, ["languages": .message(ReportLanguage.codes)]))
        }
        var translations: [ReportLanguage: String] = [:]
        for (languageKey, _) in value.members {
            let code = languageKey.string ?? ""
            guard let language = ReportLanguage(rawValue: code) else {
                let hint = code.closest(in: codes).map { CatalogMessage.Argument.message(CatalogMessage(.hintDidYouMean, ["suggestion": .text($0)])) } ?? ""
                throw error(languageKey, "\(key).\(code)", CatalogMessage(.errorUnknownLanguage, ["code": .text(code), "hint": hint,
                                                                                                "languages": .message(ReportLanguage.codes)]))
            }
            translations[language] = try requiredString(value, code)
        }
        guard let english = translations[.english] else {
            throw error(value, key + ".en", CatalogMessage(.errorMissingEnglish))
        }
        return LocalizedText(english: english, translations: translations)
    }

    func validatePlaceholders(_ text: String, key: String, node: JSONValue) throws {
        for placeholder in MessageTemplate.placeholders(in: text) where !MessageTemplate.isValid(placeholder) {
            throw error(node, key, CatalogMessage(.errorUnknownPlaceholder, ["placeholder": .text("{" + placeholder + "}")]))
        }
    }

    func examples(_ object: JSONValue, _ key: String) throws -> [JSONValue] {
        guard let value = object[key] else { throw error(object, "examples.\(key)", CatalogMessage(key == "passing" ? .errorMissingPassingExample : .errorMissingFailingExample)) }
        guard value.kind == .array, value.count > 0 else {
            throw error(value, "examples.\(key)", CatalogMessage(.errorExpectedExamples))
        }
        for element in value.elements where element.kind != .object {
            throw error(element, "examples.\(key)", CatalogMessage(.errorExampleNotMapping))
        }
        return value.elements
    }

    func field(_ value: JSONValue, _ key: String) throws -> ProfileField {
        guard let name = value.string else { throw error(value, key, CatalogMessage(.errorExpectedFieldName)) }
        guard let field = ProfileField(rawValue: name) else {
            let hint = name.closest(in: ProfileField.allCases.map(\.rawValue)).map { CatalogMessage.Argument.message(CatalogMessage(.hintDidYouMean, ["suggestion": .text($0)])) } ?? ""
            throw error(value, key, CatalogMessage(.errorUnknownField, ["field": .text(name), "hint": hint]))
        }
        return field
    }

    /// Reads the member `field` of a check's parameters, which must be given and be a field of `kind`.
    func requiredField(_ object: JSONValue, _ key: String, kind: ProfileField.ValueKind) throws -> ProfileField {
        guard let fieldValue = object["field"] else { throw error(object, key + ".field", CatalogMessage(.errorMissing)) }
        let field = try self.field(fieldValue, key + ".field")
        try expect(field, kind, fieldValue, key + ".field")
        return field
    }

    /// Reads the member `name` of a check's parameters, which must be given and be a whole number of at least 1.
    func requiredPositive(_ object: JSONValue, _ key: String, _ name: String) throws -> Int {
        guard let value = object[name] else { throw error(object, key + "." + name, CatalogMessage(.errorMissing)) }
        guard let number = value.int, number >= 1 else { throw error(value, key + "." + name, CatalogMessage(.errorExpectedPositive)) }
        return number
    }

    /// Reads `{field: F, value: N}` for the bounded checks, checking that the field has the right kind.
    func bounded(_ value: JSONValue, _ key: String, kind: ProfileField.ValueKind) throws -> (ProfileField, Int) {
        guard value.kind == .object else { throw error(value, key, CatalogMessage(.errorExpectedFieldAndValue)) }
        try onlyKeys(value, key, ["field", "value"])
        let field = try requiredField(value, key, kind: kind)
        guard let bound = value["value"] else { throw error(value, key + ".value", CatalogMessage(.errorMissing)) }
        guard let number = bound.int, number >= 0 else { throw error(bound, key + ".value", CatalogMessage(.errorExpectedNonNegative)) }
        return (field, number)
    }

    func expect(_ field: ProfileField, _ kind: ProfileField.ValueKind, _ node: JSONValue, _ key: String) throws {
        guard field.valueKind == kind else {
            throw error(node, key, CatalogMessage(.errorFieldKind, ["field": .text(field.rawValue), "kind": .message(field.valueKind.message),
                                                      "needed": .message(kind.message)]))
        }
    }

    func onlyKeys(_ value: JSONValue, _ key: String, _ allowed: [String]) throws {
        for (name, _) in value.members {
            let text = name.string ?? ""
            guard allowed.contains(text) else {
                let hint = text.closest(in: allowed).map { CatalogMessage.Argument.message(CatalogMessage(.hintDidYouMean, ["suggestion": .text($0)])) } ?? ""
                throw error(name, "\(key).\(text)", CatalogMessage(.errorUnknownParameter, ["hint": hint]))
            }
        }
    }

    func check(_ value: JSONValue, _ key: String) throws -> Check {
        guard value.kind == .object else {
            throw error(value, key, CatalogMessage(.errorExpectedOneCheck))
        }
        let checkMembers = value.members.filter { $0.key.string != "message" }
        guard checkMembers.count == 1, let (kindKey, argument) = checkMembers.first, let kind = kindKey.string else {
            throw error(value, key, CatalogMessage(.errorExpectedOneCheckAndMessage))
        }
        let inner = try plainCheck(kind: kind, kindKey: kindKey, argument: argument, key: key)
        guard value["message"] != nil else { return inner }
        let message = try localized(value, "message")
        for language in message.languages {
            try validatePlaceholders(message.text(in: language), key: key + ".message", node: value)
        }
        return inner.explained(message)
    }

    /// Reads the parameters of the check of kind `kind`, looked up in ``CheckKinds``.
    func plainCheck(kind: String, kindKey: JSONValue, argument: JSONValue, key: String) throws -> Check {
        let path = key + "." + kind
        guard let checkKind = CheckKinds.named(kind) else {
            let hint = kind.closest(in: CheckKinds.names).map { CatalogMessage.Argument.message(CatalogMessage(.hintDidYouMean, ["suggestion": .text($0)])) } ?? ""
            throw error(kindKey, path, CatalogMessage(.errorUnknownCheck, ["check": .text(kind), "hint": hint]))
        }
        return Check(try checkKind.parse(argument, at: path, reader: self))
    }

    /// Reads a non-empty list of checks (for `all` and `any`).
    func checks(_ argument: JSONValue, _ path: String) throws -> [Check] {
        guard argument.kind == .array, argument.count > 0 else { throw error(argument, path, CatalogMessage(.errorExpectedChecks)) }
        return try argument.elements.enumerated().map { try check($0.element, "\(path)[\($0.offset)]") }
    }
}
