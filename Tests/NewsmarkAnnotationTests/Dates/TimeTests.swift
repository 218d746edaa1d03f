import NewsmarkModel
import Testing

@Suite("Dates: times of day")
struct TimeTests {
    @Test("clock times take the anchor's date")
    func clockTimes() {
        let dates = AnnotatedDates("The vote closes at 3 p.m. and results follow at 15:30 GMT.")
        #expect(dates.value("3 p.m.") == "1998-05-20T15:00")
        #expect(dates.timex("3 p.m.")?.type == .time)
        #expect(dates.value("15:30 GMT") == "1998-05-20T15:30")
        #expect(timexValue("noon", in: "The vote closes at noon.") == "1998-05-20T12:00")
        #expect(timexValue("10:30am", in: "The vote closes at 10:30am.") == "1998-05-20T10:30")
        #expect(timexValue("12 a.m.", in: "The vote closed at 12 a.m.") == "1998-05-20T00:00")
    }

    @Test("the wire services' four-digit clock needs a zone after it")
    func wireServiceClock() {
        #expect(timexValue("0900 GMT", in: "Sterling was steady by 0900 GMT.") == "1998-05-20T09:00")
        #expect(timexValue("1430 EST", in: "Trading halted at 1430 EST on Tuesday.") == "1998-05-19T14:30")
        #expect(AnnotatedDates("The fleet had 1430 ships.").value("1430") == nil)
    }

    @Test("parts of the day")
    func partsOfDay() {
        #expect(timexValue("this morning", in: "The council met this morning.") == "1998-05-20TMO")
        #expect(timexValue("Tuesday evening", in: "The council met Tuesday evening.") == "1998-05-19TEV")
        #expect(timexValue("last night", in: "The council met last night.") == "1998-05-19TNI")
        #expect(timexValue("yesterday afternoon", in: "The council met yesterday afternoon.") == "1998-05-19TAF")
    }

    @Test("a clock time next to a day is one expression on that day")
    func clockWithDay() {
        #expect(timexValue("10 p.m. Tuesday", in: "The blast came at 10 p.m. Tuesday, police said.") == "1998-05-19T22:00")
        #expect(timexValue("Monday 9 a.m.", in: "Polls open Monday 9 a.m. sharp.") != nil)
    }

    @Test("a clock time takes the day named elsewhere in its sentence")
    func clockWithSentenceDay() {
        let dates = AnnotatedDates("On May 12 the rally started at 3 p.m. in the square.")
        #expect(dates.value("3 p.m.") == "1998-05-12T15:00")
        #expect(dates.timex("3 p.m.")?.anchorID == dates.timex("May 12")?.id)
    }

    @Test("a modified part of the day before a day: 'mid-afternoon yesterday'")
    func partOfDayBeforeDay() {
        let dates = AnnotatedDates("In London at mid-afternoon yesterday, the shares were up.", published: "1989-11-02")
        #expect(dates.value("mid-afternoon yesterday") == "1989-11-01TAF")
        #expect(dates.timex("mid-afternoon yesterday")?.type == .time)
    }

    @Test("a clock time alone takes the day named in the sentence before, else the publication date")
    func clockTimeFromPreviousSentence() {
        let dates = AnnotatedDates("The bomb exploded on May 15. It went off at 10:35 a.m. near the station.")
        #expect(dates.value("10:35 a.m.") == "1998-05-15T10:35")
        #expect(dates.timex("10:35 a.m.")?.anchorID == dates.timex("May 15")?.id)
        let far = AnnotatedDates(["The bomb exploded on May 15.", "Police searched the area.", "Trains stopped at 10:35 a.m."])
        #expect(far.value("10:35 a.m.") == "1998-05-20T10:35")
    }

    @Test("a clock time takes the day right after it, not another day the sentence names")
    func clockTimeBeforeItsDay() {
        let dates = AnnotatedDates("The Senate could vote as early as tonight, though a vote is not expected before 15:30 GMT on Friday.")
        #expect(dates.value("tonight") == "1998-05-20TNI")
        #expect(dates.value("Friday") == "1998-05-22")
        #expect(dates.value("15:30 GMT") == "1998-05-22T15:30")
        #expect(dates.timex("15:30 GMT")?.anchorID == dates.timex("Friday")?.id)
    }
}
