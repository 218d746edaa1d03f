import NewsmarkModel
import Testing

/// "this past week" and "this past weekend" said at a weekend are the week now ending.
@Suite("Dates: 'this past week' at the weekend")
struct ThisPastWeekTests {
    @Test("said on a Saturday or Sunday, the week now ending; on a Sunday, its weekend")
    func atTheWeekend() {
        // 5 December 2015 is the Saturday and 6 December the Sunday of week 49.
        #expect(timexValue("this past week", in: "Markets rallied this past week.", published: "2015-12-05") == "2015-W49")
        #expect(timexValue("this past week", in: "Markets rallied this past week.", published: "2015-12-06") == "2015-W49")
        #expect(timexValue("this past weekend", in: "Three storms hit the coast this past weekend.", published: "2015-12-06")
            == "2015-W49-WE")
        // On the Saturday the weekend has only begun: the one before.
        #expect(timexValue("this past weekend", in: "Three storms hit the coast this past weekend.", published: "2015-12-05")
            == "2015-W48-WE")
    }

    @Test("said on a weekday, the previous week and weekend")
    func onAWeekday() {
        // 2 December 2015 is the Wednesday of week 49.
        #expect(timexValue("this past week", in: "Markets rallied this past week.", published: "2015-12-02") == "2015-W48")
        #expect(timexValue("this past weekend", in: "Three storms hit the coast this past weekend.", published: "2015-12-07")
            == "2015-W49-WE")
    }
}
