extension InputFormat {
    /// The project's own profile format written in YAML (profile templates).
    public static var profileYAML: InputFormat { InputFormat(ProfileYAMLImporter.self) }
}

/// Reads a profile written in YAML: the profilelint profile format (or a JSON Resume) as a YAML
/// document, as profile templates are kept.
///
/// Recognised when the text does not open a JSON value (`{`, `[`) and the file is named `.yml` or
/// `.yaml`, or opens as YAML does (`-`, `#` or a key). The document's mapping is then read by the JSON
/// format it matches; a profile read this way is reported as ``InputFormat/profileYAML``.
package struct ProfileYAMLImporter: ProfileImporter {
    /// Creates the importer.
    public init() {}

    /// ``InputFormat/profileYAML``.
    public static var identifier: String { "profile-yaml" }

    /// Whether `input` is YAML text rather than JSON.
    public func detects(_ input: ImportInput) -> Bool {
        guard case .bytes(let bytes, let display) = input else { return false }
        let index = bytes.firstNonWhitespace
        guard index < bytes.count, bytes[index] != UInt8(ascii: "{"), bytes[index] != UInt8(ascii: "[") else { return false }
        let first = bytes[index]
        return first == UInt8(ascii: "-") || first == UInt8(ascii: "#") || first.isASCIILetter
            || BatchPlanner.hasSuffix(display, ".yml") || BatchPlanner.hasSuffix(display, ".yaml")
    }

    /// Reads the one profile of a YAML document.
    public func read(_ input: ImportInput, options: ImportOptions) -> [InputOutcome] {
        guard case .bytes(let bytes, let display) = input else {
            return [.failure(.folderGiven(input.display, for: format))]
        }
        return [Result {
            let text = try InputFile.decodeUTF8(bytes, display: display)
            let document = try YAMLDocumentReader.read(text, file: display, maximumDepth: options.limits.maximumDepth)
            guard document.root.kind == .object else {
                throw ProfileLintError.unrecognisedFormat(path: display, expected: ProfileImporters.expectedFormats)
            }
            let forced: (any JSONProfileImporter)? = options.forcedFormat == .profileYAML ? ProfileJSONImporter() : nil
            var input = try JSONDocumentReader(options: options).importValue(document.root, display: display, source: display, path: "$", as: forced)
            if input.format == .profile { input.format = .profileYAML }
            return input
        }.mapError(ProfileLintError.wrapping)]
    }
}
