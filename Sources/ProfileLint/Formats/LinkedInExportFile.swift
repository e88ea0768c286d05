/// A file of LinkedIn's "Get a copy of your data" export that profilelint recognises.
///
/// File names drift between export versions (`Rich Media.csv` became `Rich_Media.csv`, `Phone
/// Numbers.csv` became `PhoneNumbers.csv`) and newer exports add numeric member-id suffixes
/// (`Shares_1158443584.csv`). A name matches when, ignoring case, spaces, underscores and hyphens,
/// it equals the canonical name, optionally followed by digits only. Matching a bare prefix would be
/// wrong: `Profile Summary.csv` is not `Profile.csv`.
///
/// Only some files are read into the profile (``isRead``); the others are listed so that an export
/// holding only them is still recognised as one. E-mail addresses and phone numbers are never read.
package enum LinkedInExportFile: String, Sendable, CaseIterable, Comparable {
    /// Name, headline, summary, industry, location and websites (one row).
    case profile = "Profile.csv"
    /// Jobs, newest first.
    case positions = "Positions.csv"
    /// Schools.
    case education = "Education.csv"
    /// Skill names.
    case skills = "Skills.csv"
    /// Languages and proficiency.
    case languages = "Languages.csv"
    /// Certifications and their authority.
    case certifications = "Certifications.csv"
    /// First-degree connections (newer exports open with a `Notes:` preamble).
    case connections = "Connections.csv"
    /// Recommendations received, with their status.
    case recommendationsReceived = "Recommendations_Received.csv"
    /// Uploaded media (`Rich Media.csv` in 2023 Basic exports); profile photo uploads prove a photo.
    case richMedia = "Rich_Media.csv"
    /// Advertising segments, whose `Member Groups` lists joined groups (`Ad Targeting.csv` with a
    /// `Groups` column in 2018).
    case adTargeting = "Ad_Targeting.csv"
    /// A summary file of newer exports (header only); not `Profile.csv`.
    case profileSummary = "Profile Summary.csv"
    /// E-mail addresses (never read).
    case emailAddresses = "Email Addresses.csv"
    /// Phone numbers (`Phone Numbers.csv` in 2018; never read).
    case phoneNumbers = "PhoneNumbers.csv"
    /// WhatsApp numbers (never read).
    case whatsappPhoneNumbers = "Whatsapp Phone Numbers.csv"
    /// Account registration (never read).
    case registration = "Registration.csv"
    /// Connection invitations (never read).
    case invitations = "Invitations.csv"
    /// Skill endorsements received (never read).
    case endorsementsReceived = "Endorsement_Received_Info.csv"
    /// Skill endorsements given (never read).
    case endorsementsGiven = "Endorsement_Given_Info.csv"
    /// Recommendations given (never read).
    case recommendationsGiven = "Recommendations_Given.csv"
    /// Projects (never read).
    case projects = "Projects.csv"
    /// Honours and awards (never read).
    case honors = "Honors.csv"
    /// Publications (never read).
    case publications = "Publications.csv"
    /// Courses (never read).
    case courses = "Courses.csv"
    /// Organisations (never read).
    case organizations = "Organizations.csv"
    /// Volunteering (never read).
    case volunteering = "Volunteering.csv"
    /// Companies followed (never read).
    case companyFollows = "Company Follows.csv"

    /// Whether the importer reads this file into the profile.
    public var isRead: Bool {
        switch self {
        case .profile, .positions, .education, .skills, .languages, .certifications, .connections,
             .recommendationsReceived, .richMedia, .adTargeting:
            true
        default:
            false
        }
    }

    /// Whether the default rules read a fact from this file, so that an export whose copy of it is not
    /// LinkedIn's (``identifyingColumns``) or not text at all cannot be scored: it is an error. Any other
    /// file read that is not LinkedIn's is skipped with a warning, its facts unknown.
    var isNeeded: Bool {
        switch self {
        case .profile, .positions, .education, .skills, .connections, .richMedia, .adTargeting: true
        default: false
        }
    }

    /// The columns of which a file read must have one to be LinkedIn's, the first named in errors; empty
    /// when any header will do (`Rich_Media.csv` is searched whole; `Ad_Targeting.csv` has 32 columns
    /// that changed names, and lacking the groups one only leaves groups unknown).
    var identifyingColumns: [String] {
        switch self {
        case .profile: ["First Name"]
        case .positions: ["Company Name", "Title"]
        case .education: ["School Name", "Degree Name"]
        case .skills, .languages, .certifications: ["Name"]
        case .connections: ["First Name"]
        // A re-saved file was seen without its first column: Text is what is read.
        case .recommendationsReceived: ["Text", "Status"]
        default: []
        }
    }

    /// The recognised file a file name stands for, or `nil` (`name` is the last path component).
    public static func matching(fileName name: String) -> LinkedInExportFile? {
        let lowered = name.lowercased()
        guard lowered.hasSuffix(".csv") else { return nil }
        let key = normalised(String(lowered.dropLast(4)))
        guard !key.isEmpty else { return nil }
        return byKey[key] ?? byKey[String(key.reversed().drop(while: \.isASCIIDigit).reversed())]
    }

    /// Orders files in declaration order (the order the importer reads them in).
    public static func < (lhs: LinkedInExportFile, rhs: LinkedInExportFile) -> Bool {
        (allCases.firstIndex(of: lhs) ?? 0) < (allCases.firstIndex(of: rhs) ?? 0)
    }

    /// The column names LinkedIn's header row of this file holds (lower case), one set for each layout
    /// seen across export versions (`Shared/reference/linkedin-export.md`, §1.2): a header holding every
    /// name of one set, in any order and with any other columns, is LinkedIn's.
    var headerSignatures: [[String]] {
        switch self {
        case .profile: [["first name", "last name", "headline"]]
        case .positions: [["company name", "title"]]
        case .education: [["school name"]]
        case .skills: [["name"]]
        case .languages: [["name", "proficiency"]]
        case .certifications: [["name", "authority"]]
        case .connections: [["first name", "last name", "connected on"]]
        case .recommendationsReceived, .recommendationsGiven: [["first name", "last name", "text"]]
        case .richMedia: [["date/time", "media description"], ["type", "link"]]
        case .adTargeting: [["member age"], ["member groups"], ["age group", "groups"]]
        case .profileSummary: [["profile summary"]]
        case .emailAddresses: [["email address"]]
        case .phoneNumbers: [["number", "type"]]
        case .whatsappPhoneNumbers: [["number", "is_whatsapp_number"]]
        case .registration: [["registered at"]]
        case .invitations: [["from", "to", "sent at"]]
        case .endorsementsReceived: [["endorsement date", "skill name", "endorser first name"]]
        case .endorsementsGiven: [["endorsement date", "skill name", "endorsee first name"]]
        case .projects, .honors: [["title", "description"]]
        case .publications: [["name", "published on"]]
        case .courses: [["name", "number"]]
        case .organizations: [["name", "position"]]
        case .volunteering: [["company name", "role"]]
        case .companyFollows: [["organization", "followed on"]]
        }
    }

    /// Whether `start`, the first bytes of a file of this kind, opens with LinkedIn's header row.
    ///
    /// The header is the first line, or for `Connections.csv` the `Notes:` line that opens newer
    /// exports. UTF-8 (with or without a byte order mark) and UTF-16 (the tab-separated, quoted UTF-16LE
    /// files of 2018 exports have a byte order mark; without one, as ``CSVReader`` guesses it) are understood.
    public func hasLinkedInHeader(_ start: [UInt8]) -> Bool {
        // The first line as bytes (a UTF-16LE unit taken as its low byte; header names are ASCII),
        // worked out without Foundation: batches check a header for every export folder.
        var line: [UInt8] = []
        let bom = start.starts(with: [0xFF, 0xFE]) || start.starts(with: [0xFE, 0xFF])
        if let littleEndian = bom ? start[0] == 0xFF : CSVReader.guessedUTF16(start) {
            var index = bom ? 2 : 0
            while index + 1 < start.count {
                let (low, high) = littleEndian ? (start[index], start[index + 1]) : (start[index + 1], start[index])
                if high == 0, low == 0x0A || low == 0x0D { break }
                line.append(high == 0 ? low : 0x3F)
                index += 2
            }
        } else {
            var index = start.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
            while index < start.count, start[index] != 0x0A, start[index] != 0x0D {
                line.append(start[index])
                index += 1
            }
        }
        var names = Set<String>()
        for field in line.split(whereSeparator: { $0 == UInt8(ascii: ",") || $0 == 0x09 }) {
            var name = field[...]
            while let first = name.first, first == 0x20 || first == UInt8(ascii: "\"") { name = name.dropFirst() }
            while let last = name.last, last == 0x20 || last == UInt8(ascii: "\"") { name = name.dropLast() }
            names.insert(String(decoding: name.map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }, as: UTF8.self))
        }
        if self == .connections, names == ["notes:"] { return true }
        return headerSignatures.contains { $0.allSatisfy(names.contains) }
    }

    /// A short description of what a folder or archive needs to be recognised, for errors.
    static let expectation = CatalogMessage(.expectedLinkedInExport)

    private static let byKey: [String: LinkedInExportFile] = {
        var table: [String: LinkedInExportFile] = [:]
        for file in allCases { table[normalised(String(file.rawValue.lowercased().dropLast(4)))] = file }
        return table
    }()

    private static func normalised(_ stem: String) -> String {
        String(stem.filter { $0 != " " && $0 != "_" && $0 != "-" })
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
