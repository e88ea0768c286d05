extension PartialDate {
    /// Parses the dates of a LinkedIn export: `Mon YYYY` or `Month YYYY` (`Feb 2022`, and the month names
    /// of the languages ``read(_:)`` knows, such as `okt 2021`), `YYYY`, and the ISO forms `YYYY-MM` and
    /// `YYYY-MM-DD`. Returns `nil` for anything else, including blank text.
    public init?(linkedIn text: String) {
        let trimmed = text.trimmingWhitespace()
        if let iso = PartialDate(iso: trimmed) {
            self = iso
            return
        }
        let words = trimmed.split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard words.count == 2, let year = Self.year(words[1]) else { return nil }
        let name = words[0].lowercased().filter { $0 != "." }
        guard let month = Self.monthNumber(name) else { return nil }
        self.init(year: year, month: month)
    }

    /// The first run of exactly four digits in `text` read as a year, for dates that cannot be parsed whole.
    static func firstYear(in text: String) -> PartialDate? {
        var digits = ""
        for character in text + " " {
            if character.isASCII, character.isNumber {
                digits.append(character)
                continue
            }
            if digits.count == 4, let year = Int(digits) { return PartialDate(year: year) }
            digits = ""
        }
        return nil
    }

    private static func year(_ word: Substring) -> Int? {
        guard word.count == 4, word.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(word)
    }
}
