extension JSONProfileReader {
    /// A text of a job (company, title, description, location), noted in `sources` under `name`; when
    /// not `decode` (a past job in batch scoring, whose texts no rule reads) only checked to be text.
    func jobText(_ value: JSONValue?, _ name: String, decode: Bool, _ sources: inout SourceMap) throws -> String? {
        guard let value else { return nil }
        guard decode else {
            try checkText(value)
            return nil
        }
        note(&sources, name, value)
        return try text(value)
    }
}

extension JSONProfileReader {
    /// Reads a school's names into `entry`; with ``ImportDetail/rulesOnly`` (rules count schools, they
    /// never read their names) they are only checked to be text.
    func readSchool(_ entry: inout Education, school: JSONValue?, degree: JSONValue?, field: JSONValue?) throws {
        guard detail == .full else {
            try school.map(checkText)
            try degree.map(checkText)
            try field.map(checkText)
            return
        }
        entry.school = try school.flatMap(text)
        entry.degree = try degree.flatMap(text)
        entry.field = try field.flatMap(text)
    }
}
