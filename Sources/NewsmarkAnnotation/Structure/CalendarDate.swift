import NewsmarkModel

/// A calendar date as found in a dateline or a header line, possibly without its year ("March 3").
public struct CalendarDate: Hashable, Sendable, CustomStringConvertible {
    /// The year, if the text gave one.
    public var year: Int?
    /// The month, 1–12.
    public var month: Int
    /// The day of the month.
    public var day: Int

    public init(year: Int?, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// `YYYY-MM-DD`, or `XXXX-MM-DD` without a year (TIMEX3 style).
    public var description: String {
        let y = year.map { String.zeroPadded4($0) } ?? "XXXX"
        return "\(y)-\(String.zeroPadded2(month))-\(String.zeroPadded2(day))"
    }

    /// `YYYY-MM-DD` when the year is known.
    public var isoString: String? { year == nil ? nil : description }

    /// Whether the day exists in the month (and year, when known).
    public var isValid: Bool {
        (1...12).contains(month) && day >= 1 && day <= TimexValue.daysIn(month: month, year: year)
            && (year.map { (1000...9999).contains($0) } ?? true)
    }

    /// The date with its year taken from `reference` (`YYYY-MM-DD…`): the year that puts it nearest to the
    /// reference date, so a dateline of Dec. 31 in an article published Jan. 2 falls in the year before.
    public func completed(from reference: CalendarDate) -> CalendarDate {
        guard year == nil, let referenceYear = reference.year else { return self }
        var best = CalendarDate(year: referenceYear, month: month, day: day)
        let referenceDays = reference.ordinalDays
        for candidateYear in [referenceYear - 1, referenceYear + 1] {
            let candidate = CalendarDate(year: candidateYear, month: month, day: day)
            if candidate.isValid, abs(candidate.ordinalDays - referenceDays) < abs(best.ordinalDays - referenceDays) {
                best = candidate
            }
        }
        return best
    }

    /// An approximate day count for comparing dates (exact enough to find the nearest year).
    var ordinalDays: Int { (year ?? 0) * 372 + month * 31 + day }

    /// Parses `YYYY-MM-DD` (a real date), as the `--published` option takes it.
    public static func parseISO(_ text: String) -> CalendarDate? {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for b in bytes[range] {
                guard b >= 0x30, b <= 0x39 else { return nil }
                value = value * 10 + Int(b - 0x30)
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else { return nil }
        let date = CalendarDate(year: year, month: month, day: day)
        return date.isValid ? date : nil
    }
}

extension String {
    /// `value` with at least two digits.
    static func zeroPadded2(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
    /// `value` with at least four digits.
    static func zeroPadded4(_ value: Int) -> String {
        let digits = "\(value)"
        return String(repeating: "0", count: Swift.max(0, 4 - digits.count)) + digits
    }
}
