import NewsmarkModel
import Testing

@Suite("Dates: durations")
struct DurationTests {
    @Test("'a second' before a noun is the ordinal; before 'later' or a preposition a unit of time")
    func aSecondAsOrdinal() {
        #expect(AnnotatedDates("The mayor won a second term. A second round of talks began.").all.isEmpty)
        #expect(timexValue("a second", in: "The lights went out for a second in the hall.") == "PT1S")
        #expect(timexValue("a second", in: "It paused for a second.") == "PT1S")
    }

    @Test("counts and units", arguments: [
        ("A two-week exercise began.", "two-week", "P2W"),
        ("The talks lasted six months.", "six months", "P6M"),
        ("The war lasted a decade.", "a decade", "P10Y"),
        ("The war lasted two decades.", "two decades", "P20Y"),
        ("The strike lasted 24 hours.", "24 hours", "PT24H"),
        ("The siege lasted two and a half years.", "two and a half years", "P2Y6M"),
        ("The siege lasted 18 months.", "18 months", "P18M"),
        ("A 10-year plan was adopted.", "10-year", "P10Y"),
        ("They fought for decades.", "decades", "PXE"),
        ("They waited for several weeks.", "several weeks", "PXW"),
        ("Prices fell over the past three months.", "the past three months", "P3M"),
        ("Profit rose in the first nine months.", "the first nine months", "P9M"),
        ("The refit will run over the next three quarters.", "the next three quarters", "P9M"),
        ("The strike could last a fortnight.", "a fortnight", "P2W"),
    ])
    func durations(sentence: String, surface: String, value: String) {
        let dates = AnnotatedDates(sentence)
        #expect(dates.value(surface) == value, "\(dates.surfaces)")
        #expect(dates.timex(surface)?.type == .duration)
    }

    @Test("quantity modifiers")
    func modifiers() {
        let dates = AnnotatedDates("The dispute has lasted more than 10 years.")
        #expect(dates.value("more than 10 years") == "P10Y")
        #expect(dates.timex("more than 10 years")?.mod == "MORE_THAN")
        let about = AnnotatedDates("The trip took about three hours.")
        #expect(about.timex("about three hours")?.mod == "APPROX")
        #expect(about.value("about three hours") == "PT3H")
    }

    @Test("ages and fractions are not durations")
    func notDurations() {
        let dates = AnnotatedDates("The man, 37 years old, owns three-quarters of the firm with a 6-year-old partner and three quarters of the land.")
        #expect(dates.all.isEmpty, "\(dates.surfaces)")
    }

    @Test("an offset of unknown length from the narrative ('a few days later') is a duration without its signal word")
    func unknownOffsetIsDuration() {
        let dates = AnnotatedDates("The board met on May 4. A few days later, the chairman resigned.")
        #expect(dates.surfaces == ["May 4", "A few days"])
        #expect(dates.value("A few days") == "PXD")
        #expect(dates.timex("A few days")?.type == .duration)
    }
}
