/// A date line of LinkedIn's profile PDF: `January 2021 - Present (4 years 2 months)`.
///
/// Month names are in the profile's language, in upper or lower case (`noviembre de 2021`,
/// `fevereiro de 2020`, `janvier 2019`, `februar 2022`, `marts 2018`); `Present` stays English in
/// every language; a date may be a year only (`2015 - 2019`) and the duration in brackets, which
/// may be missing, is ignored.
struct PDFDateRange: Sendable, Equatable {
    /// When it started.
    var start: PartialDate?
    /// When it ended, unless ``isCurrent``.
    var end: PartialDate?
    /// Whether it goes on (`Present`).
    var isCurrent: Bool

    /// Reads a date line, or `nil` when `text` is not one (then it is a location or a description).
    init?(_ text: String) {
        var line = Substring(text.trimmingWhitespace())
        if line.hasSuffix(")"), let open = line.lastIndex(of: "(") {
            line = line[line.startIndex..<open]
        }
        let parts = line.replacingOccurrences(of: "\u{2013}", with: "-").components(separatedBy: " - ")
        guard parts.count == 2 || parts.count == 1 else { return nil }
        guard let start = Self.date(parts[0]) else { return nil }
        self.start = start
        if parts.count == 1 {
            // A single date: a course of a few weeks, or a year.
            end = start
            isCurrent = false
            return
        }
        let last = parts[1].trimmingWhitespace()
        if PartialDate.meansPresent(last) {
            end = nil
            isCurrent = true
        } else if let end = Self.date(last) {
            self.end = end
            isCurrent = false
        } else {
            return nil
        }
    }

    /// One side of a range, with the Danish and Swedish month names the shared reader does not know.
    static func date(_ text: String) -> PartialDate? {
        let words = text.split(separator: " ").map { word -> String in
            let lowered = word.lowercased()
            return nordicMonths[lowered] ?? String(word)
        }
        guard !words.isEmpty, words.contains(where: { $0.contains(where: \.isNumber) }) else { return nil }
        if case .date(let date) = PartialDate.read(words.joined(separator: " ")) { return date }
        return nil
    }

    /// Danish, Norwegian and Swedish month names that differ from those `PartialDate.read` knows.
    private static let nordicMonths: [String: String] = [
        "marts": "march", "maj": "may", "augusti": "august", "okt.": "october",
    ]
}
