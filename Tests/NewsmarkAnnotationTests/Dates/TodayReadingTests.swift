import NewsmarkModel
import Testing

/// "Today" as the name of a broadcast programme, and "today's" about the present era.
@Suite("Dates: programme names and the present era with 'today'")
struct TodayReadingTests {
    @Test("a programme called Today is no expression")
    func programmeName() {
        // 1 December 2015 is a Tuesday.
        let told = AnnotatedDates("In an interview with \"Today\" on Monday, the senator said she would run again.", published: "2015-12-01")
        #expect(told.surfaces == ["Monday"])
        #expect(told.value("Monday") == "2015-11-30")
        #expect(AnnotatedDates("The actor appeared on the \"Today\" show to promote his film.", published: "2015-12-01").all.isEmpty)
        #expect(AnnotatedDates("She spoke about the floods on NBC's Today show.", published: "2015-12-01").all.isEmpty)
        #expect(AnnotatedDates("The chef cooked live on the Today programme.", published: "2015-12-01").all.isEmpty)
    }

    @Test("'Today' that opens a sentence or a quotation is still the day")
    func todayStillADate() {
        #expect(timexValue("Today", in: "Today, the senator said, the bill will pass.", published: "2015-12-01") == "2015-12-01")
        #expect(timexValue("Today", in: "\"Today we start again,\" the coach said.", published: "2015-12-01") == "2015-12-01")
    }

    @Test("'today's' before a noun of the present era is the present, before a day's event the day")
    func presentEra() {
        #expect(timexValue("today", in: "Critics call the scheme a canal mania for today's world.",
                           published: "2015-12-01") == "PRESENT_REF")
        #expect(timexValue("Today", in: "Today's teenagers rarely write letters.", published: "2015-12-01") == "PRESENT_REF")
        #expect(timexValue("today", in: "Few of today's young voters remember the strike.", published: "2015-12-01") == "PRESENT_REF")
        #expect(timexValue("today", in: "The plan is a new version of today's standards.", published: "2015-12-01") == "PRESENT_REF")
        // A day's event or a name keeps the day.
        #expect(timexValue("today", in: "The chairman opened today's meeting late.", published: "2015-12-01") == "2015-12-01")
        #expect(timexValue("Today", in: "Today's session ended early.", published: "2015-12-01") == "2015-12-01")
        #expect(timexValue("today", in: "Fans queued for today's World Cup draw.", published: "2015-12-01") == "2015-12-01")
    }

    @Test("a newspaper's name in the possessive ends there, whatever name follows")
    func possessiveNewspaperName() {
        let dates = AnnotatedDates("LAKE COUNTY TODAY's Mara Ellison reported the story.", published: "2016-04-07")
        #expect(dates.all.isEmpty, "\(dates.surfaces)")
    }
}
