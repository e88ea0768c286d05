extension ReactiveResumeImporter {
    /// A free-text date range as Reactive Resume users write it, each part read with the project's
    /// date parsing (``PartialDate/read(_:)``, month names in six languages): `Jan 2020 - Present`, `2019 - 2021`, `2019-2021`,
    /// `2022-07-01 - 2024-12-02`, `July to November 2023` (the start borrows the end's year),
    /// `Since 2020` or a single date (a start, going on). `unreadStart` and `unreadEnd` are the parts
    /// that could not be read.
    static func dateRange(_ text: String) -> (start: PartialDate?, end: PartialDate?, unreadStart: String?, unreadEnd: String?) {
        let trimmed = text.trimmingWhitespace()
        if let single = date(trimmed) { return (single, nil, nil, nil) }
        let lowered = trimmed.lowercased()
        for word in sinceWords where lowered.hasPrefix(word + " ") {
            let rest = String(trimmed.dropFirst(word.count)).trimmingWhitespace()
            if let start = date(rest) { return (start, nil, nil, nil) }
            return (nil, nil, rest, nil)
        }
        // The first separator at which both sides read wins; else the first spaced one (or dash, or word).
        let cuts = splits(trimmed)
        for (left, right, _) in cuts {
            let start = date(String(left))
            let endText = String(right).trimmingWhitespace()
            let goesOn = endText.isEmpty || isOngoing(endText)
            let end = goesOn ? nil : date(endText)
            if goesOn || end != nil {
                if let start { return (start, end, nil, nil) }
                if let end, let borrowed = date(String(left) + " " + String(end.year)) { return (borrowed, end, nil, nil) }
            }
        }
        let fallback = cuts.first(where: \.spaced).map { ($0.0, $0.1) } ?? cuts.first.map { ($0.0, $0.1) }
        guard let (left, right) = fallback else { return (nil, nil, trimmed, nil) }
        let startText = String(left).trimmingWhitespace()
        let endText = String(right).trimmingWhitespace()
        let start = date(startText)
        let goesOn = endText.isEmpty || isOngoing(endText)
        let end = goesOn ? nil : date(endText)
        return (start, end, start == nil ? startText : nil, goesOn || end != nil ? nil : endText)
    }

    /// One date: what ``PartialDate/read(_:)`` reads (the project's one date rule), with stray periods
    /// and commas around it.
    private static func date(_ text: String) -> PartialDate? {
        let cleaned = text.trimmingWhitespace().droppingEnds(".,").trimmingWhitespace()
        guard !cleaned.isEmpty, case .date(let date) = PartialDate.read(cleaned) else { return nil }
        return date
    }

    /// Whether `text` says the item goes on (`Present`, `heden`, `Aujourd'hui`): the project's one rule.
    static func isOngoing(_ text: String) -> Bool {
        PartialDate.meansPresent(text)
    }

    /// Words that open a range with no end (`Since 2020`, `Depuis janvier 2024`).
    private static let sinceWords = ["since", "from", "sinds", "vanaf", "depuis", "seit", "desde", "dal"]

    /// Words between a start and an end, spaced.
    private static let separatorWords = ["to", "until", "till", "tot", "t/m", "à", "au", "bis", "a", "até", "hasta", "al"]

    /// Every way to cut `text` in two at a separator, in order of place: a hyphen or dash (spaced or
    /// not), or a separator word between spaces; `spaced` is false for a bare hyphen (`2019-05`).
    private static func splits(_ text: String) -> [(Substring, Substring, spaced: Bool)] {
        var cuts: [(Substring, Substring, spaced: Bool)] = []
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            let next = text.index(after: index)
            if character == "-" || character == "–" || character == "—" {
                let spaced = character != "-" || text[..<index].hasSuffix(" ") || text[next...].hasPrefix(" ")
                cuts.append((text[..<index], text[next...], spaced))
            } else if character == " " {
                for word in separatorWords {
                    guard let end = text.index(next, offsetBy: word.count, limitedBy: text.endIndex),
                          end < text.endIndex, text[end] == " ", text[next..<end].lowercased() == word else { continue }
                    cuts.append((text[..<index], text[text.index(after: end)...], true))
                }
            }
            index = next
        }
        return cuts
    }
}

extension String {
    /// The string without any of `characters` at either end.
    fileprivate func droppingEnds(_ characters: String) -> String {
        var slice = Substring(self)
        while let first = slice.first, characters.contains(first) { slice.removeFirst() }
        while let last = slice.last, characters.contains(last) { slice.removeLast() }
        return String(slice)
    }
}
