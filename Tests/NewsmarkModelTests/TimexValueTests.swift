import NewsmarkModel
import Testing

@Suite struct TimexValueTests {
    @Test(arguments: [
        ("1998-05-18", TimexType.date), ("1998", .date), ("199", .date), ("19", .date), ("1998-05", .date),
        ("1998-W20", .date), ("1998-W20-3", .date), ("1998-W20-WE", .date), ("1998-Q1", .date), ("1998-H2", .date),
        ("1998-SP", .date), ("1998-WI", .date), ("XXXX-05-18", .date), ("2024-02-29", .date), ("2000-02-29", .date),
        ("2020-W53", .date), ("PRESENT_REF", .date), ("PAST_REF", .date), ("FUTURE_REF", .date),
        ("1998-05-20T15:00", .time), ("1998-05-20T15:30Z", .time), ("1998-05-20T15:30:10.5+01:00", .time),
        ("1998-05-20TNI", .time), ("1998-05-20TMO", .time), ("XXXX-XX-XXT24:00", .time),
        ("P2W", .duration), ("P1Y6M", .duration), ("PT3H30M", .duration), ("P1.5Y", .duration), ("PXY", .duration),
        ("PXE", .duration), ("P1DT12H", .duration),
        ("XXXX-WXX-1", .set), ("P1W", .set), ("XXXX-SU", .set),
    ])
    func acceptsWellFormedValues(value: String, type: TimexType) {
        #expect(TimexValue.problem(in: value, type: type) == nil, "\(value) should be valid")
    }

    @Test(arguments: [
        ("1998-02-30", TimexType.date), ("1998-13", .date), ("1998-W54", .date), ("1999-W53", .date),
        ("1900-02-29", .date), ("1998-Q5", .date), ("1998-00-10", .date), ("1998-05-32", .date), ("98-05-20", .date),
        ("May 1998", .date), ("", .date), ("1998-05-20T25:00", .time), ("1998-05-20T12:61", .time),
        ("1998-05-20TXY", .time), ("P", .duration), ("P2", .duration), ("2W", .duration), ("PT2Y", .duration),
        ("P2M1Y", .duration), ("P1..5Y", .duration), ("P1X2Y", .duration), ("1998-W20-8", .date),
    ])
    func rejectsImpossibleOrMalformedValues(value: String, type: TimexType) {
        #expect(TimexValue.problem(in: value, type: type) != nil, "\(value) should be invalid")
    }

    @Test func calendarFacts() {
        #expect(TimexValue.isLeapYear(2000))
        #expect(!TimexValue.isLeapYear(1900))
        #expect(TimexValue.isoWeeks(in: 2020) == 53)
        #expect(TimexValue.isoWeeks(in: 1998) == 53)
        #expect(TimexValue.isoWeeks(in: 1999) == 52)
        #expect(TimexValue.daysIn(month: 2, year: 2024) == 29)
    }

    @Test func messagesSayWhatIsWrong() {
        #expect(TimexValue.problem(in: "1998-02-30", type: .date)?.contains("February 1998") == true)
        #expect(TimexValue.problem(in: "1998-13", type: .date)?.contains("month 13") == true)
    }
}
