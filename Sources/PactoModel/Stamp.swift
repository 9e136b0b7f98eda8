/// A calendar date with an optional time of day, as printed on a page:
/// "30/03/2024 - 06:17" becomes 2024-03-30T06:17.
///
/// Encoded as the string `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`.
public struct Stamp: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int
    public var hour: Int?
    public var minute: Int?

    /// A stamp when the parts form a real calendar date (and time), else nil.
    public init?(year: Int, month: Int, day: Int, hour: Int? = nil, minute: Int? = nil) {
        guard (1..<10000).contains(year), (1...12).contains(month),
              (1...Self.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        if let hour {
            guard (0...23).contains(hour), (0...59).contains(minute ?? 0) else { return nil }
        }
        self.year = year
        self.month = month
        self.day = day
        self.hour = hour
        self.minute = hour == nil ? nil : (minute ?? 0)
    }

    /// Parses `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM` and longer ISO 8601 forms
    /// (seconds and zone are read past and dropped: the local time printed is kept).
    public init?(iso text: String) {
        let digits = Array(text.utf8)
        func number(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= digits.count else { return nil }
            var value = 0
            for index in range {
                let byte = digits[index]
                guard byte >= 48, byte <= 57 else { return nil }
                value = value * 10 + Int(byte - 48)
            }
            return value
        }
        guard let year = number(0..<4), digits.count >= 10, digits[4] == 45, digits[7] == 45,
              let month = number(5..<7), let day = number(8..<10)
        else { return nil }
        var hour: Int?
        var minute: Int?
        if digits.count >= 16, digits[10] == 84 || digits[10] == 32, digits[13] == 58 {
            hour = number(11..<13)
            minute = number(14..<16)
        }
        self.init(year: year, month: month, day: day, hour: hour, minute: minute)
    }

    public var hasTime: Bool { hour != nil }

    /// The date alone.
    public var date: Stamp {
        var copy = self
        copy.hour = nil
        copy.minute = nil
        return copy
    }

    public var description: String {
        let date = "\(Self.pad(year, 4))-\(Self.pad(month, 2))-\(Self.pad(day, 2))"
        guard let hour else { return date }
        return date + "T\(Self.pad(hour, 2)):\(Self.pad(minute ?? 0, 2))"
    }

    public static func < (lhs: Stamp, rhs: Stamp) -> Bool {
        (lhs.year, lhs.month, lhs.day, lhs.hour ?? -1, lhs.minute ?? -1)
            < (rhs.year, rhs.month, rhs.day, rhs.hour ?? -1, rhs.minute ?? -1)
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let stamp = Stamp(iso: text) else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "not a date: \(text)"))
        }
        self = stamp
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }
}
