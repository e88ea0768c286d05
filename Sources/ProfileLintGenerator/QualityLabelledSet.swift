import Foundation
import ProfileLint

/// The labelled texts in `Fixtures/quality/`: invented headlines, About sections and role
/// descriptions, each with a reviewer's verdict per quality rule (see `Fixtures/quality/README.md`).
package struct QualityLabelledSet: Sendable {
    /// The part of a profile a text is written for.
    package enum Field: String, Sendable, CaseIterable {
        case headline, about, role
    }

    /// One labelled text.
    package struct Item: Sendable {
        /// Unique across the set (`nl-role-06`).
        package var id: String
        /// The part of the profile the text is.
        package var field: Field
        /// The language a reader would say the text is in (`nl`, `en`, `fr`), or `unknown`.
        package var language: String
        /// The text itself.
        package var text: String
        /// The company of the current position in the profile built around the text.
        package var employer: String
        /// The verdict per rule id: `pass`, `fail`, or `unknown` where no rule can judge the text.
        package var labels: [(rule: String, label: RuleStatus)]
    }

    /// The folder of the set, relative to the repository root.
    package static let folder = "Fixtures/quality"
    /// The employer of a text that names none.
    static let defaultEmployer = "Acme"

    /// Every item, in file order then item order.
    package var items: [Item]

    /// Reads every `*.yml` file in the set's folder under `root`, sorted by name.
    package static func load(root: URL) throws -> QualityLabelledSet {
        let directory = root.appendingPathComponent(folder)
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".yml") }.sorted()
        var items: [Item] = []
        var seen: Set<String> = []
        for file in files {
            let path = folder + "/" + file
            let text = try String(contentsOf: directory.appendingPathComponent(file), encoding: .utf8)
            for item in try read(text, file: path) {
                guard seen.insert(item.id).inserted else {
                    throw GenerationError(description: "\(path): item id '\(item.id)' is used twice in the labelled set")
                }
                items.append(item)
            }
        }
        return QualityLabelledSet(items: items)
    }

    /// The items of one file of the set; `file` is the path shown in errors.
    static func read(_ text: String, file: String) throws -> [Item] {
        let root = try YAMLDocumentReader.read(text, file: file).root
        guard root.kind == .array else { throw GenerationError(description: "\(file): expected a list of items") }
        return try root.elements.map { value in
            func problem(_ what: String) -> GenerationError {
                let (line, column) = value.lineAndColumn
                return GenerationError(description: "\(file):\(line):\(column): \(what)")
            }
            func string(_ key: String) throws -> String {
                guard let text = value[key]?.string, !text.isEmpty else { throw problem("item has no '\(key)'") }
                return text
            }
            guard value.kind == .object else { throw problem("expected an item (a mapping)") }
            let known: Set = ["id", "field", "language", "text", "employer", "labels", "note"]
            for (key, _) in value.members where !known.contains(key.string ?? "") {
                throw problem("unknown key '\(key.string ?? "")'")
            }
            guard let field = Field(rawValue: try string("field")) else {
                throw problem("'field' is not one of \(Field.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            guard let labels = value["labels"], labels.kind == .object, labels.count > 0 else { throw problem("item has no labels") }
            let pairs = try labels.members.map { key, label in
                guard let status = label.string.flatMap(RuleStatus.init(rawValue:)) else {
                    throw problem("label of '\(key.string ?? "")' is not pass, fail or unknown")
                }
                return (rule: key.string ?? "", label: status)
            }
            return Item(id: try string("id"), field: field, language: try string("language"), text: try string("text"),
                        employer: value["employer"]?.string ?? defaultEmployer, labels: pairs)
        }
    }
}

extension QualityLabelledSet.Item {
    /// The profile built around the text, in profilelint's profile JSON: the headline, the About
    /// section, or the description of a current position at ``employer``.
    package var profileJSON: [String: Any] {
        var position: [String: Any] = ["company": employer, "start": "2021-03"]
        var profile: [String: Any] = [:]
        switch field {
        case .headline: profile["headline"] = text
        case .about: profile["about"] = text
        case .role: position["description"] = text
        }
        profile["positions"] = [position]
        return profile
    }

    /// The profile built around the text, read through the profile JSON importer as `check` reads one.
    package func profile() throws -> Profile {
        let data = try JSONSerialization.data(withJSONObject: profileJSON, options: [.sortedKeys])
        let document = try JSONParser().parse(Array(data))
        return try ProfileJSONImporter().importProfile(from: document.root, file: "\(QualityLabelledSet.folder)#\(id)")
    }
}
