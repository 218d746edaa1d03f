import NewsmarkModel
import Testing

/// Durations written in several descending clock units, and open-ended counts ("two or more years").
@Suite("Dates: compound clock durations and 'or more'")
struct CompoundDurationTests {
    @Test("descending clock units are one duration", arguments: [
        ("The winner finished in 3 hours 41 mins 9 seconds.", "3 hours 41 mins 9 seconds", "PT3H41M9S"),
        ("The crossing took 2 hrs 5 mins.", "2 hrs 5 mins", "PT2H5M"),
        ("The debate ran 1 hour, 40 minutes and 15 seconds.", "1 hour, 40 minutes and 15 seconds", "PT1H40M15S"),
        ("The climb took two hours and ten minutes.", "two hours and ten minutes", "PT2H10M"),
        ("The storm lasted 2 days 6 hours.", "2 days 6 hours", "P2DT6H"),
        // A race time ends in fractions of a second.
        ("She swam the final in 15 minutes 04.95 seconds.", "15 minutes 04.95 seconds", "PT15M4.95S"),
        ("He ran the mile in 4 minutes 6.87 seconds.", "4 minutes 6.87 seconds", "PT4M6.87S"),
    ])
    func descendingUnits(sentence: String, surface: String, value: String) {
        let dates = AnnotatedDates(sentence)
        #expect(dates.surfaces == [surface])
        #expect(dates.value(surface) == value)
        #expect(dates.timex(surface)?.type == .duration)
    }

    @Test("ascending or repeated units stay apart")
    func notJoined() {
        #expect(AnnotatedDates("The drill took 30 seconds, 2 minutes and then an hour.").surfaces.count == 3)
        #expect(AnnotatedDates("The buses came 5 minutes 5 minutes apart.").surfaces.count == 2)
    }

    @Test("'or more' and 'or longer' make an open-ended duration")
    func orMore() {
        let dates = AnnotatedDates("The review could take two or more years.")
        #expect(dates.value("two or more years") == "P2Y")
        #expect(dates.timex("two or more years")?.mod == "EQUAL_OR_MORE")
        let after = AnnotatedDates("Staff who stay three years or more get a bonus.")
        #expect(after.value("three years or more") == "P3Y")
        #expect(after.timex("three years or more")?.mod == "EQUAL_OR_MORE")
        let longer = AnnotatedDates("The repairs may last five years or longer.")
        #expect(longer.value("five years or longer") == "P5Y")
        #expect(longer.timex("five years or longer")?.mod == "EQUAL_OR_MORE")
        // An age is no duration.
        #expect(AnnotatedDates("Some of the water mains are two centuries or more old.").value("two centuries or more") == nil)
    }
}
