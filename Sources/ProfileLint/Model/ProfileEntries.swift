/// A date as precise as the source gives it: a year, a month, or a day.
public struct PartialDate: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// The year.
    public var year: Int
    /// The month, 1–12, when known.
    public var month: Int?
    /// The day of the month, when known.
    public var day: Int?

    /// Creates a date.
    public init(year: Int, month: Int? = nil, day: Int? = nil) {
        self.year = year
        self.month = month
        self.day = day
    }

    public static func < (lhs: PartialDate, rhs: PartialDate) -> Bool {
        (lhs.year, lhs.month ?? 0, lhs.day ?? 0) < (rhs.year, rhs.month ?? 0, rhs.day ?? 0)
    }

    /// ISO 8601 as far as known: `2021`, `2021-03` or `2021-03-15`.
    public var description: String {
        var text = String(format4: year)
        if let month {
            text += "-" + String(twoDigits: month)
            if let day { text += "-" + String(twoDigits: day) }
        }
        return text
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (the format of the project's JSON and JSON Resume).
    public init?(iso text: String) {
        var copy = text
        guard let date = copy.withUTF8({ PartialDate(isoUTF8: $0) }) else { return nil }
        self = date
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` from UTF-8 bytes without allocating: dates are read for
    /// every position in a batch, straight from the input's bytes where possible.
    init?(isoUTF8 buffer: UnsafeBufferPointer<UInt8>) {
        // The usual spellings, `YYYY-MM` and `YYYY-MM-DD` without spaces, are read at fixed places.
        if buffer.count == 7 || buffer.count == 10, let date = Self.fixedLayout(buffer) {
            self = date
            return
        }
        let parsed = { () -> (Int, Int?, Int?)? in
            var start = 0
            var end = buffer.count
            func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
            while start < end, isSpace(buffer[start]) { start += 1 }
            while end > start, isSpace(buffer[end - 1]) { end -= 1 }
            var values = (0, 0, 0)
            var lengths = (0, 0, 0)
            var part = 0
            for index in start..<end {
                let byte = buffer[index]
                if byte == 0x2D {
                    part += 1
                    guard part < 3 else { return nil }
                    continue
                }
                guard byte >= 0x30, byte <= 0x39 else { return nil }
                let digit = Int(byte - 0x30)
                switch part {
                case 0: values.0 = values.0 * 10 + digit; lengths.0 += 1
                case 1: values.1 = values.1 * 10 + digit; lengths.1 += 1
                default: values.2 = values.2 * 10 + digit; lengths.2 += 1
                }
            }
            guard lengths.0 == 4 else { return nil }
            if part == 0 { return (values.0, nil, nil) }
            guard lengths.1 == 2, (1...12).contains(values.1) else { return nil }
            if part == 1 { return (values.0, values.1, nil) }
            guard lengths.2 == 2, (1...31).contains(values.2) else { return nil }
            return (values.0, values.1, values.2)
        }()
        guard let (year, month, day) = parsed else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// `YYYY-MM` (7 bytes) or `YYYY-MM-DD` (10 bytes) with a valid month and day, else `nil`.
    @inline(__always)
    private static func fixedLayout(_ buffer: UnsafeBufferPointer<UInt8>) -> PartialDate? {
        func digits(_ from: Int, _ count: Int) -> Int? {
            var value = 0
            for index in from..<from + count {
                let digit = buffer[index] &- 0x30
                guard digit < 10 else { return nil }
                value = value * 10 + Int(digit)
            }
            return value
        }
        guard buffer[4] == 0x2D, let year = digits(0, 4), let month = digits(5, 2), (1...12).contains(month) else { return nil }
        if buffer.count == 7 { return PartialDate(year: year, month: month) }
        guard buffer[7] == 0x2D, let day = digits(8, 2), (1...31).contains(day) else { return nil }
        return PartialDate(year: year, month: month, day: day)
    }
}

/// A job on the profile.
public struct Position: Sendable, Equatable {
    /// The employer as written on the profile.
    public var company: String?
    /// The job title.
    public var title: String?
    /// The role description.
    public var description: String?
    /// Where the job is.
    public var location: String?
    /// When it started.
    public var start: PartialDate?
    /// When it ended; `nil` for a current position.
    public var end: PartialDate?
    /// Where this position was read (key `""`) and where each of its fields was (`company`, `title`, …).
    public var sources: SourceMap

    /// Creates a position.
    public init(company: String? = nil, title: String? = nil, description: String? = nil, location: String? = nil,
                start: PartialDate? = nil, end: PartialDate? = nil, sources: SourceMap = SourceMap()) {
        self.company = company
        self.title = title
        self.description = description
        self.location = location
        self.start = start
        self.end = end
        self.sources = sources
    }

    /// A position without an end date is current.
    public var isCurrent: Bool { end == nil }
}

/// A school or course of study.
public struct Education: Sendable, Equatable {
    /// The school.
    public var school: String?
    /// The degree.
    public var degree: String?
    /// The field of study.
    public var field: String?
    /// Start and end.
    public var start: PartialDate?
    public var end: PartialDate?

    /// Creates an education entry.
    public init(school: String? = nil, degree: String? = nil, field: String? = nil, start: PartialDate? = nil, end: PartialDate? = nil) {
        self.school = school
        self.degree = degree
        self.field = field
        self.start = start
        self.end = end
    }
}

/// A language the person speaks.
public struct Language: Sendable, Equatable {
    /// The language's name.
    public var name: String
    /// How well, in the source's words.
    public var proficiency: String?

    /// Creates a language entry.
    public init(name: String, proficiency: String? = nil) {
        self.name = name
        self.proficiency = proficiency
    }
}

/// A certification or licence.
public struct Certification: Sendable, Equatable {
    /// Its name.
    public var name: String
    /// Who issued it.
    public var authority: String?

    /// Creates a certification.
    public init(name: String, authority: String? = nil) {
        self.name = name
        self.authority = authority
    }
}

/// One first-degree connection, kept only as far as the organisation-wide aggregates need it.
///
/// No name, e-mail or URL is kept: `identity` is a hash used to count distinct connections across
/// employees, and `company` feeds the key-account reach.
public struct Connection: Sendable, Equatable {
    /// A stable 64-bit hash of the connection's profile URL, or of name and company when there is no URL.
    public var identity: UInt64
    /// The connection's current employer, when the export gives it.
    public var company: String?

    /// Creates a connection.
    public init(identity: UInt64, company: String?) {
        self.identity = identity
        self.company = company
    }
}
