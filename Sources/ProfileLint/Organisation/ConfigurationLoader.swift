import Foundation

/// Finds and reads `.profilelint.yml`.
public enum ConfigurationLoader {
    /// The file names looked for, in order.
    public static let fileNames = [".profilelint.yml", ".profilelint.yaml"]
    /// The top-level keys.
    public static let topLevelKeys = ["organisation", "language", "departments", "key_accounts", "rules", "extra_rules", "lists", "limits", "scoring",
                                      "ambassadors", "group_discovery"]
    static let organisationKeys = ["name", "aliases", "page"]
    static let limitKeys = ["max_file_size", "max_uncompressed_size", "max_depth", "max_record_size", "max_pdf_seconds", "max_pdf_text_size"]
    static let ambassadorKeys = ["max_per_coach", "min_connections"]

    /// The configuration file in `directory` or the nearest of its parents, if any.
    public static func find(from directory: String) -> String? {
        var url = URL(fileURLWithPath: directory).standardizedFileURL
        while true {
            for name in fileNames {
                let candidate = url.appendingPathComponent(name).path
                if FileManager.default.fileExists(atPath: candidate) { return candidate }
            }
            let parent = url.deletingLastPathComponent()
            if parent.path == url.path { return nil }
            url = parent
        }
    }

    /// The configuration for a run over `inputs`: the one in `directory` (the current folder) or its
    /// parents, else the one nearest to the first input (or roster) that has one, so that
    /// `batch Fixtures/workforce --roster …` from the repository root finds the workforce's file.
    public static func find(from directory: String, inputs: [String]) -> String? {
        if let found = find(from: directory) { return found }
        for input in inputs where input != "-" {
            let url = URL(fileURLWithPath: input, relativeTo: URL(fileURLWithPath: directory, isDirectory: true)).standardizedFileURL
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) else { continue }
            let start = isFolder.boolValue ? url : url.deletingLastPathComponent()
            if let found = find(from: start.path) { return found }
        }
        return nil
    }

    /// Reads the configuration at `path`.
    public static func load(_ path: String) throws -> Configuration {
        let text = try InputFile.readText(path, limits: .default)
        return try parse(text, file: path)
    }

    /// Parses configuration text; `file` names it in errors and anchors relative paths.
    public static func parse(_ text: String, file: String) throws -> Configuration {
        let document = try YAMLDocumentReader.read(text, file: file)
        var configuration = Configuration()
        configuration.file = file
        let root = document.root
        if root.isNull { return configuration }
        let reader = ConfigurationReader(file: file)
        guard root.kind == .object else { throw reader.error(root, "", CatalogMessage(.errorExpectedConfiguration)) }
        try JSONProfileReader(file: file).rejectDuplicateKeys(root)

        var departments: [Department] = []
        var keyAccounts: [KeyAccount] = []
        var organisation: (name: String, aliases: [String], page: String?)?
        var ambassadors: (settings: AmbassadorSettings, node: JSONValue)?
        var groupDiscovery: (settings: GroupDiscoverySettings, node: JSONValue)?
        for (key, value) in root.members {
            let name = key.string ?? ""
            switch name {
            case "organisation":
                organisation = try reader.organisation(value, &configuration.warnings)
            case "language":
                let text = try reader.string(value, "language")
                guard let language = ReportLanguage(rawValue: text) else {
                    throw reader.error(value, "language", CatalogMessage(.errorExpectedLanguage, ["languages": .message(ReportLanguage.codes), "found": .text(text)]))
                }
                configuration.language = language
            case "departments":
                departments = try reader.departments(value, &configuration.warnings)
            case "key_accounts":
                keyAccounts = try reader.keyAccounts(value)
            case "rules":
                configuration.ruleOverrides = try reader.ruleOverrides(value)
            case "extra_rules":
                let folder = URL(fileURLWithPath: file).deletingLastPathComponent()
                configuration.extraRuleFolders = try reader.strings(value, "extra_rules").map { path in
                    path.hasPrefix("/") ? path : folder.appendingPathComponent(path).standardizedFileURL.path
                }
            case "lists":
                configuration.wordLists = try reader.wordLists(value)
            case "scoring":
                configuration.minimumCheckedShare = try reader.scoring(value, &configuration.warnings)
            case "limits":
                configuration.limits = try reader.limits(value, &configuration.warnings)
            case "ambassadors":
                ambassadors = (try reader.ambassadors(value, &configuration.warnings), value)
            case "group_discovery":
                groupDiscovery = (try reader.groupDiscovery(value, &configuration.warnings), value)
            default:
                configuration.warnings.append(reader.unknownKey(key, name, known: topLevelKeys, parent: ""))
            }
        }
        if let organisation {
            var configured = Organisation(name: organisation.name, aliases: organisation.aliases, pageURL: organisation.page,
                                          departments: departments, keyAccounts: keyAccounts)
            if let ambassadors { configured.ambassadorSettings = ambassadors.settings }
            if let groupDiscovery { configured.groupDiscoverySettings = groupDiscovery.settings }
            configuration.organisation = configured
        } else if !departments.isEmpty || !keyAccounts.isEmpty {
            throw reader.error(root, "organisation", CatalogMessage(.errorOrganisationNeeded))
        } else if let node = ambassadors?.node ?? groupDiscovery?.node {
            throw reader.error(node, ambassadors != nil ? "ambassadors" : "group_discovery",
                               CatalogMessage(.errorOrganisationNeededForAmbassadors))
        }
        return configuration
    }
}

/// Reads the parts of a configuration file, turning problems into ``ProfileLintError/invalidConfiguration(location:key:reason:)``.
struct ConfigurationReader {
    let file: String

    func location(_ node: JSONValue) -> SourceLocation {
        let (line, column) = node.lineAndColumn
        return SourceLocation(file: file, line: line, column: column)
    }

    func error(_ node: JSONValue, _ key: String, _ reason: CatalogMessage) -> ProfileLintError {
        .invalidConfiguration(location: location(node), key: key, reason: reason)
    }

    func unknownKey(_ key: JSONValue, _ name: String, known: [String], parent: String) -> InputWarning {
        let path = parent.isEmpty ? name : parent + "." + name
        let message = name.closest(in: known).map { CatalogMessage(.warningUnknownKeyDidYouMean, ["key": .text(path), "suggestion": .text($0)]) }
            ?? CatalogMessage(.warningUnknownKeyIgnored, ["key": .text(path)])
        return InputWarning(code: "unknown-key", message: message, location: location(key))
    }

    func string(_ value: JSONValue, _ key: String) throws -> String {
        guard let text = value.string?.trimmingWhitespace(), !text.isEmpty else {
            throw error(value, key, CatalogMessage(.errorExpectedTextFound, ["found": .message(value.typeName)]))
        }
        return text
    }

    func strings(_ value: JSONValue, _ key: String) throws -> [String] {
        if value.isNull { return [] }
        if value.string != nil { return [try string(value, key)] }
        guard value.kind == .array else { throw error(value, key, CatalogMessage(.errorExpectedList)) }
        return try value.elements.map { try string($0, key) }
    }

    func organisation(_ value: JSONValue, _ warnings: inout [InputWarning]) throws -> (name: String, aliases: [String], page: String?) {
        if value.string != nil { return (try string(value, "organisation"), [], nil) }
        guard value.kind == .object else { throw error(value, "organisation", CatalogMessage(.errorExpectedOrganisation)) }
        var name: String?
        var aliases: [String] = []
        var page: String?
        for (key, field) in value.members {
            switch key.string ?? "" {
            case "name": name = try string(field, "organisation.name")
            case "aliases": aliases = try strings(field, "organisation.aliases")
            case "page": page = try string(field, "organisation.page")
            default: warnings.append(unknownKey(key, key.string ?? "", known: ConfigurationLoader.organisationKeys, parent: "organisation"))
            }
        }
        guard let name else { throw error(value, "organisation.name", CatalogMessage(.errorMissing)) }
        return (name, aliases, page)
    }

    /// `departments:` maps each name to its groups, as `{groups: [...], template: FILE}` or directly as a list.
    func departments(_ value: JSONValue, _ warnings: inout [InputWarning]) throws -> [Department] {
        if value.isNull { return [] }
        guard value.kind == .object else { throw error(value, "departments", CatalogMessage(.errorExpectedDepartments)) }
        return try value.members.map { key, groups in
            let name = try string(key, "departments")
            let path = "departments.\(name)"
            if groups.isNull { return Department(name: name, groups: []) }
            if groups.kind == .array { return Department(name: name, groups: try strings(groups, path)) }
            guard groups.kind == .object else { throw error(groups, path, CatalogMessage(.errorExpectedDepartment)) }
            for (field, _) in groups.members where field.string != "groups" && field.string != "template" {
                let typed = field.string ?? ""
                let hint = typed.closest(in: ["groups", "template"]).map { CatalogMessage.Argument.message(CatalogMessage(.hintDidYouMean, ["suggestion": .text($0)])) }
                    ?? .message(CatalogMessage(.hintExpected, ["items": .alternatives(["groups", "template"])]))
                throw error(field, "\(path).\(typed)", CatalogMessage(.errorUnknownKeyHint, ["hint": hint]))
            }
            let template = try groups["template"].map { try self.template($0, path + ".template", &warnings) }
            return Department(name: name, groups: try groups["groups"].map { try strings($0, path + ".groups") } ?? [], template: template)
        }
    }

    /// `template: FILE`, a profile template relative to the configuration file, read at once so that a
    /// missing or broken template is one error naming the configuration line and the template.
    func template(_ value: JSONValue, _ key: String, _ warnings: inout [InputWarning]) throws -> DepartmentTemplate {
        let written = try string(value, key)
        let folder = URL(fileURLWithPath: file).deletingLastPathComponent()
        let path = written.hasPrefix("/") ? written : folder.appendingPathComponent(written).standardizedFileURL.path
        let template: DepartmentTemplate
        do {
            template = try DepartmentTemplate.load(path, display: written)
        } catch let problem as ProfileLintError {
            throw error(value, key, CatalogMessage(.errorCannotReadTemplate, ["reason": .message(problem.line)]))
        }
        if template.isEmpty {
            warnings.append(InputWarning(code: "empty-template", message: CatalogMessage(.warningEmptyTemplate, ["template": .text(written)]),
                                         location: location(value)))
        }
        return template
    }

    func keyAccounts(_ value: JSONValue) throws -> [KeyAccount] {
        if value.isNull { return [] }
        guard value.kind == .array else { throw error(value, "key_accounts", CatalogMessage(.errorExpectedKeyAccounts)) }
        return try value.elements.map { element in
            if element.string != nil { return KeyAccount(name: try string(element, "key_accounts")) }
            guard element.kind == .object, let nameValue = element["name"] else {
                throw error(element, "key_accounts", CatalogMessage(.errorExpectedKeyAccount))
            }
            for (field, _) in element.members where field.string != "name" && field.string != "aliases" {
                throw error(field, "key_accounts.\(field.string ?? "")", CatalogMessage(.errorUnknownKeyAccountKey))
            }
            return KeyAccount(name: try string(nameValue, "key_accounts.name"),
                              aliases: try element["aliases"].map { try strings($0, "key_accounts.aliases") } ?? [])
        }
    }

    /// `rules:` maps rule ids to `off`, `on`, a severity, or `{enabled, severity, weight}`.
    func ruleOverrides(_ value: JSONValue) throws -> [(id: String, override: RuleOverride, location: SourceLocation)] {
        if value.isNull { return [] }
        guard value.kind == .object else { throw error(value, "rules", CatalogMessage(.errorExpectedRules)) }
        return try value.members.map { key, setting in
            let id = try string(key, "rules")
            let path = "rules.\(id)"
            var override = RuleOverride()
            if let flag = setting.bool {
                override.enabled = flag
            } else if let text = setting.string {
                switch text {
                case "off", "false", "disabled": override.enabled = false
                case "on", "true", "enabled": override.enabled = true
                default:
                    guard let severity = Severity(rawValue: text) else {
                        throw error(setting, path, CatalogMessage(.errorExpectedRuleSettingFound, ["found": .text(text)]))
                    }
                    override.severity = severity
                }
            } else if setting.kind == .object {
                for (field, fieldValue) in setting.members {
                    switch field.string ?? "" {
                    case "enabled":
                        guard let flag = fieldValue.bool else { throw error(fieldValue, path + ".enabled", CatalogMessage(.errorExpectedBoolean)) }
                        override.enabled = flag
                    case "severity":
                        let text = try string(fieldValue, path + ".severity")
                        guard let severity = Severity(rawValue: text) else {
                            throw error(fieldValue, path + ".severity", CatalogMessage(.errorExpectedSeverity, ["found": .text(text)]))
                        }
                        override.severity = severity
                    case "weight":
                        guard let weight = fieldValue.int, (0...100).contains(weight) else {
                            throw error(fieldValue, path + ".weight", CatalogMessage(.errorExpectedWeight))
                        }
                        override.weight = weight
                    default:
                        let name = field.string ?? ""
                        let hint = name.closest(in: ["enabled", "severity", "weight"]).map { CatalogMessage.Argument.message(CatalogMessage(.hintDidYouMean, ["suggestion": .text($0)])) } ?? ""
                        throw error(field, "\(path).\(name)", CatalogMessage(.errorUnknownKeyHint, ["hint": hint]))
                    }
                }
            } else {
                throw error(setting, path, CatalogMessage(.errorExpectedRuleSetting))
            }
            return (id, override, location(key))
        }
    }

    /// `limits:` values are byte counts (`268435456`, `256MB`, `1GB`) or, for depth, a number.
    func limits(_ value: JSONValue, _ warnings: inout [InputWarning]) throws -> Limits {
        var limits = Limits.default
        guard value.kind == .object else { throw error(value, "limits", CatalogMessage(.errorExpectedMapping)) }
        for (key, field) in value.members {
            let name = key.string ?? ""
            let path = "limits.\(name)"
            switch name {
            case "max_file_size": limits.maximumFileSize = try bytes(field, path)
            case "max_uncompressed_size": limits.maximumUncompressedSize = try bytes(field, path)
            case "max_record_size": limits.maximumRecordSize = try bytes(field, path)
            case "max_pdf_text_size": limits.maximumPDFTextSize = try bytes(field, path)
            case "max_pdf_seconds":
                guard let seconds = field.int, (1...3_600).contains(seconds) else { throw error(field, path, CatalogMessage(.errorExpectedSecondsRange, ["lowest": "1", "highest": "3600"])) }
                limits.maximumPDFSeconds = seconds
            case "max_depth":
                guard let depth = field.int, (1...10_000).contains(depth) else { throw error(field, path, CatalogMessage(.errorExpectedDepth)) }
                limits.maximumDepth = depth
            default:
                warnings.append(unknownKey(key, name, known: ConfigurationLoader.limitKeys, parent: "limits"))
            }
        }
        return limits
    }

    /// `scoring: {min_checked_weight: 60%}`: the share of the weight a profile must let the rules check
    /// to get a level, as `60%`, `60` or `0.6`.
    func scoring(_ value: JSONValue, _ warnings: inout [InputWarning]) throws -> Double {
        try share(value, section: "scoring", key: "min_checked_weight", example: "60%", default: Configuration.defaultMinimumCheckedShare, &warnings)
    }

    /// A section with one share, `{key: 30%}`; other keys warn.
    func share(_ value: JSONValue, section: String, key wanted: String, example: String, default: Double,
               _ warnings: inout [InputWarning]) throws -> Double {
        guard value.kind == .object else { throw error(value, section, CatalogMessage(.errorExpectedMappingSuchAs, ["example": .text("{\(wanted): \(example)}")])) }
        var share = `default`
        for (key, field) in value.members {
            let name = key.string ?? ""
            guard name == wanted else {
                warnings.append(unknownKey(key, name, known: [wanted], parent: section))
                continue
            }
            share = try percentage(field, section + "." + wanted, example: example)
        }
        return share
    }

    /// A share written as `30%`, `30` or `0.3`, as a fraction from 0 to 1.
    func percentage(_ field: JSONValue, _ key: String, example: String) throws -> Double {
        let text = (field.string ?? field.numberText ?? "").trimmingWhitespace()
        let isPercent = text.hasSuffix("%")
        guard let number = Double(isPercent ? String(text.dropLast()).trimmingWhitespace() : text) else {
            throw error(field, key, CatalogMessage(.errorExpectedPercentage, ["example": .text(example)]))
        }
        let fraction = isPercent || number > 1 ? number / 100 : number
        guard (0...1).contains(fraction) else { throw error(field, key, CatalogMessage(.errorExpectedPercentageRange)) }
        return fraction
    }

    /// `ambassadors: {max_per_coach: 3, min_connections: 100}`.
    func ambassadors(_ value: JSONValue, _ warnings: inout [InputWarning]) throws -> AmbassadorSettings {
        guard value.kind == .object else { throw error(value, "ambassadors", CatalogMessage(.errorExpectedMappingSuchAs, ["example": "{max_per_coach: 3}"])) }
        var settings = AmbassadorSettings()
        for (key, field) in value.members {
            let name = key.string ?? ""
            switch name {
            case "max_per_coach":
                guard let number = field.int, (1...1000).contains(number) else {
                    throw error(field, "ambassadors.max_per_coach", CatalogMessage(.errorExpectedWholeNumberRange, ["lowest": "1", "highest": "1000"]))
                }
                settings.maxPerCoach = number
            case "min_connections":
                guard let number = field.int, (0...100_000).contains(number) else {
                    throw error(field, "ambassadors.min_connections", CatalogMessage(.errorExpectedWholeNumberRange, ["lowest": "0", "highest": "100000"]))
                }
                settings.minConnections = number
            default:
                warnings.append(unknownKey(key, name, known: ConfigurationLoader.ambassadorKeys, parent: "ambassadors"))
            }
        }
        return settings
    }

    /// `group_discovery: {min_share: 30%}`.
    func groupDiscovery(_ value: JSONValue, _ warnings: inout [InputWarning]) throws -> GroupDiscoverySettings {
        var settings = GroupDiscoverySettings()
        settings.minShare = try share(value, section: "group_discovery", key: "min_share", example: "30%", default: settings.minShare, &warnings)
        return settings
    }

    func bytes(_ value: JSONValue, _ key: String) throws -> Int {
        if let number = value.int, number > 0 { return number }
        let text = (value.string ?? value.numberText ?? "").trimmingWhitespace().uppercased().replacingOccurrences(of: " ", with: "")
        let units: [(String, Int)] = [("GB", 1 << 30), ("MB", 1 << 20), ("KB", 1 << 10), ("B", 1)]
        for (suffix, multiplier) in units where text.hasSuffix(suffix) {
            if let number = Int(text.dropLast(suffix.count)), number > 0, number <= Int.max / multiplier { return number * multiplier }
        }
        throw error(value, key, CatalogMessage(.errorExpectedSize))
    }
}
