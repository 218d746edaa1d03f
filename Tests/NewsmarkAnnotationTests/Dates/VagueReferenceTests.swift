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

    @Test("\"Now,\" that opens a sentence turns the argument; \"current of\" is the noun")
    func discourseNowAndNounCurrent() {
        let opening = AnnotatedDates("Now, like every quarrel before it, this one will fade.")
        #expect(opening.all.isEmpty, "\(opening.surfaces)")
        let quoted = AnnotatedDates("The host added, \u{201C}Now, like every quarrel before it, this one will fade.\u{201D}")
        #expect(quoted.all.isEmpty, "\(quoted.surfaces)")
        // Without the comma, or inside the sentence, "now" is the present.
        #expect(timexValue("Now", in: "Now the council must decide.") == "PRESENT_REF")
        #expect(timexValue("now", in: "The council must decide, and now, before the vote.") == "PRESENT_REF")
        let noun = AnnotatedDates("A strong current of anger runs through the town hall meetings.")
        #expect(noun.all.isEmpty, "\(noun.surfaces)")
        #expect(timexValue("current", in: "The current rules expire soon.") == "PRESENT_REF")
    }
}
