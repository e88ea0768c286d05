/// Bounds that keep hostile or broken input from exhausting time or memory.
///
/// Every limit is configurable (`limits:` in `.profilelint.yml`); the defaults are generous for
/// real exports and documented in the README's "Security and limits" section.
public struct Limits: Sendable, Equatable, Codable {
    /// The largest single input file read, in bytes (JSON, CSV, YAML, a ZIP archive itself).
    public var maximumFileSize: Int
    /// The most bytes a ZIP archive may expand to, summed over the entries that are read.
    public var maximumUncompressedSize: Int
    /// The deepest nesting of arrays and objects accepted in JSON or YAML.
    public var maximumDepth: Int
    /// The longest line of a JSON Lines file or record of a CSV file, in bytes.
    public var maximumRecordSize: Int
    /// The longest time poppler may take to give the text of one PDF, in seconds.
    public var maximumPDFSeconds: Int
    /// The most text (poppler's word boxes, in bytes) one PDF may give.
    public var maximumPDFTextSize: Int

    /// Creates limits.
    public init(maximumFileSize: Int, maximumUncompressedSize: Int, maximumDepth: Int, maximumRecordSize: Int,
                maximumPDFSeconds: Int = 10, maximumPDFTextSize: Int = 64 << 20) {
        self.maximumFileSize = maximumFileSize
        self.maximumUncompressedSize = maximumUncompressedSize
        self.maximumDepth = maximumDepth
        self.maximumRecordSize = maximumRecordSize
        self.maximumPDFSeconds = maximumPDFSeconds
        self.maximumPDFTextSize = maximumPDFTextSize
    }

    /// 256 MB files, 512 MB expanded archives, 256 levels, 16 MB records, 10 seconds and 64 MB of text per PDF.
    public static let `default` = Limits(
        maximumFileSize: 256 << 20,
        maximumUncompressedSize: 512 << 20,
        maximumDepth: 256,
        maximumRecordSize: 16 << 20,
        maximumPDFSeconds: 10,
        maximumPDFTextSize: 64 << 20
    )
}
