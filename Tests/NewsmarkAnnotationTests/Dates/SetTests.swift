import NewsmarkModel
import Testing

@Suite("Dates: sets")
struct SetTests {
    @Test("a frequency word before a newspaper's name is the newspaper, not a set")
    func newspaperNames() {
        let dates = AnnotatedDates("The party daily Tribuna printed the speech. The business weekly Kapital called it weak.")
        #expect(dates.all.isEmpty)
        // Before a day name or on its own it is still a frequency.
        #expect(timexValue("daily", in: "The paper appears daily.") == "P1D")
        #expect(AnnotatedDates("Trains run daily Monday through Friday.").timex("daily")?.type == .set)
    }

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

    @Test("a distance per hour is a speed, not a set")
    func speedsAreNoSets() {
        for sentence in ["The train reached 200 miles per hour.", "Winds gusted at 90 kilometres per hour."] {
            let dates = AnnotatedDates(sentence)
            #expect(dates.all.isEmpty, "\(dates.surfaces)")
        }
        #expect(timexValue("per hour", in: "Nurses earn 30 dollars per hour.") == "PT1H")
    }
}
