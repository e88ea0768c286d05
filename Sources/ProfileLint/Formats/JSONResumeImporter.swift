/// Reads a JSON Resume (jsonresume.org, schema 1.x, with the legacy keys) into a ``Profile``.
///
/// JSON Resume carries no groups, connection count or industry, so those facts are unknown and the
/// rules that need them are left out of the score.
///
/// Lenient where hand-written files stray from the schema, each with a warning: `works` is read as
/// `work` (when there is no `work`); `languages` written as one object (`{"language": …}`) or as a map
/// of language to fluency (`{"English": "Native"}`) or as a list wrapped in an object (`{"language": [...]}`)
/// is read as the list it stands for; a file without
/// `basics` has `personal` read in its place, or else its name, headline, summary, location, photo and
/// profile URL are unknown (the file does not carry them), not missing.
package struct JSONResumeImporter: Sendable {
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

    /// Whether a document looks like a JSON Resume: an object with `basics` or `work` (or `works`).
    package static func matches(_ root: JSONValue) -> Bool {
        guard root.kind == .object else { return false }
        var matched = false
        root.forEachMember { key, _ in
            guard !matched else { return }
            // `works`, which people write for `work`, is compared only when no key of the table matched:
            // every key looked up in the table costs each of its entries.
            if let known = key.match(Key.self) { matched = known == .basics || known == .work } else { matched = key.keyEquals("works") }
        }
        return matched
    }

    /// Reads one resume from `root`; `file` is the path shown in diagnostics.
    package func importProfile(from root: JSONValue, file: String) throws -> Profile {
        let reader = JSONProfileReader(file: file, detail: detail)
        guard root.kind == .object else { throw reader.typeError(root, expected: .expectOneResume) }
        // Warnings are gathered apart from the profile, which the sections below assign to.
        var warnings: [InputWarning] = []
        let rootRepeatsKeys = reader.warnDuplicateKeys(root, into: &warnings)
        // What JSON Resume carries is absent until found; groups, connections and industry stay unknown.
        var profile = Profile()
        profile.markResumeFactsAbsent()
        profile.sourceMap = reader.sourceMap
        reader.note(&profile.sourceMap, "", root)

        var basics: JSONValue?
        var hasBasics = false
        var personal: JSONValue?
        var works: JSONValue?
        var hasWork = false
        try root.forEachMember(lastWins: rootRepeatsKeys) { key, value in
            guard let known = key.match(Key.self) else {
                // Not JSON Resume's keys, but written by people for `work` and `basics`; kept out of the
                // key table, whose every entry each key looked up in it costs (the batch path).
                if key.keyEquals("works") { works = value } else if key.keyEquals("personal") { personal = value }
                return
            }
            switch known {
            case .basics:
                hasBasics = true
                if !value.isNull { basics = value }
                return
            case .work:
                hasWork = true
            case .languages where value.kind == .object:
                profile.languages = .list(try languages(inObject: value, reader, &warnings))
                reader.note(&profile.sourceMap, ProfileField.languages.rawValue, value)
                return
            case .skills where value.kind == .object:
                profile.skills = .list(try skills(inObject: value, reader, &warnings))
                reader.note(&profile.sourceMap, ProfileField.skills.rawValue, value)
                return
            default:
                break
            }
            if value.isNull { return }
            guard value.kind == .array else { throw reader.typeError(value, expected: .typeArray) }
            let field: ProfileField
            switch known {
            case .basics:
                return
            case .work:
                field = .positions
                profile.positions = .list(try collect(value, reader, &warnings) { try position($0, reader, &$1) })
            case .education:
                field = .education
                profile.education = .list(try collect(value, reader, &warnings) { try education($0, reader, &$1) })
            case .skills:
                field = .skills
                profile.skills = .list(try skills(value, reader, &warnings))
            case .languages:
                field = .languages
                profile.languages = .list(try collect(value, reader, &warnings) { element, warnings in
                    try name(element, reader, key: "language", &warnings).map {
                        Language(name: $0, proficiency: try member(element, "fluency").flatMap(reader.itemName))
                    }
                })
            case .certificates:
                field = .certifications
                profile.certifications = .list(try collect(value, reader, &warnings) { element, warnings in
                    try name(element, reader, key: "name", &warnings).map {
                        Certification(name: $0, authority: try member(element, "issuer").flatMap(reader.itemName))
                    }
                })
            case .references:
                field = .recommendations
                profile.recommendations = value.count == 0 ? .absent : .present(value.count)
            }
            reader.note(&profile.sourceMap, field.rawValue, value)
        }
        if !hasWork, let works {
            try readWorks(works, reader, &profile, &warnings)
        }
        if !hasBasics {
            if let personal, personal.kind == .object {
                warnings.append(InputWarning(code: "nonstandard-key",
                                             message: CatalogMessage(.warningPersonalForBasics),
                                             location: reader.location(personal)))
                basics = personal
            } else {
                profile.markBasicsUnknown()
                warnings.append(InputWarning(code: "no-basics",
                                             message: CatalogMessage(.warningNoBasics),
                                             location: reader.location(root)))
            }
        }
        if let basics {
            guard basics.kind == .object else { throw reader.typeError(basics, expected: .typeObject) }
            let repeatsKeys = reader.warnDuplicateKeys(basics, into: &warnings)
            try readBasics(basics, repeatsKeys: repeatsKeys, reader, &profile)
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
        // Appending even nothing to the shared empty array would allocate, once a profile.
        if !warnings.isEmpty { profile.warnings += warnings }
        return profile
    }

    /// `works`, a key people write for `work`, read as `work` with a warning.
    private func readWorks(_ works: JSONValue, _ reader: JSONProfileReader, _ profile: inout Profile,
                           _ warnings: inout [InputWarning]) throws {
        if works.isNull { return }
        guard works.kind == .array else { throw reader.typeError(works, expected: .typeArray) }
        warnings.append(InputWarning(code: "nonstandard-key", message: CatalogMessage(.warningWorksAsWork),
                                     location: reader.location(works)))
        profile.positions = .list(try collect(works, reader, &warnings) { try position($0, reader, &$1) })
        reader.note(&profile.sourceMap, ProfileField.positions.rawValue, works)
    }

    /// `languages` written as an object instead of a list: one entry (`{"language": "Dutch", "fluency":
    /// "Native"}`), or a map of language to fluency (`{"Dutch": "Native", "English": {"fluency": "Fluent"}}`).
    private func languages(inObject object: JSONValue, _ reader: JSONProfileReader,
                           _ warnings: inout [InputWarning]) throws -> [Language] {
        let repeatsKeys = reader.warnDuplicateKeys(object, into: &warnings)
        // A list wrapped in an object, as XML converted to JSON has it: `{"language": [{"name": "Dutch", "level": "native"}, …]}`.
        if let list = repeatsKeys ? object.lastMember("language" as StaticString) : object.member("language" as StaticString), list.kind == .array {
            warnings.append(InputWarning(code: "languages-object",
                                         message: CatalogMessage(.warningLanguagesWrapped),
                                         location: reader.location(object)))
            return try collect(list, reader, &warnings) { element, warnings in
                let key: StaticString = element.kind == .object && element.member("language" as StaticString) == nil ? "name" : "language"
                return try name(element, reader, key: key, &warnings).map {
                    Language(name: $0, proficiency: try (member(element, "fluency") ?? member(element, "level")).flatMap(reader.itemName))
                }
            }
        }
        if object.member("language" as StaticString) != nil || object.member("name" as StaticString) != nil {
            warnings.append(InputWarning(code: "languages-object",
                                         message: CatalogMessage(.warningLanguagesOneObject),
                                         location: reader.location(object)))
            let key: StaticString = object.member("language" as StaticString) != nil ? "language" : "name"
            guard let name = try name(object, reader, key: key, &warnings) else { return [] }
            return [Language(name: name, proficiency: try member(object, "fluency").flatMap(reader.itemName))]
        }
        var languages: [Language] = []
        try object.forEachMember(lastWins: repeatsKeys) { key, value in
            guard let name = try reader.itemName(key) else { return }
            let fluency: JSONValue?
            switch value.kind {
            case .object: fluency = member(value, "fluency") ?? member(value, "level")
            case .null: fluency = nil
            default: fluency = value.isString ? value : nil
            }
            languages.append(Language(name: name, proficiency: try fluency.flatMap(reader.itemName)))
        }
        warnings.append(InputWarning(code: "languages-object",
                                     message: CatalogMessage(.warningLanguagesMap),
                                     location: reader.location(object)))
        return languages
    }

    /// The entries of a section read by `element`, leaving out those with nothing filled in.
    @inline(__always)
    private func collect<Element>(_ array: JSONValue, _ reader: JSONProfileReader, _ warnings: inout [InputWarning],
                                  _ element: (JSONValue, inout [InputWarning]) throws -> Element?) throws -> [Element] {
        var items: [Element] = []
        items.reserveCapacity(array.count)
        try forEachFilledEntry(array, reader, &warnings) { value, warnings in
            if let item = try element(value, &warnings) { items.append(item) }
        }
        return items
    }

    /// Calls `body` for each entry of a section that has something filled in; the others (an unfilled
    /// template) are not there, with one warning for the section.
    @inline(__always)
    private func forEachFilledEntry(_ array: JSONValue, _ reader: JSONProfileReader, _ warnings: inout [InputWarning],
                                    _ body: (JSONValue, inout [InputWarning]) throws -> Void) throws {
        var blank = 0
        try array.forEachElement { value in
            if value.isBlankEntry {
                blank += 1
            } else {
                try body(value, &warnings)
            }
        }
        guard blank > 0 else { return }
        warnings.append(InputWarning(code: "blank-entry",
                                     message: CatalogMessage(one: .warningBlankEntriesOne, other: .warningBlankEntriesOther, count: blank),
                                     location: reader.location(array)))
    }

    /// Skills counted one by one: an entry with `keywords` counts its non-blank keywords, an entry
    /// without (or with only blank ones) counts as one skill when its name is not blank.
    private func skills(_ array: JSONValue, _ reader: JSONProfileReader, _ warnings: inout [InputWarning]) throws -> [String] {
        var names: [String] = []
        names.reserveCapacity(array.count)
        try forEachFilledEntry(array, reader, &warnings) { entry, warnings in
            try skill(entry, reader, into: &names, &warnings)
        }
        return names
    }

    /// Appends the skills of one entry of `skills`: a name, or `{"name": …, "keywords": […]}`.
    private func skill(_ entry: JSONValue, _ reader: JSONProfileReader, into names: inout [String], _ warnings: inout [InputWarning]) throws {
        guard entry.kind == .object else {
            if let name = try name(entry, reader, key: "name", &warnings) { names.append(name) }
            return
        }
        // The usual entry, `{"name": "SQL"}`: one member, read by literal without the general walk.
        if entry.count == 1, let value = entry.member("name" as StaticString) {
            if let text = try reader.itemName(value) { names.append(text) }
            return
        }
        let repeatsKeys = reader.warnDuplicateKeys(entry, into: &warnings)
        var name: JSONValue?
        var keywords: JSONValue?
        entry.forEachMember(lastWins: repeatsKeys) { key, value in
            if key.keyEquals("name" as StaticString) {
                name = value
            } else if key.keyEquals("keywords" as StaticString) {
                keywords = value
            }
        }
        let before = names.count
        // Keywords that are not strings are left out rather than rejecting the file.
        try keywords?.forEachElement { keyword in
            guard keyword.isString, !keyword.isBlankText, let text = try reader.itemName(keyword) else { return }
            names.append(text)
        }
        if names.count == before, let name, let text = try reader.itemName(name) { names.append(text) }
    }

    /// `skills` written as an object instead of a list: one entry (`{"name": "Web", "keywords": […]}`),
    /// or groups of skills by theme (`{"frontEnd": ["React", "CSS"], "backEnd": [{"name": "Go"}]}`, and
    /// `{"skill": […]}` as XML converted to JSON has it), or a map of skill to level (`{"SQL": "Advanced"}`).
    private func skills(inObject object: JSONValue, _ reader: JSONProfileReader, _ warnings: inout [InputWarning]) throws -> [String] {
        var names: [String] = []
        if object.member("name" as StaticString) != nil || object.member("keywords" as StaticString) != nil {
            warnings.append(InputWarning(code: "skills-object", message: CatalogMessage(.warningSkillsOneObject),
                                         location: reader.location(object)))
            try skill(object, reader, into: &names, &warnings)
            return names
        }
        let repeatsKeys = reader.warnDuplicateKeys(object, into: &warnings)
        try object.forEachMember(lastWins: repeatsKeys) { key, value in
            if value.kind == .array {
                // A group: its skills count, not its theme.
                try forEachFilledEntry(value, reader, &warnings) { entry, warnings in
                    try skill(entry, reader, into: &names, &warnings)
                }
            } else if let name = try reader.itemName(key) {
                names.append(name)
            }
        }
        warnings.append(InputWarning(code: "skills-object", message: CatalogMessage(.warningSkillsGroups),
                                     location: reader.location(object)))
        return names
    }

    /// The member `key` of an entry, the last one if the entry repeats it.
    private func member(_ entry: JSONValue, _ key: StaticString) -> JSONValue? {
        entry.firstDuplicateKey() == nil ? entry.member(key) : entry.lastMember(key)
    }

    private func readBasics(_ basics: JSONValue, repeatsKeys: Bool, _ reader: JSONProfileReader, _ profile: inout Profile) throws {
        try basics.forEachMember(lastWins: repeatsKeys) { key, value in
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
                      url.containsASCIICaseInsensitive("linkedin.com/in/") else { return }
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
        guard value.kind == .object else { throw reader.typeError(value, expected: .typeObject) }
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
            let network = try profile["network"].flatMap(reader.optionalString) ?? ""
            let urlValue = profile["url"]
            let url = try urlValue.flatMap(reader.optionalString) ?? ""
            if network.containsASCIICaseInsensitive("linkedin") || url.containsASCIICaseInsensitive("linkedin.com/") {
                if !url.isEmpty, let urlValue { return (url, urlValue) }
                if let username = try profile["username"].flatMap(reader.optionalString), !username.isEmpty {
                    return ("https://www.linkedin.com/in/\(username)", profile)
                }
            }
        }
        return nil
    }

    /// The name of a skill, language or certificate: a string, or the object's `key`.
    private func name(_ value: JSONValue, _ reader: JSONProfileReader, key: StaticString, _ warnings: inout [InputWarning]) throws -> String? {
        if value.isString { return try reader.itemName(value) }
        guard value.kind == .object else { throw reader.typeError(value, expected: .typeObject) }
        let repeatsKeys = reader.warnDuplicateKeys(value, into: &warnings)
        guard let field = repeatsKeys ? value.lastMember(key) : value.member(key) else { return nil }
        return try reader.itemName(field)
    }

    private func position(_ value: JSONValue, _ reader: JSONProfileReader, _ warnings: inout [InputWarning]) throws -> Position {
        guard value.kind == .object else { throw reader.typeError(value, expected: .expectOneJob) }
        let repeatsKeys = reader.warnDuplicateKeys(value, into: &warnings)
        // The parts are gathered in locals and the position made once: a position captured by the
        // closures below would be copied, texts and all.
        var sources = reader.sourceMap
        reader.note(&sources, "", value)
        var start: PartialDate?
        var end: PartialDate?
        var unreadableEnd: JSONValue?
        // Texts are decoded after the dates are known: rules never read those of past positions.
        var company: JSONValue?
        var title: JSONValue?
        var summary: JSONValue?
        var location: JSONValue?
        var highlights: JSONValue?
        try value.forEachMember(lastWins: repeatsKeys) { key, field in
            guard let known = key.match(WorkKey.self) else { return }
            switch known {
            case .name, .company: if company == nil { company = field }
            case .position: title = field
            case .summary: summary = field
            case .location: location = field
            case .startDate:
                start = date(field, reader, &warnings)
                reader.note(&sources, "start", field)
            case .endDate:
                switch reading(field) {
                case .date(let date): end = date
                case .present, .blank: end = nil
                case .ambiguous, .unrecognised: unreadableEnd = field
                }
                reader.note(&sources, "end", field)
            case .highlights:
                if field.isNull { return }
                guard field.kind == .array else { throw reader.typeError(field, expected: .typeArray) }
                highlights = field
            }
        }
        if let unreadableEnd {
            // Something that is not "present" was written: the job ended, when is not known.
            let text = unreadableEnd.string ?? ""
            end = PartialDate.firstYear(in: text) ?? start ?? PartialDate(year: 0)
            warnings.append(dateWarning(unreadableEnd, reader, consequence: .consequencePastPosition))
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
        // A summary written as an array of paragraphs is read as its lines.
        let paragraphs = summary?.kind == .array ? summary : nil
        var description = try read(paragraphs == nil ? summary : nil, "description")
        if let paragraphs {
            var lines: [String] = []
            try paragraphs.forEachElement { paragraph in
                if decode, let line = try reader.text(paragraph) { lines.append(line) } else { try reader.checkText(paragraph) }
            }
            if !lines.isEmpty { description = lines.joined(separator: "\n") }
            reader.note(&sources, "description", paragraphs)
        }
        let locationText = try read(location, "location")
        if let highlights {
            if decode, description == nil {
                var lines: [String] = []
                try highlights.forEachElement { if let line = try reader.optionalString($0) { lines.append(line) } }
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

    /// A JSON Resume date as written: ISO 8601 or any form ``PartialDate/read(_:)`` knows; a year may
    /// be a number. A date never rejects the file.
    private func reading(_ value: JSONValue) -> PartialDate.Reading {
        // The common case, a well-formed date in a plain string, is read from the input's bytes.
        if let date = value.withPlainStringBytes({ PartialDate(isoUTF8: $0) }) ?? nil { return .date(date) }
        switch value.kind {
        case .null:
            return .blank
        case .number:
            guard let year = value.int, (1000...9999).contains(year) else { return .unrecognised }
            return .date(PartialDate(year: year))
        case .string, .escapedString, .tableString:
            return PartialDate.read(value.string ?? "")
        default:
            return .unrecognised
        }
    }

    /// A start date, or a school's dates: `nil` when blank, "present" or unreadable (with a warning).
    private func date(_ value: JSONValue, _ reader: JSONProfileReader, _ warnings: inout [InputWarning]) -> PartialDate? {
        switch reading(value) {
        case .date(let date): return date
        case .present, .blank: return nil
        case .ambiguous, .unrecognised:
            warnings.append(dateWarning(value, reader, consequence: .consequenceLeftUnknown))
            return nil
        }
    }

    @inline(never)
    private func dateWarning(_ value: JSONValue, _ reader: JSONProfileReader, consequence: MessageID) -> InputWarning {
        let written: CatalogMessage.Argument = value.string.map { .text("'\($0.trimmingWhitespace())'") } ?? .message(value.typeName)
        let message = CatalogMessage(reading(value) == .ambiguous ? .warningAmbiguousDate : .warningUnrecognisedResumeDate,
                                     ["date": written, "consequence": .message(CatalogMessage(consequence))])
        return InputWarning(code: "date", message: message, location: reader.location(value))
    }

    enum EducationKey: String, JSONKey {
        case institution, studyType, area, startDate, endDate
        static let table = JSONKeyTable<EducationKey>()
    }

    private func education(_ value: JSONValue, _ reader: JSONProfileReader, _ warnings: inout [InputWarning]) throws -> Education {
        guard value.kind == .object else { throw reader.typeError(value, expected: .expectOneSchool) }
        // One pass over the keys (the last of a repeated key counts), then the values in a fixed
        // order, so that the first problem reported does not depend on the order of the keys.
        let repeatsKeys = reader.warnDuplicateKeys(value, into: &warnings)
        var institution: JSONValue?
        var studyType: JSONValue?
        var area: JSONValue?
        var startDate: JSONValue?
        var endDate: JSONValue?
        value.forEachMember(lastWins: repeatsKeys) { key, field in
            switch key.match(EducationKey.self) {
            case .institution: institution = field
            case .studyType: studyType = field
            case .area: area = field
            case .startDate: startDate = field
            case .endDate: endDate = field
            case nil: break
            }
        }
        var entry = Education()
        entry.start = startDate.flatMap { date($0, reader, &warnings) }
        entry.end = endDate.flatMap { date($0, reader, &warnings) }
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
