import NewsmarkModel
import Testing

@Suite("Dates: day names counted from the day the text talks about")
struct NarrativeDayNameTests {
    @Test("'the previous Friday' is the Friday before the day last named")
    func previous() {
        // 1998-10-12 is a Monday.
        let dates = AnnotatedDates("The rebels attacked on Oct. 12. The previous Friday, troops had entered the town.", published: "1998-10-20")
        #expect(dates.value("The previous Friday") == "1998-10-09")
        #expect(dates.timex("The previous Friday")?.anchorID == dates.timex("Oct. 12")?.id)
    }

    @Test("'the following Monday' and 'that Friday' count from the day last named")
    func followingAndThat() {
        // 1998-10-14 is a Wednesday.
        let following = AnnotatedDates("The army moved in on Oct. 14. The following Monday, the talks resumed.", published: "1998-11-02")
        #expect(following.value("The following Monday") == "1998-10-19")
        let that = AnnotatedDates("The army moved in on Oct. 14. That Friday, the talks collapsed.", published: "1998-11-02")
        #expect(that.value("That Friday") == "1998-10-16")
    }

    @Test("without a day named before, 'the previous Friday' counts from publication")
    func previousFromPublication() {
        // 1998-05-20 is a Wednesday.
        #expect(timexValue("the previous Friday", in: "Shares fell 4% from the previous Friday.") == "1998-05-15")
    }

    @Test("'that' after a verb of saying is a conjunction, not a determiner of the day name")
    func thatAsConjunction() {
        let dates = AnnotatedDates("Officials said that Friday was calm.")
        #expect(dates.surfaces == ["Friday"])
    }

    @Test("a day named again without its year keeps the year the text gave it")
    func repeatedDayKeepsItsYear() {
        let dates = AnnotatedDates([
            "The flood of March 14, 2009 closed the valley road for a month.",
            "Residents still talk about the March 14 flood and the weeks of repairs that followed.",
        ], published: "2015-11-25")
        #expect(dates.value("March 14") == "2009-03-14")
        // In a story about an anniversary the day is this year's.
        let anniversary = AnnotatedDates([
            "The flood of March 14, 2009 closed the valley road for a month.",
            "On March 14, residents marked the anniversary with a walk along the river.",
        ], published: "2015-11-25")
        #expect(anniversary.value("March 14") == "2015-03-14")
        // A future clause keeps its own year too.
        let ahead = AnnotatedDates([
            "The flood of March 14, 2009 closed the valley road for a month.",
            "A new levee will open on March 14.",
        ], published: "2015-11-25")
        #expect(ahead.value("March 14") == "2016-03-14")
    }
}
