/// `groups-joined`: the profile is in a group recommended for its department (or in `min` groups
/// when none are configured).
struct GroupsJoinedCheck: CheckKind, CheckPredicate {
    static let name = "groups-joined"
    static let documentation = CheckKindDocumentation(
        parameters: "optional `min` (default 1)",
        passes: "the profile lists a group recommended to its department (or `min` groups when none are configured)"
    )
    static let examples = CheckKindExamples(
        examples: [
            .init(check: "groups-joined:",
                  passing: [#"{"groups": ["Dutch Data Engineers"]}"#], failing: ["{}", #"{"groups": []}"#], unknown: [#"{"groups": null}"#]),
            .init(check: "groups-joined: {min: 2}",
                  passing: [#"{"groups": ["Data NL", "Logistics NL"]}"#], failing: [#"{"groups": ["Data NL"]}"#]),
            .init(check: "groups-joined: {min: 0}", passing: ["{}"]),
        ],
        rejected: [
            .init(check: "groups-joined: {minimum: 2}", error: "unknown parameter"),
            .init(check: "groups-joined: {mim: 2}", error: "unknown parameter; did you mean 'min'?"),
            .init(check: "groups-joined: {min: two}", error: "expected a whole number"),
        ]
    )

    var minimum: Int

    static func parse(_ argument: JSONValue, at path: String, reader: RuleFileReader) throws -> GroupsJoinedCheck {
        if argument.isNull { return GroupsJoinedCheck(minimum: 1) }
        guard argument.kind == .object else { throw reader.error(argument, path, CatalogMessage(.errorExpectedMappingOrNothing)) }
        try reader.onlyKeys(argument, path, ["min"])
        let minimum = try argument["min"].map { value throws in
            guard let number = value.int, number >= 0 else { throw reader.error(value, path + ".min", CatalogMessage(.errorExpectedWholeNumber)) }
            return number
        } ?? 1
        return GroupsJoinedCheck(minimum: minimum)
    }

    var fields: [ProfileField] { [.groups] }

    var renderedLines: [String] { minimum == 1 ? ["groups-joined:"] : ["groups-joined: {min: \(minimum)}"] }

    func compile(into builder: inout CheckProgram.Builder) -> CheckProgram.Node {
        builder.predicate(self, field: .groups, whenAbsent: minimum <= 0)
    }

    func passes(on profile: ProfileView, organisation: Organisation?) -> Bool {
        let groups = profile.profile.groups.value ?? []
        if let organisation, let name = profile.profile.department, let department = organisation.department(named: name),
           !department.groups.isEmpty {
            let recommended = Set(department.groups.map(EmployerName.normaliseGroup))
            return groups.contains { recommended.contains(EmployerName.normaliseGroup($0)) }
        }
        return groups.count >= max(1, minimum)
    }
}
