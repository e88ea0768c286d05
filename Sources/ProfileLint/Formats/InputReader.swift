import Foundation

/// A profile read from an input, with where it came from.
public struct ProfileInput: Sendable {
    /// The profile.
    public var profile: Profile
    /// The source as shown in reports: the path, or `path:line` for one record of a JSON Lines file.
    public var source: String
    /// The format it was read as.
    public var format: InputFormat

    /// Creates an input.
    public init(profile: Profile, source: String, format: InputFormat) {
        self.profile = profile
        self.source = source
        self.format = format
    }

    /// The input taken apart, for a caller that hands the profile on (see `BatchRunner.record`).
    consuming func parts() -> (profile: Profile, source: String, format: InputFormat) {
        (profile, source, format)
    }
}

/// One profile, or the error that kept one input (or one record of it) from being read.
public typealias InputOutcome = Result<ProfileInput, ProfileLintError>

/// Reads profiles from paths or bytes, each input's format found by ``ProfileImporters``.
///
/// A file may hold several profiles (JSON Lines, a JSON array); each bad record becomes its own
/// error and never loses the others. Inputs are opened read-only. ``read(bytes:display:path:)`` needs
/// no file system, for a front end that holds an upload in memory (a ZIP archive included).
public struct InputReader: Sendable {
    /// Limits for hostile input.
    public var limits: Limits
    /// A format to use instead of detection.
    public var forcedFormat: InputFormat?
    /// How much of each profile to read (batch scoring reads only what rules can see).
    public var detail: ImportDetail

    /// Creates a reader.
    public init(limits: Limits = .default, forcedFormat: InputFormat? = nil, detail: ImportDetail = .full) {
        self.limits = limits
        self.forcedFormat = forcedFormat
        self.detail = detail
    }

    /// The options handed to the importers.
    public var options: ImportOptions { ImportOptions(limits: limits, detail: detail, forcedFormat: forcedFormat) }

    /// What detection accepts, for "unrecognised input" errors.
    static var expectedFormats: CatalogMessage { ProfileImporters.expectedFormats }

    /// Reads every profile at `path` (a file, an export folder or ZIP, or `-` for standard input);
    /// `display` is how the path is shown in reports (default: as given).
    public func read(path: String, display: String? = nil) -> [InputOutcome] {
        let shown = display ?? (path == "-" ? "<stdin>" : path)
        do {
            let bytes: [UInt8]
            if path == "-" {
                bytes = try readStandardInput()
            } else if let file = try InputFile.readFileOrFolder(path, display: shown, limits: limits) {
                bytes = file
            } else {
                guard let folder = FolderInput(path: path, display: shown) else {
                    return [.failure(.unreadable(path: shown, reason: CatalogMessage(.errorCannotListFolder)))]
                }
                return read(.folder(folder))
            }
            return read(bytes: bytes, display: shown, path: path)
        } catch let error as ProfileLintError {
            return [.failure(error)]
        } catch {
            return [.failure(.unreadable(path: path, reason: .detail("\(error)")))]
        }
    }

    private func readStandardInput() throws -> [UInt8] {
        // At most one byte over the limit: `cat /dev/zero | profilelint check -` must not fill the memory.
        let data = try FileHandle.standardInput.read(upToCount: limits.maximumFileSize + 1) ?? Data()
        guard data.count <= limits.maximumFileSize else {
            throw ProfileLintError.limitExceeded(path: "<stdin>", reason: CatalogMessage(.errorStandardInputTooLarge, ["limit": ByteCount(limits.maximumFileSize).argument]))
        }
        return [UInt8](data)
    }

    /// Reads profiles from bytes already in memory (any format, a ZIP archive included); `display`
    /// names them in reports.
    public func read(bytes: [UInt8], display: String, path: String? = nil) -> [InputOutcome] {
        read(.bytes(bytes, display: display))
    }

    /// Reads `input` with the forced importer or the one detection finds.
    package func read(_ input: ImportInput) -> [InputOutcome] {
        let options = self.options
        if let forcedFormat {
            // A folder is only ever an export, whatever is forced.
            if case .folder = input { return LinkedInExportImporter().read(input, options: options) }
            guard let importer = ProfileImporters.importer(for: forcedFormat) else {
                return [.failure(.usage(CatalogMessage(.errorNoImporterForFormat, ["format": .text(forcedFormat.rawValue)])))]
            }
            return importer.read(input, options: options)
        }
        if let importer = ProfileImporters.detect(input) { return importer.read(input, options: options) }
        switch input {
        case .bytes(let bytes, let display):
            // Name what a file is when it is plainly no profile, rather than "invalid JSON" at byte 1.
            if let kind = Self.kindOfNonProfile(bytes) {
                return [.failure(.notAProfile(path: display, kind: kind, expected: ProfileImporters.expectedFormats))]
            }
            return JSONDocumentReader(options: options).read(bytes, display: display)
        case .folder(let folder):
            return [.failure(Self.notAnInput(folder))]
        }
    }

    /// What `bytes` are when they are plainly not a profile: an empty file or a well-known binary
    /// format, recognised by its first bytes (whatever the file's name says).
    static func kindOfNonProfile(_ bytes: [UInt8]) -> CatalogMessage? {
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) { return CatalogMessage(.kindEmptyFile) }
        let signatures: [([UInt8], MessageID)] = [
            ([0x89, 0x50, 0x4E, 0x47], .kindPNG),
            ([0xFF, 0xD8, 0xFF], .kindJPEG),
            (Array("GIF8".utf8), .kindGIF),
            ([0x1F, 0x8B], .kindGzip),
            ([0xD0, 0xCF, 0x11, 0xE0], .kindOldOffice),
            (Array("{\\rtf".utf8), .kindRTF),
        ]
        return signatures.first { bytes.starts(with: $0.0) }.map { CatalogMessage($0.1) }
    }

    /// The error for a folder that no importer recognises: when it holds profile files, one line that
    /// says so and how to read them; else what an export needs.
    static func notAnInput(_ folder: FolderInput) -> ProfileLintError {
        let profiles = folder.names.filter { !$0.hasPrefix(".") && BatchPlanner.hasProfileExtension($0) }.count
        guard profiles > 0 else {
            return LinkedInExportImporter.notAnExport(folder) ?? .unrecognisedFormat(path: folder.display, expected: LinkedInExportFile.expectation)
        }
        return .usage(CatalogMessage(.errorFolderOfProfiles, ["path": .text(folder.display), "count": .integer(profiles)]))
    }
}
