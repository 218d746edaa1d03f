import NewsmarkModel
import Testing

/// Which quarter results reporting is about, and what "a year ago" compares with.
@Suite("Dates: the quarter in focus and year-back comparisons")
struct ReportingFocusTests {
    @Test("a quarter under way named in a forecast does not replace the quarter the results are for")
    func forecastQuarterIsNoFocus() {
        // Published 2 November 1989: the fourth quarter is under way and "expects" is no report, so the
        // third quarter stays in focus and "a year ago" is 1988-Q3.
        let dates = AnnotatedDates(["The insurer's third-quarter profit rose 11%.", "It expects a fourth-quarter charge of $10 million.",
                                    "Earnings in its life unit fell from $6 million a year ago."], published: "1989-11-02")
        #expect(dates.value("fourth-quarter") == "1989-Q4")
        #expect(dates.value("a year ago") == "1988-Q3")
    }

    @Test("an earlier quarter named in passing does not take the focus from the quarter reported")
    func earlierQuarterInPassing() {
        // Published 1 November 1989: the report is about the third quarter; "a weak second quarter" looks
        // back, so the comparisons after it are still with the third quarter.
        let dates = AnnotatedDates(["The toolmaker's third-quarter earnings rose 12%.",
                                    "After a weak second quarter, the company said orders had recovered.",
                                    "Costs were lower than in the year-earlier period."], published: "1989-11-01")
        #expect(dates.value("second quarter") == "1989-Q2")
        #expect(dates.value("the year-earlier period") == "1988-Q3")
        // Naming a later quarter moves the focus on.
        let later = AnnotatedDates(["Second-quarter sales fell.", "Third-quarter sales rose.", "Costs fell from a year ago."],
                                   published: "1989-11-01")
        #expect(later.value("a year ago") == "1988-Q3")
    }

    @Test("a quarter under way in a past-tense report is a fiscal quarter already reported")
    func reportedQuarterUnderWay() {
        let dates = AnnotatedDates("The company reported a decline in fourth-quarter earnings. Profit fell from $84 million a year earlier.",
                                   published: "1989-11-02")
        #expect(dates.value("fourth-quarter") == "1989-Q4")
        #expect(dates.value("a year earlier") == "1988-Q4")
    }

    @Test("naming the quarter in focus again keeps it in focus")
    func latestQuarterRefreshesFocus() {
        // Seven sentences separate "third-quarter" from "a year ago"; "the latest quarter" in between names
        // it again, so the comparison is still with 1988-Q3.
        var paragraphs = ["The bank posted third-quarter net income of $5 million."]
        paragraphs += ["Its branches grew.", "Its staff grew.", "Its deposits grew.", "Its loans grew."]
        paragraphs += ["Fees rose in the latest quarter.", "Costs were flat.", "Trading income fell from $2 million a year ago."]
        let dates = AnnotatedDates(paragraphs, published: "1989-10-26")
        #expect(dates.value("the latest quarter") == "1989-Q3")
        #expect(dates.value("a year ago") == "1988-Q3")
    }

    @Test("'a year earlier' after 'a year ago' compares with the same year, not the year before it")
    func noChainedComparison() {
        // Published 26 October 1989 with no quarter named: both are 1988.
        let dates = AnnotatedDates("Net fell to $234 million from $241 million a year ago. The unit blamed higher costs compared with a year earlier.",
                                   published: "1989-10-26")
        #expect(dates.value("a year ago") == "1988")
        #expect(dates.value("a year earlier") == "1988")
    }

    @Test("'last February' said in March is February of last year; 'last December' in January is the one just gone")
    func lastMonthName() {
        // In March 1998 the February just gone would be "last month"; "last February" is 1997-02.
        #expect(timexValue("last February", in: "Two helicopters crashed last February.", published: "1998-03-01") == "1997-02")
        #expect(timexValue("last December", in: "The plant closed last December.", published: "1999-01-10") == "1998-12")
        #expect(timexValue("last March", in: "The plant closed last March.", published: "1998-05-20") == "1998-03")
        #expect(timexValue("last May", in: "The plant closed last May.", published: "1998-05-20") == "1997-05")
    }

    @Test("a fiscal year written as a range is one expression, named by the year it ends in")
    func fiscalRange() {
        let dates = AnnotatedDates("Spending will rise in fiscal 1998-99 and fall in fiscal 1999-2000.")
        #expect(dates.value("fiscal 1998-99") == "1999")
        #expect(dates.value("fiscal 1999-2000") == "2000")
        #expect(dates.surfaces == ["fiscal 1998-99", "fiscal 1999-2000"])
        // Without "fiscal" a range of years stays two expressions.
        #expect(AnnotatedDates("Prices rose in 1998-99.").surfaces == ["1998", "99"])
    }
}

@Suite("Dates: a day name with a part of the day in the plural")
struct WeekdayPartSetTests {
    @Test("'Tuesday nights' is every Tuesday night; 'Tuesday night' one night")
    func pluralPartOfDay() {
        let dates = AnnotatedDates("The airline flies on Tuesday nights. It flew on Tuesday night.")
        #expect(dates.timex("Tuesday nights")?.type == .set)
        #expect(dates.value("Tuesday nights") == "XXXX-WXX-2TNI")
        // Published Wednesday 20 May 1998, "flew" is past: Tuesday 19 May, at night.
        #expect(dates.value("Tuesday night") == "1998-05-19TNI")
    }
}
