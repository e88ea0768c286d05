extension InputReader {
    /// Reads an extracted LinkedIn data export folder with ``LinkedInExportImporter``.
    func readExportFolder(_ path: String, display shown: String? = nil) -> InputOutcome {
        var display = shown ?? path
        while display.count > 1, display.hasSuffix("/") { display.removeLast() }
        return Result {
            let profile = try LinkedInExportImporter(limits: limits).importFolder(at: path, display: display)
            return ProfileInput(profile: profile, source: display, format: .linkedInExport)
        }.mapError(Self.asProfileLintError)
    }

    /// Reads a LinkedIn data export ZIP archive, in memory, with ``LinkedInExportImporter``.
    func readExportArchive(bytes: [UInt8], display: String, path: String?) -> InputOutcome {
        Result {
            let profile = try LinkedInExportImporter(limits: limits).importArchive(bytes, display: display)
            return ProfileInput(profile: profile, source: display, format: .linkedInExport)
        }.mapError(Self.asProfileLintError)
    }
}
