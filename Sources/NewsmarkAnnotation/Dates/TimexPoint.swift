/// A calendar unit, as used by relative expressions ("two *weeks* ago"), durations and sets.
public enum TimexUnit: Int, Sendable, Hashable, Comparable, CaseIterable {
    case second, minute, hour, partOfDay, day, weekend, week, month, season, quarter, half, year, decade, century, millennium

    public static func < (lhs: TimexUnit, rhs: TimexUnit) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The TIMEX3 duration designator and whether it belongs after `T` (`PT3H`).
    var durationLetter: (letter: String, isTime: Bool, multiplier: Int) {
        switch self {
        case .second: ("S", true, 1)
        case .minute: ("M", true, 1)
        case .hour: ("H", true, 1)
        case .partOfDay: ("H", true, 6)
        case .day: ("D", false, 1)
        case .weekend: ("D", false, 2)
        case .week: ("W", false, 1)
        case .month: ("M", false, 1)
        case .season: ("M", false, 3)
        case .quarter: ("M", false, 3)
        case .half: ("M", false, 6)
        case .year: ("Y", false, 1)
        case .decade: ("E", false, 1)
        case .century: ("C", false, 1)
        case .millennium: ("Y", false, 1000)
        }
    }
}

/// A season, with its TIMEX3 code.
public enum TimexSeason: String, Sendable, Hashable, CaseIterable {
    case spring = "SP", summer = "SU", fall = "FA", winter = "WI"

    /// The order within a year: winter (its January–February part) first.
    var index: Int {
        switch self {
        case .winter: 0
        case .spring: 1
        case .summer: 2
        case .fall: 3
        }
    }

    static func from(index: Int) -> TimexSeason { [.winter, .spring, .summer, .fall][index] }

    /// The season a month falls in (meteorological seasons; December counts as the winter of that year).
    static func of(month: Int) -> TimexSeason {
        switch month {
        case 3...5: .spring
        case 6...8: .summer
        case 9...11: .fall
        default: .winter
        }
    }

    /// A representative month, for ordering.
    var middleMonth: Int {
        switch self {
        case .winter: 1
        case .spring: 4
        case .summer: 7
        case .fall: 10
        }
    }
}

/// A resolved calendar point at some granularity: the date part of a TIMEX3 value.
public enum TimexPoint: Hashable, Sendable {
    case millennium(Int)
    case century(Int)
    case decade(Int)
    case year(Int)
    case half(year: Int, half: Int)
    case quarter(year: Int, quarter: Int)
    case season(year: Int, season: TimexSeason)
    case month(year: Int, month: Int)
    case week(year: Int, week: Int)
    case weekend(year: Int, week: Int)
    case day(CivilDate)

    /// The point of `unit` granularity that contains `date`.
    public static func containing(_ date: CivilDate, unit: TimexUnit) -> TimexPoint {
        switch unit {
        case .millennium: return .millennium(date.year / 1000)
        case .century: return .century(date.year / 100)
        case .decade: return .decade(date.year / 10)
        case .year: return .year(date.year)
        case .half: return .half(year: date.year, half: date.month <= 6 ? 1 : 2)
        case .quarter: return .quarter(year: date.year, quarter: date.quarter)
        case .season: return .season(year: date.year, season: TimexSeason.of(month: date.month))
        case .month: return .month(year: date.year, month: date.month)
        case .week:
            let w = date.isoWeek
            return .week(year: w.year, week: w.week)
        case .weekend:
            let w = date.isoWeek
            return .weekend(year: w.year, week: w.week)
        case .day, .partOfDay, .hour, .minute, .second: return .day(date)
        }
    }

    /// The granularity of the point.
    public var unit: TimexUnit {
        switch self {
        case .millennium: .millennium
        case .century: .century
        case .decade: .decade
        case .year: .year
        case .half: .half
        case .quarter: .quarter
        case .season: .season
        case .month: .month
        case .week: .week
        case .weekend: .weekend
        case .day: .day
        }
    }

    /// A day inside the point (its first day, or for weeks the Monday), for further arithmetic.
    public var firstDay: CivilDate {
        switch self {
        case .millennium(let m): CivilDate(uncheckedYear: m * 1000, month: 1, day: 1)
        case .century(let c): CivilDate(uncheckedYear: c * 100, month: 1, day: 1)
        case .decade(let d): CivilDate(uncheckedYear: d * 10, month: 1, day: 1)
        case .year(let y): CivilDate(uncheckedYear: y, month: 1, day: 1)
        case .half(let y, let h): CivilDate(uncheckedYear: y, month: h == 1 ? 1 : 7, day: 1)
        case .quarter(let y, let q): CivilDate(uncheckedYear: y, month: 3 * (q - 1) + 1, day: 1)
        case .season(let y, let s): CivilDate(uncheckedYear: y, month: s.middleMonth, day: 1)
        case .month(let y, let m): CivilDate(uncheckedYear: y, month: m, day: 1)
        case .week(let y, let w), .weekend(let y, let w): CivilDate.mondayOf(isoYear: y, week: w)
        case .day(let d): d
        }
    }

    /// The year the point lies in (the ISO year for weeks).
    public var year: Int {
        switch self {
        case .millennium(let m): m * 1000
        case .century(let c): c * 100
        case .decade(let d): d * 10
        case .year(let y): y
        case .half(let y, _), .quarter(let y, _), .season(let y, _), .month(let y, _), .week(let y, _), .weekend(let y, _): y
        case .day(let d): d.year
        }
    }

    /// The point `count` units of its own granularity later (earlier when negative).
    public func shifted(by count: Int) -> TimexPoint {
        switch self {
        case .millennium(let m): return .millennium(m + count)
        case .century(let c): return .century(c + count)
        case .decade(let d): return .decade(d + count)
        case .year(let y): return .year(y + count)
        case .half(let y, let h):
            let n = y * 2 + (h - 1) + count
            let ny = Int((Double(n) / 2).rounded(.down))
            return .half(year: ny, half: n - ny * 2 + 1)
        case .quarter(let y, let q):
            let n = y * 4 + (q - 1) + count
            let ny = Int((Double(n) / 4).rounded(.down))
            return .quarter(year: ny, quarter: n - ny * 4 + 1)
        case .season(let y, let s):
            let n = y * 4 + s.index + count
            let ny = Int((Double(n) / 4).rounded(.down))
            return .season(year: ny, season: TimexSeason.from(index: n - ny * 4))
        case .month(let y, let m):
            let n = y * 12 + (m - 1) + count
            let ny = Int((Double(n) / 12).rounded(.down))
            return .month(year: ny, month: n - ny * 12 + 1)
        case .week, .weekend:
            let shifted = firstDay.adding(days: 7 * count)
            return TimexPoint.containing(shifted, unit: unit)
        case .day(let d): return .day(d.adding(days: count))
        }
    }

    /// The TIMEX3 value of the point.
    public var value: String {
        switch self {
        case .millennium(let m): return "\(m)"  // not a TIMEX3 date; callers use centuries instead
        case .century(let c): return TimexFormat.two(c)
        case .decade(let d): return d < 100 ? "0\(TimexFormat.two(d))" : "\(d)"
        case .year(let y): return TimexFormat.year(y)
        case .half(let y, let h): return "\(TimexFormat.year(y))-H\(h)"
        case .quarter(let y, let q): return "\(TimexFormat.year(y))-Q\(q)"
        case .season(let y, let s): return "\(TimexFormat.year(y))-\(s.rawValue)"
        case .month(let y, let m): return "\(TimexFormat.year(y))-\(TimexFormat.two(m))"
        case .week(let y, let w): return "\(TimexFormat.year(y))-W\(TimexFormat.two(w))"
        case .weekend(let y, let w): return "\(TimexFormat.year(y))-W\(TimexFormat.two(w))-WE"
        case .day(let d): return d.description
        }
    }
}
