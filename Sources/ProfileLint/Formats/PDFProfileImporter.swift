extension InputFormat {
    /// LinkedIn's "Save to PDF" profile (`Profile.pdf`).
    public static var linkedInPDF: InputFormat { InputFormat(PDFProfileImporter.self) }
}

/// Reads LinkedIn's "Save to PDF" profile (on a profile, *More → Save to PDF*; a file named `Profile.pdf`).
///
/// Recognised by content (`%PDF-`). The text and its layout come from poppler (``PDFTextExtractor``),
/// are sorted into columns and sections (``PDFLayout``) and read by the section grammar
/// (``PDFProfileGrammar``). A PDF that is not LinkedIn's (no name line in the main column, none of
/// LinkedIn's headings), an encrypted or damaged one, and a scan without text are each refused in one
/// line. Findings point at the page (`Profile.pdf:page 2`).
package struct PDFProfileImporter: ProfileImporter {
    /// Creates the importer.
    public init() {}

    /// ``InputFormat/linkedInPDF``.
    public static var identifier: String { "linkedin-pdf" }

    /// What `reading PDF profiles` needs, named when poppler is missing.
    static let popplerNeeded = CatalogMessage(.errorPDFPopplerNeeded)

    /// Whether `input` is a PDF (`%PDF-` at the start, as PDF readers accept it within the first KB).
    public func detects(_ input: ImportInput) -> Bool {
        guard case .bytes(let bytes, _) = input else { return false }
        return Self.isPDF(bytes)
    }

    /// Whether `bytes` open a PDF.
    static func isPDF(_ bytes: [UInt8]) -> Bool {
        let signature = Array("%PDF-".utf8)
        let window = min(bytes.count, 1024)
        guard window >= signature.count else { return false }
        for start in 0...(window - signature.count) where bytes[start] == signature[0] {
            if bytes[start..<(start + signature.count)].elementsEqual(signature) { return true }
        }
        return false
    }

    /// Reads the one profile of a LinkedIn profile PDF.
    public func read(_ input: ImportInput, options: ImportOptions) -> [InputOutcome] {
        guard case .bytes(let bytes, let display) = input else {
            return [.failure(.folderGiven(input.display, for: format))]
        }
        return [readProfile(bytes, display: display, options: options).map { ProfileInput(profile: $0, source: display, format: format) }]
    }

    /// The profile of `bytes`, or the one-line error that says why there is none.
    func readProfile(_ bytes: [UInt8], display: String, options: ImportOptions) -> Result<Profile, ProfileLintError> {
        guard Self.isPDF(bytes) else {
            return .failure(.unrecognisedFormat(path: display, expected: CatalogMessage(.expectedPDFProfile)))
        }
        switch PDFTextExtractor(limits: options.limits).wordBoxes(of: bytes) {
        case .success(let xhtml):
            return profile(from: PDFWordBoxes(xhtml: xhtml), display: display, detail: options.detail)
        case .failure(let failure):
            return .failure(Self.error(failure, display: display))
        }
    }

    /// The profile of word boxes already extracted, or why they are not LinkedIn's profile PDF.
    func profile(from boxes: PDFWordBoxes, display: String, detail: ImportDetail) -> Result<Profile, ProfileLintError> {
        let layout = PDFLayout(boxes)
        guard layout.lineCount > 0 else {
            return .failure(.malformedInput(location: SourceLocation(file: display),
                                            reason: CatalogMessage(.errorPDFWithoutText)))
        }
        guard Self.isLinkedInProfile(layout, metadata: boxes.metadata) else {
            return .failure(.malformedInput(location: SourceLocation(file: display),
                                            reason: CatalogMessage(.errorPDFNotLinkedIn)))
        }
        return .success(PDFProfileGrammar(file: display, detail: detail).profile(from: layout))
    }

    /// Whether the layout is LinkedIn's: a name line at the top of the main column, and LinkedIn's
    /// headings or its author mark.
    static func isLinkedInProfile(_ layout: PDFLayout, metadata: [String: String]) -> Bool {
        guard layout.header.contains(where: { $0.kind == .name && $0.page == 1 }) else { return false }
        if metadata["Author"] == "LinkedIn" { return true }
        let headings = layout.mainSections.map(\.heading) + layout.sidebarSections.map(\.heading)
        return headings.contains(where: PDFSectionHeadings.isKnown)
    }

    /// The one line for a PDF that poppler could not read.
    static func error(_ failure: PDFTextExtractor.Failure, display: String) -> ProfileLintError {
        let file = SourceLocation(file: display)
        switch failure {
        case .popplerMissing:
            return .malformedInput(location: file, reason: popplerNeeded)
        case .encrypted:
            return .malformedInput(location: file, reason: CatalogMessage(.errorPDFEncrypted))
        case .damaged(let detail):
            return .malformedInput(location: file, reason: CatalogMessage(.errorPDFDamaged, ["detail": .text(detail)]))
        case .tookTooLong(let seconds):
            return .limitExceeded(path: display, reason: CatalogMessage(.errorPDFTookTooLong, ["seconds": .text(String(seconds))]))
        case .tooMuchText(let limit):
            return .limitExceeded(path: display, reason: CatalogMessage(.errorPDFTooMuchText, ["limit": ByteCount(limit).argument]))
        case .cannotRun(let reason):
            return .malformedInput(location: file, reason: CatalogMessage(.errorPDFCannotRun, ["reason": .text(reason)]))
        }
    }
}
