extension PartialDate {
    /// What a date as people write it says: a date, "still going on", nothing, or nothing certain.
    public enum Reading: Sendable, Equatable {
        /// A date.
        case date(PartialDate)
        /// A word such as `Present` or `Heden`: the role or study goes on.
        case present
        /// Empty or white space only.
        case blank
        /// Day and month could be either way round (`08-12-2020`).
        case ambiguous
        /// Not a date that can be read.
        case unrecognised
    }

    /// Reads a date however people write it: ISO 8601 (`2022-03`, `2023-9-28`, `2022-03-01T00:00:00Z`),
    /// `MM/YYYY` (`07/2025`), a bare year, or a month name or abbreviation in English, Dutch, French,
    /// German, Spanish or Portuguese with its year, in either order (`Mar-2022`, `October 2014`,
    /// `mars 2021`, `2014, June`, `noviembre de 2021`, `June 5, 2020`).
    ///
    /// Day-first and month-first numeric dates are read only when one reading is possible
    /// (`28-09-2023`); `08-12-2020` is ``Reading/ambiguous``.
    public static func read(_ text: String) -> Reading {
        let trimmed = text.trimmingWhitespace()
        if trimmed.isEmpty { return .blank }
        if let iso = PartialDate(iso: trimmed) { return .date(iso) }
        if meansPresent(trimmed) { return .present }
        // An ISO date and time: the date is all that counts.
        if trimmed.utf8.count > 10, Array(trimmed.utf8)[10] == UInt8(ascii: "T"), let iso = PartialDate(iso: String(trimmed.prefix(10))) {
            return .date(iso)
        }
        var numbers: [(value: Int, digits: Int)] = []
        var month: Int?
        var word = ""
        var digits = ""
        var readable = true
        func endToken() {
            if !digits.isEmpty {
                numbers.append((Int(digits) ?? 0, digits.count))
                digits = ""
            }
            guard !word.isEmpty else { return }
            defer { word = "" }
            if fillerWords.contains(word) { return }
            guard month == nil, let found = monthNumber(word) else {
                readable = false
                return
            }
            month = found
        }
        for character in trimmed {
            if character.isASCII, character.isNumber {
                if !word.isEmpty { endToken() }
                digits.append(character)
            } else if character.isLetter {
                if !digits.isEmpty { endToken() }
                word += folded(character)
            } else {
                endToken()
            }
        }
        endToken()
        guard readable, numbers.count <= 3, numbers.allSatisfy({ $0.digits <= 4 }) else { return .unrecognised }
        if let month { return wordDate(month: month, numbers) }
        return numericDate(numbers)
    }

    /// Whether `text` says "still in this role": `Present`, `Current`, `Now`, `Heden`, `Huidig`, `Nu`,
    /// `Aujourd'hui`, `Actuel`, `Presente`, `Atual`, `Heute`, `Actualidad`, `Actualmente` and the like,
    /// in any case, with stray spaces and periods and a remark in brackets (`Present (part-time)`). One
    /// rule for every input format.
    public static func meansPresent(_ text: String) -> Bool {
        var key = ""
        for character in text {
            if character == "(" { break }
            if character.isWhitespace || character == "." { continue }
            if character == "\u{2019}" || character == "`" {
                key.append("'")
                continue
            }
            key += folded(character)
            if key.utf8.count > 16 { return false }
        }
        return presentWords.contains(key)
    }

    /// Lower-cased, without accents, as the word lists below are written.
    private static let presentWords: Set<String> = [
        "present", "current", "currently", "now", "today", "ongoing",
        "heden", "huidig", "nu", "vandaag",
        "aujourd'hui", "aujourdhui", "actuel", "actuelle", "actuellement", "encours",
        "presente", "atual", "atualmente", "hoje",
        "heute", "aktuell",
        "actualidad", "actualmente", "hoy",
    ]

    /// Words that may stand between a month and its year (`noviembre de 2021`, `the 5th of June`).
    private static let fillerWords: Set<String> = ["de", "del", "of", "the", "th", "st", "nd", "rd", "er"]

    /// Month names in English, Dutch, French, German, Spanish and Portuguese, lower-cased without accents.
    private static let monthNames: [(name: String, month: Int)] = {
        let names: [[String]] = [
            ["january", "januari", "janvier", "januar", "janner", "enero", "janeiro"],
            ["february", "februari", "fevrier", "februar", "febrero", "fevereiro"],
            ["march", "maart", "mrt", "mars", "marz", "mrz", "marzo", "marco"],
            ["april", "avril", "abril"],
            ["may", "mei", "mai", "mayo", "maio"],
            ["june", "juni", "juin", "junio", "junho"],
            ["july", "juli", "juillet", "julio", "julho"],
            ["august", "augustus", "aout", "agosto"],
            ["september", "septembre", "septiembre", "setiembre", "setembro"],
            ["october", "oktober", "octobre", "octubre", "outubro"],
            ["november", "novembre", "noviembre", "novembro"],
            ["december", "decembre", "dezember", "diciembre", "dezembro"],
        ]
        return names.enumerated().flatMap { index, list in list.map { ($0, index + 1) } }
    }()

    /// The month a word names: a whole name, or a prefix of at least three letters that names one month
    /// in every language that has it (`Sep`, `Sept`, `okt`, `janv`; `jui` could be June or July).
    static func monthNumber(_ word: String) -> Int? {
        let length = word.count
        guard length >= 3 else { return nil }
        var found: Int?
        for (name, month) in monthNames where name.count >= length && name.hasPrefix(word) {
            guard found == nil || found == month else { return nil }
            found = month
        }
        return found
    }

    /// A month word with a four-digit year and perhaps a day (`June 5, 2020`).
    private static func wordDate(month: Int, _ numbers: [(value: Int, digits: Int)]) -> Reading {
        let years = numbers.filter { $0.digits == 4 }
        let days = numbers.filter { $0.digits <= 2 }
        guard years.count == 1, days.count <= 1, let year = years.first?.value else { return .unrecognised }
        guard let day = days.first?.value else { return .date(PartialDate(year: year, month: month)) }
        guard (1...31).contains(day) else { return .unrecognised }
        return .date(PartialDate(year: year, month: month, day: day))
    }

    /// Numbers only: `YYYY`, `YYYY-M`, `YYYY-M-D`, `M/YYYY`, or a day and month either way round before the year.
    private static func numericDate(_ numbers: [(value: Int, digits: Int)]) -> Reading {
        let months = 1...12
        let days = 1...31
        switch numbers.count {
        case 1 where numbers[0].digits == 4:
            return .date(PartialDate(year: numbers[0].value))
        case 2 where numbers[0].digits == 4 && numbers[1].digits <= 2 && months.contains(numbers[1].value):
            return .date(PartialDate(year: numbers[0].value, month: numbers[1].value))
        case 2 where numbers[1].digits == 4 && numbers[0].digits <= 2 && months.contains(numbers[0].value):
            return .date(PartialDate(year: numbers[1].value, month: numbers[0].value))
        case 3 where numbers[0].digits == 4 && numbers[1].digits <= 2 && numbers[2].digits <= 2:
            guard months.contains(numbers[1].value), days.contains(numbers[2].value) else { return .unrecognised }
            return .date(PartialDate(year: numbers[0].value, month: numbers[1].value, day: numbers[2].value))
        case 3 where numbers[2].digits == 4 && numbers[0].digits <= 2 && numbers[1].digits <= 2:
            let (first, second, year) = (numbers[0].value, numbers[1].value, numbers[2].value)
            let dayFirst = days.contains(first) && months.contains(second)
            let monthFirst = months.contains(first) && days.contains(second)
            switch (dayFirst, monthFirst) {
            case (true, true) where first != second: return .ambiguous
            case (true, _): return .date(PartialDate(year: year, month: second, day: first))
            case (false, true): return .date(PartialDate(year: year, month: first, day: second))
            case (false, false): return .unrecognised
            }
        default:
            return .unrecognised
        }
    }

    /// A letter lower-cased, without its accent (`É` → `e`, `ç` → `c`, `ä` → `a`).
    private static func folded(_ character: Character) -> String {
        let lower = character.lowercased()
        guard lower.unicodeScalars.contains(where: { !$0.isASCII }) else { return lower }
        var result = ""
        for scalar in lower.unicodeScalars {
            switch scalar {
            case "à", "á", "â", "ã", "ä", "å": result += "a"
            case "ç": result += "c"
            case "è", "é", "ê", "ë": result += "e"
            case "ì", "í", "î", "ï": result += "i"
            case "ñ": result += "n"
            case "ò", "ó", "ô", "õ", "ö": result += "o"
            case "ù", "ú", "û", "ü": result += "u"
            case "\u{0300}"..."\u{036F}": continue
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
