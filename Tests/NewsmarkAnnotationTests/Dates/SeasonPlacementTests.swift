import NewsmarkModel
import Testing

/// Seasons without a year, placed by the publication date and the tense, including December, which
/// TIMEX3 labels as the winter of its year but which comes after that year's fall.
@Suite("Dates: seasons without a year")
struct SeasonPlacementTests {
    @Test("in December, last summer is the summer just gone and next summer the coming one")
    func decemberSeasons() {
        let published = "2015-12-21"
        #expect(timexValue("last summer", in: "Water use rose last summer.", published: published) == "2015-SU")
        #expect(timexValue("last fall", in: "The plant closed last fall.", published: published) == "2015-FA")
        #expect(timexValue("next summer", in: "The pool reopens next summer.", published: published) == "2016-SU")
        #expect(timexValue("next spring", in: "The pool reopens next spring.", published: published) == "2016-SP")
        #expect(timexValue("the summer", in: "The pool was closed in the summer.", published: published) == "2015-SU")
        // The winter label is the year's own: "this winter" in December is 2015-WI.
        #expect(timexValue("this winter", in: "It has been mild this winter.", published: published) == "2015-WI")
        // Other months are as before.
        #expect(timexValue("last summer", in: "Water use rose last summer.", published: "2015-11-21") == "2015-SU")
        #expect(timexValue("next summer", in: "The pool reopens next summer.", published: "2015-11-21") == "2016-SU")
    }

    @Test("\"this summer\" in a clause about the future, said after the summer, is the coming one")
    func thisSeasonAhead() {
        #expect(timexValue("this summer", in: "The couple's second child is expected this summer.", published: "2015-12-21") == "2016-SU")
        #expect(timexValue("this summer", in: "The new ferry will enter service this summer.", published: "2015-10-05") == "2016-SU")
        // In the past, or while the summer lasts, it is the year's own.
        #expect(timexValue("this summer", in: "The ferry entered service this summer.", published: "2015-10-05") == "2015-SU")
        #expect(timexValue("this summer", in: "The new ferry will enter service this summer.", published: "2015-06-20") == "2015-SU")
    }

    @Test("the first or second half of a month is that month with START or END; of a year it is the half-year")
    func halvesOfMonths() {
        let dates = AnnotatedDates("The hearing is expected in the second half of July.", published: "2015-12-21")
        #expect(dates.value("the second half of July") == "2016-07")
        #expect(dates.timex("the second half of July")?.mod == "END")
        let early = AnnotatedDates("Most of the ballots arrived in the first half of May.", published: "2015-12-21")
        #expect(early.timex("the first half of May")?.mod == "START")
        #expect(timexValue("the second half of 1998", in: "Sales fell in the second half of 1998.") == "1998-H2")
    }

    @Test("\"gathers\" puts its day on the timetable ahead")
    func gathersLooksAhead() {
        // Published Friday 15 April 2016.
        #expect(timexValue("Saturday", in: "When the county committee gathers in Arden on Saturday, no delegate will be named.",
                           published: "2016-04-15") == "2016-04-16")
    }
}
