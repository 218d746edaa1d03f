import NewsmarkModel
import Testing

@Suite("Dates: partial dates placed by the anchor and the tense")
struct PartialDateTests {
    @Test("a month and day takes the year from the anchor and the tense")
    func monthDay() {
        #expect(timexValue("May 18", in: "The ministers met on May 18.") == "1998-05-18")
        #expect(timexValue("May 18", in: "The ministers will meet on May 18.") == "1999-05-18")
        #expect(timexValue("May 25", in: "The ministers will meet on May 25.") == "1998-05-25")
        #expect(timexValue("May 25", in: "The ministers met on May 25.") == "1997-05-25")
        // Without a tense cue, the nearest date.
        #expect(timexValue("Dec. 28", in: "The figures for Dec. 28 show a rise.", published: "1999-01-03") == "1998-12-28")
        #expect(timexValue("Dec. 28", in: "Results are due Dec. 28.", published: "1999-01-03") == "1999-12-28")
        #expect(timexValue("Jan. 3", in: "The offer expires Jan. 3.", published: "1998-12-28") == "1999-01-03")
    }

    @Test("a day of the month alone is in the anchor's month or next to it")
    func dayOnly() {
        #expect(timexValue("the 5th", in: "Officials said on the 5th that the plan was ready.", published: "2024-03-06") == "2024-03-05")
        #expect(timexValue("the 2nd", in: "The board will decide on the 2nd.", published: "2024-03-28") == "2024-04-02")
        #expect(timexValue("the 5th", in: "Officials met on the 5th.", published: nil) == "XXXX-XX-05")
    }

    @Test("a day name is the nearest such day in the tense's direction")
    func weekdays() {
        // 1998-05-20 is a Wednesday.
        #expect(timexValue("Tuesday", in: "The council met on Tuesday.") == "1998-05-19")
        #expect(timexValue("Tuesday", in: "The council will meet on Tuesday.") == "1998-05-26")
        #expect(timexValue("Wednesday", in: "The council met on Wednesday.") == "1998-05-20")
        // "next Friday" is the Friday of next week (the coming one is plain "Friday").
        #expect(timexValue("next Friday", in: "The council meets next Friday.") == "1998-05-29")
        #expect(timexValue("this coming Friday", in: "The council meets this coming Friday.") == "1998-05-22")
        #expect(timexValue("last Friday", in: "The council met last Friday.") == "1998-05-15")
        // Across a year boundary: 1999-01-01 is a Friday.
        #expect(timexValue("Tuesday", in: "The council met on Tuesday.", published: "1999-01-01") == "1998-12-29")
    }

    @Test("last, next and this with months and seasons")
    func qualifiedMonths() {
        #expect(timexValue("last March", in: "Prices fell last March.") == "1998-03")
        #expect(timexValue("last June", in: "Prices fell last June.") == "1997-06")
        #expect(timexValue("next March", in: "Prices will fall next March.") == "1999-03")
        #expect(timexValue("this summer", in: "Prices will fall this summer.") == "1998-SU")
        #expect(timexValue("last fall", in: "Prices fell last fall.") == "1997-FA")
    }

    @Test("holidays")
    func holidays() {
        #expect(timexValue("Christmas", in: "The troops will be home by Christmas.") == "1998-12-25")
        #expect(timexValue("Thanksgiving", in: "They met at Thanksgiving.", published: "1998-12-01") == "1998-11-26")
        #expect(timexValue("Easter", in: "The talks resume after Easter.", published: "1998-01-10") == "1998-04-12")
    }
}

@Suite("Dates: day names that agree with a date")
struct WeekdayAgreementTests {
    @Test("a day name before a date picks the year in which they agree")
    func agreement() {
        // 1998-11-12 is a Thursday; 1997-11-12 is a Wednesday.
        #expect(timexValue("Thursday, Nov. 12", in: "The club wrote in a newsletter on Thursday, Nov. 12, that it had moved.",
                           published: "1998-11-11") == "1998-11-12")
    }

    @Test("a possessive day name is a day already come")
    func possessive() {
        #expect(timexValue("Wednesday", in: "Lawyers will look for ways around Wednesday's ruling.", published: "2000-01-07")
                == "2000-01-05")
    }
}
