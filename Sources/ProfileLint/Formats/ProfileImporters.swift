/// Every input format profilelint reads, and the one detector that tells them apart.
///
/// `check` (``InputReader``), `batch` (``BatchPlanner``, ``BatchRunner``) and any other front end
/// decide what an input is here and nowhere else. Adding a format is one new file (its importer and
/// its ``InputFormat``) and one line below.
package enum ProfileImporters {
    /// Every importer, in the order detection asks them: the first that recognises an input reads it.
    ///
    /// Bytes that none recognises are read as a JSON document (one profile, or an array of them)
    /// whose values the JSON formats below recognise; the JSON formats come last, most specific first.
    package static let all: [any ProfileImporter] = [
        LinkedInExportImporter(),
        PDFProfileImporter(),
        JSONLinesReader(),
        ProfileYAMLImporter(),
        ReactiveResumeImporter(),
        JSONResumeImporter(),
        // After the résumé formats, so that the batch path of JSON Resumes asks it nothing; before the
        // profile JSON, whose keys (headline) a card also has.
        ProfileCardImporter(),
        ProfileJSONImporter(),
    ]

    /// The formats of ``all`` whose profiles are JSON values, in the same order.
    static let jsonFormats: [any JSONProfileImporter] = all.compactMap(\.asJSONFormat)

    /// The importer of `format`.
    package static func importer(for format: InputFormat) -> (any ProfileImporter)? {
        all.first { $0.format == format }
    }

    /// The importer that recognises `input` by its content, or `nil` (then bytes are a JSON document,
    /// and a folder is not an input of any format).
    package static func detect(_ input: ImportInput) -> (any ProfileImporter)? {
        all.first { $0.detects(input) }
    }

    /// The JSON format `value` is in, or `nil`.
    static func jsonFormat(of value: JSONValue) -> (any JSONProfileImporter)? {
        for format in jsonFormats where format.recognises(value) { return format }
        return nil
    }

    /// What detection accepts, for "unrecognised input" errors.
    static let expectedFormats = CatalogMessage(.expectedProfileFormats)
}
