import NewsmarkModel
import Testing

@Suite("Dates: quarters and periods in results reporting")
struct ReportingPeriodTests {
    @Test("'the quarter ended July 31' is the quarter that ends then")
    func quarterEnded() {
        let dates = AnnotatedDates("For the quarter ended July 31, the company earned $5 million.", published: "1998-10-28")
        #expect(dates.value("the quarter") == "1998-Q2")
        #expect(dates.value("July 31") == "1998-07-31")
        #expect(timexValue("the quarter", in: "Sales rose in the quarter ended Sept. 30.", published: "1998-10-28") == "1998-Q3")
    }

    @Test("a quarter named by its number just before keeps its name ('the fiscal first quarter … the quarter ended')")
    func numberedQuarterWins() {
        let dates = AnnotatedDates("The company reported results for its fiscal first quarter. Sales rose in the quarter ended Sept. 30.",
                                   published: "1998-10-28")
        #expect(dates.value("the quarter") == "1998-Q1")
    }

    @Test("'the current quarter' is the one under way at publication")
    func currentQuarter() {
        #expect(timexValue("the current quarter", in: "Sales rose in the third quarter, and the current quarter began well.",
                           published: "1998-10-28") == "1998-Q4")
    }

    @Test("'the latest quarter' is over by publication; a quarter the text said has ended counts")
    func latestQuarter() {
        let forecast = AnnotatedDates("The company gave no estimate for fourth-quarter results. In the latest quarter, profit fell.",
                                      published: "1998-10-28")
        #expect(forecast.value("fourth-quarter") == "1998-Q4")
        #expect(forecast.value("the latest quarter") == "1998-Q3")
        let fiscal = AnnotatedDates("Its fiscal fourth quarter ended Sept. 30. Sales in the latest period rose.", published: "1998-11-02")
        #expect(fiscal.value("the latest period") == "1998-Q4")
    }

    @Test("'the corresponding period last year', 'the quarter a year ago', 'the comparable year-ago quarter'")
    func yearEarlierPeriods() {
        let dates = AnnotatedDates(["Net rose in the third quarter.", "In the corresponding period last year, it fell.",
                                    "In the comparable year-ago quarter, it lost money."], published: "1998-10-28")
        #expect(dates.value("the third quarter") == "1998-Q3")
        #expect(dates.value("the corresponding period last year") == "1997-Q3")
        #expect(dates.value("the comparable year-ago quarter") == "1997-Q3")
        // Without a quarter named: the last quarter reported, a year back.
        #expect(timexValue("the quarter a year ago", in: "For the quarter a year ago, it earned $16 million.", published: "1998-10-28") == "1997-Q3")
    }

    @Test("a quarter still to come is a forecast, not the quarter 'a year ago' compares with")
    func forecastQuarterIsNoFocus() {
        let dates = AnnotatedDates(["Profit rose in the third quarter.", "Demand should stay weak through the third quarter of 1999.",
                                    "In the year-ago period, the company earned $10 million."], published: "1998-10-28")
        #expect(dates.value("the third quarter of 1999") == "1999-Q3")
        #expect(dates.value("the year-ago period") == "1997-Q3")
    }
}
