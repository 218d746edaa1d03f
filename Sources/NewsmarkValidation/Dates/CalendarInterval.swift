/// A stretch of calendar days, inclusive, as day numbers (days since 1970-01-01, proleptic Gregorian),
/// parsed from a TIMEX3 value: a year, quarter, month, ISO week or day.
struct CalendarInterval: Hashable, Sendable {
    /// The granularity of the value.
    enum Unit: Hashable, Sendable { case day, week, month, quarter, year }

    var first: Int
    var last: Int
    var unit: Unit

    /// Parses the date part of a TIMEX3 value with known digits (`1998`, `1998-Q2`, `1998-05`,
    /// `1998-W21`, `1998-W21-3`, `1998-05-20`, `1998-05-20T14:30`); `nil` for anything vaguer.
    init?(timex value: String) {
        var value = value
        guard let parsed = value.withUTF8({ utf8 -> CalendarInterval? in
            let length = utf8.firstIndex(of: UInt8(ascii: "T")) ?? utf8.count
            return CalendarInterval(datePart: UnsafeBufferPointer(rebasing: utf8[..<length]))
        }) else { return nil }
        self = parsed
    }

    /// Parses the date part (before any `T`) of a TIMEX3 value, as UTF-8.
    private init?(datePart bytes: UnsafeBufferPointer<UInt8>) {
        func number(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= bytes.count else { return nil }
            var n = 0
            for b in bytes[range] {
                guard b >= 0x30, b <= 0x39 else { return nil }
                n = n * 10 + Int(b - 0x30)
            }
            return n
        }
        guard let year = number(0..<4) else { return nil }
        if bytes.count == 4 {
            self.init(first: Self.day(year, 1, 1), last: Self.day(year, 12, 31), unit: .year)
            return
        }
        guard bytes.count >= 7, bytes[4] == UInt8(ascii: "-") else { return nil }
        switch bytes[5] {
        case UInt8(ascii: "Q"):
            guard bytes.count == 7, let q = number(6..<7), (1...4).contains(q) else { return nil }
            let firstMonth = (q - 1) * 3 + 1
            self.init(first: Self.day(year, firstMonth, 1),
                      last: Self.day(year, firstMonth + 2, Self.daysIn(month: firstMonth + 2, year: year)), unit: .quarter)
        case UInt8(ascii: "W"):
            guard let week = number(6..<8), (1...53).contains(week) else { return nil }
            let monday = Self.isoWeekMonday(year: year, week: week)
            if bytes.count == 8 {
                self.init(first: monday, last: monday + 6, unit: .week)
            } else if bytes.count == 10, bytes[8] == UInt8(ascii: "-"), let weekday = number(9..<10), (1...7).contains(weekday) {
                self.init(first: monday + weekday - 1, last: monday + weekday - 1, unit: .day)
            } else {
                return nil
            }
        default:
            guard let month = number(5..<7), (1...12).contains(month) else { return nil }
            if bytes.count == 7 {
                self.init(first: Self.day(year, month, 1), last: Self.day(year, month, Self.daysIn(month: month, year: year)), unit: .month)
            } else if bytes.count == 10, bytes[7] == UInt8(ascii: "-"), let day = number(8..<10),
                      (1...Self.daysIn(month: month, year: year)).contains(day) {
                let n = Self.day(year, month, day)
                self.init(first: n, last: n, unit: .day)
            } else {
                return nil
            }
        }
    }

    init(first: Int, last: Int, unit: Unit) {
        self.first = first
        self.last = last
        self.unit = unit
    }

    func contains(_ day: Int) -> Bool { first <= day && day <= last }

    /// The interval of `unit` that contains `day` (its week, month, quarter or year).
    static func enclosing(_ unit: Unit, of day: Int) -> CalendarInterval {
        let (y, m, _) = civil(day)
        switch unit {
        case .day: return CalendarInterval(first: day, last: day, unit: .day)
        case .week:
            let monday = day - (weekday(day) - 1)
            return CalendarInterval(first: monday, last: monday + 6, unit: .week)
        case .month: return CalendarInterval(first: Self.day(y, m, 1), last: Self.day(y, m, daysIn(month: m, year: y)), unit: .month)
        case .quarter:
            let firstMonth = (m - 1) / 3 * 3 + 1
            return CalendarInterval(first: Self.day(y, firstMonth, 1),
                                    last: Self.day(y, firstMonth + 2, daysIn(month: firstMonth + 2, year: y)), unit: .quarter)
        case .year: return CalendarInterval(first: Self.day(y, 1, 1), last: Self.day(y, 12, 31), unit: .year)
        }
    }

    /// The interval of the same unit `count` units after this one (negative: before).
    func shifted(by count: Int) -> CalendarInterval {
        switch unit {
        case .day: return CalendarInterval(first: first + count, last: last + count, unit: .day)
        case .week: return CalendarInterval(first: first + 7 * count, last: last + 7 * count, unit: .week)
        case .month, .quarter, .year:
            let months = unit == .month ? 1 : unit == .quarter ? 3 : 12
            let (y, m, _) = Self.civil(first)
            let total = y * 12 + (m - 1) + months * count
            let day = Self.day(total / 12, total % 12 + 1, 1)
            return Self.enclosing(unit, of: day)
        }
    }

    // MARK: - Calendar arithmetic

    /// Days since 1970-01-01 of a civil date (H. Hinnant's algorithm).
    static func day(_ year: Int, _ month: Int, _ day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The civil date of a day number.
    static func civil(_ n: Int) -> (year: Int, month: Int, day: Int) {
        let z = n + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    /// ISO weekday: 1 = Monday … 7 = Sunday.
    static func weekday(_ n: Int) -> Int {
        let w = (n + 3) % 7  // 1970-01-01 was a Thursday (ISO 4)
        return (w < 0 ? w + 7 : w) + 1
    }

    static func isoWeekMonday(year: Int, week: Int) -> Int {
        let jan4 = day(year, 1, 4)
        return jan4 - (weekday(jan4) - 1) + (week - 1) * 7
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// `YYYY-MM-DD` of a day number.
    static func format(_ n: Int) -> String {
        let (y, m, d) = civil(n)
        func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
        return "\(y)-\(two(m))-\(two(d))"
    }
}
