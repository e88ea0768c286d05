/// Reads a JSON Resume (jsonresume.org, schema 1.x, with the legacy keys) into a ``Profile``.
///
/// JSON Resume carries no groups, connection count or industry, so those facts are unknown and the
/// rules that need them are left out of the score.
public struct JSONResumeImporter: Sendable {
    /// Creates the importer.
    public init() {}

    /// Whether a document looks like a JSON Resume: an object with `basics` or `work`.
    public static func matches(_ root: JSONValue) -> Bool {
        guard root.kind == .object else { return false }
        var matched = false
        root.forEachMember { key, _ in
            if key.keyEquals("basics") || key.keyEquals("work") { matched = true }
        }
        return matched
    }

    /// Reads one resume from `root`; `file` is the path shown in diagnostics.
    public func importProfile(from root: JSONValue, file: String, rootPath: String = "$") throws -> Profile {
        let reader = JSONProfileReader(file: file)
        guard root.kind == .object else { throw reader.typeError(root, rootPath, expected: "an object (one resume)") }
        try reader.rejectDuplicateKeys(root, rootPath)
        var profile = Profile()
        let rootLocation = reader.location(root, rootPath)
        profile.sourceMap[""] = rootLocation

        // What JSON Resume carries is absent until found; groups, connections and industry stay unknown.
        profile.name = .absent
        profile.headline = .absent
        profile.photo = .absent
        profile.about = .absent
        profile.location = .absent
        profile.profileURL = .absent
        profile.positions = .absent
        profile.education = .absent
        profile.skills = .absent
        profile.languages = .absent
        profile.certifications = .absent
        profile.recommendations = .absent

        let basicsPath = rootPath + ".basics"
        var missingAt: [String: (JSONValue, String)] = [:]
        let basicsKeys = ["name": "name", "headline": "label", "photo": "image", "about": "summary", "location": "location", "profile_url": "profiles"]
        let basics = root["basics"].flatMap { $0.isNull ? nil : $0 }
        for (field, key) in basicsKeys { missingAt[field] = (basics ?? root, basicsPath + "." + key) }
        if let basics {
            guard basics.kind == .object else { throw reader.typeError(basics, basicsPath, expected: "an object") }
            try reader.rejectDuplicateKeys(basics, basicsPath)
            try readBasics(basics, basicsPath, reader, &profile)
        }

        let sections: [(key: String, field: String)] = [
            ("work", "positions"), ("education", "education"), ("skills", "skills"), ("languages", "languages"),
            ("certificates", "certifications"), ("references", "recommendations"),
        ]
        for (key, field) in sections {
            let path = rootPath + "." + key
            guard let value = root[key] else {
                missingAt[field] = (root, path)
                continue
            }
            if value.isNull { continue }
            let elements = try reader.array(value, path)
            profile.sourceMap[field] = reader.location(value, path)
            switch key {
            case "work":
                profile.positions = .list(try elements.enumerated().map { try position($0.element, "\(path)[\($0.offset)]", reader) })
            case "education":
                profile.education = .list(try elements.enumerated().map { try education($0.element, "\(path)[\($0.offset)]", reader) })
            case "skills":
                profile.skills = .list(try elements.enumerated().compactMap { try name($0.element, "\(path)[\($0.offset)]", reader, key: "name") })
            case "languages":
                profile.languages = .list(try elements.enumerated().compactMap { index, element in
                    try name(element, "\(path)[\(index)]", reader, key: "language").map {
                        Language(name: $0, proficiency: try element["fluency"].flatMap { try reader.optionalString($0, "\(path)[\(index)].fluency") })
                    }
                })
            case "certificates":
                profile.certifications = .list(try elements.enumerated().compactMap { index, element in
                    try name(element, "\(path)[\(index)]", reader, key: "name").map {
                        Certification(name: $0, authority: try element["issuer"].flatMap { try reader.optionalString($0, "\(path)[\(index)].issuer") })
                    }
                })
            default:
                profile.recommendations = elements.isEmpty ? .absent : .present(elements.count)
            }
        }
        for (field, (parent, path)) in missingAt where profile.sourceMap[field] == nil {
            profile.sourceMap[field] = reader.location(parent, path)
        }
        reader.locateMissingPositionFields(&profile, positionsPath: rootPath + ".work",
                                           keys: ["company": "name", "title": "position", "description": "summary", "location": "location"])
        return profile
    }

    private func readBasics(_ basics: JSONValue, _ path: String, _ reader: JSONProfileReader, _ profile: inout Profile) throws {
        for (key, value) in basics.members {
            guard let name = key.string else { continue }
            let fieldPath = path + "." + name
            let field: String
            switch name {
            case "name":
                profile.name = try reader.textFact(value, fieldPath)
                field = "name"
            case "label":
                profile.headline = try reader.textFact(value, fieldPath)
                field = "headline"
            case "image", "picture":
                guard profile.photo != .present(true) else { continue }
                profile.photo = try reader.textFact(value, fieldPath).map { _ in true }
                field = "photo"
            case "summary":
                profile.about = try reader.textFact(value, fieldPath)
                field = "about"
            case "location":
                profile.location = try location(value, fieldPath, reader)
                field = "location"
            case "profiles":
                guard let url = try linkedInURL(value, fieldPath, reader) else { continue }
                profile.profileURL = .present(url.0)
                profile.sourceMap["profile_url"] = url.1
                continue
            case "url", "website":
                guard profile.profileURL.value == nil, let url = try reader.optionalString(value, fieldPath),
                      url.lowercased().contains("linkedin.com/in/") else { continue }
                profile.profileURL = .present(url)
                field = "profile_url"
            default:
                continue
            }
            profile.sourceMap[field] = reader.location(value, fieldPath)
        }
    }

    /// `location` is an object (`address`, `city`, `region`, `countryCode`) or, in older files, text.
    private func location(_ value: JSONValue, _ path: String, _ reader: JSONProfileReader) throws -> Fact<String> {
        if value.isNull { return .absent }
        if value.string != nil { return try reader.textFact(value, path) }
        guard value.kind == .object else { throw reader.typeError(value, path, expected: "an object") }
        var parts: [String] = []
        for key in ["city", "region", "countryCode"] {
            if let part = try value[key].flatMap({ try reader.optionalString($0, path + "." + key) })?.trimmingWhitespace(), !part.isEmpty {
                parts.append(part)
            }
        }
        if parts.isEmpty, let address = try value["address"].flatMap({ try reader.optionalString($0, path + ".address") }) {
            return .text(address)
        }
        return .text(parts.joined(separator: ", "))
    }

    private func linkedInURL(_ value: JSONValue, _ path: String, _ reader: JSONProfileReader) throws -> (String, SourceLocation)? {
        if value.isNull { return nil }
        for (index, profile) in try reader.array(value, path).enumerated() where profile.kind == .object {
            let elementPath = "\(path)[\(index)]"
            let network = try profile["network"].flatMap { try reader.optionalString($0, elementPath + ".network") }?.lowercased() ?? ""
            let url = try profile["url"].flatMap { try reader.optionalString($0, elementPath + ".url") } ?? ""
            if network.contains("linkedin") || url.lowercased().contains("linkedin.com/") {
                if !url.isEmpty { return (url, reader.location(profile["url"] ?? profile, elementPath + ".url")) }
                if let username = try profile["username"].flatMap({ try reader.optionalString($0, elementPath + ".username") }), !username.isEmpty {
                    return ("https://www.linkedin.com/in/\(username)", reader.location(profile, elementPath))
                }
            }
        }
        return nil
    }

    private func name(_ value: JSONValue, _ path: String, _ reader: JSONProfileReader, key: String) throws -> String? {
        if let string = value.string { return Fact.text(string).value }
        guard value.kind == .object else { throw reader.typeError(value, path, expected: "an object") }
        guard let field = value[key] else { return nil }
        return try reader.textFact(field, path + "." + key).value
    }

    private func position(_ value: JSONValue, _ path: String, _ reader: JSONProfileReader) throws -> Position {
        guard value.kind == .object else { throw reader.typeError(value, path, expected: "an object (one job)") }
        try reader.rejectDuplicateKeys(value, path)
        var position = Position()
        position.sources[""] = reader.location(value, path)
        var highlights: [String] = []
        for (key, field) in value.members {
            guard let name = key.string else { continue }
            let fieldPath = path + "." + name
            let target: String
            switch name {
            case "name", "company":
                guard position.company == nil else { continue }
                position.company = try reader.textFact(field, fieldPath).value
                target = "company"
            case "position":
                position.title = try reader.textFact(field, fieldPath).value
                target = "title"
            case "summary":
                position.description = try reader.textFact(field, fieldPath).value
                target = "description"
            case "location":
                position.location = try reader.textFact(field, fieldPath).value
                target = "location"
            case "startDate":
                position.start = try date(field, fieldPath, reader)
                target = "start"
            case "endDate":
                position.end = try date(field, fieldPath, reader)
                target = "end"
            case "highlights":
                if field.isNull { continue }
                highlights = try reader.array(field, fieldPath).enumerated().compactMap { try reader.optionalString($0.element, "\(fieldPath)[\($0.offset)]") }
                continue
            default:
                continue
            }
            position.sources[target] = reader.location(field, fieldPath)
        }
        if position.description == nil, !highlights.isEmpty {
            position.description = Fact.text(highlights.map { "• " + $0 }.joined(separator: "\n")).value
        }
        return position
    }

    /// A JSON Resume date; `present`, `now` and empty mean "no end".
    private func date(_ value: JSONValue, _ path: String, _ reader: JSONProfileReader) throws -> PartialDate? {
        if let text = value.string, ["present", "now", "current", "heden"].contains(text.trimmingWhitespace().lowercased()) {
            return nil
        }
        return try reader.date(value, path)
    }

    private func education(_ value: JSONValue, _ path: String, _ reader: JSONProfileReader) throws -> Education {
        guard value.kind == .object else { throw reader.typeError(value, path, expected: "an object (one school)") }
        var entry = Education()
        entry.school = try value["institution"].flatMap { try reader.textFact($0, path + ".institution").value }
        entry.degree = try value["studyType"].flatMap { try reader.textFact($0, path + ".studyType").value }
        entry.field = try value["area"].flatMap { try reader.textFact($0, path + ".area").value }
        entry.start = try value["startDate"].flatMap { try date($0, path + ".startDate", reader) }
        entry.end = try value["endDate"].flatMap { try date($0, path + ".endDate", reader) }
        return entry
    }
}
