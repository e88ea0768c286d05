import Foundation

/// Finds and reads `.profilelint.yml`.
public enum ConfigurationLoader {
    /// The file names looked for, in order.
    public static let fileNames = [".profilelint.yml", ".profilelint.yaml"]
    /// The top-level keys.
    public static let topLevelKeys = ["organisation", "language", "departments", "key_accounts", "rules", "extra_rules", "lists", "limits", "scoring"]
    static let organisationKeys = ["name", "aliases", "page"]
    static let limitKeys = ["max_file_size", "max_uncompressed_size", "max_depth", "max_record_size"]
    static let scoringKeys = ["min_checked_weight"]

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
        guard root.kind == .object else { throw reader.error(root, "", "expected a mapping of settings such as organisation and departments") }
        try JSONProfileReader(file: file).rejectDuplicateKeys(root)

        var departments: [Department] = []
        var keyAccounts: [KeyAccount] = []
        var organisation: (name: String, aliases: [String], page: String?)?
        for (key, value) in root.members {
            let name = key.string ?? ""
            switch name {
            case "organisation":
                organisation = try reader.organisation(value, &configuration.warnings)
            case "language":
                let text = try reader.string(value, "language")
                guard let language = ReportLanguage(rawValue: text) else {
                    throw reader.error(value, "language", "expected \(ReportLanguage.codeList) but found '\(text)'")
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
            default:
                configuration.warnings.append(reader.unknownKey(key, name, known: topLevelKeys, parent: ""))
            }
        }
        if let organisation {
            configuration.organisation = Organisation(name: organisation.name, aliases: organisation.aliases, pageURL: organisation.page,
                                                      departments: departments, keyAccounts: keyAccounts)
        } else if !departments.isEmpty || !keyAccounts.isEmpty {
            throw reader.error(root, "organisation", "departments and key_accounts need an organisation with a name")
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

    func error(_ node: JSONValue, _ key: String, _ reason: String) -> ProfileLintError {
        .invalidConfiguration(location: location(node), key: key, reason: reason)
    }

    func unknownKey(_ key: JSONValue, _ name: String, known: [String], parent: String) -> InputWarning {
        let hint = name.closest(in: known).map { "; did you mean '\($0)'?" } ?? "; it is ignored"
        let path = parent.isEmpty ? name : parent + "." + name
        return InputWarning(code: "unknown-key", message: "unknown key '\(path)'\(hint)", location: location(key))
    }

    func string(_ value: JSONValue, _ key: String) throws -> String {
        guard let text = value.string?.trimmingWhitespace(), !text.isEmpty else {
            throw error(value, key, "expected text but found \(value.typeName)")
        }
        return text
    }

    func strings(_ value: JSONValue, _ key: String) throws -> [String] {
        if value.isNull { return [] }
        if value.string != nil { return [try string(value, key)] }
        guard value.kind == .array else { throw error(value, key, "expected a list") }
        return try value.elements.map { try string($0, key) }
    }

    func organisation(_ value: JSONValue, _ warnings: inout [InputWarning]) throws -> (name: String, aliases: [String], page: String?) {
        if value.string != nil { return (try string(value, "organisation"), [], nil) }
        guard value.kind == .object else { throw error(value, "organisation", "expected a mapping with name, aliases and page") }
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
        guard let name else { throw error(value, "organisation.name", "missing") }
        return (name, aliases, page)
    }

    /// `departments:` maps each name to its groups, as `{groups: [...], template: FILE}` or directly as a list.
    func departments(_ value: JSONValue, _ warnings: inout [InputWarning]) throws -> [Department] {
        if value.isNull { return [] }
        guard value.kind == .object else { throw error(value, "departments", "expected a mapping from department name to its groups") }
        return try value.members.map { key, groups in
            let name = try string(key, "departments")
            let path = "departments.\(name)"
            if groups.isNull { return Department(name: name, groups: []) }
            if groups.kind == .array { return Department(name: name, groups: try strings(groups, path)) }
            guard groups.kind == .object else { throw error(groups, path, "expected a mapping with 'groups' and 'template', or a list of groups") }
            for (field, _) in groups.members where field.string != "groups" && field.string != "template" {
                let typed = field.string ?? ""
                let hint = typed.closest(in: ["groups", "template"]).map { "; did you mean '\($0)'?" } ?? "; expected 'groups' or 'template'"
                throw error(field, "\(path).\(typed)", "unknown key\(hint)")
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
            throw error(value, key, "cannot read the template: \(problem.errorDescription ?? written)")
        }
        if template.isEmpty {
            warnings.append(InputWarning(code: "empty-template", message: "the template \(written) has no headline, About or current role description to quote",
                                         location: location(value)))
        }
        return template
    }

    func keyAccounts(_ value: JSONValue) throws -> [KeyAccount] {
        if value.isNull { return [] }
        guard value.kind == .array else { throw error(value, "key_accounts", "expected a list of company names") }
        return try value.elements.map { element in
            if element.string != nil { return KeyAccount(name: try string(element, "key_accounts")) }
            guard element.kind == .object, let nameValue = element["name"] else {
                throw error(element, "key_accounts", "expected a company name or a mapping with name and aliases")
            }
            for (field, _) in element.members where field.string != "name" && field.string != "aliases" {
                throw error(field, "key_accounts.\(field.string ?? "")", "unknown key; expected 'name' or 'aliases'")
            }
            return KeyAccount(name: try string(nameValue, "key_accounts.name"),
                              aliases: try element["aliases"].map { try strings($0, "key_accounts.aliases") } ?? [])
        }
    }

    /// `rules:` maps rule ids to `off`, `on`, a severity, or `{enabled, severity, weight}`.
    func ruleOverrides(_ value: JSONValue) throws -> [(id: String, override: RuleOverride, location: SourceLocation)] {
        if value.isNull { return [] }
        guard value.kind == .object else { throw error(value, "rules", "expected a mapping from rule id to off, a severity, or {severity, weight}") }
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
                        throw error(setting, path, "expected off, on, error, warning or info but found '\(text)'")
                    }
                    override.severity = severity
                }
            } else if setting.kind == .object {
                for (field, fieldValue) in setting.members {
                    switch field.string ?? "" {
                    case "enabled":
                        guard let flag = fieldValue.bool else { throw error(fieldValue, path + ".enabled", "expected true or false") }
                        override.enabled = flag
                    case "severity":
                        let text = try string(fieldValue, path + ".severity")
                        guard let severity = Severity(rawValue: text) else {
                            throw error(fieldValue, path + ".severity", "expected error, warning or info but found '\(text)'")
                        }
                        override.severity = severity
                    case "weight":
                        guard let weight = fieldValue.int, (0...100).contains(weight) else {
                            throw error(fieldValue, path + ".weight", "expected a whole number from 0 to 100")
                        }
                        override.weight = weight
                    default:
                        let name = field.string ?? ""
                        let hint = name.closest(in: ["enabled", "severity", "weight"]).map { "; did you mean '\($0)'?" } ?? ""
                        throw error(field, "\(path).\(name)", "unknown key\(hint)")
                    }
                }
            } else {
                throw error(setting, path, "expected off, on, a severity or a mapping")
            }
            return (id, override, location(key))
        }
    }

    /// `limits:` values are byte counts (`268435456`, `256MB`, `1GB`) or, for depth, a number.
    func limits(_ value: JSONValue, _ warnings: inout [InputWarning]) throws -> Limits {
        var limits = Limits.default
        guard value.kind == .object else { throw error(value, "limits", "expected a mapping") }
        for (key, field) in value.members {
            let name = key.string ?? ""
            let path = "limits.\(name)"
            switch name {
            case "max_file_size": limits.maximumFileSize = try bytes(field, path)
            case "max_uncompressed_size": limits.maximumUncompressedSize = try bytes(field, path)
            case "max_record_size": limits.maximumRecordSize = try bytes(field, path)
            case "max_depth":
                guard let depth = field.int, (1...10_000).contains(depth) else { throw error(field, path, "expected a whole number from 1 to 10000") }
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
        guard value.kind == .object else { throw error(value, "scoring", "expected a mapping such as {min_checked_weight: 60%}") }
        var share = Configuration.defaultMinimumCheckedShare
        for (key, field) in value.members {
            let name = key.string ?? ""
            guard name == "min_checked_weight" else {
                warnings.append(unknownKey(key, name, known: ConfigurationLoader.scoringKeys, parent: "scoring"))
                continue
            }
            let text = (field.string ?? field.numberText ?? "").trimmingWhitespace()
            let isPercent = text.hasSuffix("%")
            guard let number = Double(isPercent ? String(text.dropLast()).trimmingWhitespace() : text) else {
                throw error(field, "scoring.min_checked_weight", "expected a percentage such as 60%")
            }
            let fraction = isPercent || number > 1 ? number / 100 : number
            guard (0...1).contains(fraction) else { throw error(field, "scoring.min_checked_weight", "expected a percentage from 0% to 100%") }
            share = fraction
        }
        return share
    }

    func bytes(_ value: JSONValue, _ key: String) throws -> Int {
        if let number = value.int, number > 0 { return number }
        let text = (value.string ?? value.numberText ?? "").trimmingWhitespace().uppercased().replacingOccurrences(of: " ", with: "")
        let units: [(String, Int)] = [("GB", 1 << 30), ("MB", 1 << 20), ("KB", 1 << 10), ("B", 1)]
        for (suffix, multiplier) in units where text.hasSuffix(suffix) {
            if let number = Int(text.dropLast(suffix.count)), number > 0, number <= Int.max / multiplier { return number * multiplier }
        }
        throw error(value, key, "expected a size such as 256MB or 1GB")
    }
}
