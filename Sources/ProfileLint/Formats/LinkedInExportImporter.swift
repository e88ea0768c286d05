extension InputReader {
    /// Reads an extracted LinkedIn data export folder.
    func readExportFolder(_ path: String) -> InputOutcome {
        .failure(.unrecognisedFormat(path: path, expected: "a file (LinkedIn export folders are read from issue #3 on)"))
    }

    /// Reads a LinkedIn data export ZIP archive.
    func readExportArchive(bytes: [UInt8], display: String, path: String?) -> InputOutcome {
        .failure(.unrecognisedFormat(path: display, expected: "a JSON profile (LinkedIn export archives are read from issue #3 on)"))
    }
}
