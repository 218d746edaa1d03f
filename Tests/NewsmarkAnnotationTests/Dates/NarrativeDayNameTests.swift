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
}
