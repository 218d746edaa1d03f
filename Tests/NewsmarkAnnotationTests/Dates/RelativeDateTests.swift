import NewsmarkModel
import Testing

@Suite("Dates: relative expressions")
struct RelativeDateTests {
    @Test("deictic days, weeks, months and years from a 1998-05-20 anchor", arguments: [
        ("today", "The council meets today.", "1998-05-20"),
        ("yesterday", "The council met yesterday.", "1998-05-19"),
        ("tomorrow", "The council meets tomorrow.", "1998-05-21"),
        ("two days ago", "The council met two days ago.", "1998-05-18"),
        ("last week", "The council met last week.", "1998-W20"),
        ("next week", "The council meets next week.", "1998-W22"),
        ("this year", "The council met twice this year.", "1998"),
        ("last year", "The council met twice last year.", "1997"),
        ("earlier this month", "The council met earlier this month.", "1998-05"),
        ("next month", "The council meets next month.", "1998-06"),
        ("three years ago", "The council met three years ago.", "1995"),
        ("the day before yesterday", "The council met the day before yesterday.", "1998-05-18"),
    ])
    func deictic(surface: String, sentence: String, value: String) {
        let dates = AnnotatedDates(sentence)
        #expect(dates.value(surface) == value, "\(dates.surfaces)")
        #expect(dates.timex(surface)?.anchorID == nil)
    }

    @Test("tonight is the anchor day's night")
    func tonight() {
        let dates = AnnotatedDates("The council meets tonight.")
        #expect(dates.value("tonight") == "1998-05-20TNI")
        #expect(dates.timex("tonight")?.type == .time)
    }

    @Test("'Two week ago' (sic) is the ISO week two weeks back, like 'two weeks ago'")
    func twoWeekAgo() {
        #expect(timexValue("Two week ago", in: "Two week ago the general said so.") == "1998-W19")
        #expect(timexValue("two weeks ago", in: "The general said so two weeks ago.") == "1998-W19")
    }

    @Test("ISO weeks across year boundaries and in 53-week years")
    func isoWeeks() {
        // 2005-01-05 is in 2005-W01; the week before is 2004-W53 (2004 has 53 ISO weeks).
        #expect(timexValue("last week", in: "Prices fell last week.", published: "2005-01-05") == "2004-W53")
        // 2008-12-29 is already in 2009-W01.
        #expect(timexValue("this week", in: "Prices fell this week.", published: "2008-12-29") == "2009-W01")
        // 1999-01-04 is in 1999-W01; 1998 has 53 weeks.
        #expect(timexValue("last week", in: "Prices fell last week.", published: "1999-01-04") == "1998-W53")
    }

    @Test("leap days: a year after 29 February is 28 February")
    func leapYears() {
        #expect(timexValue("yesterday", in: "Prices fell yesterday.", published: "2000-03-01") == "2000-02-29")
        #expect(timexValue("yesterday", in: "Prices fell yesterday.", published: "1900-03-01") == "1900-02-28")
        #expect(timexValue("tomorrow", in: "Prices will fall tomorrow.", published: "1998-12-31") == "1999-01-01")
    }

    @Test("anaphoric expressions count from the latest date and name it in anchorID")
    func anaphoric() {
        let dates = AnnotatedDates(["On March 3 the rebels attacked the town.", "The next day the army withdrew."])
        let march = dates.timex("March 3")
        #expect(march?.value == "1998-03-03")
        let next = dates.timex("The next day")
        #expect(next?.value == "1998-03-04")
        #expect(next?.anchorID == march?.id)
        let earlier = AnnotatedDates(["Exports rose in 1996.", "A year earlier they had fallen."])
        #expect(earlier.value("A year earlier") == "1995")
        #expect(earlier.timex("A year earlier")?.anchorID == earlier.timex("1996")?.id)
    }

    @Test("without an earlier date, anaphoric expressions count from the publication date")
    func anaphoricFallback() {
        #expect(timexValue("a year earlier", in: "Exports had fallen a year earlier.") == "1997")
    }

    @Test("deictic expressions in a quotation count from when the words were spoken")
    func quotations() {
        let dates = AnnotatedDates(#"On Monday the minister said: "We will sign the treaty tomorrow.""#)
        let monday = dates.timex("Monday")
        #expect(monday?.value == "1998-05-18")
        let tomorrow = dates.timex("tomorrow")
        #expect(tomorrow?.value == "1998-05-19")
        #expect(tomorrow?.anchorID == monday?.id)
        // A future tense inside the quote wins over the past reporting verb outside it.
        #expect(timexValue("Friday", in: #""We will meet on Friday," he said."#) == "1998-05-22")
    }

    @Test("results reporting: a year earlier is the same quarter a year before")
    func quarterContext() {
        let dates = AnnotatedDates(["Profit rose 5% in the third quarter.", "A year earlier, the company lost money."],
                                   published: "1989-11-02")
        #expect(dates.value("the third quarter") == "1989-Q3")
        #expect(dates.value("A year earlier") == "1988-Q3")
    }
}
