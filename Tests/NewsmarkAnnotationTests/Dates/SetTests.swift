import NewsmarkModel
import Testing

@Suite("Dates: sets")
struct SetTests {
    @Test("every Monday")
    func everyMonday() {
        let dates = AnnotatedDates("The board meets every Monday.")
        let set = dates.timex("every Monday")
        #expect(set?.type == .set)
        #expect(set?.value == "XXXX-WXX-1")
        #expect(set?.quant == "EVERY")
    }

    @Test("frequency adverbs and 'N times a unit'")
    func frequencies() {
        let dates = AnnotatedDates("The report is published annually; the board meets twice a week and travels three times a year.")
        #expect(dates.value("annually") == "P1Y")
        #expect(dates.timex("annually")?.type == .set)
        #expect(dates.value("twice a week") == "P1W")
        #expect(dates.timex("twice a week")?.freq == "2X")
        #expect(dates.timex("three times a year")?.freq == "3X")
        #expect(timexValue("every two weeks", in: "It is refilled every two weeks.") == "P2W")
        #expect(timexValue("a day", in: "They earn $5 a day.") == "P1D")
        #expect(timexValue("Mondays", in: "The market opens on Mondays.") == "XXXX-WXX-1")
    }
}
