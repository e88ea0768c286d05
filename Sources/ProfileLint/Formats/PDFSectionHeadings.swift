/// The section headings of LinkedIn's profile PDF in the languages LinkedIn writes them.
///
/// The headings follow the profile's language, but only in part: "Languages" and "Certifications"
/// often stay English on a Spanish, French or Portuguese profile, so every language's words are
/// accepted everywhere. A main-column heading not listed here is told by what its section holds.
enum PDFSectionHeadings {
    /// A section of the main column.
    enum Main: Sendable, Equatable {
        case summary
        case experience
        case education
        case other
    }

    /// A section of the sidebar.
    enum Sidebar: Sendable, Equatable {
        case contact
        case topSkills
        case languages
        case certifications
        case other
    }

    /// The kind of main-column section `heading` names, or `nil` when it is not listed.
    static func main(_ heading: String) -> Main? {
        let key = normalised(heading)
        if summary.contains(key) { return .summary }
        if experience.contains(key) { return .experience }
        if education.contains(key) { return .education }
        if otherMain.contains(key) { return .other }
        return nil
    }

    /// The kind of sidebar section `heading` names.
    static func sidebar(_ heading: String) -> Sidebar {
        let key = normalised(heading)
        if contact.contains(key) { return .contact }
        if topSkills.contains(key) { return .topSkills }
        if languages.contains(key) { return .languages }
        if certifications.contains(key) { return .certifications }
        return .other
    }

    /// Whether `heading` is one LinkedIn writes in either column (to tell its PDF from another).
    static func isKnown(_ heading: String) -> Bool {
        main(heading) != nil || sidebar(heading) != .other || otherSidebar.contains(normalised(heading))
    }

    /// Lower case, single spaces, `-` and typographic apostrophes as plain ones.
    static func normalised(_ heading: String) -> String {
        heading.lowercased().replacingOccurrences(of: "\u{2019}", with: "'")
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    private static let summary: Set<String> = [
        "summary", "samenvatting", "résumé", "resumé", "resume", "extracto", "resumen", "resumo",
        "zusammenfassung", "sammanfattning", "sammendrag", "riepilogo", "podsumowanie", "about", "info",
    ]
    private static let experience: Set<String> = [
        "experience", "ervaring", "werkervaring", "expérience", "experiencia", "experiência", "berufserfahrung",
        "erfahrung", "erfaring", "erfarenhet", "esperienza", "doświadczenie",
    ]
    private static let education: Set<String> = [
        "education", "opleiding", "opleidingen", "formation", "educación", "formación", "formação acadêmica",
        "formação académica", "educação", "ausbildung", "uddannelse", "utbildning", "utdanning", "formazione",
        "istruzione", "wykształcenie",
    ]
    private static let otherMain: Set<String> = [
        "volunteer experience", "vrijwilligerswerk", "bénévolat", "voluntariado", "ehrenamt", "frivilligt arbejde",
    ]
    private static let contact: Set<String> = [
        "contact", "contactgegevens", "coordonnées", "contactar", "contacto", "contato", "kontakt", "contatti",
        "kontaktinformationen", "kontaktoplysninger",
    ]
    private static let topSkills: Set<String> = [
        "top skills", "belangrijkste vaardigheden", "voornaamste vaardigheden", "principales compétences",
        "aptitudes principales", "principais competências", "top-kenntnisse", "top kenntnisse",
        "mest repræsenterede kompetencer", "främsta kompetenser", "topkompetenser", "competenze principali",
        "najważniejsze umiejętności",
    ]
    private static let languages: Set<String> = [
        "languages", "talen", "langues", "idiomas", "sprachen", "sprog", "språk", "lingue", "języki",
    ]
    private static let certifications: Set<String> = [
        "certifications", "certificeringen", "certificaten", "certificaciones", "certificações", "zertifizierungen",
        "zertifikate", "certificeringer", "certifieringar", "certificazioni", "certyfikaty", "licenses & certifications",
    ]
    private static let otherSidebar: Set<String> = [
        "honors-awards", "honors & awards", "publications", "patents", "projects", "prijzen en onderscheidingen",
        "onderscheidingen", "publicaties", "distinctions", "prix et distinctions", "publicaciones", "publicações",
        "reconocimientos y premios", "premios", "prêmios", "honrarias e prêmios", "auszeichnungen", "publikationen",
        "priser", "udmærkelser", "publikationer",
    ]
}
