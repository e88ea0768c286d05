import Testing
@testable import ProfileLint

/// Word boxes laid out as LinkedIn's "Save to PDF" lays them out (US Letter, sidebar on page 1 at
/// x = 21.6, main column at x = 223.56, the line heights of every real file), for an invented person.
struct SyntheticProfilePDF {
    var lines: [PDFTextLine] = []
    var pages = 1
    var metadata: [String: String] = ["Author": "LinkedIn", "Producer": "Apache FOP Version 2.3"]

    enum Height: Double {
        case name = 36.6
        case heading = 22.2
        case sidebarHeading = 18.3
        case entry = 16.9
        case title = 16.2
        case body = 14.8
        case url = 15.5
    }

    mutating func sidebar(_ y: Double, _ height: Height, _ text: String, width: Double = 120) {
        lines.append(PDFTextLine(page: 1, xMin: 21.6, yMin: y, xMax: 21.6 + width, yMax: y + height.rawValue, text: text))
    }

    mutating func main(_ page: Int, _ y: Double, _ height: Height, _ text: String, width: Double = 200) {
        pages = max(pages, page)
        lines.append(PDFTextLine(page: page, xMin: 223.56, yMin: y, xMax: 223.56 + width, yMax: y + height.rawValue, text: text))
    }

    /// The boxes, with a `Page N of M` footer on every page.
    var boxes: PDFWordBoxes {
        var all = lines
        for page in 1...pages {
            all.append(PDFTextLine(page: page, xMin: 384, yMin: 768.4, xMax: 426, yMax: 781.1, text: "Page \(page) of \(pages)"))
        }
        return PDFWordBoxes(metadata: metadata, pageSizes: Array(repeating: (612, 792), count: pages), lines: all)
    }

    /// A two-page English profile: wrapped headline and URL, a multi-role company, a role without a
    /// location whose description runs onto page 2, a company without a LinkedIn page, a wrapped
    /// education date, e-mail and phone in Contact.
    static var english: SyntheticProfilePDF {
        var pdf = SyntheticProfilePDF()
        pdf.sidebar(40.4, .sidebarHeading, "Contact")
        pdf.sidebar(62.5, .body, "+31 6 5550 1234 (Mobile)")
        pdf.sidebar(76.9, .body, "ilse.marwijk@example.org")
        pdf.sidebar(100.8, .url, "www.linkedin.com/in/ilse-van-")
        pdf.sidebar(115.2, .url, "marwijk-4b2")
        pdf.sidebar(129.6, .url, "(LinkedIn)")
        pdf.sidebar(160.0, .sidebarHeading, "Top Skills")
        pdf.sidebar(182.1, .body, "Route Planning")
        pdf.sidebar(199.7, .body, "Warehouse Management")
        pdf.sidebar(212.3, .body, "Systems")
        pdf.sidebar(229.9, .body, "Customs")
        pdf.sidebar(262.0, .sidebarHeading, "Languages")
        pdf.sidebar(284.1, .body, "Dutch (Native or Bilingual)")
        pdf.sidebar(301.7, .body, "English (Full Professional)")
        pdf.sidebar(333.8, .sidebarHeading, "Certifications")
        pdf.sidebar(355.9, .body, "Certified Logistics Associate")

        pdf.main(1, 37.5, .name, "Ilse van Marwijk")
        pdf.main(1, 73.8, .entry, "Operations manager at Kranenburg Freight | Cold chain, planning and", width: 366)
        pdf.main(1, 88.2, .entry, "people")
        pdf.main(1, 103.6, .entry, "Nijmegen, Gelderland, Netherlands")
        pdf.main(1, 137.2, .heading, "Summary")
        pdf.main(1, 166.7, .entry, "I run a cold-chain warehouse of forty people and plan the routes", width: 346)
        pdf.main(1, 184.7, .entry, "that leave it every night.")
        pdf.main(1, 234.5, .heading, "Experience")
        pdf.main(1, 269.0, .entry, "Kranenburg Freight")
        pdf.main(1, 287.1, .body, "6 years 2 months")
        pdf.main(1, 307.3, .title, "Operations Manager")
        pdf.main(1, 322.9, .body, "March 2022 - Present (2 years 10 months)")
        pdf.main(1, 337.6, .body, "Nijmegen, Gelderland, Netherlands")
        pdf.main(1, 359.0, .body, "Runs the night shift and its planning.")
        pdf.main(1, 391.7, .title, "Shift Planner")
        pdf.main(1, 407.3, .body, "October 2018 - March 2022 (3 years 6 months)")
        pdf.main(1, 442.0, .entry, "De Groene Kar")
        pdf.main(1, 458.6, .title, "Delivery Driver")
        pdf.main(1, 474.2, .body, "2015 - 2018 (3 years)")
        pdf.main(1, 494.6, .body, "Drove the morning round through the city and kept the van's log so well", width: 360)
        pdf.main(2, 42.4, .body, "that it became the template.")
        pdf.main(2, 80.0, .entry, "Zomerkamp Veluwe")
        pdf.main(2, 96.6, .title, "Camp Assistant")
        pdf.main(2, 112.2, .body, "June 2014 - 2014 (less than a year)")
        pdf.main(2, 150.0, .heading, "Education")
        pdf.main(2, 179.5, .entry, "Hogeschool Waalstad")
        pdf.main(2, 198.8, .body, "Bachelor of Business Administration - BBA, Logistics · (August", width: 350)
        pdf.main(2, 213.2, .body, "2011 - June 2015)")
        pdf.main(2, 245.0, .entry, "Stedelijk Lyceum Oost")
        pdf.main(2, 264.3, .body, "· (2005 - 2011)")
        return pdf
    }

    /// This profile with the lines `names` lists renamed (headings in another language).
    func renamed(_ names: [String: String]) -> SyntheticProfilePDF {
        var copy = self
        for index in copy.lines.indices { copy.lines[index].text = names[copy.lines[index].text] ?? copy.lines[index].text }
        return copy
    }

    func profile(detail: ImportDetail = .full) throws -> Profile {
        try PDFProfileImporter().profile(from: boxes, display: "Profile.pdf", detail: detail).get()
    }
}

@Suite struct PDFLayoutGrammarTests {
    @Test func theHeaderGivesNameWrappedHeadlineAndLocation() throws {
        let profile = try SyntheticProfilePDF.english.profile()
        #expect(profile.name == .present("Ilse van Marwijk"))
        #expect(profile.headline == .present("Operations manager at Kranenburg Freight | Cold chain, planning and people"))
        #expect(profile.location == .present("Nijmegen, Gelderland, Netherlands"))
        #expect(profile.about.value?.hasPrefix("I run a cold-chain warehouse") == true)
        #expect(profile.about.value?.hasSuffix("every night.") == true)
    }

    @Test func everyRoleIsReadWithItsCompanyDatesLocationAndDescription() throws {
        let positions = try #require(try SyntheticProfilePDF.english.profile().positions.value)
        #expect(positions.map(\.company) == ["Kranenburg Freight", "Kranenburg Freight", "De Groene Kar", "Zomerkamp Veluwe"])
        #expect(positions.map(\.title) == ["Operations Manager", "Shift Planner", "Delivery Driver", "Camp Assistant"])
        #expect(positions[0].start == PartialDate(year: 2022, month: 3))
        #expect(positions[0].isCurrent)
        #expect(positions[0].location == "Nijmegen, Gelderland, Netherlands")
        #expect(positions[0].description == "Runs the night shift and its planning.")
        #expect(positions[1].end == PartialDate(year: 2022, month: 3))
        #expect(positions[1].location == nil)
        #expect(positions[2].start == PartialDate(year: 2015))
        #expect(positions[2].end == PartialDate(year: 2018))
        #expect(positions[2].location == nil)
        #expect(positions[2].description == "Drove the morning round through the city and kept the van's log so well that it became the template.")
        #expect(positions[3].end == PartialDate(year: 2014))
        #expect(!positions[3].isCurrent)
    }

    @Test func educationReadsDegreeFieldAndAWrappedDateRange() throws {
        let education = try #require(try SyntheticProfilePDF.english.profile().education.value)
        #expect(education.count == 2)
        #expect(education[0].school == "Hogeschool Waalstad")
        #expect(education[0].degree == "Bachelor of Business Administration - BBA")
        #expect(education[0].field == "Logistics")
        #expect(education[0].start == PartialDate(year: 2011, month: 8))
        #expect(education[0].end == PartialDate(year: 2015, month: 6))
        #expect(education[1].degree == nil)
        #expect(education[1].start == PartialDate(year: 2005))
    }

    @Test func theSidebarGivesTheWrappedURLLanguagesAndCertificationsButNoContactDetails() throws {
        let profile = try SyntheticProfilePDF.english.profile()
        #expect(profile.profileURL == .present("https://www.linkedin.com/in/ilse-van-marwijk-4b2"))
        #expect(profile.languages.value == [Language(name: "Dutch", proficiency: "Native or Bilingual"),
                                            Language(name: "English", proficiency: "Full Professional")])
        #expect(profile.certifications.value == [Certification(name: "Certified Logistics Associate")])
        let texts = [profile.name.value, profile.headline.value, profile.about.value, profile.location.value, profile.profileURL.value]
            + (profile.positions.value ?? []).flatMap { [$0.description, $0.location] }
        #expect(!texts.compactMap { $0 }.contains { $0.contains("@") || $0.contains("5550") })
    }

    @Test func threeTopSkillsMeanAtLeastThreeSoTheCountIsUnknownWithItsReason() throws {
        let profile = try SyntheticProfilePDF.english.profile()
        #expect(profile.skills == .unknown)
        #expect(profile.warnings.contains { $0.code == "pdf-top-skills" && $0.message.description.contains("at least 3") })
    }

    @Test func fewerThanThreeTopSkillsAreTheExactCount() throws {
        var pdf = SyntheticProfilePDF.english
        pdf.lines.removeAll { $0.text == "Customs" || $0.text == "Route Planning" }
        #expect(try pdf.profile().skills == .present(["Warehouse Management Systems"]))
    }

    @Test func whatAPDFCannotShowIsUnknownWithTheReason() throws {
        let profile = try SyntheticProfilePDF.english.profile()
        #expect(profile.photo == .unknown)
        #expect(profile.connectionCount == .unknown)
        #expect(profile.industry == .unknown)
        #expect(profile.groups == .unknown)
        #expect(profile.recommendations == .unknown)
        let reason = try #require(profile.warnings.first { $0.code == "pdf-not-shown" })
        #expect(reason.message.description.contains("data export"))
    }

    @Test func findingsPointAtThePageOfTheirSection() throws {
        let profile = try SyntheticProfilePDF.english.profile()
        #expect(profile.sourceMap[ProfileField.education.rawValue] == SourceLocation(file: "Profile.pdf", path: "Education", page: 2))
        #expect(profile.sourceMap[ProfileField.education.rawValue]?.description == "Profile.pdf:page 2")
        let driver = try #require(profile.positions.value?[2])
        #expect(driver.sources["description"]?.page == 1)
        #expect(try SyntheticProfilePDF.english.profile(detail: .rulesOnly).sourceMap.keys.isEmpty)
    }

    @Test func dutchHeadingsAndAFrenchProfileWithEnglishLanguagesAreRead() throws {
        let profile = try SyntheticProfilePDF.english.renamed([
            "Contact": "Contactgegevens", "Top Skills": "Belangrijkste vaardigheden", "Languages": "Talen",
            "Certifications": "Certificeringen", "Summary": "Samenvatting", "Experience": "Ervaring", "Education": "Opleiding",
        ]).profile()
        #expect(profile.positions.value?.count == 4)
        #expect(profile.education.value?.count == 2)
        #expect(profile.languages.value?.count == 2)
        #expect(profile.about.isKnown && profile.about.value != nil)
    }

    @Test func anUnlistedHeadingIsToldByWhatItsSectionHolds() throws {
        let profile = try SyntheticProfilePDF.english.renamed(["Summary": "Sommario", "Experience": "Esperienze lavorative", "Education": "Studi"]).profile()
        #expect(profile.positions.value?.count == 4)
        #expect(profile.education.value?.count == 2)
        #expect(profile.about.value?.hasPrefix("I run") == true)
    }

    @Test func aProfileWithoutSummaryExperienceOrEducationHasThemAbsent() throws {
        var pdf = SyntheticProfilePDF()
        pdf.sidebar(40.4, .sidebarHeading, "Contact")
        pdf.sidebar(62.5, .url, "www.linkedin.com/in/jorisbleeker (LinkedIn)")
        pdf.main(1, 37.5, .name, "Joris Bleeker")
        pdf.main(1, 73.8, .entry, "Student")
        let profile = try pdf.profile()
        #expect(profile.about == .absent)
        #expect(profile.positions == .absent)
        #expect(profile.education == .absent)
        #expect(profile.skills == .absent)
        #expect(profile.headline == .present("Student"))
        #expect(profile.location == .absent)
        #expect(profile.profileURL == .present("https://www.linkedin.com/in/jorisbleeker"))
    }

    @Test func aPDFThatIsNotLinkedInsIsRefusedInOneLine() {
        var letter = SyntheticProfilePDF()
        letter.metadata = ["Producer": "Apache FOP Version 2.8"]
        letter.main(1, 80, .body, "Dear neighbours,")
        letter.main(1, 95, .body, "the street party is on Saturday.")
        let result = PDFProfileImporter().profile(from: letter.boxes, display: "letter.pdf", detail: .full)
        guard case .failure(let error) = result else {
            Issue.record("a letter was read as a profile")
            return
        }
        #expect(error.errorDescription == "letter.pdf: a PDF document, not LinkedIn's profile PDF (More → Save to PDF on the profile)")
    }

    @Test func aPDFWithoutTextIsRefusedAsAScan() {
        let scan = PDFWordBoxes(pageSizes: [(612, 792)], lines: [])
        guard case .failure(let error) = PDFProfileImporter().profile(from: scan, display: "scan.pdf", detail: .full) else {
            Issue.record("a scan was read as a profile")
            return
        }
        #expect(error.errorDescription?.hasPrefix("scan.pdf: a PDF without text (a scanned image?)") == true)
    }

    @Test func theFooterIsDroppedAndLaterPagesHaveNoSidebar() {
        var pdf = SyntheticProfilePDF.english
        // A line far left on page 2 is main-column text (a sidebar is on page 1 only).
        pdf.lines.append(PDFTextLine(page: 2, xMin: 60, yMin: 300, xMax: 200, yMax: 314.8, text: "Stray note"))
        let layout = PDFLayout(pdf.boxes)
        #expect(layout.hasPageFooter)
        let texts = layout.mainSections.flatMap(\.lines).map(\.text) + layout.sidebarSections.flatMap(\.lines).map(\.text)
        #expect(!texts.contains { $0.hasPrefix("Page ") })
        #expect(layout.mainSections.last?.lines.contains { $0.text == "Stray note" } == true)
        #expect(layout.sidebarSections.map(\.heading) == ["Contact", "Top Skills", "Languages", "Certifications"])
    }

    @Test func aSidebarHeadingWrappedOverTwoLinesIsOneHeading() {
        var pdf = SyntheticProfilePDF()
        pdf.sidebar(133.9, .sidebarHeading, "Mest repræsenterede")
        pdf.sidebar(149.5, .sidebarHeading, "kompetencer")
        pdf.sidebar(171.6, .body, "Figma")
        pdf.main(1, 37.5, .name, "Sif Grønbæk")
        let layout = PDFLayout(pdf.boxes)
        #expect(layout.sidebarSections.map(\.heading) == ["Mest repræsenterede kompetencer"])
        #expect(PDFSectionHeadings.sidebar(layout.sidebarSections[0].heading) == .topSkills)
    }

    @Test(arguments: [
        ("January 2021 - Present (4 years 2 months)", PartialDate(year: 2021, month: 1), nil as PartialDate?, true),
        ("noviembre de 2019 - Present (5 años 1 mes)", PartialDate(year: 2019, month: 11), nil, true),
        ("fevereiro de 2018 - fevereiro de 2020 (2 anos 1 mês)", PartialDate(year: 2018, month: 2), PartialDate(year: 2020, month: 2), false),
        ("janvier 2017 - juillet 2019 (2 ans 7 mois)", PartialDate(year: 2017, month: 1), PartialDate(year: 2019, month: 7), false),
        ("februar 2022 - Present (2 år 10 måneder)", PartialDate(year: 2022, month: 2), nil, true),
        ("april 2016 - marts 2018 (2 år)", PartialDate(year: 2016, month: 4), PartialDate(year: 2018, month: 3), false),
        ("maj 2020 - augusti 2021 (1 år 4 månader)", PartialDate(year: 2020, month: 5), PartialDate(year: 2021, month: 8), false),
        ("oktober 2015 - mei 2016 (8 maanden)", PartialDate(year: 2015, month: 10), PartialDate(year: 2016, month: 5), false),
        ("März 2012 - Dezember 2013 (1 Jahr 10 Monate)", PartialDate(year: 2012, month: 3), PartialDate(year: 2013, month: 12), false),
        ("2015 - 2019 (4 years)", PartialDate(year: 2015), PartialDate(year: 2019), false),
        ("January 2020 - 2020 (less than a year)", PartialDate(year: 2020, month: 1), PartialDate(year: 2020), false),
    ])
    func dateLinesAreReadInTheProfilesLanguage(text: String, start: PartialDate, end: PartialDate?, current: Bool) throws {
        let range = try #require(PDFDateRange(text))
        #expect(range.start == start)
        #expect(range.end == end)
        #expect(range.isCurrent == current)
    }

    @Test(arguments: ["Amsterdam, North Holland, Netherlands", "Led a team of 12 in 2020 and 2021.", "Remote"])
    func aLocationOrDescriptionIsNoDateLine(text: String) {
        #expect(PDFDateRange(text) == nil)
    }

    @Test func popplersWordBoxesAreReadWithTheirPagesAndEntities() {
        let xhtml = """
        <!DOCTYPE html><html xmlns="http://www.w3.org/1999/xhtml"><head><title>Resume</title>
        <meta name="Author" content="LinkedIn"/>
        <meta name="Producer" content="Apache FOP Version 2.2"/>
        </head><body><doc>
          <page width="612.000000" height="792.000000"><flow><block xMin="223.56" yMin="37.5" xMax="400" yMax="74.1">
            <line xMin="223.560000" yMin="37.519000" xMax="421.446000" yMax="74.101000">
              <word xMin="223.56" yMin="37.5" xMax="300" yMax="74.1">Lotte</word>
              <word xMin="305" yMin="37.5" xMax="421.4" yMax="74.1">Brink&amp;Co</word>
            </line></block></flow></page>
          <page width="612.000000" height="792.000000"><flow><block xMin="223.56" yMin="42.4" xMax="400" yMax="59.3">
            <line xMin="223.560000" yMin="42.400000" xMax="400.000000" yMax="59.300000">
              <word xMin="223.56" yMin="42.4" xMax="300" yMax="59.3">Caf&#233;</word>
              <word xMin="305" yMin="42.4" xMax="400" yMax="59.3">&lt;Noord&gt;</word>
            </line></block></flow></page>
        </doc></body></html>
        """
        let boxes = PDFWordBoxes(xhtml: Array(xhtml.utf8))
        #expect(boxes.metadata["Author"] == "LinkedIn")
        #expect(boxes.pageSizes.count == 2)
        #expect(boxes.lines.map(\.text) == ["Lotte Brink&Co", "Café <Noord>"])
        #expect(boxes.lines.map(\.page) == [1, 2])
        #expect(abs((boxes.lines.first?.height ?? 0) - 36.582) < 0.01)
    }

    @Test func popplersFailuresAreToldApart() {
        #expect(PDFTextExtractor.failure(status: 1, messages: "Command Line Error: Incorrect password\n") == .encrypted)
        #expect(PDFTextExtractor.failure(status: 3, messages: "Permission Error: Copying of text from this document is not allowed.\n") == .encrypted)
        #expect(PDFTextExtractor.failure(status: 1, messages: "Syntax Warning: May not be a PDF file (continuing anyway)\nSyntax Error: Couldn't find trailer dictionary\n")
            == .damaged(detail: "Syntax Warning: May not be a PDF file (continuing anyway)"))
    }
}
