import Foundation
import Testing
@testable import ProfileLint

/// The facts a reader must get from one fixture (a part of `expected.json`).
struct PDFFixtureFacts: Decodable, Sendable {
    struct Role: Decodable, Sendable {
        var company: String?
        var title: String?
        var start: String?
        var end: String?
        var current: Bool
        var location: String?
    }
    struct School: Decodable, Sendable {
        var school: String?
        var degree: String?
        var start: String?
        var end: String?
    }
    var name: String?
    var headline: String?
    var location: String?
    var summaryStartsWith: String?
    var positionCount: Int
    var currentEmployer: String?
    var currentPositionCount: Int
    var titles: [String]
    var positions: [Role]
    var educationCount: Int
    var education: [School]
    var skillsListed: [String]
    var skillsAtLeast: Bool
    var languages: [String]
    var certifications: [String]
    var profileURL: String?
    var unknown: [String]
}

/// End to end on the synthetic profile PDFs of `Fixtures/pdf/` (made by Apache FOP, as LinkedIn's
/// are), against the facts in `Fixtures/pdf/expected.json`. They need poppler's `pdftotext`
/// (`.ci/install-browser` installs poppler-utils) and are skipped, saying so, without it.
@Suite(.enabled(if: PDFTextExtractor.isAvailable, "pdftotext (poppler-utils) is not on PATH: apt-get install poppler-utils / brew install poppler"))
struct PDFFixtureTests {
    static let folder = "Fixtures/pdf"

    /// The expected facts of each fixture, by file name.
    static let expected: [String: PDFFixtureFacts] = {
        guard let data = FileManager.default.contents(atPath: Repository.path("\(folder)/expected.json")) else { return [:] }
        return (try? JSONDecoder().decode([String: PDFFixtureFacts].self, from: data)) ?? [:]
    }()

    static var fixtures: [String] { expected.keys.sorted() }

    static func read(_ name: String) throws -> Profile {
        let outcomes = InputReader().read(path: Repository.path("\(folder)/\(name)"), display: name)
        #expect(outcomes.count == 1)
        return try #require(try outcomes.first?.get()).profile
    }

    @Test func everyFixtureHasExpectedFacts() {
        #expect(Self.fixtures.count >= 6)
    }

    @Test(arguments: fixtures)
    func theHeaderAndSummaryAreRead(name: String) throws {
        let facts = try #require(Self.expected[name])
        let profile = try Self.read(name)
        #expect(profile.name.value == facts.name)
        #expect(profile.headline.value == facts.headline)
        #expect(profile.location.value == facts.location)
        #expect(profile.profileURL.value == facts.profileURL)
        if let start = facts.summaryStartsWith {
            #expect(profile.about.value?.hasPrefix(start) == true, "\(profile.about)")
        } else {
            #expect(profile.about == .absent)
        }
    }

    @Test(arguments: fixtures)
    func everyPositionIsReadWithItsCompanyDatesAndLocation(name: String) throws {
        let facts = try #require(Self.expected[name])
        let profile = try Self.read(name)
        let positions = profile.positions.value ?? []
        #expect(positions.count == facts.positionCount)
        #expect(positions.map { $0.title ?? "" } == facts.titles)
        #expect(positions.filter(\.isCurrent).count == facts.currentPositionCount)
        #expect(profile.currentPosition.value?.company == facts.currentEmployer)
        for (position, role) in zip(positions, facts.positions) {
            #expect(position.company == role.company)
            #expect(position.start?.description == role.start)
            #expect(position.end?.description == role.end)
            #expect(position.isCurrent == role.current)
            #expect(position.location == role.location, "\(position.title ?? "")")
        }
    }

    @Test(arguments: fixtures)
    func educationIsReadWithDegreeFieldAndDates(name: String) throws {
        let facts = try #require(Self.expected[name])
        let education = try Self.read(name).education.value ?? []
        #expect(education.count == facts.educationCount)
        for (entry, school) in zip(education, facts.education) {
            #expect(entry.school == school.school)
            #expect([entry.degree, entry.field].compactMap { $0 }.joined(separator: ", ") == school.degree)
            #expect(entry.start?.description == school.start)
            #expect(entry.end?.description == school.end)
        }
    }

    @Test(arguments: fixtures)
    func theSidebarIsReadAndTheUnknownsAreUnknown(name: String) throws {
        let facts = try #require(Self.expected[name])
        let profile = try Self.read(name)
        let listed = facts.skillsListed
        if facts.skillsAtLeast {
            #expect(profile.skills == .unknown)
        } else {
            #expect((profile.skills.value ?? []) == listed)
        }
        let languages = (profile.languages.value ?? []).map { language in
            language.proficiency.map { "\(language.name) (\($0))" } ?? language.name
        }
        #expect(languages == facts.languages)
        // Certification names are compared as text: the fixtures wrap a long name with the spacing
        // LinkedIn uses between items (17.6 pt), not within one (12.6 pt), so a wrapped name is two.
        #expect((profile.certifications.value ?? []).map(\.name).joined(separator: " ")
            == facts.certifications.joined(separator: " "))
        let unknown = Set(facts.unknown)
        let known: [(String, Bool)] = [("photo", profile.photo.isKnown), ("connections", profile.connectionCount.isKnown),
                                       ("industry", profile.industry.isKnown), ("groups", profile.groups.isKnown),
                                       ("recommendations", profile.recommendations.isKnown)]
        for (field, isKnown) in known { #expect(isKnown == !unknown.contains(field), "\(field)") }
    }

    @Test(arguments: fixtures)
    func contactDetailsNeverEnterTheProfile(name: String) throws {
        let profile = try Self.read(name)
        var texts = [profile.name.value, profile.headline.value, profile.about.value, profile.location.value, profile.profileURL.value]
        texts += (profile.positions.value ?? []).flatMap { [$0.company, $0.title, $0.description, $0.location] }
        texts += (profile.skills.value ?? []) + (profile.certifications.value ?? []).map(\.name) + (profile.languages.value ?? []).map(\.name)
        #expect(!texts.compactMap { $0 }.contains { $0.contains("@") || $0.contains("(Mobile)") })
    }

    @Test func aPDFHeldInMemoryIsReadWithoutAFile() throws {
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: Repository.path("\(Self.folder)/noor-haddad.pdf"))))
        let outcomes = InputReader().read(bytes: bytes, display: "Profile.pdf")
        let input = try #require(try outcomes.first?.get())
        #expect(input.format == .linkedInPDF)
        #expect(input.profile.name.value == Self.expected["noor-haddad.pdf"]?.name)
    }

    @Test func checkPointsFindingsAtThePage() throws {
        let output = try CLIRunner.run(["check", "\(Self.folder)/camille-rousset.pdf", "--lang", "fr"])
        #expect(output.status == 1, "\(output.stderr)")
        #expect(output.stdout.contains("\(Self.folder)/camille-rousset.pdf:page 1: "))
        #expect(output.stdout.contains("principales compétences"))
        #expect(!output.stdout.contains("@"))
    }

    @Test func checkGivesSARIFWithThePageAsAProperty() throws {
        let output = try CLIRunner.run(["check", "\(Self.folder)/camille-rousset.pdf", "--format", "sarif"])
        #expect(output.stdout.contains("\"page\": 1") || output.stdout.contains("\"page\":1"), "\(output.stdout.prefix(2000))")
        #expect(!output.stdout.contains("startLine"))
    }

    @Test func batchReadsAFolderOfPDFsWithARoster() throws {
        let output = try CLIRunner.run(["batch", "--config", "Fixtures/workforce/.profilelint.yml", "--roster", "Fixtures/batches/pdf/roster.csv",
                                        "--format", "csv", "--no-progress"])
        #expect(output.status == 0 || output.status == 1, "\(output.stderr)")
        let rows = output.stdout.split(whereSeparator: \.isNewline)
        #expect(rows.filter { $0.contains("linkedin-pdf") || $0.contains(".pdf") }.count == 3, "\(output.stdout)")
        #expect(!output.stderr.contains("error:"), "\(output.stderr)")
    }

    @Test func withoutPopplerAPDFIsOneLineNamingWhatToInstall() throws {
        let output = try CLIRunner.run(["check", "\(Self.folder)/noor-haddad.pdf"], environment: ["PATH": "/nonexistent"])
        #expect(output.status == 2)
        #expect(output.stderr == "error: \(Self.folder)/noor-haddad.pdf: reading PDF profiles needs poppler (apt-get install poppler-utils / brew install poppler)\n")
    }
}
