import Foundation

/// Reads LinkedIn's "Get a copy of your data" export, as an extracted folder or as the ZIP archive,
/// into a ``Profile``.
///
/// Every file is optional, because LinkedIn leaves out the categories a member has no data for: a
/// missing file leaves its facts ``Fact/unknown``, a file without data rows makes them
/// ``Fact/absent``, and a file without the column a fact needs leaves that fact unknown with a
/// warning. Files are matched by name as ``LinkedInExportFile`` describes, at the top of the export or
/// under one top folder (as in LinkedIn's archives). A folder or archive is an export only when one of
/// the files so matched opens with LinkedIn's header row for it
/// (``LinkedInExportFile/hasLinkedInHeader(_:)``): a folder of profiles with a stray `Profile.csv` of
/// one's own is not an export.
///
/// What is read:
/// - `Profile.csv`: name (First and Last Name), Headline, Summary (about), Industry, location (Geo
///   Location, else Zip Code, else the 2018 Country), and the profile URL when Websites holds a
///   `linkedin.com/in/` address. Address, Birth Date and Instant Messengers are never read.
/// - `Positions.csv`, `Education.csv`, `Skills.csv`, `Languages.csv`, `Certifications.csv`.
/// - `Connections.csv` (with or without its `Notes:` preamble): the count of data rows, including the
///   rows LinkedIn leaves blank but for Connected On, and a hashed identity per connection; names and
///   e-mail addresses are never kept.
/// - `Recommendations_Received.csv`: rows whose Status is `VISIBLE` or empty.
/// - `Rich_Media.csv`: a row saying "profile photo" (not "background photo") proves a photo; without
///   one the photo stays unknown, because the export cannot prove there is none.
/// - `Ad_Targeting.csv`: the `;`-separated `Member Groups` (`Groups` in 2018's `Ad Targeting.csv`), the
///   only place joined groups appear.
///
/// Each file read must be LinkedIn's: text whose header has the file's identifying column
/// (``LinkedInExportFile/identifyingColumns``). One that is not (binary bytes, a spreadsheet renamed
/// `.csv`, another program's `Positions.csv`) is an error naming it when the default rules read its
/// facts (``LinkedInExportFile/isNeeded``), else skipped with an `export-file` warning. A byte that is
/// not UTF-8 is read as Windows-1252 with one `encoding` warning per file; UTF-16 is read with a byte
/// order mark, or without one when the bytes are UTF-16 text. A row of a list with nothing filled in
/// but dates (or without a Name) is no entry; one `export-blank` warning per file counts them.
///
/// Dates are `Mon YYYY` or `YYYY` (also `YYYY-MM`). An unreadable date gives a `date` warning. An
/// unreadable start is left out; an unreadable end keeps the position *ended* (an end date means a
/// past position, and text that is there but unreadable must not turn a past job into the current
/// one): the end becomes the year found in the text, else the start date, else year 0.
///
/// Locations point into the export: `export/Positions.csv` (or `export.zip/Top/Positions.csv`), the
/// physical line of the record, the field's column and `row N, column Name`; a column the file lacks
/// points at its header line, and a file the export lacks points at the export itself.
package struct LinkedInExportImporter: Sendable {
    /// One file of an export, read into memory.
    public struct File: Sendable {
        /// The file's bytes.
        public var bytes: [UInt8]
        /// The path shown in locations, inside the export (`export/Profile.csv`).
        public var display: String

        /// Creates a file.
        public init(bytes: [UInt8], display: String) {
            self.bytes = bytes
            self.display = display
        }
    }

    /// Limits for hostile input.
    public var limits: Limits

    /// Creates the importer.
    public init(limits: Limits = .default) {
        self.limits = limits
    }

    // MARK: - Folder and archive

    /// Reads the extracted export folder at `path`; `display` is the path shown in reports.
    public func importFolder(at path: String, display: String) throws -> Profile {
        guard let folder = FolderInput(path: path, display: display) else {
            throw ProfileLintError.unreadable(path: display, reason: CatalogMessage(.errorCannotListFolder))
        }
        return try importFolder(folder)
    }

    /// Reads an extracted export folder already listed.
    func importFolder(_ folder: FolderInput) throws -> Profile {
        guard let export = Self.exportFolder(in: folder) else {
            throw Self.notAnExport(folder) ?? .unrecognisedFormat(path: folder.display, expected: LinkedInExportFile.expectation)
        }
        var files: [LinkedInExportFile: File] = [:]
        for name in export.names.sorted() where !name.hasPrefix(".") {
            guard let kind = LinkedInExportFile.matching(fileName: name), kind.isRead, files[kind] == nil else { continue }
            let shown = folder.display + "/" + export.prefix + name
            files[kind] = File(bytes: try InputFile.readBytes(export.folder.path(of: name), display: shown, limits: limits), display: shown)
        }
        return try importFiles(files, display: folder.display)
    }

    /// The folder that holds the export: `folder` itself when it holds a recognised export file that
    /// opens with LinkedIn's header, or the one folder it holds and nothing else (an archive extracted
    /// with its top folder, as LinkedIn's archives have one) when that one does; else `nil`.
    static func exportFolder(in folder: FolderInput) -> (folder: FolderInput, prefix: String, names: [String])? {
        if holdsExportFile(folder) { return (folder, "", folder.names) }
        var only: String?
        for name in folder.names where !name.hasPrefix(".") {
            // A folder of many entries is not an archive's top folder alone: stop at the second.
            guard only == nil else { return nil }
            only = name
        }
        guard let only, InputFile.isFolder(folder.path(of: only)),
              let inner = FolderInput(path: folder.path(of: only), display: folder.display + "/" + only),
              holdsExportFile(inner) else { return nil }
        return (inner, only + "/", inner.names)
    }

    /// Why `folder` is not an export although it holds a file named as one the importer reads (a
    /// brokerage's `Positions.csv`): that file is not LinkedIn's; `nil` when it holds no such file.
    static func notAnExport(_ folder: FolderInput) -> ProfileLintError? {
        for name in folder.names.sorted() where !name.hasPrefix(".") {
            guard let kind = LinkedInExportFile.matching(fileName: name), kind.isRead,
                  InputFile.readPrefix(folder.path(of: name), count: headerProbeSize) != nil else { continue }
            let missing = kind.identifyingColumns.first.map { CatalogMessage(.exportNoColumn, ["column": .text($0)]) } ?? CatalogMessage(.exportNoLinkedInHeader)
            return .malformedInput(location: SourceLocation(file: folder.display + "/" + name),
                                   reason: CatalogMessage(.errorFolderNotAnExport, ["file": .text(name), "missing": .message(missing)]))
        }
        return nil
    }

    /// Whether `folder` holds a file named as an export file whose first line is LinkedIn's header for it.
    static func holdsExportFile(_ folder: FolderInput) -> Bool {
        folder.names.contains { name in
            // Most entries of a folder of profiles are not CSV files: only those are looked at further.
            guard BatchPlanner.hasSuffix(name, ".csv"), !name.hasPrefix("."), let kind = LinkedInExportFile.matching(fileName: name),
                  let start = InputFile.readPrefix(folder.path(of: name), count: headerProbeSize) else { return false }
            return kind.hasLinkedInHeader(start)
        }
    }

    /// Bytes read from the start of a file to find its header (the `Notes:` preamble of
    /// `Connections.csv` comes before it, but a one-line `Notes:` is recognised on its own).
    static let headerProbeSize = 4096

    /// Reads an export ZIP archive from memory; `display` is its path as shown in reports.
    ///
    /// Nothing is extracted to disk. Unsafe archives (absolute or `..` entry names, symbolic links) are
    /// refused, and reading stops when the entries read expand beyond ``Limits/maximumUncompressedSize``.
    public func importArchive(_ bytes: [UInt8], display: String) throws -> Profile {
        let archive = try ZIPArchiveReader(bytes: bytes, display: display, limits: limits)
        try archive.checkSafety()
        var byFolder: [String: [(LinkedInExportFile, ZIPArchiveReader.Entry)]] = [:]
        for entry in archive.entries where !entry.isDirectory {
            let components = entry.path.split(whereSeparator: { $0 == "/" || $0 == "\\" }).map(String.init)
            guard (1...2).contains(components.count), let name = components.last,
                  let kind = LinkedInExportFile.matching(fileName: name) else { continue }
            byFolder[components.count == 1 ? "" : components[0], default: []].append((kind, entry))
        }
        guard let folder = Self.chooseFolder(byFolder.mapValues(\.count)), let matches = byFolder[folder] else {
            throw ProfileLintError.unrecognisedFormat(path: display, expected: LinkedInExportFile.expectation)
        }
        var chosen: [LinkedInExportFile: ZIPArchiveReader.Entry] = [:]
        var others: [(LinkedInExportFile, ZIPArchiveReader.Entry)] = []
        for (kind, entry) in matches.sorted(by: { $0.1.path < $1.1.path }) {
            if kind.isRead, chosen[kind] == nil { chosen[kind] = entry } else { others.append((kind, entry)) }
        }
        let kinds = chosen.keys.sorted()
        let entries = kinds.compactMap { chosen[$0] }
        let contents = try archive.read(entries)
        var files: [LinkedInExportFile: File] = [:]
        var hasHeader = false
        for (index, kind) in kinds.enumerated() where index < contents.count {
            files[kind] = File(bytes: contents[index], display: display + "/" + entries[index].path)
            hasHeader = hasHeader || kind.hasLinkedInHeader(Array(contents[index].prefix(Self.headerProbeSize)))
        }
        // As for a folder, an export needs one recognised file that opens with LinkedIn's header; the
        // files never read are inflated only when none of the others has it.
        if !hasHeader, !others.isEmpty {
            let contents = try archive.read(others.map(\.1))
            hasHeader = zip(others, contents).contains { $0.0.hasLinkedInHeader(Array($1.prefix(Self.headerProbeSize))) }
        }
        guard hasHeader else {
            throw ProfileLintError.unrecognisedFormat(path: display, expected: LinkedInExportFile.expectation)
        }
        return try importFiles(files, display: display)
    }

    /// The top level (`""`) when it holds export files, else the folder holding the most (ties by name).
    static func chooseFolder(_ counts: [String: Int]) -> String? {
        if let top = counts[""], top > 0 { return "" }
        return counts.filter { $0.value > 0 }.min { lhs, rhs in
            lhs.value == rhs.value ? lhs.key < rhs.key : lhs.value > rhs.value
        }?.key
    }

    // MARK: - Mapping

    /// Maps the files of an export, already in memory, into a profile; `display` names the export.
    public func importFiles(_ files: [LinkedInExportFile: File], display: String) throws -> Profile {
        var profile = Profile()
        let root = SourceLocation(file: display)
        profile.sourceMap[""] = root
        for field in ProfileField.allCases where field.parent == nil { profile.sourceMap[field.rawValue] = root }

        let reader = CSVReader(limits: limits)
        func table(_ kind: LinkedInExportFile, isHeader: (CSVRecord) -> Bool = { _ in true }) throws -> CSVTable? {
            guard let file = files[kind] else { return nil }
            let name = file.display.split(separator: "/").last.map(String.init) ?? kind.rawValue
            let missing = kind.identifyingColumns.first.map { CatalogMessage(.exportNoColumn, ["column": .text($0)]) }
            guard let records = try reader.read(bytes: file.bytes, file: file.display, warnings: &profile.warnings) else {
                // LinkedIn's header followed by NUL bytes is a damaged file rather than another one.
                let damaged = kind.hasLinkedInHeader(Array(file.bytes.prefix(Self.headerProbeSize)))
                return try skip(file, because: damaged ? CatalogMessage(.errorNULBytes)
                                    : CatalogMessage(.errorNotLinkedInsFile, ["file": .text(name), "missing": .message(missing ?? CatalogMessage(.exportNotText))]),
                                needed: kind.isNeeded)
            }
            let table = CSVTable(records: records, file: file.display, isHeader: isHeader)
            let identified = kind.identifyingColumns.isEmpty || kind.identifyingColumns.contains(where: table.hasColumn)
            // A file with no records at all is LinkedIn's for a member without such data.
            if let missing, !identified, table.header != nil || !table.preamble.isEmpty {
                return try skip(file, because: CatalogMessage(.errorNotLinkedInsFile, ["file": .text(name), "missing": .message(missing)]), needed: kind.isNeeded)
            }
            return table
        }
        /// An export file that is not LinkedIn's: an error when the rules need it, else skipped with a warning.
        func skip(_ file: File, because reason: CatalogMessage, needed: Bool) throws -> CSVTable? {
            guard !needed else { throw ProfileLintError.malformedInput(location: SourceLocation(file: file.display), reason: reason) }
            profile.warnings.append(InputWarning(code: "export-file", message: CatalogMessage(.warningExportFileSkipped, ["reason": .message(reason)]), location: SourceLocation(file: file.display)))
            return nil
        }

        if let table = try table(.profile) { readProfile(table, into: &profile) }
        if let table = try table(.positions) { readPositions(table, into: &profile) }
        if let table = try table(.education) { readEducation(table, into: &profile) }
        if let table = try table(.skills) {
            profile.sourceMap[ProfileField.skills.rawValue] = table.headerLocation
            if carries(table, ["Name"], fact: .factSkills, &profile) {
                profile.skills = .list(entryRows(table, &profile).compactMap { Fact.text(table.value("Name", in: $0.row)).value })
            }
        }
        if let table = try table(.languages) {
            profile.sourceMap[ProfileField.languages.rawValue] = table.headerLocation
            if carries(table, ["Name"], fact: .factLanguages, &profile) {
                profile.languages = .list(entryRows(table, &profile).compactMap { entry in
                    Fact.text(table.value("Name", in: entry.row)).value.map {
                        Language(name: $0, proficiency: Fact.text(table.value("Proficiency", in: entry.row)).value)
                    }
                })
            }
        }
        if let table = try table(.certifications) {
            profile.sourceMap[ProfileField.certifications.rawValue] = table.headerLocation
            if carries(table, ["Name"], fact: .factCertifications, &profile) {
                profile.certifications = .list(entryRows(table, &profile).compactMap { entry in
                    Fact.text(table.value("Name", in: entry.row)).value.map {
                        Certification(name: $0, authority: Fact.text(table.value("Authority", in: entry.row)).value)
                    }
                })
            }
        }
        if let table = try table(.connections, isHeader: Self.isConnectionsHeader) { readConnections(table, into: &profile) }
        if let table = try table(.recommendationsReceived) {
            profile.sourceMap[ProfileField.recommendations.rawValue] = table.headerLocation
            let visible = nonBlankRows(table).filter { entry in
                let status = (table.value("Status", in: entry.row) ?? "").trimmingWhitespace().lowercased()
                return status.isEmpty || status == "visible"
            }
            profile.recommendations = visible.isEmpty ? .absent : .present(visible.count)
        }
        if let table = try table(.richMedia) { readRichMedia(table, into: &profile) }
        if let table = try table(.adTargeting) { readGroups(table, into: &profile) }
        return profile
    }

    /// The data rows that are not blank (``CSVRecord/isBlank``), with their index in ``CSVTable/rows``.
    private func nonBlankRows(_ table: CSVTable) -> [(index: Int, row: CSVRecord)] {
        table.rows.enumerated().filter { !$0.element.isBlank }.map { ($0.offset, $0.element) }
    }

    /// The data rows that hold an entry, with their index in ``CSVTable/rows``: with `dates` given, a row
    /// with something filled in but those columns; without, a row with a Name (skills, languages,
    /// certifications). The other rows are not there. A row with every field empty (`,,,,,`) is left
    /// out silently, because LinkedIn itself writes them; the others (dates alone, a proficiency without
    /// a language: an unfilled template) are counted in one `export-blank` warning for the file.
    private func entryRows(_ table: CSVTable, dates: [String] = [], _ profile: inout Profile) -> [(index: Int, row: CSVRecord)] {
        let ignored = Set(dates.flatMap(table.columns(named:)))
        var entries: [(index: Int, row: CSVRecord)] = []
        var left: [Int] = []
        for (index, row) in table.rows.enumerated() {
            let filled = dates.isEmpty
                ? Fact.text(table.value("Name", in: row)).value != nil
                : row.fields.indices.contains { !ignored.contains($0) && !row.fields[$0].trimmingWhitespace().isEmpty }
            if filled { entries.append((index, row)) } else if !row.isBlank { left.append(index) }
        }
        if let first = left.first {
            let message = dates.isEmpty ? CatalogMessage(one: .warningExportRowNoNameOne, other: .warningExportRowNoNameOther, count: left.count)
                : CatalogMessage(one: .warningExportRowOnlyDatesOne, other: .warningExportRowOnlyDatesOther, count: left.count)
            profile.warnings.append(InputWarning(code: "export-blank", message: message, location: table.location(ofRow: first)))
        }
        return entries
    }

    /// Whether `table` can carry a fact: it is empty (so the fact is absent) or has one of `columns`.
    /// Otherwise the fact stays unknown and a warning says why.
    private func carries(_ table: CSVTable, _ columns: [String], fact: MessageID, _ profile: inout Profile) -> Bool {
        guard table.header != nil, !columns.contains(where: table.hasColumn) else { return true }
        let message = CatalogMessage(.warningExportMissingColumn, ["columns": .alternatives(columns), "fact": .message(CatalogMessage(fact))])
        profile.warnings.append(InputWarning(code: "export-column", message: message,
                                             location: table.headerLocation))
        return false
    }

    private func readProfile(_ table: CSVTable, into profile: inout Profile) {
        let rows = nonBlankRows(table)
        if rows.count > 1 {
            profile.warnings.append(InputWarning(code: "export", message: CatalogMessage(.warningExportProfileRows, ["count": .integer(rows.count)]),
                                                 location: table.location(ofRow: rows[1].index)))
        }
        let first = rows.first

        func text(_ column: String) -> (Fact<String>, SourceLocation) {
            guard table.hasColumn(column) else { return (.unknown, table.location(ofColumn: column)) }
            guard let first else { return (.absent, table.location(ofColumn: column)) }
            return (.text(table.value(column, in: first.row)), table.location(of: column, inRow: first.index))
        }
        func assign(_ field: ProfileField, _ fact: (Fact<String>, SourceLocation), _ keyPath: WritableKeyPath<Profile, Fact<String>>) {
            profile[keyPath: keyPath] = fact.0
            profile.sourceMap[field.rawValue] = fact.1
        }

        assign(.headline, text("Headline"), \.headline)
        assign(.about, text("Summary"), \.about)
        assign(.industry, text("Industry"), \.industry)

        if table.hasColumn("First Name") || table.hasColumn("Last Name") {
            let column = table.hasColumn("First Name") ? "First Name" : "Last Name"
            if let first {
                let parts = [table.value("First Name", in: first.row), table.value("Last Name", in: first.row)]
                    .compactMap { $0?.trimmingWhitespace() }.filter { !$0.isEmpty }
                profile.name = .text(parts.joined(separator: " "))
                profile.sourceMap[ProfileField.name.rawValue] = table.location(of: column, inRow: first.index)
            } else {
                profile.name = .absent
                profile.sourceMap[ProfileField.name.rawValue] = table.location(ofColumn: column)
            }
        } else {
            profile.sourceMap[ProfileField.name.rawValue] = table.location(ofColumn: "First Name")
        }

        let locationColumns = ["Geo Location", "Zip Code", "Country"].filter(table.hasColumn)
        if let column = locationColumns.first {
            if let first {
                let filled = locationColumns.first { Fact.text(table.value($0, in: first.row)).value != nil } ?? column
                profile.location = .text(table.value(filled, in: first.row))
                profile.sourceMap[ProfileField.location.rawValue] = table.location(of: filled, inRow: first.index)
            } else {
                profile.location = .absent
                profile.sourceMap[ProfileField.location.rawValue] = table.location(ofColumn: column)
            }
        } else {
            profile.sourceMap[ProfileField.location.rawValue] = table.location(ofColumn: "Geo Location")
        }

        if let first, let websites = table.value("Websites", in: first.row) {
            profile.sourceMap[ProfileField.profileURL.rawValue] = table.location(of: "Websites", inRow: first.index)
            if let url = Self.linkedInURL(inWebsites: websites) { profile.profileURL = .present(url) }
        } else {
            profile.sourceMap[ProfileField.profileURL.rawValue] = table.location(ofColumn: "Websites")
        }
    }

    /// The first `linkedin.com/in/` address in a Websites cell such as `[COMPANY:https://…],[PERSONAL:https://…]`.
    static func linkedInURL(inWebsites cell: String) -> String? {
        let tokens = cell.split(whereSeparator: { $0 == "[" || $0 == "]" || $0 == "," || $0.isWhitespace })
        for token in tokens {
            var candidate = Substring(token)
            // Drop a `TYPE:` label, but not the scheme of the URL itself.
            if let colon = candidate.firstIndex(of: ":") {
                let label = candidate[..<colon].lowercased()
                if label != "http", label != "https", label.allSatisfy({ $0.isLetter || $0 == "_" }) {
                    candidate = candidate[candidate.index(after: colon)...]
                }
            }
            if candidate.lowercased().contains("linkedin.com/in/") { return String(candidate) }
        }
        return nil
    }

    private func readPositions(_ table: CSVTable, into profile: inout Profile) {
        profile.sourceMap[ProfileField.positions.rawValue] = table.headerLocation
        guard carries(table, ["Company Name", "Title"], fact: .factPositions, &profile) else { return }
        let columns: [(field: String, column: String, keyPath: WritableKeyPath<Position, String?>)] = [
            ("company", "Company Name", \.company), ("title", "Title", \.title),
            ("description", "Description", \.description), ("location", "Location", \.location),
        ]
        var positions: [Position] = []
        for (index, row) in entryRows(table, dates: ["Started On", "Finished On"], &profile) {
            var position = Position()
            position.sources[""] = table.location(ofRow: index)
            for (field, column, keyPath) in columns {
                position[keyPath: keyPath] = Fact.text(table.value(column, in: row)).value
                position.sources[field] = table.location(of: column, inRow: index)
            }
            position.start = date(table, "Started On", row: index, &profile)
            let endText = table.value("Finished On", in: row) ?? ""
            if !endText.trimmingWhitespace().isEmpty, !PartialDate.meansPresent(endText) {
                if let end = PartialDate(linkedIn: endText) {
                    position.end = end
                } else {
                    position.end = PartialDate.firstYear(in: endText) ?? position.start ?? PartialDate(year: 0)
                    profile.warnings.append(InputWarning(
                        code: "date",
                        message: CatalogMessage(.warningExportEndDate, ["date": .text(endText.trimmingWhitespace()), "column": "Finished On"]),
                        location: table.location(of: "Finished On", inRow: index)))
                }
            }
            positions.append(position)
        }
        profile.positions = .list(positions)
    }

    private func readEducation(_ table: CSVTable, into profile: inout Profile) {
        profile.sourceMap[ProfileField.education.rawValue] = table.headerLocation
        guard carries(table, ["School Name", "Degree Name"], fact: .factSchools, &profile) else { return }
        let rows = entryRows(table, dates: ["Start Date", "End Date"], &profile)
        profile.education = .list(rows.map { index, row in
            Education(school: Fact.text(table.value("School Name", in: row)).value,
                      degree: Fact.text(table.value("Degree Name", in: row)).value,
                      field: Fact.text(table.value("Notes", in: row)).value,
                      start: date(table, "Start Date", row: index, &profile),
                      end: date(table, "End Date", row: index, &profile))
        })
    }

    /// A date cell: `nil` when blank or unreadable (with a `date` warning).
    private func date(_ table: CSVTable, _ column: String, row index: Int, _ profile: inout Profile) -> PartialDate? {
        guard table.rows.indices.contains(index), let text = table.value(column, in: table.rows[index]),
              !text.trimmingWhitespace().isEmpty else { return nil }
        if let date = PartialDate(linkedIn: text) { return date }
        profile.warnings.append(InputWarning(code: "date",
                                             message: CatalogMessage(.warningExportDate, ["date": .text(text.trimmingWhitespace()), "column": .text(column)]),
                                             location: table.location(of: column, inRow: index)))
        return nil
    }

    /// The header of `Connections.csv` (after the `Notes:` preamble of newer exports).
    static func isConnectionsHeader(_ record: CSVRecord) -> Bool {
        let names = Set(record.fields.map { $0.trimmingWhitespace().lowercased() })
        return names.contains("first name") && names.contains("last name")
    }

    private func readConnections(_ table: CSVTable, into profile: inout Profile) {
        // A file without the header row was refused as not LinkedIn's before it got here.
        profile.sourceMap[ProfileField.connections.rawValue] = table.headerLocation
        let rows = nonBlankRows(table)
        for (_, row) in rows {
            let name = [table.value("First Name", in: row), table.value("Last Name", in: row)]
                .compactMap { $0?.trimmingWhitespace() }.filter { !$0.isEmpty }.joined(separator: " ")
            if let connection = Connection.from(url: table.value("URL", in: row), name: name, company: table.value("Company", in: row)) {
                profile.connections.append(connection)
            }
        }
        profile.connectionCount = rows.isEmpty ? .absent : .present(rows.count)
    }

    private func readRichMedia(_ table: CSVTable, into profile: inout Profile) {
        profile.sourceMap[ProfileField.photo.rawValue] = table.headerLocation
        let names = table.columnNames
        var latestPhoto: PartialDate?
        for (index, row) in nonBlankRows(table) {
            for (column, field) in row.fields.enumerated() {
                let text = field.lowercased()
                // "You uploaded a profile background photo on …" is the banner; an upload cannot
                // prove that there is none, so without a row it stays unknown.
                if text.contains("background photo"), !text.contains("group") {
                    profile.backgroundPhoto = .present(true)
                    continue
                }
                guard text.contains("profile photo") else { continue }
                if let date = Self.uploadDate(field), date > (latestPhoto ?? PartialDate(year: 0)) { latestPhoto = date }
                guard profile.photo != .present(true) else { continue }
                let name = names.indices.contains(column) && !names[column].isEmpty ? names[column] : "\(column + 1)"
                let position = row.position(of: column) ?? CSVRecord.Position(line: row.line, column: 1)
                profile.photo = .present(true)
                profile.sourceMap[ProfileField.photo.rawValue] = SourceLocation(file: table.file, line: position.line, column: position.column,
                                                                                path: "row \(index + 1), column \(name)")
            }
        }
        if let latestPhoto { profile.photoUploaded = .present(latestPhoto) }
    }

    /// The day of "You uploaded a profile photo on January 15, 2026 at 11:39 PM (GMT)".
    static func uploadDate(_ text: String) -> PartialDate? {
        guard let on = text.range(of: " on ") else { return nil }
        let rest = text[on.upperBound...]
        let day = rest.range(of: " at ").map { rest[..<$0.lowerBound] } ?? rest
        if case .date(let date) = PartialDate.read(String(day)) { return date }
        return nil
    }

    private func readGroups(_ table: CSVTable, into profile: inout Profile) {
        // 2018 exports name the column Groups.
        let column = table.hasColumn("Member Groups") || !table.hasColumn("Groups") ? "Member Groups" : "Groups"
        profile.sourceMap[ProfileField.groups.rawValue] = table.location(ofColumn: column)
        guard carries(table, ["Member Groups", "Groups"], fact: .factGroups, &profile) else { return }
        var groups: [String] = []
        var seen = Set<String>()
        for (index, row) in nonBlankRows(table) {
            for cell in table.values(column, in: row) {
                for part in cell.split(separator: ";") {
                    let name = String(part).trimmingWhitespace()
                    guard !name.isEmpty, seen.insert(name.lowercased()).inserted else { continue }
                    if groups.isEmpty { profile.sourceMap[ProfileField.groups.rawValue] = table.location(of: column, inRow: index) }
                    groups.append(name)
                }
            }
        }
        profile.groups = .list(groups)
    }
}

extension InputFormat {
    /// LinkedIn's "Get a copy of your data" export, as a ZIP archive or an extracted folder.
    public static var linkedInExport: InputFormat { InputFormat(LinkedInExportImporter.self) }
}

extension LinkedInExportImporter: ProfileImporter {
    /// ``InputFormat/linkedInExport``.
    public static var identifier: String { "linkedin-export" }

    /// Whether `input` is a ZIP archive (by its magic number; what it holds is checked on reading), or a
    /// folder holding a recognised export file that opens with LinkedIn's header.
    public func detects(_ input: ImportInput) -> Bool {
        switch input {
        case .bytes(let bytes, _): Self.isZIPArchive(bytes)
        case .folder(let folder): Self.exportFolder(in: folder) != nil
        }
    }

    /// Reads the one profile of an export folder or ZIP archive.
    public func read(_ input: ImportInput, options: ImportOptions) -> [InputOutcome] {
        let importer = LinkedInExportImporter(limits: options.limits)
        return [Result {
            switch input {
            case .bytes(let bytes, let display):
                guard bytes.starts(with: [0x50, 0x4B]) else {
                    throw ProfileLintError.unrecognisedFormat(path: display, expected: CatalogMessage(.expectedLinkedInArchive))
                }
                return ProfileInput(profile: try importer.importArchive(bytes, display: display), source: display, format: format)
            case .folder(let folder):
                return ProfileInput(profile: try importer.importFolder(folder), source: folder.display, format: format)
            }
        }.mapError(ProfileLintError.wrapping)]
    }

    /// Whether `bytes` open with a ZIP local file header or an empty archive's end record.
    static func isZIPArchive(_ bytes: [UInt8]) -> Bool {
        bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) || bytes.starts(with: [0x50, 0x4B, 0x05, 0x06])
    }
}
