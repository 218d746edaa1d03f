/// A day in the proleptic Gregorian calendar, with the arithmetic the date annotator needs: day
/// numbers, weekdays, ISO 8601 weeks, quarters and month arithmetic that never lands on an impossible day.
///
/// Day numbers count days from 1970-01-01 (day 0) and use the civil-from-days algorithm, so every
/// operation is a few integer steps and needs no calendar object or time zone.
public struct CivilDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    /// 1–12.
    public let month: Int
    /// 1 to the month's length.
    public let day: Int

    /// Creates a date if `year`-`month`-`day` exists; `nil` for 1998-02-30 and the like.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= CivilDate.daysIn(month: month, year: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// The date `dayNumber` days after 1970-01-01.
    public init(dayNumber: Int) {
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        year = yoe + era * 400 + (m <= 2 ? 1 : 0)
        month = m
        day = d
    }

    /// Days since 1970-01-01 (negative before).
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// ISO weekday: 1 = Monday … 7 = Sunday.
    public var weekday: Int {
        let n = dayNumber + 3  // 1970-01-01 was a Thursday (ISO 4)
        let r = ((n % 7) + 7) % 7
        return r + 1
    }

    /// The ISO 8601 week-numbering year and week (1–53) of this day.
    public var isoWeek: (year: Int, week: Int) {
        // The week belongs to the year of its Thursday.
        let thursday = adding(days: 4 - weekday)
        let jan1 = CivilDate(uncheckedYear: thursday.year, month: 1, day: 1)
        return (thursday.year, (thursday.dayNumber - jan1.dayNumber) / 7 + 1)
    }

    /// The quarter (1–4).
    public var quarter: Int { (month - 1) / 3 + 1 }

    /// The date `days` later (earlier when negative).
    public func adding(days: Int) -> CivilDate { CivilDate(dayNumber: dayNumber + days) }

    /// The same day `months` later, clamped to the end of a shorter month (Jan 31 + 1 month = Feb 28/29).
    public func adding(months: Int) -> CivilDate {
        let total = year * 12 + (month - 1) + months
        let y = Int((Double(total) / 12).rounded(.down))
        let m = total - y * 12 + 1
        return CivilDate(uncheckedYear: y, month: m, day: min(day, CivilDate.daysIn(month: m, year: y)))
    }

    /// The same day `years` later, clamped (Feb 29 + 1 year = Feb 28).
    public func adding(years: Int) -> CivilDate { adding(months: 12 * years) }

    /// The Monday that starts ISO week `week` of ISO year `year`.
    public static func mondayOf(isoYear year: Int, week: Int) -> CivilDate {
        let jan4 = CivilDate(uncheckedYear: year, month: 1, day: 4)
        return jan4.adding(days: 1 - jan4.weekday + 7 * (week - 1))
    }

    /// The `n`th (1-based) `weekday` of `month`, or the last one when `n` is -1.
    public static func nthWeekday(_ n: Int, _ weekday: Int, month: Int, year: Int) -> CivilDate {
        if n < 0 {
            let last = CivilDate(uncheckedYear: year, month: month, day: daysIn(month: month, year: year))
            return last.adding(days: -((last.weekday - weekday + 7) % 7))
        }
        let first = CivilDate(uncheckedYear: year, month: month, day: 1)
        return first.adding(days: (weekday - first.weekday + 7) % 7 + 7 * (n - 1))
    }

    /// Easter Sunday of `year` (Gregorian computus).
    public static func easter(year: Int) -> CivilDate {
        let a = year % 19, b = year / 100, c = year % 100
        let d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4, k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return CivilDate(uncheckedYear: year, month: month, day: day)
    }

    public static func isLeapYear(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// For values computed from valid parts.
    init(uncheckedYear year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    public static func < (lhs: CivilDate, rhs: CivilDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// `YYYY-MM-DD`.
    public var description: String { "\(TimexFormat.year(year))-\(TimexFormat.two(month))-\(TimexFormat.two(day))" }
}

/// Zero-padded number formatting for TIMEX3 values.
enum TimexFormat {
    static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    static func year(_ y: Int) -> String {
        if y >= 1000 { return "\(y)" }
        if y >= 100 { return "0\(y)" }
        if y >= 10 { return "00\(y)" }
        return "000\(max(y, 0))"
    }
}
