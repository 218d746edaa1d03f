@testable import NewsmarkAnnotation
import NewsmarkModel
import Testing

@Suite("Dates: calendar arithmetic")
struct CivilDateTests {
    @Test("day numbers round-trip and weekdays advance by one, 1600–2400")
    func dayNumbers() {
        let start = CivilDate(year: 1600, month: 1, day: 1)!.dayNumber
        let end = CivilDate(year: 2400, month: 12, day: 31)!.dayNumber
        var previousWeekday = CivilDate(dayNumber: start - 1).weekday
        var previous = CivilDate(dayNumber: start - 1)
        for n in start...end {
            let date = CivilDate(dayNumber: n)
            #expect(date.dayNumber == n)
            #expect(date > previous)
            #expect(date.weekday == previousWeekday % 7 + 1)
            previousWeekday = date.weekday
            previous = date
            if date.day == 1 && date.month == 1 { #expect(CivilDate(year: date.year - 1, month: 12, day: 31)!.dayNumber == n - 1) }
        }
        #expect(CivilDate(year: 1970, month: 1, day: 1)!.dayNumber == 0)
        #expect(CivilDate(year: 1998, month: 5, day: 20)!.weekday == 3)
    }

    @Test("impossible dates cannot be made")
    func impossible() {
        #expect(CivilDate(year: 1999, month: 2, day: 29) == nil)
        #expect(CivilDate(year: 2000, month: 2, day: 29) != nil)
        #expect(CivilDate(year: 1900, month: 2, day: 29) == nil)
        #expect(CivilDate(year: 1998, month: 4, day: 31) == nil)
        #expect(CivilDate(year: 1998, month: 13, day: 1) == nil)
    }

    @Test("ISO weeks: week 53 exactly in the years that have one")
    func isoWeeks() {
        for year in 1900...2100 {
            let dec28 = CivilDate(year: year, month: 12, day: 28)!
            #expect(dec28.isoWeek.week == TimexValue.isoWeeks(in: year))
            #expect(CivilDate.mondayOf(isoYear: year, week: 1).isoWeek == (year, 1))
        }
        #expect(CivilDate(year: 2004, month: 12, day: 31)!.isoWeek == (2004, 53))
        #expect(CivilDate(year: 2005, month: 1, day: 2)!.isoWeek == (2004, 53))
        #expect(CivilDate(year: 2008, month: 12, day: 29)!.isoWeek == (2009, 1))
        #expect(CivilDate(year: 1998, month: 5, day: 20)!.isoWeek == (1998, 21))
    }

    @Test("month arithmetic clamps to the month's end")
    func months() {
        #expect(CivilDate(year: 1998, month: 1, day: 31)!.adding(months: 1) == CivilDate(year: 1998, month: 2, day: 28))
        #expect(CivilDate(year: 2000, month: 2, day: 29)!.adding(years: 1) == CivilDate(year: 2001, month: 2, day: 28))
        #expect(CivilDate(year: 1998, month: 1, day: 15)!.adding(months: -13) == CivilDate(year: 1996, month: 12, day: 15))
    }

    @Test("holidays")
    func holidays() {
        #expect(CivilDate.easter(year: 1998) == CivilDate(year: 1998, month: 4, day: 12))
        #expect(CivilDate.easter(year: 2000) == CivilDate(year: 2000, month: 4, day: 23))
        #expect(CivilDate.nthWeekday(4, 4, month: 11, year: 1999) == CivilDate(year: 1999, month: 11, day: 25))
        #expect(CivilDate.nthWeekday(-1, 1, month: 5, year: 1998) == CivilDate(year: 1998, month: 5, day: 25))
    }

    @Test("points shift by their own unit across year boundaries")
    func pointShifts() {
        #expect(TimexPoint.quarter(year: 1998, quarter: 1).shifted(by: -1) == .quarter(year: 1997, quarter: 4))
        #expect(TimexPoint.month(year: 1998, month: 12).shifted(by: 1) == .month(year: 1999, month: 1))
        #expect(TimexPoint.season(year: 1998, season: .winter).shifted(by: -1) == .season(year: 1997, season: .fall))
        #expect(TimexPoint.week(year: 2005, week: 1).shifted(by: -1) == .week(year: 2004, week: 53))
        #expect(TimexPoint.half(year: 1998, half: 1).shifted(by: -1).value == "1997-H2")
        #expect(TimexPoint.decade(199).value == "199")
    }
}
