extension JSONOutput {
    /// The value of a parsed document, with object members in source order, so that it can be
    /// written back as JSON (for example a rule's example profiles in `profilelint explain`).
    package init(_ value: JSONValue) {
        switch value.kind {
        case .null: self = .null
        case .true: self = .bool(true)
        case .false: self = .bool(false)
        case .number:
            if let number = value.int {
                self = .int(number)
            } else if let number = value.double {
                self = .double(number)
            } else {
                self = .null
            }
        case .string, .escapedString, .tableString: self = .string(value.string ?? "")
        case .array: self = .array(value.elements.map(JSONOutput.init))
        case .object: self = .object(value.members.map { (key: $0.key.string ?? "", value: JSONOutput($0.value)) })
        }
    }
}
