/// The layout of LinkedIn's "Save to PDF" profile: word-box lines sorted into the sidebar and the
/// main column, split at their section headings, each line given its kind by its height.
///
/// The geometry is that of every profile PDF LinkedIn makes (Apache FOP, US Letter): the sidebar
/// (Contact, Top Skills, Languages, Certifications, …) is on page 1 only, left of x = 200; the main
/// column (name, headline, location, then Summary, Experience, Education) starts at x ≈ 223.6 on
/// every page; each page ends with the footer `Page N of M`, which is dropped. Line-box heights tell
/// the kinds of line apart, whatever the profile's language.
struct PDFLayout: Sendable, Equatable {
    /// What a line is, told by its height (points).
    enum Kind: Sendable, Equatable {
        /// The name (36.6).
        case name
        /// A main-column section heading (22.2).
        case heading
        /// A sidebar section heading (18.3).
        case sidebarHeading
        /// The headline and location, a company or a school (16.9); the Summary's text in some files.
        case entry
        /// A job title (16.2).
        case title
        /// Dates, a role's location, descriptions, sidebar items (14.8).
        case body

        init(height: Double) {
            switch height {
            case 28...: self = .name
            case 20..<28: self = .heading
            case 17.5..<20: self = .sidebarHeading
            case 16.6..<17.5: self = .entry
            case 15.9..<16.6: self = .title
            default: self = .body
            }
        }
    }

    /// A line with its kind.
    struct Line: Sendable, Equatable {
        var box: PDFTextLine
        var kind: Kind
        var text: String { box.text }
        var page: Int { box.page }
    }

    /// A section: its heading as printed and its lines, in reading order.
    struct Section: Sendable, Equatable {
        var heading: String
        /// The box of the heading's (last) line.
        var headingBox: PDFTextLine
        var lines: [Line]
        var page: Int { headingBox.page }
    }

    /// Where the sidebar ends: anything on page 1 starting left of it is sidebar.
    static let sidebarBoundary = 200.0

    /// The main column's lines before its first heading (name, headline, location).
    var header: [Line] = []
    /// The main column's sections, in order.
    var mainSections: [Section] = []
    /// The sidebar's sections, in order.
    var sidebarSections: [Section] = []
    /// Whether a `Page N of M` footer was seen.
    var hasPageFooter = false
    /// The number of text lines in the document, footers included.
    var lineCount = 0

    /// Sorts `boxes` into the two columns and their sections.
    init(_ boxes: PDFWordBoxes) {
        lineCount = boxes.lines.count
        var main: [PDFTextLine] = []
        var sidebar: [PDFTextLine] = []
        for line in boxes.lines {
            if Self.isFooter(line) {
                hasPageFooter = true
                continue
            }
            if line.page == 1, line.xMin < Self.sidebarBoundary { sidebar.append(line) } else { main.append(line) }
        }
        (header, mainSections) = Self.sections(Self.merged(main)) { $0 == .heading }
        // The sidebar's lines before its first heading belong to no section and are not read.
        sidebarSections = Self.sections(Self.merged(sidebar)) { $0 == .sidebarHeading || $0 == .heading }.sections
    }

    /// `lines` split at their headings: the lines before the first heading, and the sections. A
    /// heading right under another continues it (the Danish "Mest repræsenterede / kompetencer").
    private static func sections(_ lines: [Line], isHeading: (Kind) -> Bool) -> (before: [Line], sections: [Section]) {
        var before: [Line] = []
        var sections: [Section] = []
        var current: Section?
        for line in lines {
            if isHeading(line.kind) {
                if var open = current, open.lines.isEmpty, continues(line.box, after: open) {
                    open.heading += " " + line.text
                    open.headingBox = line.box
                    current = open
                    continue
                }
                if let open = current { sections.append(open) }
                current = Section(heading: line.text, headingBox: line.box, lines: [])
            } else if current == nil {
                before.append(line)
            } else {
                current?.lines.append(line)
            }
        }
        if let open = current { sections.append(open) }
        return (before, sections)
    }

    /// `Page N of M`, in English in every language, at the foot of every page.
    static func isFooter(_ line: PDFTextLine) -> Bool {
        let words = line.text.split(separator: " ")
        guard words.count == 4, words[0] == "Page", words[2] == "of", Int(words[1]) != nil, Int(words[3]) != nil else { return false }
        return line.height < 13.5 || line.yMin > 740
    }

    /// Whether a heading line is the second line of the open section's heading (no lines between, close below).
    private static func continues(_ line: PDFTextLine, after section: Section) -> Bool {
        line.page == section.page && line.yMin - section.headingBox.yMin < line.height * 1.2
    }

    /// Lines in reading order (page, then top to bottom), with the pieces poppler splits off one line
    /// (another font on the same baseline) joined again.
    private static func merged(_ lines: [PDFTextLine]) -> [Line] {
        let sorted = lines.sorted { ($0.page, $0.yMin, $0.xMin) < ($1.page, $1.yMin, $1.xMin) }
        var result: [PDFTextLine] = []
        for line in sorted {
            if var last = result.last, last.page == line.page, abs(last.yMin - line.yMin) < 2, line.xMin >= last.xMax - 1 {
                last.text += " " + line.text
                last.xMax = max(last.xMax, line.xMax)
                last.yMax = max(last.yMax, line.yMax)
                result[result.count - 1] = last
            } else {
                result.append(line)
            }
        }
        return result.map { Line(box: $0, kind: Kind(height: $0.height)) }
    }
}
