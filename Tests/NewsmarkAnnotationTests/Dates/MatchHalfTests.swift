import NewsmarkModel
import Testing

/// The halves of a match are no halves of the year.
@Suite("Dates: halves of a match")
struct MatchHalfTests {
    @Test("a half of a match is no expression")
    func matchHalves() {
        #expect(AnnotatedDates("Silva scored midway through the first half.", published: "1996-08-24").all.isEmpty)
        #expect(AnnotatedDates("The visitors equalised early in the second half.", published: "1996-08-24").all.isEmpty)
        #expect(AnnotatedDates("Both goals came in the first half of the match.", published: "1996-08-24").all.isEmpty)
        #expect(AnnotatedDates("The striker was sent off late in the second half.", published: "1996-08-24").all.isEmpty)
    }

    @Test("a half of the year keeps its value")
    func yearHalves() {
        #expect(timexValue("the first half", in: "Profit rose 8 percent in the first half.", published: "1996-08-24") == "1996-H1")
        #expect(timexValue("the second half", in: "Sales should pick up early in the second half.", published: "1996-08-24") == "1996-H2")
        #expect(timexValue("the second half of 1995", in: "Sales fell early in the second half of 1995.", published: "1996-08-24")
            == "1995-H2")
    }
}
