import Foundation

/// A text of the message catalog with its arguments, kept as an id until it is shown, so that the
/// front end renders it in the user's language.
///
/// Errors and import warnings carry one: the engine says *what* went wrong, the catalog says it in
/// English, Dutch or French. An argument is a verbatim text (a path, a value from the input), a whole
/// number (shown with the language's separators and able to pick a noun's plural form,
/// `{count|entry|entries}`), another catalog message, or a list of alternatives (`'a', 'b' or 'c'`).
public struct CatalogMessage: Sendable, Equatable, CustomStringConvertible {
    /// One argument of a message.
    public indirect enum Argument: Sendable, Equatable, ExpressibleByStringInterpolation, ExpressibleByIntegerLiteral {
        /// A text shown as it is: a path, a key, a value from the input.
        case text(String)
        /// A whole number, shown with the language's grouping separator.
        case integer(Int)
        /// A message rendered in the same language.
        case message(CatalogMessage)
        /// A number with one decimal and the language's decimal separator.
        case decimal(Double)
        /// Alternatives, each in single quotes, joined with commas and the language's “or”.
        case alternatives([String])

        /// A verbatim text.
        public init(stringLiteral value: String) {
            self = .text(value)
        }

        /// A whole number.
        public init(integerLiteral value: Int) {
            self = .integer(value)
        }
    }

    /// The catalog id of the text.
    public var id: MessageID
    /// The named arguments, in placeholder order.
    public var arguments: [(name: String, value: Argument)] {
        zip(names, values).map { ($0, $1) }
    }

    private var names: [String]
    private var values: [Argument]
    /// For a message with a singular and a plural text: the plural id and the count that picks one.
    private var plural: (id: MessageID, count: Int)? {
        get { pluralID.map { ($0, pluralCount) } }
        set { pluralID = newValue?.id; pluralCount = newValue?.count ?? 0 }
    }
    private var pluralID: MessageID?
    private var pluralCount = 0

    /// The message `id` with `arguments` for its placeholders.
    public init(_ id: MessageID, _ arguments: KeyValuePairs<String, Argument> = [:]) {
        self.id = id
        names = arguments.map(\.key)
        values = arguments.map(\.value)
    }

    /// The singular text `one` or the plural `other`, as `count` asks in the language it is shown in;
    /// `{count}` is filled in too.
    public init(one: MessageID, other: MessageID, count: Int, _ arguments: KeyValuePairs<String, Argument> = [:]) {
        self.init(one, arguments)
        names.append("count")
        values.append(.integer(count))
        plural = (other, count)
    }

    /// The text in `catalog`'s language.
    public func rendered(with catalog: MessageCatalog) -> String {
        var strings: [(String, String)] = []
        strings.reserveCapacity(names.count)
        for (name, value) in zip(names, values) {
            strings.append((name, Self.render(value, in: catalog)))
        }
        let chosen = plural.map { catalog.pluralRule.isSingular($0.count) ? id : $0.id } ?? id
        return catalog.text(chosen, filling: strings)
    }

    /// The text in `language`.
    public func rendered(in language: ReportLanguage) -> String {
        rendered(with: language.catalog)
    }

    /// The English text.
    public var description: String { rendered(with: MessageCatalog.english) }

    static func render(_ argument: Argument, in catalog: MessageCatalog) -> String {
        switch argument {
        case .text(let text): text
        case .integer(let value): catalog.integer(value)
        case .message(let message): message.rendered(with: catalog)
        case .decimal(let value): catalog.decimal(value, signed: false)
        case .alternatives(let items): catalog.alternatives(items.map { "'" + $0 + "'" })
        }
    }
}

extension CatalogMessage {
    /// A text that comes from outside profilelint (the operating system, a library) and has no
    /// catalog id; it is shown as it is in every language.
    public static func detail(_ text: String) -> CatalogMessage {
        CatalogMessage(.errorDetail, ["detail": .text(text)])
    }
}

extension CatalogMessage {
    /// The operating system's error `code` (an `errno`): the common ones from the catalog, the others
    /// in the system's words.
    public static func system(_ code: Int32) -> CatalogMessage {
        switch code {
        case ENOENT: CatalogMessage(.systemNoSuchFile)
        case EACCES, EPERM: CatalogMessage(.systemPermissionDenied)
        case ENOSPC: CatalogMessage(.systemNoSpace)
        case EROFS: CatalogMessage(.systemReadOnly)
        case ENOTDIR: CatalogMessage(.systemNotAFolder)
        case EISDIR: CatalogMessage(.systemIsAFolder)
        case EDQUOT: CatalogMessage(.systemQuota)
        default: .detail(String(cString: strerror(code)))
        }
    }
}
