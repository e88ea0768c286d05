/// The catalog message for a problem libyaml reports in English, so that a YAML syntax error reads in
/// the user's language; a problem without an id here is shown as libyaml words it.
enum YAMLProblem {
    static let known: [String: MessageID] = [
        "found character that cannot start any token": .yamlCannotStartToken,
        "mapping values are not allowed in this context": .yamlMappingValueNotAllowed,
        "could not find expected ':'": .yamlExpectedColon,
        "found a tab character that violates indentation": .yamlTabIndentation,
        "found a tab character where an indentation space is expected": .yamlTabIndentation,
        "did not find expected key": .yamlExpectedKey,
        "did not find expected node content": .yamlExpectedValue,
        "did not find expected '-' indicator": .yamlExpectedDash,
        "found unexpected end of stream": .yamlUnexpectedEnd,
        "did not find expected ',' or ']'": .yamlExpectedCommaOrBracket,
        "did not find expected ',' or '}'": .yamlExpectedCommaOrBrace,
        "found unknown escape character": .yamlUnknownEscape,
        "block sequence entries are not allowed in this context": .yamlSequenceNotAllowed,
        "control characters are not allowed": .yamlControlCharacter,
        "invalid leading UTF-8 octet": .yamlInvalidUTF8,
        "invalid trailing UTF-8 octet": .yamlInvalidUTF8,
        "found undefined alias": .yamlUndefinedAlias,
        "did not find expected <document start>": .yamlExpectedDocumentStart,
    ]

    /// The message for libyaml's `problem`.
    static func message(_ problem: String) -> CatalogMessage {
        known[problem].map { CatalogMessage($0) } ?? .detail(problem)
    }
}
