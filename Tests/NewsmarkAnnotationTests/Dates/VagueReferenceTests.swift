import NewsmarkModel
import Testing

@Suite("Dates: vague references")
struct VagueReferenceTests {
    @Test("present, past and future references", arguments: [
        ("The minister is now in Bonn.", "now", "PRESENT_REF"),
        ("The minister is currently in Bonn.", "currently", "PRESENT_REF"),
        ("The minister recently visited Bonn.", "recently", "PAST_REF"),
        ("The minister will visit Bonn in the future.", "the future", "FUTURE_REF"),
        ("Such visits were rare in the past.", "the past", "PAST_REF"),
        ("The minister will visit Bonn in the near future.", "the near future", "FUTURE_REF"),
        ("Prices rose in recent years.", "recent years", "PAST_REF"),
    ])
    func references(sentence: String, surface: String, value: String) {
        let dates = AnnotatedDates(sentence)
        #expect(dates.value(surface) == value, "\(dates.surfaces)")
        #expect(dates.timex(surface)?.type == .date)
    }

    @Test("adverbs of relative order and adjectives are left alone")
    func notReferences() {
        let dates = AnnotatedDates("The minister, who previously led the party, will soon discuss future losses.")
        #expect(dates.all.isEmpty, "\(dates.surfaces)")
    }
}
