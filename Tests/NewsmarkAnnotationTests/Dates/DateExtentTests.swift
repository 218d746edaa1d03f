import NewsmarkModel
import Testing

@Suite("Dates: the extent of an expression (possessives, determiners, ranges)")
struct DateExtentTests {
    @Test("a possessive ending stays outside the expression")
    func possessive() {
        // 1998-05-20 is a Wednesday: "Friday's" is the Friday already come.
        let dates = AnnotatedDates("Friday's session was calm, and last year's results were better than this year's.")
        #expect(dates.surfaces == ["Friday", "last year", "this year"])
        #expect(dates.value("Friday") == "1998-05-15")
        #expect(dates.value("last year") == "1997")
        let night = AnnotatedDates("Saturday night's debate drew a large audience.", published: "1998-10-26")
        #expect(night.value("Saturday night") == "1998-10-24TNI")
    }

    @Test("a hyphenated modifier before a noun leaves the determiner to the noun phrase")
    func adjectivalDeterminer() {
        let dates = AnnotatedDates("The two-week strike ended the third-quarter rally.")
        #expect(dates.surfaces == ["two-week", "third-quarter"])
        #expect(dates.value("two-week") == "P2W")
        #expect(dates.value("third-quarter") == "1997-Q3")
        // A compound that is the noun itself keeps its determiner.
        #expect(AnnotatedDates("Prices fell in the mid-1990s, when demand slowed.").surfaces == ["the mid-1990s"])
    }

    @Test("a day range with a dash gives two days of the same month, with the year written after it")
    func dayRange() {
        let dates = AnnotatedDates("The festival ran May 1-3, 1997, in the capital.")
        #expect(dates.surfaces == ["May 1", "3, 1997"])
        #expect(dates.value("May 1") == "1997-05-01")
        #expect(dates.value("3, 1997") == "1997-05-03")
    }

    @Test("a year range with a dash gives two years; two digits take the first year's century")
    func yearRange() {
        let dates = AnnotatedDates("Output grew in 1990-1995 and again in the 1998-99 season and in 1999-00.")
        #expect(dates.surfaces == ["1990", "1995", "1998", "99", "1999", "00"])
        #expect(dates.value("1995") == "1995")
        #expect(dates.value("99") == "1999")
        #expect(dates.value("00") == "2000")
    }

    @Test("a count range gives the first number its own duration in the unit of the second")
    func countRange() {
        let dates = AnnotatedDates("Shipments resume within two to three weeks, and the plant closes for 12 to 18 months.")
        #expect(dates.surfaces == ["two", "three weeks", "12", "18 months"])
        #expect(dates.value("two") == "P2W")
        #expect(dates.value("12") == "P12M")
        // An offset range is not split ("two to three years ago" says when, not how long).
        #expect(!AnnotatedDates("The plant closed two to three years ago.").surfaces.contains("two"))
    }
}
