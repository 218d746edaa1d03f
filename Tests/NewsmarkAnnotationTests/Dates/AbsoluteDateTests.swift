import NewsmarkModel
import Testing

@Suite("Dates: absolute expressions")
struct AbsoluteDateTests {
    @Test("full dates in the common orders and numeric forms", arguments: [
        ("The treaty was signed on 20 May 1998 in Paris.", "20 May 1998", "1998-05-20"),
        ("The treaty was signed on May 20, 1998, in Paris.", "May 20, 1998", "1998-05-20"),
        ("The treaty was signed on 20.05.1998 in Paris.", "20.05.1998", "1998-05-20"),
        ("The treaty was signed on 1998-05-20 in Paris.", "1998-05-20", "1998-05-20"),
        ("The treaty was signed on 05/20/1998 in Paris.", "05/20/1998", "1998-05-20"),
        ("The treaty was signed on Sept. 30, 1997 in Paris.", "Sept. 30, 1997", "1997-09-30"),
        ("The treaty was signed on the 20th of May 1998 in Paris.", "the 20th of May 1998", "1998-05-20"),
        ("He was born on February 29, 1996.", "February 29, 1996", "1996-02-29"),
    ])
    func fullDates(sentence: String, surface: String, value: String) {
        let dates = AnnotatedDates(sentence)
        #expect(dates.value(surface) == value, "\(dates.surfaces)")
        #expect(dates.timex(surface)?.type == .date)
    }

    @Test("months, years, decades, centuries")
    func coarserDates() {
        #expect(timexValue("May 1998", in: "Prices rose in May 1998.") == "1998-05")
        #expect(timexValue("1998", in: "Prices rose in 1998.") == "1998")
        #expect(timexValue("the 1990s", in: "Prices rose in the 1990s.") == "199")
        #expect(timexValue("the 20th century", in: "It was the worst war of the 20th century.") == "19")
        #expect(timexValue("the '80s", in: "It was popular in the '80s.") == "198")
    }

    @Test("modifiers: mid, early, late")
    func modifiers() {
        let mid = AnnotatedDates("The plant will close in mid-1998.")
        #expect(mid.value("mid-1998") == "1998")
        #expect(mid.timex("mid-1998")?.mod == "MID")
        let late = AnnotatedDates("Tension grew in the late 1990s.")
        #expect(late.value("the late 1990s") == "199")
        #expect(late.timex("the late 1990s")?.mod == "END")
        let end = AnnotatedDates("Troops will be in place by the end of the month.")
        #expect(end.value("the end of the month") == "1998-05")
        #expect(end.timex("the end of the month")?.mod == "END")
        let early = AnnotatedDates("Talks resume in early March.")
        #expect(early.timex("early March")?.mod == "START")
    }

    @Test("quarters, halves and seasons")
    func quartersAndSeasons() {
        #expect(timexValue("the first quarter of 1998", in: "Profit fell in the first quarter of 1998.") == "1998-Q1")
        #expect(timexValue("spring 1998", in: "The offensive began in spring 1998.") == "1998-SP")
        #expect(timexValue("the second half of 1997", in: "Sales slowed in the second half of 1997.") == "1997-H2")
        #expect(timexValue("the winter of 1994", in: "Prices peaked in the winter of 1994.") == "1994-WI")
        // A quarter without a year is the latest such quarter so far.
        #expect(timexValue("third-quarter", in: "The company reported a third-quarter loss.", published: "1989-11-02") == "1989-Q3")
        #expect(timexValue("fiscal 1998", in: "Revenue grew in fiscal 1998.") == "1998")
    }

    @Test("numbers that are not years are left alone")
    func notYears() {
        let dates = AnnotatedDates("The company employs 2000 people and sold 1500 cars. It paid $1998 for flight No. 1997.")
        #expect(dates.all.isEmpty, "\(dates.surfaces)")
    }

    @Test("impossible dates are never emitted")
    func impossibleDates() {
        let dates = AnnotatedDates("He claimed it happened on February 30, 1998, or on 31.04.1999 or on February 29, 1999.")
        #expect(dates.all.isEmpty, "\(dates.surfaces)")
    }
}
