/// Reads a Reactive Resume export (rxresu.me, the v4 and v5 JSON schemas) into a ``Profile``.
///
/// A v4 export has `basics` (with `url` and `picture` as objects), `sections` (one object per section,
/// each with `visible` and `items`; the summary's `content` is HTML) and `metadata` (the template).
/// A v5 export moves `picture` and `summary` to the top level, has `basics.website` (`url`, `label`) in
/// place of `basics.url`, marks hidden things with `hidden: true` instead of `visible: false`, and names
/// an item's dates `period`, a job's text `description`, a school `school` with its `degree`, a
/// language `language` with its `fluency` and a certificate by its `title`; its `customSections` are
/// not read, as v4's custom sections are not.
/// Dates are one free-text range per item (`Jan 2020 - Present`, `2019 - 2021`); a part that cannot be
/// read is unknown, with a warning. Hidden items and hidden sections are not on the resume, so they
/// do not count.
///
/// Reactive Resume carries no groups, connection count or industry, so those facts are unknown and
/// the rules that need them are left out of the score.
package struct ReactiveResumeImporter: Sendable {
    /// How much of the profile to read (batch scoring reads only what rules can see).
    public var detail: ImportDetail

    /// Creates the importer.
    public init(detail: ImportDetail = .full) {
        self.detail = detail
    }

    /// Whether a document is a Reactive Resume: an object with `sections` and `metadata` objects and a
    /// `basics.url` (v4) or `basics.website` (v5) object (a JSON Resume's are strings and it has no
    /// `sections` or `metadata`).
    ///
    /// Every JSON value of a batch is asked this before JSON Resume is, so the top-level keys are walked
    /// once on the tape, each told apart by its length and its eight bytes read as one word.
    package static func matches(_ root: JSONValue) -> Bool {
        guard root.kind == .object else { return false }
        let document = root.document
        let end = Int(root.node.next)
        let sections = sectionsWord
        let metadata = metadataWord
        var found = (sections: false, metadata: false)
        document.nodes.withUnsafeBufferPointer { nodes in
            document.bytes.withUnsafeBytes { bytes in
                var child = root.index + 1
                while child < end {
                    let keyIndex = child
                    let key = nodes[keyIndex]
                    let value = nodes[keyIndex + 1]
                    child = Int(value.next)
                    guard value.kind == .object else { continue }
                    if key.kind == .string {
                        guard Int(key.end) - Int(key.start) == 9 else { continue }
                        let word = bytes.loadUnaligned(fromByteOffset: document.base + Int(key.start) + 1, as: UInt64.self)
                        if word == sections { found.sections = true } else if word == metadata { found.metadata = true }
                    } else {
                        // Keys with escapes, or held in a table (YAML), are compared as text.
                        let name = JSONValue(document: document, index: keyIndex)
                        if name.keyEquals("sections") { found.sections = true } else if name.keyEquals("metadata") { found.metadata = true }
                    }
                }
            }
        }
        guard found.sections, found.metadata, let basics = root.member("basics"), basics.kind == .object else { return false }
        return basics.member("url")?.kind == .object || basics.member("website")?.kind == .object
    }

    /// `sections` and `metadata` as the words ``matches(_:)`` compares keys with.
    private static let sectionsWord = Array("sections".utf8).withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
    private static let metadataWord = Array("metadata".utf8).withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }

    /// Reads one resume from `root`; `file` is the path shown in diagnostics.
    package func importProfile(from root: JSONValue, file: String) throws -> Profile {
        let reader = JSONProfileReader(file: file, detail: detail)
        // What a Reactive Resume carries is absent until found; groups, connections and industry stay unknown.
        guard root.kind == .object else { throw reader.typeError(root, expected: .expectOneResume) }
        var profile = Profile()
        profile.markResumeFactsAbsent()
        _ = reader.warnDuplicateKeys(root, into: &profile.warnings)
        profile.sourceMap = reader.sourceMap
        reader.note(&profile.sourceMap, "", root)

        let basics = try object(root.lastMember("basics"), reader, &profile.warnings)
        if let basics { try readBasics(basics, reader, &profile) }
        // v5: the picture and the summary at the top level.
        if let picture = try object(root.lastMember("picture"), reader, &profile.warnings) { try readPicture(picture, reader, &profile) }
        let sections = try object(root.lastMember("sections"), reader, &profile.warnings)
        if let summary = try object(root.lastMember("summary"), reader, &profile.warnings) { try readSummary(summary, reader, &profile) }
        if let sections { try readSections(sections, reader, &profile) }

        if reader.recordsLocations {
            let basicsKeys: [(ProfileField, [String])] = [(.name, ["name"]), (.headline, ["headline"]), (.photo, ["picture", "url"]),
                                                          (.location, ["location"])]
            for (field, keys) in basicsKeys where profile.sourceMap[field.rawValue] == nil {
                reader.note(&profile.sourceMap, field.rawValue, basics ?? root, missing: basics == nil ? ["basics"] + keys : keys)
            }
            let sectionKeys: [(ProfileField, [String])] = [(.about, ["summary", "content"]), (.profileURL, ["profiles", "items"]),
                                                           (.positions, ["experience", "items"]), (.education, ["education", "items"]),
                                                           (.skills, ["skills", "items"]), (.languages, ["languages", "items"]),
                                                           (.certifications, ["certifications", "items"]),
                                                           (.recommendations, ["references", "items"])]
            for (field, keys) in sectionKeys where profile.sourceMap[field.rawValue] == nil {
                reader.note(&profile.sourceMap, field.rawValue, sections ?? root, missing: sections == nil ? ["sections"] + keys : keys)
            }
        }
        return profile
    }

    /// `value` as an object, or `nil` when it is missing or `null`; a repeated key is a warning (the
    /// importer reads the last value, as JavaScript's `JSON.parse` does).
    private func object(_ value: JSONValue?, _ reader: JSONProfileReader, _ warnings: inout [InputWarning]) throws -> JSONValue? {
        guard let value, !value.isNull else { return nil }
        guard value.kind == .object else { throw reader.typeError(value, expected: .typeObject) }
        _ = reader.warnDuplicateKeys(value, into: &warnings)
        return value
    }

    /// Whether an object is marked hidden (`"visible": false` in v4, `"hidden": true` in v5); anything
    /// else is visible.
    private func isHidden(_ value: JSONValue) -> Bool {
        value.lastMember("visible")?.bool == false || value.lastMember("hidden")?.bool == true
    }

    /// The first of `keys` an item has (v4's name, then v5's).
    private func member(_ item: JSONValue, _ v4: StaticString, _ v5: StaticString) -> JSONValue? {
        item.lastMember(v4) ?? item.lastMember(v5)
    }

    private func readBasics(_ basics: JSONValue, _ reader: JSONProfileReader, _ profile: inout Profile) throws {
        if let name = basics.lastMember("name") {
            profile.name = try reader.textFact(name)
            reader.note(&profile.sourceMap, ProfileField.name.rawValue, name)
        }
        if let headline = basics.lastMember("headline") {
            profile.headline = try reader.textFact(headline)
            reader.note(&profile.sourceMap, ProfileField.headline.rawValue, headline)
        }
        if let location = basics.lastMember("location") {
            profile.location = try reader.textFact(location)
            reader.note(&profile.sourceMap, ProfileField.location.rawValue, location)
        }
        if let picture = try object(basics.lastMember("picture"), reader, &profile.warnings) {
            try readPicture(picture, reader, &profile)
        }
        // The website is the profile URL when it is a LinkedIn one (the `profiles` section may say so too):
        // `url.href` in v4, `website.url` in v5.
        if let url = try object(basics.lastMember("url"), reader, &profile.warnings) ?? object(basics.lastMember("website"), reader, &profile.warnings),
           let href = member(url, "href", "url"), let text = try reader.text(href), text.lowercased().contains("linkedin.com/in/") {
            profile.profileURL = .present(text)
            reader.note(&profile.sourceMap, ProfileField.profileURL.rawValue, href)
        }
    }

    /// The picture: `basics.picture` in v4 (hidden by `effects.hidden`), the top-level `picture` in v5
    /// (hidden by `hidden`). An empty or hidden picture is no photo.
    private func readPicture(_ picture: JSONValue, _ reader: JSONProfileReader, _ profile: inout Profile) throws {
        let hidden = try object(picture.lastMember("effects"), reader, &profile.warnings)?.lastMember("hidden")?.bool == true
            || picture.lastMember("hidden")?.bool == true
        if let url = picture.lastMember("url") {
            profile.photo = hidden ? .absent : try reader.textFact(url).map { _ in true }
            reader.note(&profile.sourceMap, ProfileField.photo.rawValue, url)
        } else {
            reader.note(&profile.sourceMap, ProfileField.photo.rawValue, picture, missing: ["url"])
        }
    }

    /// The summary: `sections.summary` in v4, the top-level `summary` in v5; its `content` is HTML.
    private func readSummary(_ summary: JSONValue, _ reader: JSONProfileReader, _ profile: inout Profile) throws {
        guard let content = summary.lastMember("content") else { return }
        let html = try reader.text(content)
        profile.about = isHidden(summary) ? .absent : .text(html.map(Self.plainText(fromHTML:)))
        reader.note(&profile.sourceMap, ProfileField.about.rawValue, content)
    }

    private func readSections(_ sections: JSONValue, _ reader: JSONProfileReader, _ profile: inout Profile) throws {
        var warnings: [InputWarning] = []
        if let summary = try object(sections.lastMember("summary"), reader, &warnings) {
            try readSummary(summary, reader, &profile)
        }
        if let section = try section(sections, "experience", reader, &warnings) {
            profile.positions = try section.collect { try position($0, reader, &warnings) }
            reader.note(&profile.sourceMap, ProfileField.positions.rawValue, section.anchor)
        }
        if let section = try section(sections, "education", reader, &warnings) {
            profile.education = try section.collect { try education($0, reader, &warnings) }
            reader.note(&profile.sourceMap, ProfileField.education.rawValue, section.anchor)
        }
        if let section = try section(sections, "skills", reader, &warnings) {
            profile.skills = try section.collectAll { try skills($0, reader) }
            reader.note(&profile.sourceMap, ProfileField.skills.rawValue, section.anchor)
        }
        if let section = try section(sections, "languages", reader, &warnings) {
            profile.languages = try section.collect { item in
                try name(item, reader).map { Language(name: $0, proficiency: try member(item, "description", "fluency").flatMap(reader.itemName)) }
            }
            reader.note(&profile.sourceMap, ProfileField.languages.rawValue, section.anchor)
        }
        if let section = try section(sections, "certifications", reader, &warnings) {
            profile.certifications = try section.collect { item in
                try name(item, reader).map { Certification(name: $0, authority: try item.lastMember("issuer").flatMap(reader.itemName)) }
            }
            reader.note(&profile.sourceMap, ProfileField.certifications.rawValue, section.anchor)
        }
        if let section = try section(sections, "references", reader, &warnings) {
            let references = try section.collect { item in try name(item, reader) }
            profile.recommendations = references.map(\.count)
            reader.note(&profile.sourceMap, ProfileField.recommendations.rawValue, section.anchor)
        }
        if profile.profileURL.value == nil, let section = try section(sections, "profiles", reader, &warnings),
           let (url, anchor) = try linkedInURL(section, reader, &warnings) {
            profile.profileURL = .present(url)
            reader.note(&profile.sourceMap, ProfileField.profileURL.rawValue, anchor)
        }
        profile.warnings += warnings
    }

    /// A section's visible items, as ``readSections(_:_:_:)`` counts them.
    private struct Section {
        /// Where the section's facts are located: its `items`, or the section when it has none.
        var anchor: JSONValue
        /// The visible items, in order (none when the section is hidden).
        var items: [JSONValue]

        /// The items read by `element`, leaving out those it gives no value for (no name).
        func collect<Element>(_ element: (JSONValue) throws -> Element?) throws -> Fact<[Element]> {
            try collectAll { try element($0).map { [$0] } ?? [] }
        }

        /// The items read by `elements`, each giving any number (a skill group gives its keywords).
        func collectAll<Element>(_ elements: (JSONValue) throws -> [Element]) throws -> Fact<[Element]> {
            var result: [Element] = []
            result.reserveCapacity(items.count)
            for item in items { result += try elements(item) }
            return .list(result)
        }
    }

    /// `sections.<name>`: `nil` when the export has no such section, no items when it is hidden.
    private func section(_ sections: JSONValue, _ name: StaticString, _ reader: JSONProfileReader,
                         _ warnings: inout [InputWarning]) throws -> Section? {
        guard let section = try object(sections.lastMember(name), reader, &warnings) else { return nil }
        guard let items = section.lastMember("items"), !items.isNull else {
            return Section(anchor: section, items: [])
        }
        guard items.kind == .array else { throw reader.typeError(items, expected: .typeArray) }
        guard !isHidden(section) else { return Section(anchor: items, items: []) }
        var visible: [JSONValue] = []
        visible.reserveCapacity(items.count)
        var blank = 0
        try items.forEachElement { item in
            guard item.kind == .object else { throw reader.typeError(item, expected: .expectOneItem) }
            _ = reader.warnDuplicateKeys(item, into: &warnings)
            guard !isHidden(item) else { return }
            if isBlank(item) {
                blank += 1
                return
            }
            visible.append(item)
        }
        if blank > 0 {
            warnings.append(InputWarning(code: "blank-entry",
                                         message: CatalogMessage(one: .warningBlankItemsOne, other: .warningBlankItemsOther, count: blank, ["section": .text("sections.\(name)")]),
                                         location: reader.location(items)))
        }
        return Section(anchor: items, items: visible)
    }

    /// Whether every text of an item is blank (an item added and never filled in).
    private func isBlank(_ item: JSONValue) -> Bool {
        var blank = true
        item.forEachMember { key, value in
            guard blank, !key.keyEquals("id") else { return }
            switch value.kind {
            case .string, .escapedString, .tableString: blank = value.isBlankText
            case .array: blank = value.count == 0 || !value.elements.contains { !$0.isBlankText }
            default: return
            }
        }
        return blank
    }

    /// An item's `name` (v5: a language's `language`, a certificate's `title`), or `nil` when blank.
    private func name(_ item: JSONValue, _ reader: JSONProfileReader) throws -> String? {
        try (item.lastMember("name") ?? item.lastMember("language") ?? item.lastMember("title")).flatMap(reader.itemName)
    }

    /// A skill item: its keywords when it has any, else its name.
    private func skills(_ item: JSONValue, _ reader: JSONProfileReader) throws -> [String] {
        if let keywords = item.lastMember("keywords"), !keywords.isNull {
            guard keywords.kind == .array else { throw reader.typeError(keywords, expected: .typeArray) }
            var names: [String] = []
            try keywords.forEachElement { if let keyword = try reader.itemName($0) { names.append(keyword) } }
            if !names.isEmpty { return names }
        }
        return try name(item, reader).map { [$0] } ?? []
    }

    private func position(_ item: JSONValue, _ reader: JSONProfileReader, _ warnings: inout [InputWarning]) throws -> Position? {
        var sources = reader.sourceMap
        reader.note(&sources, "", item)
        let company = item.lastMember("company")
        let title = item.lastMember("position")
        let summary = member(item, "summary", "description")
        let location = item.lastMember("location")
        var range = DateRange()
        if let date = member(item, "date", "period") {
            range = try dateRange(date, reader, kept: .consequencePastPosition, &warnings)
            reader.note(&sources, "start", date)
            reader.note(&sources, "end", date)
        }
        // Rules read only the texts of the current position; those of past ones are checked, not decoded.
        let decode = reader.detail == .full || range.end == nil
        let companyText = try reader.jobText(company, "company", decode: decode, &sources)
        let titleText = try reader.jobText(title, "title", decode: decode, &sources)
        let description = try reader.jobText(summary, "description", decode: decode, &sources)
            .map(Self.plainText(fromHTML:)).flatMap { Fact.text($0).value }
        let locationText = try reader.jobText(location, "location", decode: decode, &sources)
        if reader.recordsLocations {
            for (field, key) in [("company", "company"), ("title", "position"), ("description", "summary"), ("location", "location"),
                                 ("start", "date"), ("end", "date")]
            where sources[field] == nil {
                reader.note(&sources, field, item, missing: [key])
            }
        }
        return Position(company: companyText, title: titleText, description: description, location: locationText,
                        start: range.start, end: range.end, sources: sources)
    }

    private func education(_ item: JSONValue, _ reader: JSONProfileReader, _ warnings: inout [InputWarning]) throws -> Education? {
        var entry = Education()
        if let date = member(item, "date", "period") {
            let range = try dateRange(date, reader, kept: .consequenceSchoolFinished, &warnings)
            entry.start = range.start
            entry.end = range.end
        }
        try reader.readSchool(&entry, school: member(item, "institution", "school"), degree: member(item, "studyType", "degree"),
                              field: item.lastMember("area"))
        return entry
    }

    /// The LinkedIn profile among the visible items of `sections.profiles`, with the value it was read from.
    private func linkedInURL(_ section: Section, _ reader: JSONProfileReader, _ warnings: inout [InputWarning]) throws -> (String, JSONValue)? {
        for item in section.items {
            let network = try item.lastMember("network").flatMap(reader.optionalString)?.lowercased() ?? ""
            let link = try object(item.lastMember("url"), reader, &warnings) ?? object(item.lastMember("website"), reader, &warnings)
            let hrefValue = link.flatMap { member($0, "href", "url") }
            let href = try hrefValue.flatMap(reader.text) ?? ""
            guard network.contains("linkedin") || href.lowercased().contains("linkedin.com/") else { continue }
            if !href.isEmpty, let hrefValue { return (href, hrefValue) }
            if let usernameValue = item.lastMember("username"), let username = try reader.text(usernameValue) {
                return ("https://www.linkedin.com/in/\(username)", usernameValue)
            }
        }
        return nil
    }

    /// The start and end of a free-text date; `end == nil` means the item goes on.
    struct DateRange: Equatable {
        var start: PartialDate?
        var end: PartialDate?
    }

    /// A date field read as a range, with one warning when a part cannot be read; `kept` says what
    /// happens to an item whose end cannot be read (it is taken as ended, in the end's year if it has one).
    private func dateRange(_ value: JSONValue, _ reader: JSONProfileReader, kept: MessageID, _ warnings: inout [InputWarning]) throws -> DateRange {
        guard let text = try reader.text(value) else { return DateRange() }
        let parsed = Self.dateRange(text)
        var range = DateRange(start: parsed.start, end: parsed.end)
        if let part = parsed.unreadEnd { range.end = PartialDate.firstYear(in: part) ?? range.start ?? PartialDate(year: 0) }
        let outcome: CatalogMessage
        switch (parsed.unreadStart, parsed.unreadEnd) {
        case (nil, nil): return range
        case (let start?, nil) where start == text: outcome = CatalogMessage(.dateUnrecognised, ["date": .text(text)])
        case (let start?, nil): outcome = CatalogMessage(.dateUnrecognisedStart, ["part": .text(start), "date": .text(text)])
        case (nil, let end?): outcome = CatalogMessage(.dateUnrecognisedEnd, ["part": .text(end), "date": .text(text)])
        case (_?, _?): outcome = CatalogMessage(.dateUnrecognised, ["date": .text(text)])
        }
        let consequence = switch (parsed.unreadStart, parsed.unreadEnd) {
        case (_?, _?): CatalogMessage(.consequenceStartUnknownAnd, ["consequence": .message(CatalogMessage(kept))])
        case (_?, nil): CatalogMessage(.consequenceStartUnknown)
        default: CatalogMessage(kept)
        }
        warnings.append(InputWarning(code: "date",
                                     message: CatalogMessage(.warningDateRange, ["outcome": .message(outcome), "consequence": .message(consequence)]),
                                     location: reader.location(value)))
        return range
    }
}

extension InputFormat {
    /// Reactive Resume (rxresu.me) JSON export.
    public static var reactiveResume: InputFormat { InputFormat(ReactiveResumeImporter.self) }
}

extension ReactiveResumeImporter: JSONProfileImporter {
    /// ``InputFormat/reactiveResume``.
    public static var identifier: String { "reactive-resume" }
}
