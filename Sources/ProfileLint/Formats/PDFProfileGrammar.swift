/// Reads a ``PDFLayout`` of LinkedIn's profile PDF into a ``Profile``: the section grammar.
///
/// Main column: the name, then the headline (one or two lines) and the location; Summary; Experience,
/// where a company line may carry a total duration (a company with several roles) and each role is a
/// title, a date line (`January 2021 - Present (4 years 2 months)`, in the profile's language except
/// `Present`), an optional location and an optional description that may run onto the next page;
/// Education, where a school is followed by `Degree, Field · (dates)`, perhaps wrapped. Sidebar: the
/// LinkedIn URL in Contact (e-mail addresses and phone numbers beside it are never read), top skills,
/// languages and certifications, each item perhaps wrapped onto a second line.
///
/// What the PDF does not show stays unknown, with a warning that says why: the photo, connections,
/// industry, groups and recommendations; and the number of skills when three are listed, since the
/// PDF lists only the top three.
struct PDFProfileGrammar: Sendable {
    /// The input's name in reports.
    var file: String
    /// Whether to record where each field was read.
    var detail: ImportDetail

    /// The right edge past which a line is full, so the next line continues its sentence.
    static let fullLineEdge = 520.0

    /// The profile the layout shows.
    func profile(from layout: PDFLayout) -> Profile {
        var profile = Profile()
        profile.photo = .unknown
        profile.industry = .unknown
        profile.groups = .unknown
        profile.connectionCount = .unknown
        profile.recommendations = .unknown
        record(&profile, "", page: 1, path: nil)
        readHeader(layout.header, into: &profile)

        profile.about = .absent
        profile.positions = .absent
        profile.education = .absent
        for (index, section) in layout.mainSections.enumerated() {
            switch Self.kind(of: section, isFirst: index == 0) {
            case .summary:
                profile.about = .text(Self.paragraphs(section.lines))
                record(&profile, ProfileField.about.rawValue, page: section.page, path: section.heading)
            case .experience:
                let positions = readPositions(section)
                profile.positions = .list(positions)
                record(&profile, ProfileField.positions.rawValue, page: section.page, path: section.heading)
            case .education:
                profile.education = .list(readEducation(section))
                record(&profile, ProfileField.education.rawValue, page: section.page, path: section.heading)
            case .other:
                break
            }
        }

        profile.profileURL = .absent
        profile.skills = .absent
        profile.languages = .absent
        profile.certifications = .absent
        var skillsListed = 0
        for section in layout.sidebarSections {
            let items = Self.sidebarItems(section.lines)
            let field: ProfileField
            switch PDFSectionHeadings.sidebar(section.heading) {
            case .contact:
                profile.profileURL = .text(Self.profileURL(in: items).map(Self.withScheme))
                field = .profileURL
            case .topSkills:
                skillsListed = items.count
                profile.skills = .list(items)
                field = .skills
            case .languages:
                profile.languages = .list(items.map(Self.language))
                field = .languages
            case .certifications:
                profile.certifications = .list(items.map { Certification(name: $0) })
                field = .certifications
            case .other:
                continue
            }
            record(&profile, field.rawValue, page: section.page, path: section.heading)
        }
        if skillsListed >= 3 {
            profile.skills = .unknown
            profile.warnings.append(InputWarning(code: "pdf-top-skills", message: CatalogMessage(.pdfTopSkillsOnly, ["listed": .integer(skillsListed)]),
                                                 location: profile.sourceMap[ProfileField.skills.rawValue]))
        }
        profile.warnings.append(InputWarning(code: "pdf-not-shown", message: CatalogMessage(.pdfFactsNotShown), location: SourceLocation(file: file, page: 1)))
        return profile
    }

    // MARK: - Header

    /// Name, headline (perhaps wrapped) and location, before the first heading.
    private func readHeader(_ lines: [PDFLayout.Line], into profile: inout Profile) {
        let names = lines.filter { $0.kind == .name && $0.page == 1 }
        let rest = lines.filter { $0.kind != .name }
        profile.name = names.isEmpty ? .absent : .text(names.map(\.text).joined(separator: " "))
        record(&profile, ProfileField.name.rawValue, page: 1, path: nil)
        record(&profile, ProfileField.headline.rawValue, page: 1, path: nil)
        record(&profile, ProfileField.location.rawValue, page: 1, path: nil)
        switch rest.count {
        case 0:
            profile.headline = .absent
            profile.location = .absent
        case 1:
            profile.headline = .text(rest[0].text)
            profile.location = .absent
        default:
            profile.headline = .text(Self.joined(rest.dropLast()))
            profile.location = .text(rest[rest.count - 1].text)
        }
    }

    // MARK: - Experience

    /// Every role under Experience, each with its company.
    func readPositions(_ section: PDFLayout.Section) -> [Position] {
        var positions: [Position] = []
        var company: String?
        var companyOpen = false
        var role: Position?
        var state = RoleState.none
        var description: [PDFLayout.Line] = []
        var previous: PDFLayout.Line?

        func finishRole() {
            guard var finished = role else { return }
            if !description.isEmpty {
                finished.description = Self.paragraphs(description)
                recordRole(&finished, "description", page: description[0].page, path: section.heading)
            }
            positions.append(finished)
            role = nil
            description = []
            state = .none
        }

        let lines = section.lines
        for (index, line) in lines.enumerated() {
            defer { previous = line }
            switch line.kind {
            case .entry, .name, .heading, .sidebarHeading:
                if companyOpen, let name = company, previous?.kind == line.kind {
                    company = name + " " + line.text
                    continue
                }
                finishRole()
                company = line.text
                companyOpen = true
            case .title:
                if state == .title, var open = role {
                    open.title = (open.title ?? "") + " " + line.text
                    role = open
                    continue
                }
                finishRole()
                companyOpen = false
                var position = Position(company: company, title: line.text)
                recordRole(&position, "", page: line.page, path: section.heading)
                recordRole(&position, "title", page: line.page, path: section.heading)
                recordRole(&position, "company", page: line.page, path: section.heading)
                role = position
                state = .title
            case .body:
                guard var open = role else { continue } // a company's total duration, before its first role
                switch state {
                case .title:
                    if let range = PDFDateRange(line.text) {
                        open.start = range.start
                        open.end = range.isCurrent ? nil : (range.end ?? range.start)
                        recordRole(&open, "start", page: line.page, path: section.heading)
                        state = .dates
                    } else {
                        description.append(line)
                        state = .description
                    }
                case .dates:
                    if let previous, Self.isRoleLocation(line, after: previous, next: index + 1 < lines.count ? lines[index + 1] : nil) {
                        open.location = line.text
                        recordRole(&open, "location", page: line.page, path: section.heading)
                        state = .location
                    } else {
                        description.append(line)
                        state = .description
                    }
                case .location, .description:
                    description.append(line)
                    state = .description
                case .none:
                    break
                }
                role = open
            }
        }
        finishRole()
        return positions
    }

    private enum RoleState { case none, title, dates, location, description }

    /// Whether the body line after a role's dates is its location: set close under the dates (14.7 pt;
    /// a description starts 20 pt or more below), or, at the top of the next page, a single line
    /// set apart from what follows (18.8 pt or more; a description's lines are 18 pt apart).
    static func isRoleLocation(_ line: PDFLayout.Line, after dates: PDFLayout.Line, next: PDFLayout.Line?) -> Bool {
        if dates.page == line.page { return line.box.yMin - dates.box.yMin < 17.5 }
        guard line.page == dates.page + 1, !line.text.hasSuffix(".") else { return false }
        guard let next, next.kind == .body, next.page == line.page else { return true }
        return next.box.yMin - line.box.yMin >= 18.8
    }

    // MARK: - Education

    /// Every school under Education.
    func readEducation(_ section: PDFLayout.Section) -> [Education] {
        var entries: [Education] = []
        var school: [PDFLayout.Line] = []
        var details: [PDFLayout.Line] = []

        func finish() {
            guard !school.isEmpty || !details.isEmpty else { return }
            var entry = Education(school: school.isEmpty ? nil : Self.joined(school[...]))
            if !details.isEmpty { Self.readDegree(details.map(\.text).joined(separator: " "), into: &entry) }
            entries.append(entry)
            school = []
            details = []
        }

        for line in section.lines {
            if line.kind == .body {
                details.append(line)
                continue
            }
            // A school name too long for one line wraps onto the next, close below.
            if details.isEmpty, let last = school.last, last.page == line.page, line.box.yMin - last.box.yMin < 25 {
                school.append(line)
                continue
            }
            finish()
            school = [line]
        }
        finish()
        return entries
    }

    /// `Degree, Field · (Month YYYY - Month YYYY)`, any part of it missing.
    static func readDegree(_ text: String, into entry: inout Education) {
        var studies = text
        if let dot = text.lastIndex(of: "·") {
            studies = String(text[text.startIndex..<dot])
            var dates = String(text[text.index(after: dot)...]).trimmingWhitespace()
            if dates.hasPrefix("(") { dates.removeFirst() }
            if dates.hasSuffix(")") { dates.removeLast() }
            if let range = PDFDateRange(dates) {
                entry.start = range.start
                entry.end = range.isCurrent ? nil : range.end
            }
        }
        let trimmed = studies.trimmingWhitespace()
        guard !trimmed.isEmpty else { return }
        if let comma = trimmed.firstIndex(of: ",") {
            let degree = String(trimmed[trimmed.startIndex..<comma]).trimmingWhitespace()
            let field = String(trimmed[trimmed.index(after: comma)...]).trimmingWhitespace()
            entry.degree = degree.isEmpty ? nil : degree
            entry.field = field.isEmpty ? nil : field
        } else {
            entry.degree = trimmed
        }
    }

    // MARK: - Sidebar

    /// A sidebar section's items: a line close under the one before (LinkedIn sets an item's lines
    /// 12.6 to 14.4 pt apart, items 17.6 apart), or after an item whose bracket is still open
    /// (`Engels (Volledige professionele` / `vaardigheid)`), continues its item.
    static func sidebarItems(_ lines: [PDFLayout.Line]) -> [String] {
        var items: [String] = []
        var previous: PDFLayout.Line?
        for line in lines {
            if let previous, previous.page == line.page, !items.isEmpty,
               line.box.yMin - previous.box.yMin < 15.5 || Self.hasOpenBracket(items[items.count - 1]) {
                items[items.count - 1] += " " + line.text
            } else {
                items.append(line.text)
            }
            previous = line
        }
        return items.map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
    }

    /// Whether `text` opens a bracket it does not close.
    static func hasOpenBracket(_ text: String) -> Bool {
        var depth = 0
        for character in text {
            if character == "(" { depth += 1 } else if character == ")" { depth = max(0, depth - 1) }
        }
        return depth > 0
    }

    /// The `linkedin.com/in/…` address of Contact, joined when it wraps, without its `(LinkedIn)` label.
    /// Nothing else of Contact is read: e-mail addresses and phone numbers never enter a profile.
    static func profileURL(in items: [String]) -> String? {
        for item in items where item.lowercased().contains("linkedin.com/in/") {
            let words = item.split(separator: " ").map(String.init)
            guard let start = words.firstIndex(where: { $0.lowercased().contains("linkedin.com/in/") }) else { continue }
            // A wrapped address goes on in the next word, up to its label `(LinkedIn)`; another address
            // (`(Personal)`, `(Company)`) may follow.
            var address = words[start]
            var index = start + 1
            while index < words.count, !words[index].hasPrefix("(") {
                address += words[index]
                index += 1
            }
            return address
        }
        return nil
    }

    /// The address as a URL: `www.linkedin.com/in/…` as `https://www.linkedin.com/in/…`.
    static func withScheme(_ address: String) -> String {
        let lowered = address.lowercased()
        return lowered.hasPrefix("https://") || lowered.hasPrefix("http://") ? address : "https://" + address
    }

    /// `English (Native or Bilingual)`: a language and its proficiency.
    static func language(_ item: String) -> Language {
        guard item.hasSuffix(")"), let open = item.lastIndex(of: "(") else { return Language(name: item) }
        let name = String(item[item.startIndex..<open]).trimmingWhitespace()
        let level = String(item[item.index(after: open)..<item.index(before: item.endIndex)]).trimmingWhitespace()
        return Language(name: name.isEmpty ? item : name, proficiency: level.isEmpty ? nil : level)
    }

    // MARK: - Text

    /// What a main-column section holds: by its heading, else by its lines (titles make an
    /// Experience, schools with `·` lines an Education, the first section is the Summary).
    static func kind(of section: PDFLayout.Section, isFirst: Bool) -> PDFSectionHeadings.Main {
        if let known = PDFSectionHeadings.main(section.heading) { return known }
        if section.lines.contains(where: { $0.kind == .title }) { return .experience }
        if section.lines.contains(where: { $0.kind == .body && $0.text.contains("·") }) { return .education }
        return isFirst ? .summary : .other
    }

    /// Lines as text: a line that reaches the right edge goes on in the next one (a space), a shorter
    /// one ends its paragraph (a line break).
    static func paragraphs(_ lines: [PDFLayout.Line]) -> String {
        var text = ""
        var previous: PDFLayout.Line?
        for line in lines {
            if let previous { text += previous.box.xMax >= fullLineEdge ? " " : "\n" }
            text += line.text
            previous = line
        }
        return text
    }

    /// Lines of one wrapped text, joined by spaces.
    static func joined(_ lines: ArraySlice<PDFLayout.Line>) -> String {
        lines.map(\.text).joined(separator: " ")
    }

    // MARK: - Locations

    private func record(_ profile: inout Profile, _ field: String, page: Int, path: String?) {
        guard detail == .full else { return }
        profile.sourceMap[field] = SourceLocation(file: file, path: path, page: page)
    }

    private func recordRole(_ position: inout Position, _ field: String, page: Int, path: String?) {
        guard detail == .full else { return }
        position.sources[field] = SourceLocation(file: file, path: path, page: page)
    }
}
