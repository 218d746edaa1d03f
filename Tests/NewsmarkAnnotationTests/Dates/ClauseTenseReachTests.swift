import NewsmarkModel
import Testing

/// How far the tense of a clause reaches: list commas, long clauses, infinitives, negated "could".
@Suite("Dates: the reach of a clause's tense")
struct ClauseTenseReachTests {
    @Test("a date that opens its sentence takes the tense of the main verb after a long fronted phrase")
    func frontedDateTakesMainVerb() {
        // Published 20 October 1998: "In January" told with "resigned" is January 1998, not the January ahead.
        let past = "In January, two weeks after the council's vote on the new harbour budget for its schools and parks, the mayor resigned."
        #expect(timexValue("January", in: past, published: "1998-10-20") == "1998-01")
        // With a future verb the same month lies ahead.
        let ahead = "In January, two weeks after the council's vote on the new harbour budget for its schools and parks, the mayor will resign."
        #expect(timexValue("January", in: ahead, published: "1998-10-20") == "1999-01")
    }

    @Test("abbreviations and place names in a fronted phrase do not exhaust the search for the main verb")
    func frontedPhraseWithAbbreviations() {
        // Twenty-seven pieces separate "January" from "destroyed": "vs.", "Ore." and their commas count.
        let text = "In January, a week after the tenth anniversary of the Hale vs. Dunmore Supreme Court ruling, "
            + "a warehouse fire in Medford, Ore., destroyed two trucks."
        #expect(timexValue("January", in: text, published: "1998-10-25") == "1998-01")
    }

    @Test("an adjective of a plan after a determiner puts the date ahead; a past verb still wins when nearer")
    func plannedAdjectiveAfterDeterminer() {
        // Published 26 August 1998: September is the coming one, though "said" is past.
        #expect(timexValue("September", in: "Officials said they were preparing for the planned summit in September.",
                           published: "1998-08-26") == "1998-09")
        #expect(timexValue("November", in: "Voters turned to the upcoming election in November.", published: "1998-08-26") == "1998-11")
        // "the plan" is a noun: the past verb places the month.
        #expect(timexValue("March", in: "The board dropped the plan in March.", published: "1998-08-26") == "1998-03")
    }

    @Test("a comma inside a list of titles does not end the clause: the verb before the list places the month")
    func listComma() {
        // Published 2 November 1989: "resigned" is past, so March is the March just gone (1989-03), not the
        // nearest March with the future counting one and a half times (1990-03, four months ahead).
        #expect(timexValue("March", in: "Ms. Dahl resigned as treasurer, secretary and board member in March for family reasons.",
                           published: "1989-11-02") == "1989-03")
        #expect(timexValue("March", in: "Ms. Dahl resigned as treasurer, secretary, and board member in March for family reasons.",
                           published: "1989-11-02") == "1989-03")
    }

    @Test("a past verb up to fourteen words back still sets the tense of a long clause")
    func longClausePast() {
        // "switched" stands ten words before December; published 27 October 1989 the December meant is 1988's.
        #expect(timexValue("December", in: "The museum switched from a paper ticket system to an electronic ticket system in December.",
                           published: "1989-10-27") == "1988-12")
        // "will" still governs a long clause, and so does a participle in a future verb group.
        #expect(timexValue("December", in: "Ms. Ruiz will be named commander of the crew of the space shuttle for a mission in December.",
                           published: "1998-03-04") == "1998-12")
    }

    @Test("the date of an infinitive is not placed by the past verb that governs it")
    func infinitive() {
        // "agreed to purchase … in February": the purchase may lie either side of publication, so the
        // nearest February with the past preferred: published 30 October 1989, February 1990 is four
        // months ahead (cost 4 × 1.5 = 6) and February 1989 eight months back (cost 8): 1990-02.
        #expect(timexValue("February", in: "The group agreed to purchase the chemicals unit for $22 million in February.",
                           published: "1989-10-30") == "1990-02")
    }

    @Test("a cue word far away that is no verb of the clause does not place a day name")
    func distantCueWord() {
        // "next to the embassies" (nine words back) is no future cue of the clause: published Saturday
        // 8 August 1998, Friday is the one just gone, 7 August, not 14 August.
        #expect(timexValue("Friday", in: "Many people have been killed in the blasts next to the embassies in the two capitals on Friday.",
                           published: "1998-08-08") == "1998-08-07")
    }

    @Test("a negated 'could' is a failed attempt, in the past; 'could be signed' is still ahead")
    func negatedCould() {
        // Published Thursday 6 January 2000: the Wednesday before is 5 January, the one after 12 January.
        #expect(timexValue("Wednesday", in: "His relatives could not be reached on Wednesday.", published: "2000-01-06") == "2000-01-05")
        #expect(timexValue("Wednesday", in: "Neither he nor his lawyer could be located Wednesday.", published: "2000-01-06") == "2000-01-05")
        #expect(timexValue("Wednesday", in: "Officials said the deal could be signed Wednesday.", published: "2000-01-06") == "2000-01-12")
    }
}

/// Which day a clock time without a day of its own belongs to.
@Suite("Dates: clock times in a story about an earlier day")
struct ClockTimeEventDayTests {
    @Test("a clock time told with the verb of an event named earlier takes that event's day")
    func sameEventVerb() {
        // Published 20 May 1998: the bomb exploded on 15 May; two sentences later a Monday (18 May) is
        // named for another event; "exploded at 10:35 a.m." is 15 May's 10:35, with `anchorID` on "May 15".
        let dates = AnnotatedDates(["The bomb exploded on May 15 in the market.", "Police arrested two men later.",
                                    "They were charged on Monday.", "The bomb exploded at 10:35 a.m., witnesses said."])
        #expect(dates.value("10:35 a.m.") == "1998-05-15T10:35")
        #expect(dates.timex("10:35 a.m.")?.anchorID == dates.timex("May 15")?.id)
    }

    @Test("without a shared verb the day named in the sentence before still counts, else the publication date")
    func noSharedVerb() {
        let before = AnnotatedDates(["The bomb exploded on May 15 in the market.", "Police arrested two men later.",
                                     "They were charged on Monday.", "The hearing lasted until 4 p.m."])
        #expect(before.value("4 p.m.") == "1998-05-18T16:00")
        let none = AnnotatedDates(["The bomb exploded on May 15 in the market.", "Police arrested two men later.",
                                   "Nobody was hurt.", "The market reopened at 4 p.m."])
        #expect(none.value("4 p.m.") == "1998-05-20T16:00")
    }
}
