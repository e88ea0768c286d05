/// Reads the project's own profile format (JSON, or YAML for templates) into a ``Profile``.
///
/// Conventions (see `Sources/ProfileLint/Formats/profile.schema.json`): a key that is left out or
/// empty means the profile has no such thing (`absent`); `null` means the source does not know
/// (`unknown`). Unknown keys are warnings with a "did you mean" suggestion, because a typo would
/// otherwise silently lose data.
public struct ProfileJSONImporter: Sendable {
    /// Top-level keys of the format.
    public static let knownKeys = [
        "$schema", "name", "headline", "photo", "about", "location", "industry", "profile_url",
        "positions", "education", "skills", "languages", "certifications", "groups",
        "connections", "recommendations", "employee_id", "department", "email", "phone",
    ]
    static let positionKeys = ["company", "title", "description", "location", "start", "end"]
    static let educationKeys = ["school", "degree", "field", "start", "end"]
    static let languageKeys = ["name", "proficiency"]
    static let certificationKeys = ["name", "authority", "date", "url"]
    static let connectionKeys = ["name", "company", "url", "position"]

    /// Creates the importer.
    public init() {}

    /// Whether a document looks like this format: an object with at least one of its profile keys.
    public static func matches(_ root: JSONValue) -> Bool {
        guard root.kind == .object else { return false }
        var matched = false
        root.forEachMember { key, _ in
            if !matched, let name = key.string, name != "email", name != "phone", name != "name",
               knownKeys.contains(name) { matched = true }
        }
        return matched
    }

    /// Reads one profile from the root of `document`; `file` is the path shown in diagnostics.
    public func importProfile(from root: JSONValue, file: String, rootPath: String = "$") throws -> Profile {
        let reader = JSONProfileReader(file: file)
        guard root.kind == .object else { throw reader.typeError(root, rootPath, expected: "an object (one profile)") }
        try reader.rejectDuplicateKeys(root, rootPath)

        var profile = Profile()
        let rootLocation = reader.location(root, rootPath)
        profile.sourceMap[""] = rootLocation
        // Everything the format carries starts out absent, located at the object that would hold it.
        profile.name = .absent
        profile.headline = .absent
        profile.photo = .absent
        profile.about = .absent
        profile.location = .absent
        profile.industry = .absent
        profile.profileURL = .absent
        profile.positions = .absent
        profile.education = .absent
        profile.skills = .absent
        profile.languages = .absent
        profile.certifications = .absent
        profile.groups = .absent
        profile.connectionCount = .absent
        profile.recommendations = .absent

        for (key, value) in root.members {
            guard let name = key.string else { continue }
            let path = rootPath + "." + name
            switch name {
            case "name": profile.name = try reader.textFact(value, path)
            case "headline": profile.headline = try reader.textFact(value, path)
            case "about": profile.about = try reader.textFact(value, path)
            case "location": profile.location = try reader.textFact(value, path)
            case "industry": profile.industry = try reader.textFact(value, path)
            case "profile_url": profile.profileURL = try reader.textFact(value, path)
            case "photo": profile.photo = try photo(value, path, reader)
            case "positions": profile.positions = try list(value, path, reader) { try position($0, $1, reader, &profile) }
            case "education": profile.education = try list(value, path, reader) { try education($0, $1, reader, &profile) }
            case "skills": profile.skills = try list(value, path, reader) { try named($0, $1, reader, keys: ["name", "level", "keywords"]) }
            case "groups": profile.groups = try list(value, path, reader) { try named($0, $1, reader, keys: ["name", "url"]) }
            case "languages":
                profile.languages = try list(value, path, reader) { element, elementPath throws in
                    try named(element, elementPath, reader, keys: Self.languageKeys).map {
                        Language(name: $0, proficiency: try element["proficiency"].flatMap { v throws in try reader.optionalString(v, elementPath + ".proficiency") })
                    }
                }
            case "certifications":
                profile.certifications = try list(value, path, reader) { element, elementPath throws in
                    try named(element, elementPath, reader, keys: Self.certificationKeys).map {
                        Certification(name: $0, authority: try element["authority"].flatMap { v throws in try reader.optionalString(v, elementPath + ".authority") })
                    }
                }
            case "connections": try connections(value, path, reader, &profile)
            case "recommendations":
                if value.isNull {
                    profile.recommendations = .unknown
                } else if value.kind == .array {
                    profile.recommendations = value.count == 0 ? .absent : .present(value.count)
                } else {
                    let count = try reader.integer(value, path, in: 0...1_000_000)
                    profile.recommendations = count == 0 ? .absent : .present(count)
                }
            case "employee_id": profile.employeeID = try reader.optionalString(value, path)
            case "department": profile.department = try reader.optionalString(value, path)
            case "$schema", "email", "phone":
                // Carried by templates; contact details are never read into the profile.
                continue
            default:
                profile.warnings.append(reader.unknownKeyWarning(key, name: name, parentPath: rootPath, known: Self.knownKeys))
                continue
            }
            profile.sourceMap[Self.fieldName(forKey: name)] = reader.location(value, path)
        }
        for field in ProfileField.allCases where field.parent == nil && profile.sourceMap[field.rawValue] == nil {
            var location = rootLocation
            location.path = rootPath + "." + field.rawValue
            profile.sourceMap[field.rawValue] = location
        }
        reader.locateMissingPositionFields(&profile, positionsPath: rootPath + ".positions",
                                           keys: ["company": "company", "title": "title", "description": "description", "location": "location"])
        return profile
    }

    static func fieldName(forKey key: String) -> String {
        key == "connections" ? ProfileField.connections.rawValue : key
    }

    private func photo(_ value: JSONValue, _ path: String, _ reader: JSONProfileReader) throws -> Fact<Bool> {
        if value.isNull { return .unknown }
        if let flag = value.bool { return flag ? .present(true) : .absent }
        guard let url = value.string else { throw reader.typeError(value, path, expected: "true, false or an image URL") }
        return url.trimmingWhitespace().isEmpty ? .absent : .present(true)
    }

    /// A list fact: `null` unknown, `[]` absent, otherwise each element read by `element`.
    private func list<Element>(_ value: JSONValue, _ path: String, _ reader: JSONProfileReader,
                               _ element: (JSONValue, String) throws -> Element?) throws -> Fact<[Element]> {
        if value.isNull { return .unknown }
        var items: [Element] = []
        for (index, item) in try reader.array(value, path).enumerated() {
            if let read = try element(item, path + "[\(index)]") { items.append(read) }
        }
        return .list(items)
    }

    /// A list element that is a string or an object with a `name`.
    private func named(_ value: JSONValue, _ path: String, _ reader: JSONProfileReader, keys: [String]) throws -> String? {
        if let string = value.string {
            let trimmed = string.trimmingWhitespace()
            return trimmed.isEmpty ? nil : trimmed
        }
        guard value.kind == .object else { throw reader.typeError(value, path, expected: "a string or an object with a name") }
        try reader.rejectDuplicateKeys(value, path)
        guard let name = value["name"] else {
            throw ProfileLintError.malformedInput(location: reader.location(value, path), reason: "missing 'name'")
        }
        return try reader.optionalString(name, path + ".name").map { $0.trimmingWhitespace() }.flatMap { $0.isEmpty ? nil : $0 }
    }

    private func position(_ value: JSONValue, _ path: String, _ reader: JSONProfileReader, _ profile: inout Profile) throws -> Position? {
        guard value.kind == .object else { throw reader.typeError(value, path, expected: "an object (one position)") }
        try reader.rejectDuplicateKeys(value, path)
        var position = Position()
        position.sources[""] = reader.location(value, path)
        for (key, field) in value.members {
            guard let name = key.string else { continue }
            let fieldPath = path + "." + name
            switch name {
            case "company": position.company = try reader.textFact(field, fieldPath).value
            case "title": position.title = try reader.textFact(field, fieldPath).value
            case "description": position.description = try reader.textFact(field, fieldPath).value
            case "location": position.location = try reader.textFact(field, fieldPath).value
            case "start": position.start = try reader.date(field, fieldPath)
            case "end": position.end = try reader.date(field, fieldPath)
            default:
                profile.warnings.append(reader.unknownKeyWarning(key, name: name, parentPath: path, known: Self.positionKeys))
                continue
            }
            position.sources[name] = reader.location(field, fieldPath)
        }
        return position
    }

    private func education(_ value: JSONValue, _ path: String, _ reader: JSONProfileReader, _ profile: inout Profile) throws -> Education? {
        if let school = value.string { return Education(school: school) }
        guard value.kind == .object else { throw reader.typeError(value, path, expected: "a string or an object (one school)") }
        try reader.rejectDuplicateKeys(value, path)
        var entry = Education()
        for (key, field) in value.members {
            guard let name = key.string else { continue }
            let fieldPath = path + "." + name
            switch name {
            case "school": entry.school = try reader.textFact(field, fieldPath).value
            case "degree": entry.degree = try reader.textFact(field, fieldPath).value
            case "field": entry.field = try reader.textFact(field, fieldPath).value
            case "start": entry.start = try reader.date(field, fieldPath)
            case "end": entry.end = try reader.date(field, fieldPath)
            default:
                profile.warnings.append(reader.unknownKeyWarning(key, name: name, parentPath: path, known: Self.educationKeys))
            }
        }
        return entry
    }

    /// `connections` is a count, or a list of connections (used for the organisation's reach).
    private func connections(_ value: JSONValue, _ path: String, _ reader: JSONProfileReader, _ profile: inout Profile) throws {
        if value.isNull {
            profile.connectionCount = .unknown
            return
        }
        if value.kind == .array {
            for (index, element) in value.elements.enumerated() {
                let elementPath = path + "[\(index)]"
                guard element.kind == .object else { throw reader.typeError(element, elementPath, expected: "an object (one connection)") }
                var fields: [String: String] = [:]
                for (key, field) in element.members {
                    guard let name = key.string else { continue }
                    guard Self.connectionKeys.contains(name) || name == "email" else {
                        profile.warnings.append(reader.unknownKeyWarning(key, name: name, parentPath: elementPath, known: Self.connectionKeys))
                        continue
                    }
                    fields[name] = try reader.optionalString(field, elementPath + "." + name)
                }
                if let connection = Connection.from(url: fields["url"], name: fields["name"], company: fields["company"]) {
                    profile.connections.append(connection)
                }
            }
            profile.connectionCount = value.count == 0 ? .absent : .present(value.count)
            return
        }
        let count = try reader.integer(value, path, in: 0...100_000_000)
        profile.connectionCount = count == 0 ? .absent : .present(count)
    }
}
