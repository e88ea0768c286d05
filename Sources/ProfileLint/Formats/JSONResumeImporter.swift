/// Reads a JSON Resume (jsonresume.org, schema 1.x, with the legacy keys) into a ``Profile``.
///
/// JSON Resume carries no groups, connection count or industry, so those facts are unknown and the
/// rules that need them are left out of the score.
public struct JSONResumeImporter: Sendable {
    enum Key: String, JSONKey {
        case basics, work, education, skills, languages, certificates, references
        static let table = JSONKeyTable<Key>()
    }

    enum BasicsKey: String, JSONKey {
        case name, label, image, picture, summary, location, profiles, url, website
        static let table = JSONKeyTable<BasicsKey>()
    }

    enum WorkKey: String, JSONKey {
        case name, company, position, summary, location, startDate, endDate, highlights
        static let table = JSONKeyTable<WorkKey>()
    }

    /// How much of the profile to read (batch scoring reads only what rules can see).
    public var detail: ImportDetail

    /// Creates the importer.
    public init(detail: ImportDetail = .full) {
        self.detail = detail
    }

    /// Whether a document looks like a JSON Resume: an object with `basics` or `work`.
    public static func matches(_ root: JSONValue) -> Bool {
        guard root.kind == .object else { return false }
        var matched = false
        root.forEachMember { key, _ in
            if !matched, let known = key.match(Key.self) { matched = known == .basics || known == .work }
        }
        return matched
    }

    /// Reads one resume from `root`; `file` is the path shown in diagnostics.
    public func importProfile(from root: JSONValue, file: String) throws -> Profile {
        let reader = JSONProfileReader(file: file, detail: detail)
        // What JSON Resume carries is absent until found; groups, connections and industry stay unknown.
        var profile = Profile.emptyResume
        try reader.start(&profile, at: root, expected: "an object (one resume)")

        var basics: JSONValue?
        try root.forEachMember { key, value in
            guard let known = key.match(Key.self) else { return }
            if known == .basics {
                if !value.isNull { basics = value }
                return
            }
            if value.isNull { return }
            guard value.kind == .array else { throw reader.typeError(value, expected: "an array") }
            let field: ProfileField
            switch known {
            case .basics:
                return
            case .work:
                field = .positions
                profile.positions = .list(try collect(value) { try position($0, reader) })
            case .education:
                field = .education
                profile.education = .list(try collect(value) { try education($0, reader) })
            case .skills:
                field = .skills
                profile.skills = .list(try collect(value) { try name($0, reader, key: "name") })
            case .languages:
                field = .languages
                profile.languages = .list(try collect(value) { element in
                    try name(element, reader, key: "language").map { Language(name: $0, proficiency: try element.member("fluency").flatMap(reader.itemName)) }
                })
            case .certificates:
                field = .certifications
                profile.certifications = .list(try collect(value) { element in
                    try name(element, reader, key: "name").map { Certification(name: $0, authority: try element.member("issuer").flatMap(reader.itemName)) }
                })
            case .references:
                field = .recommendations
                profile.recommendations = value.count == 0 ? .absent : .present(value.count)
            }
            reader.note(&profile.sourceMap, field.rawValue, value)
        }
        if let basics {
            guard basics.kind == .object else { throw reader.typeError(basics, expected: "an object") }
            try reader.rejectDuplicateKeys(basics)
            try readBasics(basics, reader, &profile)
        }
        if reader.recordsLocations {
            let basicsKeys: [(ProfileField, String)] = [(.name, "name"), (.headline, "label"), (.photo, "image"), (.about, "summary"),
                                                        (.location, "location"), (.profileURL, "profiles")]
            for (field, key) in basicsKeys where profile.sourceMap[field.rawValue] == nil {
                reader.note(&profile.sourceMap, field.rawValue, basics ?? root, missing: basics == nil ? ["basics", key] : [key])
            }
            let sections: [(ProfileField, String)] = [(.positions, "work"), (.education, "education"), (.skills, "skills"),
                                                      (.languages, "languages"), (.certifications, "certificates"), (.recommendations, "references")]
            for (field, key) in sections where profile.sourceMap[field.rawValue] == nil {
                reader.note(&profile.sourceMap, field.rawValue, root, missing: [key])
            }
        }
        return profile
    }

    private func collect<Element>(_ array: JSONValue, _ element: (JSONValue) throws -> Element?) throws -> [Element] {
        var items: [Element] = []
        guard array.count > 0 else { return items }
        items.reserveCapacity(array.count)
        try array.forEachElement { value in
            if let item = try element(value) { items.append(item) }
        }
        return items
    }

    private func readBasics(_ basics: JSONValue, _ reader: JSONProfileReader, _ profile: inout Profile) throws {
        try basics.forEachMember { key, value in
            guard let known = key.match(BasicsKey.self) else { return }
            let field: ProfileField
            switch known {
            case .name:
                profile.name = try reader.textFact(value)
                field = .name
            case .label:
                profile.headline = try reader.textFact(value)
                field = .headline
            case .image, .picture:
                guard profile.photo != .present(true) else { return }
                profile.photo = try reader.textFact(value).map { _ in true }
                field = .photo
            case .summary:
                profile.about = try reader.textFact(value)
                field = .about
            case .location:
                profile.location = try location(value, reader)
                field = .location
            case .profiles:
                guard let (url, anchor) = try linkedInURL(value, reader) else { return }
                profile.profileURL = .present(url)
                reader.note(&profile.sourceMap, ProfileField.profileURL.rawValue, anchor)
                return
            case .url, .website:
                guard profile.profileURL.value == nil, let url = try reader.optionalString(value),
                      url.lowercased().contains("linkedin.com/in/") else { return }
                profile.profileURL = .present(url)
                field = .profileURL
            }
            reader.note(&profile.sourceMap, field.rawValue, value)
        }
    }

    enum LocationKey: String, JSONKey {
        case address, city, region, countryCode
        static let table = JSONKeyTable<LocationKey>()
    }

    /// `location` is an object (`address`, `city`, `region`, `countryCode`) or, in older files, text.
    private func location(_ value: JSONValue, _ reader: JSONProfileReader) throws -> Fact<String> {
        if value.isNull { return .absent }
        if value.isString { return try reader.textFact(value) }
        guard value.kind == .object else { throw reader.typeError(value, expected: "an object") }
        var city: String?
        var region: String?
        var country: String?
        var address: String?
        try value.forEachMember { key, field in
            switch key.match(LocationKey.self) {
            case .city: city = try reader.text(field)
            case .region: region = try reader.text(field)
            case .countryCode: country = try reader.text(field)
            case .address: address = try reader.text(field)
            case nil: return
            }
        }
        // Joined part by part: short places stay small strings, with no array built for them.
        var joined: String?
        func add(_ part: String?) {
            guard let part else { return }
            joined = joined.map { $0 + ", " + part } ?? part
        }
        add(city)
        add(region)
        add(country)
        guard let joined else { return .text(address) }
        return .present(joined)
    }

    /// The LinkedIn URL among `basics.profiles`, with the value it was read from.
    private func linkedInURL(_ value: JSONValue, _ reader: JSONProfileReader) throws -> (String, JSONValue)? {
        if value.isNull { return nil }
        for profile in try reader.array(value) where profile.kind == .object {
            let network = try profile["network"].flatMap(reader.optionalString)?.lowercased() ?? ""
            let urlValue = profile["url"]
            let url = try urlValue.flatMap(reader.optionalString) ?? ""
            if network.contains("linkedin") || url.lowercased().contains("linkedin.com/") {
                if !url.isEmpty, let urlValue { return (url, urlValue) }
                if let username = try profile["username"].flatMap(reader.optionalString), !username.isEmpty {
                    return ("https://www.linkedin.com/in/\(username)", profile)
                }
            }
        }
        return nil
    }

    /// The name of a skill, language or certificate: a string, or the object's `key`.
    private func name(_ value: JSONValue, _ reader: JSONProfileReader, key: StaticString) throws -> String? {
        if value.isString { return try reader.itemName(value) }
        guard value.kind == .object else { throw reader.typeError(value, expected: "an object") }
        guard let field = value.member(key) else { return nil }
        return try reader.itemName(field)
    }

    private func position(_ value: JSONValue, _ reader: JSONProfileReader) throws -> Position {
        guard value.kind == .object else { throw reader.typeError(value, expected: "an object (one job)") }
        try reader.rejectDuplicateKeys(value)
        // The parts are gathered in locals and the position made once: a position captured by the
        // closures below would be copied, texts and all.
        var sources = reader.sourceMap
        reader.note(&sources, "", value)
        var start: PartialDate?
        var end: PartialDate?
        // Texts are decoded after the dates are known: rules never read those of past positions.
        var company: JSONValue?
        var title: JSONValue?
        var summary: JSONValue?
        var location: JSONValue?
        var highlights: JSONValue?
        try value.forEachMember { key, field in
            guard let known = key.match(WorkKey.self) else { return }
            switch known {
            case .name, .company: if company == nil { company = field }
            case .position: title = field
            case .summary: summary = field
            case .location: location = field
            case .startDate:
                start = try date(field, reader)
                reader.note(&sources, "start", field)
            case .endDate:
                end = try date(field, reader)
                reader.note(&sources, "end", field)
            case .highlights:
                if field.isNull { return }
                guard field.kind == .array else { throw reader.typeError(field, expected: "an array") }
                highlights = field
            }
        }
        let decode = reader.detail == .full || end == nil
        func read(_ value: JSONValue?, _ name: String) throws -> String? {
            guard let value else { return nil }
            guard decode else {
                try reader.checkText(value)
                return nil
            }
            reader.note(&sources, name, value)
            return try reader.text(value)
        }
        let companyText = try read(company, "company")
        let titleText = try read(title, "title")
        var description = try read(summary, "description")
        let locationText = try read(location, "location")
        if let highlights {
            if decode, description == nil {
                let lines = try collect(highlights) { try reader.optionalString($0) }
                if !lines.isEmpty { description = Fact.text(lines.map { "• " + $0 }.joined(separator: "\n")).value }
            } else {
                try highlights.forEachElement { try reader.checkText($0) }
            }
        }
        if reader.recordsLocations {
            for (field, key) in [("company", "name"), ("title", "position"), ("description", "summary"), ("location", "location")]
            where sources[field] == nil {
                reader.note(&sources, field, value, missing: [key])
            }
        }
        return Position(company: companyText, title: titleText, description: description, location: locationText,
                        start: start, end: end, sources: sources)
    }

    /// End dates that mean the job goes on.
    private static let openEndWords: Set<String> = ["present", "now", "current", "heden"]

    /// A JSON Resume date; `present`, `now` and empty mean "no end".
    private func date(_ value: JSONValue, _ reader: JSONProfileReader) throws -> PartialDate? {
        // The common case, a well-formed date in a plain string, is read from the input's bytes.
        if let date = value.withPlainStringBytes({ PartialDate(isoUTF8: $0) }) ?? nil { return date }
        // Dates start with a digit; only words such as "Present" need the slower comparison.
        if let text = value.string, let first = text.utf8.first, !(0x30...0x39).contains(first),
           Self.openEndWords.contains(text.trimmingWhitespace().lowercased()) {
            return nil
        }
        return try reader.date(value)
    }

    enum EducationKey: String, JSONKey {
        case institution, studyType, area, startDate, endDate
        static let table = JSONKeyTable<EducationKey>()
    }

    private func education(_ value: JSONValue, _ reader: JSONProfileReader) throws -> Education {
        guard value.kind == .object else { throw reader.typeError(value, expected: "an object (one school)") }
        // One pass over the keys (the first of a repeated key counts), then the values in a fixed
        // order, so that the first problem reported does not depend on the order of the keys.
        var institution: JSONValue?
        var studyType: JSONValue?
        var area: JSONValue?
        var startDate: JSONValue?
        var endDate: JSONValue?
        value.forEachMember { key, field in
            switch key.match(EducationKey.self) {
            case .institution: if institution == nil { institution = field }
            case .studyType: if studyType == nil { studyType = field }
            case .area: if area == nil { area = field }
            case .startDate: if startDate == nil { startDate = field }
            case .endDate: if endDate == nil { endDate = field }
            case nil: break
            }
        }
        var entry = Education()
        entry.start = try startDate.flatMap { try date($0, reader) }
        entry.end = try endDate.flatMap { try date($0, reader) }
        try reader.readSchool(&entry, school: institution, degree: studyType, field: area)
        return entry
    }
}

extension InputFormat {
    /// JSON Resume (jsonresume.org).
    public static var jsonResume: InputFormat { InputFormat(JSONResumeImporter.self) }
}

extension JSONResumeImporter: JSONProfileImporter {
    /// ``InputFormat/jsonResume``.
    public static var identifier: String { "json-resume" }
}
