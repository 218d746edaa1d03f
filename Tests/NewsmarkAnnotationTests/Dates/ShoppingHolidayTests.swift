import NewsmarkModel
import Testing

/// "Black Friday" and "Cyber Monday" are days counted from United States Thanksgiving.
@Suite("Dates: shopping days after Thanksgiving")
struct ShoppingHolidayTests {
    @Test("Black Friday is the day after Thanksgiving, one expression")
    func blackFriday() {
        // Thanksgiving 2015 was 26 November.
        let ahead = AnnotatedDates("Retailers will open their doors at dawn on Black Friday.", published: "2015-11-20")
        #expect(ahead.surfaces == ["Black Friday"])
        #expect(ahead.value("Black Friday") == "2015-11-27")
        #expect(timexValue("Black Friday", in: "Shoppers spent less on Black Friday than analysts had hoped.",
                           published: "2016-01-10") == "2015-11-27")
        #expect(timexValue("Black Friday", in: "Stores are bracing for Black Friday.", published: "2016-11-01") == "2016-11-25")
    }

    @Test("Cyber Monday is the Monday after Thanksgiving")
    func cyberMonday() {
        let dates = AnnotatedDates("Online orders on Cyber Monday beat the old record.", published: "2015-12-01")
        #expect(dates.surfaces == ["Cyber Monday"])
        #expect(dates.value("Cyber Monday") == "2015-11-30")
    }

    @Test("Super Tuesday is the first Tuesday of March, one expression")
    func superTuesday() {
        let dates = AnnotatedDates("Neither candidate counts the state among the Super Tuesday contests.", published: "2016-03-02")
        #expect(dates.surfaces == ["Super Tuesday"])
        #expect(dates.value("Super Tuesday") == "2016-03-01")
        #expect(timexValue("Super Tuesday", in: "The race will be settled on Super Tuesday.", published: "2015-11-17") == "2016-03-01")
        // A later round keeps its day name: published Tuesday 15 March 2016.
        #expect(timexValue("Tuesday", in: "The polls closed on Super Tuesday 2 in five states.", published: "2016-03-15") == "2016-03-15")
    }
}
