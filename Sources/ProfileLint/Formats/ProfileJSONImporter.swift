/// Reads the project's own profile format (JSON, or YAML for templates) into a ``Profile``.
///
/// Conventions (see `Sources/ProfileLint/Formats/profile.schema.json`): a key that is left out or
/// empty means the profile has no such thing (`absent`); `null` means the source does not know
/// (`unknown`). Unknown keys are warnings with a "did you mean" suggestion, because a typo would
/// otherwise silently lose data.
package struct ProfileJSONImporter: Sendable {
    enum Key: String, JSONKey {
        case schema = "$schema", name, headline, photo, photoUploaded = "photo_uploaded", backgroundPhoto = "background_photo", about, location, industry, profileURL = "profile_url"
        case positions, education, skills, languages, certifications, groups, connections, recommendations
        case employeeID = "employee_id", department, email, phone
        static let table = JSONKeyTable<Key>()
    }

    enum PositionKey: String, JSONKey {
        case company, title, description, location, start, end
        static let table = JSONKeyTable<PositionKey>()
    }

    enum EducationKey: String, JSONKey {
        case school, degree, field, start, end
        static let table = JSONKeyTable<EducationKey>()
    }

    enum ConnectionKey: String, JSONKey {
        case name, company, url, position, email
        static let table = JSONKeyTable<ConnectionKey>()
    }

    /// Top-level keys of the format.
    public static var knownKeys: [String] { Key.table.names }

    /// How much of the profile to read (batch scoring reads only what rules can see).
    public var detail: ImportDetail

    /// Creates the importer.
    public init(detail: ImportDetail = .full) {
        self.detail = detail
    }

    /// Whether a document looks like this format: an object with at least one of its profile keys
    /// (contact details and the name alone do not count).
    package static func matches(_ root: JSONValue) -> Bool {
        guard root.kind == .object else { return false }
        var matched = false
        root.forEachMember { key, _ in
            guard !matched, let known = key.match(Key.self) else { return }
            matched = known != .email && known != .phone && known != .name
        }
        return matched
    }

    /// Reads one profile from `root`; `file` is the path shown in diagnostics.
    package func importProfile(from root: JSONValue, file: String) throws -> Profile {
        let reader = JSONProfileReader(file: file, detail: detail)
        guard root.kind == .object else { throw reader.typeError(root, expected: .expectOneProfile) }
        // Everything the format carries starts out absent, located at the object that would hold it.
        var profile = Profile()
        profile.markAllFactsAbsent()
        let rootRepeatsKeys = reader.warnDuplicateKeys(root, into: &profile.warnings)
        profile.sourceMap = reader.sourceMap
        reader.note(&profile.sourceMap, "", root)

        try root.forEachMember(lastWins: rootRepeatsKeys) { key, value in
            guard let known = key.match(Key.self) else {
                profile.warnings.append(reader.unknownKeyWarning(key, known: Key.table.names))
                return
            }
            switch known {
            case .name: profile.name = try reader.textFact(value)
            case .headline: profile.headline = try reader.textFact(value)
            case .about: profile.about = try reader.textFact(value)
            case .location: profile.location = try reader.textFact(value)
            case .industry: profile.industry = try reader.textFact(value)
            case .profileURL: profile.profileURL = try reader.textFact(value)
            case .photo: profile.photo = try photo(value, reader)
            case .backgroundPhoto: profile.backgroundPhoto = try photo(value, reader)
            case .photoUploaded: profile.photoUploaded = try date(value, reader)
            case .positions: profile.positions = try list(value, reader) { try position($0, reader, &profile) }
            case .education: profile.education = try list(value, reader) { try education($0, reader, &profile) }
            case .skills: profile.skills = try list(value, reader) { try named($0, reader, counted: true, &profile) }
            case .groups: profile.groups = try list(value, reader) { try named($0, reader, counted: false, &profile) }
            case .languages:
                profile.languages = try list(value, reader) { element in
                    try named(element, reader, counted: true, &profile).map { Language(name: $0, proficiency: try element["proficiency"].flatMap(reader.itemName)) }
                }
            case .certifications:
                profile.certifications = try list(value, reader) { element in
                    try named(element, reader, counted: true, &profile).map { Certification(name: $0, authority: try element["authority"].flatMap(reader.itemName)) }
                }
            case .connections: try connections(value, reader, &profile)
            case .recommendations:
                if value.isNull {
                    profile.recommendations = .unknown
                } else if value.kind == .array {
                    profile.recommendations = value.count == 0 ? .absent : .present(value.count)
                } else {
                    let count = try reader.integer(value, in: 0...1_000_000)
                    profile.recommendations = count == 0 ? .absent : .present(count)
                }
            case .employeeID: profile.employeeID = try reader.optionalString(value)
            case .department: profile.department = try reader.optionalString(value)
            case .schema, .email, .phone:
                // Carried by templates; contact details are never read into the profile.
                return
            }
            reader.note(&profile.sourceMap, known.rawValue, value)
        }
        if reader.recordsLocations {
            for field in ProfileField.allCases where field.parent == nil && profile.sourceMap[field.rawValue] == nil {
                reader.note(&profile.sourceMap, field.rawValue, root, missing: [field.rawValue])
            }
        }
        return profile
    }

    private func photo(_ value: JSONValue, _ reader: JSONProfileReader) throws -> Fact<Bool> {
        if value.isNull { return .unknown }
        if let flag = value.bool { return flag ? .present(true) : .absent }
        guard let url = value.string else { throw reader.typeError(value, expected: .expectPhoto) }
        return url.trimmingWhitespace().isEmpty ? .absent : .present(true)
    }

    /// A date fact: `null` unknown, empty absent, otherwise a date as people write it.
    private func date(_ value: JSONValue, _ reader: JSONProfileReader) throws -> Fact<PartialDate> {
        if value.isNull { return .unknown }
        guard let text = value.string else { throw reader.typeError(value, expected: .expectDate) }
        switch PartialDate.read(text) {
        case .blank: return .absent
        case .date(let date): return .present(date)
        case .present, .ambiguous, .unrecognised: throw reader.typeError(value, expected: .expectDate)
        }
    }

    /// A list fact: `null` unknown, `[]` absent, otherwise each element read by `element`.
    private func list<Element>(_ value: JSONValue, _ reader: JSONProfileReader, _ element: (JSONValue) throws -> Element?) throws -> Fact<[Element]> {
        if value.isNull { return .unknown }
        guard value.kind == .array else { throw reader.typeError(value, expected: .typeArray) }
        var items: [Element] = []
        items.reserveCapacity(value.count)
        try value.forEachElement { item in
            if let read = try element(item) { items.append(read) }
        }
        return .list(items)
    }

    /// A list element that is a string or an object with a `name`; `counted` names (skills,
    /// languages, certifications) are only counted by rules, so batch scoring does not decode them.
    private func named(_ value: JSONValue, _ reader: JSONProfileReader, counted: Bool, _ profile: inout Profile) throws -> String? {
        if value.isString { return counted ? try reader.itemName(value) : try reader.text(value) }
        guard value.kind == .object else { throw reader.typeError(value, expected: .expectNameOrObject) }
        let repeatsKeys = reader.warnDuplicateKeys(value, into: &profile.warnings)
        guard let name = repeatsKeys ? value.lastMember("name") : value.member("name") else {
            throw ProfileLintError.malformedInput(location: reader.location(value), reason: CatalogMessage(.errorMissingKey, ["key": "name"]))
        }
        return counted ? try reader.itemName(name) : try reader.text(name)
    }

    private func position(_ value: JSONValue, _ reader: JSONProfileReader, _ profile: inout Profile) throws -> Position? {
        guard value.kind == .object else { throw reader.typeError(value, expected: .expectOnePosition) }
        let repeatsKeys = reader.warnDuplicateKeys(value, into: &profile.warnings)
        var position = Position()
        position.sources = reader.sourceMap
        reader.note(&position.sources, "", value)
        // Texts are decoded after the dates are known: rules never read those of past positions.
        var texts: (company: JSONValue?, title: JSONValue?, description: JSONValue?, location: JSONValue?)
        try value.forEachMember(lastWins: repeatsKeys) { key, field in
            guard let known = key.match(PositionKey.self) else {
                profile.warnings.append(reader.unknownKeyWarning(key, known: PositionKey.table.names))
                return
            }
            switch known {
            case .company: texts.company = field
            case .title: texts.title = field
            case .description: texts.description = field
            case .location: texts.location = field
            case .start:
                position.start = try reader.date(field)
                reader.note(&position.sources, known.rawValue, field)
            case .end:
                position.end = try reader.date(field)
                reader.note(&position.sources, known.rawValue, field)
            }
        }
        let decode = reader.detail == .full || position.isCurrent
        func read(_ key: PositionKey) throws -> String? {
            let value: JSONValue?
            switch key {
            case .company: value = texts.company
            case .title: value = texts.title
            case .description: value = texts.description
            default: value = texts.location
            }
            guard let text = value else { return nil }
            guard decode else {
                try reader.checkText(text)
                return nil
            }
            reader.note(&position.sources, key.rawValue, text)
            return try reader.text(text)
        }
        position.company = try read(.company)
        position.title = try read(.title)
        position.description = try read(.description)
        position.location = try read(.location)
        if reader.recordsLocations {
            for key in [PositionKey.company, .title, .description, .location] where position.sources[key.rawValue] == nil {
                reader.note(&position.sources, key.rawValue, value, missing: [key.rawValue])
            }
        }
        return position
    }

    private func education(_ value: JSONValue, _ reader: JSONProfileReader, _ profile: inout Profile) throws -> Education? {
        if let school = value.string { return Education(school: school) }
        guard value.kind == .object else { throw reader.typeError(value, expected: .expectSchoolOrObject) }
        let repeatsKeys = reader.warnDuplicateKeys(value, into: &profile.warnings)
        var entry = Education()
        try value.forEachMember(lastWins: repeatsKeys) { key, field in
            guard let known = key.match(EducationKey.self) else {
                profile.warnings.append(reader.unknownKeyWarning(key, known: EducationKey.table.names))
                return
            }
            switch known {
            case .school: entry.school = try reader.text(field)
            case .degree: entry.degree = try reader.text(field)
            case .field: entry.field = try reader.text(field)
            case .start: entry.start = try reader.date(field)
            case .end: entry.end = try reader.date(field)
            }
        }
        return entry
    }

    /// `connections` is a count, or a list of connections (used for the organisation's reach).
    private func connections(_ value: JSONValue, _ reader: JSONProfileReader, _ profile: inout Profile) throws {
        if value.isNull {
            profile.connectionCount = .unknown
            return
        }
        if value.kind == .array {
            try value.forEachElement { element in
                guard element.kind == .object else { throw reader.typeError(element, expected: .expectOneConnection) }
                var url: String?
                var name: String?
                var company: String?
                try element.forEachMember { key, field in
                    guard let known = key.match(ConnectionKey.self) else {
                        profile.warnings.append(reader.unknownKeyWarning(key, known: ConnectionKey.table.names))
                        return
                    }
                    switch known {
                    case .url: url = try reader.optionalString(field)
                    case .name: name = try reader.optionalString(field)
                    case .company: company = try reader.optionalString(field)
                    case .position, .email: _ = try reader.optionalString(field)
                    }
                }
                if let connection = Connection.from(url: url, name: name, company: company) {
                    profile.connections.append(connection)
                }
            }
            profile.connectionCount = value.count == 0 ? .absent : .present(value.count)
            return
        }
        let count = try reader.integer(value, in: 0...100_000_000)
        profile.connectionCount = count == 0 ? .absent : .present(count)
    }
}

extension InputFormat {
    /// The project's own profile JSON (`Sources/ProfileLint/Formats/profile.schema.json`).
    public static var profile: InputFormat { InputFormat(ProfileJSONImporter.self) }
}

extension ProfileJSONImporter: JSONProfileImporter {
    /// ``InputFormat/profile``.
    public static var identifier: String { "profile" }
}
