/// Reads a profile card (``ProfileCard``) back into a ``Profile`` that the rules see as they saw the
/// profile it was made from: each field's state, lengths and counts, the headline, the profile URL,
/// the employer as spelt, the groups and the connections per company.
///
/// Texts a card leaves out are stand-ins of the recorded length, so length and presence checks agree;
/// the job title is the headline when the card says the headline repeats it; the name is unknown
/// (the roster gives it). Each connection becomes a stand-in with its company,
/// distinct per card: cards cannot tell that two employees know the same person, so the reach of a
/// batch of cards counts a shared connection once per employee.
package struct ProfileCardImporter: Sendable {
    /// How much of the profile to read (a card is small: always all of it).
    public var detail: ImportDetail

    /// Creates the importer.
    public init(detail: ImportDetail = .full) {
        self.detail = detail
    }

    /// A card: an object with the `profilelint_card` key.
    package static func matches(_ root: JSONValue) -> Bool {
        root.kind == .object && root["profilelint_card"] != nil
    }

    /// Reads one card; a card of another version or one that breaks the schema is one error.
    package func importProfile(from root: JSONValue, file: String) throws -> Profile {
        let reader = JSONProfileReader(file: file, detail: detail)
        guard let version = root["profilelint_card"] else { throw reader.typeError(root, expected: .expectProfileCard) }
        guard version.int == ProfileCard.version else {
            let found: CatalogMessage.Argument = version.int.map { .text(String($0)) } ?? .message(version.typeName)
            let reason = CatalogMessage(.errorCardVersion, ["found": found, "version": .text(String(ProfileCard.version))])
            throw ProfileLintError.malformedInput(location: reader.location(version), reason: reason)
        }
        guard let facts = root["facts"] else {
            throw ProfileLintError.malformedInput(location: reader.location(root, missing: ["facts"]), reason: CatalogMessage(.errorCardWithoutFacts))
        }
        guard facts.kind == .object else { throw reader.typeError(facts, expected: .expectFactsObject) }
        var profile = Profile()
        profile.employeeID = try root["employee_id"].flatMap(reader.optionalString)
        profile.department = try root["department"].flatMap(reader.optionalString)

        func state(_ field: ProfileField) throws -> (FactState, Int) {
            guard let value = facts[field.rawValue], !value.isNull else { return (.unknown, 0) }
            if value.string == "absent" { return (.absent, 0) }
            if field.valueKind == .date { return (.present, 0) }
            if let flag = value.bool, field.valueKind == .flag { return flag ? (.present, 1) : (.absent, 0) }
            guard field.valueKind != .flag, value.kind == .number else {
                throw reader.typeError(value, expected: field.valueKind == .flag ? .expectFlagFact : .expectCountFact)
            }
            return (.present, try reader.integer(value, in: 0...Int(Int32.max)))
        }
        func text(_ field: ProfileField, verbatim: String? = nil) throws -> Fact<String> {
            switch try state(field) {
            case (.unknown, _): return .unknown
            case (.absent, _): return .absent
            case (.present, let length): return .present(verbatim ?? String(repeating: "x", count: length))
            }
        }
        func count(_ field: ProfileField) throws -> Fact<Int> {
            switch try state(field) {
            case (.unknown, _): return .unknown
            case (.absent, _): return .absent
            case (.present, let count): return .present(count)
            }
        }
        func list<Item>(_ field: ProfileField, _ make: (Int) -> Item) throws -> Fact<[Item]> {
            try count(field).map { (0..<$0).map(make) }
        }

        profile.name = .unknown
        profile.headline = try text(.headline, verbatim: try root["headline"].flatMap(reader.optionalString))
        profile.about = try text(.about)
        profile.location = try text(.location)
        profile.industry = try text(.industry)
        profile.profileURL = try text(.profileURL, verbatim: try root["profile_url"].flatMap(reader.optionalString))
        profile.photo = try count(.photo).map { _ in true }
        profile.backgroundPhoto = try count(.backgroundPhoto).map { _ in true }
        if let uploaded = facts[ProfileField.photoUploaded.rawValue], !uploaded.isNull, uploaded.string != "absent" {
            guard let date = try reader.date(uploaded) else { throw reader.typeError(uploaded, expected: .expectDateFact) }
            profile.photoUploaded = .present(date)
        } else {
            profile.photoUploaded = facts[ProfileField.photoUploaded.rawValue]?.string == "absent" ? .absent : .unknown
        }
        profile.education = try list(.education) { _ in Education() }
        profile.skills = try list(.skills) { "skill \($0 + 1)" }
        profile.languages = try list(.languages) { Language(name: "language \($0 + 1)") }
        profile.certifications = try list(.certifications) { Certification(name: "certification \($0 + 1)") }
        profile.connectionCount = try count(.connections)
        profile.recommendations = try count(.recommendations)
        let repeatsHeadline = try root["current_title_repeats_headline"].map { value -> Bool in
            guard let flag = value.bool else { throw reader.typeError(value, expected: .expectBoolean) }
            return flag
        } ?? false
        profile.positions = try positions(root, reader, title: repeatsHeadline ? profile.headline.value : nil, text: text, count: count)
        if let groups = root["groups"], !groups.isNull {
            profile.groups = .list(try reader.array(groups).map { try reader.optionalString($0) ?? "" }.filter { !$0.isEmpty })
        } else {
            profile.groups = try list(.groups) { "group \($0 + 1)" }
        }
        profile.connections = try connections(root, reader, key: profile.employeeID ?? profile.profileURL.value ?? file)
        return profile
    }

    /// The current position (the employer as spelt, stand-in title, description and location), the
    /// past positions, and any other current ones, so that the view derives the same facts.
    private func positions(_ root: JSONValue, _ reader: JSONProfileReader, title: String?, text: (ProfileField, String?) throws -> Fact<String>,
                           count: (ProfileField) throws -> Fact<Int>) throws -> Fact<[Position]> {
        let total = try count(.positions)
        guard case .present(let all) = total else { return total.map { _ in [] } }
        var positions: [Position] = []
        if try count(.currentPosition).isPresent {
            let employer = try root["current_employer"].flatMap(reader.optionalString)
            // The latest start of the current positions, so that it stays the current one.
            positions.append(Position(company: employer, title: try text(.currentPositionTitle, title).value,
                                      description: try text(.currentPositionDescription, nil).value,
                                      location: try text(.currentPositionLocation, nil).value,
                                      start: PartialDate(year: 2001), end: nil))
        }
        let past = try count(.pastPositions).value ?? 0
        positions += (0..<past).map { _ in Position(start: PartialDate(year: 1999), end: PartialDate(year: 2000)) }
        while positions.count < all { positions.append(Position()) }
        return .present(positions)
    }

    /// Stand-in connections: the counted ones per company, then those without a company.
    private func connections(_ root: JSONValue, _ reader: JSONProfileReader, key: String) throws -> [Connection] {
        guard let connections = root["connections"], !connections.isNull else { return [] }
        guard connections.kind == .object else { throw reader.typeError(connections, expected: .expectConnectionsObject) }
        var result: [Connection] = []
        func add(_ company: String?, _ count: Int) {
            for _ in 0..<count {
                result.append(Connection(identity: fnv1a64("card \(key) #\(result.count)"), company: company))
            }
        }
        for entry in try connections["companies"].map(reader.array) ?? [] {
            guard entry.kind == .object, let company = try entry["company"].flatMap(reader.optionalString), let number = entry["count"] else {
                throw reader.typeError(entry, expected: .expectCompanyAndCount)
            }
            add(company, try reader.integer(number, in: 0...1_000_000))
        }
        if let without = connections["without_company"] { add(nil, try reader.integer(without, in: 0...1_000_000)) }
        return result
    }
}

extension InputFormat {
    /// A profile card written by `check --share`.
    public static var profileCard: InputFormat { InputFormat(ProfileCardImporter.self) }
}

extension ProfileCardImporter: JSONProfileImporter {
    /// `profile-card`.
    public static var identifier: String { "profile-card" }
}
