import NewsmarkModel
import Testing

@Suite("Dates: news conventions for tense, deadlines and vague stretches")
struct NewsConventionTests {
    @Test("the verb group decides the tense: 'will be paid', 'would be held', 'is heard'")
    func verbGroups() {
        #expect(timexValue("Dec. 14", in: "The dividend will be paid Dec. 14.", published: "1998-10-26") == "1998-12-14")
        #expect(timexValue("April 24", in: "The summit would be held on April 24.", published: "1999-02-10") == "1999-04-24")
        #expect(timexValue("May", in: "The appeal is heard in May.", published: "2000-03-29") == "2000-05")
        // "would be paid": the future in the past (January is three months ahead, not nine back).
        #expect(timexValue("January", in: "The dividend would be paid in January.", published: "1998-10-26") == "1999-01")
        // An adverb inside the verb group does not hide the modal.
        #expect(timexValue("the week of March 6", in: "The case may finally be resolved the week of March 6.",
                           published: "2000-02-24") == "2000-W10")
    }

    @Test("a present-tense verb of a scheduled event puts a day ahead; after an auxiliary the auxiliary decides")
    func schedulingVerbs() {
        // 1998-05-20 is a Wednesday.
        #expect(timexValue("Tuesday", in: "The council meets Tuesday to discuss the budget.") == "1998-05-26")
        #expect(timexValue("Monday", in: "The two leaders meet separately Monday with the envoy.") == "1998-05-25")
        #expect(timexValue("Tuesday", in: "They did not meet Tuesday.") == "1998-05-19")
        #expect(timexValue("Tuesday", in: "The new law takes effect Tuesday.") == "1998-05-26")
    }

    @Test("'were planning' is a plan ahead; 'will' far back in a long clause still governs it")
    func progressivePlansAndLongClauses() {
        // 2000-01-07 is a Friday.
        #expect(timexValue("Saturday", in: "Protesters called a march in the city centre on Saturday and were planning a vigil.",
                           published: "2000-01-07") == "2000-01-08")
        #expect(timexValue("August", in: "The airline will almost double its flights between the two largest cities by August.",
                           published: "1998-02-13") == "1998-08")
    }

    @Test("a participle after 'get' or 'being' is no past verb: the verb before it decides")
    func participlesAfterGetAndBeing() {
        #expect(timexValue("the spring", in: "Small shops will be getting beat up on prices in the spring.", published: "1998-02-06") == "1998-SP")
        // 1998-05-20 is a Wednesday.
        #expect(timexValue("Friday", in: "The vote is being held Friday.") == "1998-05-22")
    }

    @Test("a participle with 'by' after the date describes a noun, not the clause ('markets untouched by the crisis')")
    func reducedRelative() {
        #expect(timexValue("August", in: "The airline expands by August in the search for markets untouched by the crisis.",
                           published: "1998-02-13") == "1998-08")
    }

    @Test("common adjectives in -ed are not past verbs ('preferred shares', 'an undisclosed sum')")
    func edAdjectives() {
        #expect(timexValue("Oct. 31", in: "The company will buy back Series B preferred shares on Oct. 31.", published: "1998-11-05") == "1999-10-31")
        #expect(timexValue("Oct. 31", in: "The group will pay an undisclosed sum on Oct. 31.", published: "1998-11-05") == "1999-10-31")
    }

    @Test("after a determiner a cue word is a noun or an adjective, not a verb")
    func determinerBeforeCue() {
        // "the plan" is no future cue; "announced" places the date.
        #expect(timexValue("Aug. 21", in: "The bank announced the plan Aug. 21.", published: "1998-10-27") == "1998-08-21")
        // "the preferred shares" is no past cue; "will" places the date.
        #expect(timexValue("Oct. 31", in: "It will redeem the preferred shares on Oct. 31.", published: "1998-10-27") == "1998-10-31")
    }

    @Test("planning verbs point ahead unless the plan is pluperfect")
    func planningVerbs() {
        // 1998-09-30 is a Wednesday.
        #expect(timexValue("Thursday", in: "The delegation planned to fly home on Thursday.", published: "1998-09-30") == "1998-10-01")
        #expect(timexValue("Thursday", in: "The agency has scheduled a briefing Thursday.", published: "1998-09-30") == "1998-10-01")
        // "had been due to": either side of today; a bare day name is then the one just gone.
        #expect(timexValue("Friday", in: "The offer had been due to lapse Friday.", published: "1998-09-30") == "1998-09-25")
        #expect(timexValue("Nov. 6", in: "The offer had been set to lapse Nov. 6.", published: "1998-11-02") == "1998-11-06")
    }

    @Test("without a tense cue a day name is the latest such day")
    func bareDayNames() {
        // 1998-05-18 is a Monday: the Thursday before is four days back, the next one three ahead.
        let value = timexValue("Thursday", in: "Volume rose to 300 million shares, up from 250 million Thursday.", published: "1998-05-18")
        #expect(value == "1998-05-14")
    }

    @Test("without a tense cue a date is the nearest with a bias to the past")
    func pastBiasedDates() {
        #expect(timexValue("December", in: "The figures for December show a rise.", published: "1999-02-10") == "1998-12")
        #expect(timexValue("Dec. 21", in: "The dividend goes to holders of record Dec. 21.", published: "1998-10-26") == "1998-12-21")
        // Six months either way: the past one.
        #expect(timexValue("Aug. 6", in: "The index stands near the record high of Aug. 6.", published: "1998-02-06") == "1997-08-06")
    }

    @Test("deadlines: until, by, 'the March 3 deadline', 'between now and'")
    func deadlines() {
        // 2000-03-30 is a Thursday.
        #expect(timexValue("Tuesday", in: "The offer runs until Tuesday.", published: "2000-03-30") == "2000-04-04")
        #expect(timexValue("Tuesday", in: "Officials postponed the decision until Tuesday.", published: "2000-03-30") == "2000-04-04")
        // A deadline with a past verb is already past.
        #expect(timexValue("Wednesday", in: "Two members had filed reports by Wednesday.", published: "1998-05-21") == "1998-05-20")
        #expect(timexValue("March 3", in: "The board never explained the March 3 deadline.", published: "2000-02-24") == "2000-03-03")
        #expect(timexValue("Feb. 10", in: "Nothing changes between now and Feb. 10.", published: "2000-01-07") == "2000-02-10")
        #expect(timexValue("February", in: "The company must repay the loan by February.", published: "1998-10-30") == "1999-02")
        #expect(timexValue("Tuesday", in: "Talks resume as early as Tuesday.", published: "2000-04-05") == "2000-04-11")
    }

    @Test("a date in parentheses takes the tense of the words it glosses")
    func parentheticalTense() {
        // 2000-04-05 is a Wednesday.
        let value = timexValue("4 a.m. Thursday", in: "The convoy will leave at dawn (4 a.m. Thursday), officials said.", published: "2000-04-05")
        #expect(value == "2000-04-06T04:00")
    }

    @Test("'would' and 'could' put a day name ahead")
    func conditionalModals() {
        // 2000-04-05 is a Wednesday.
        #expect(timexValue("Thursday", in: "She said the minister would travel to Rome Thursday.", published: "2000-04-05") == "2000-04-06")
        #expect(timexValue("Tuesday", in: "The envoy could arrive as early as Tuesday.", published: "2000-04-05") == "2000-04-11")
    }

    @Test("recent, coming and ahead with a plural unit are stretches of unknown length")
    func vagueStretches() {
        let dates = AnnotatedDates("Prices rose in recent weeks and may fall in the coming months, and the weeks ahead look hard.")
        #expect(dates.value("recent weeks") == "PXW")
        #expect(dates.timex("recent weeks")?.type == .duration)
        #expect(dates.value("the coming months") == "PXM")
        #expect(dates.value("the weeks ahead") == "PXW")
        // Years and decades stay the vague past.
        #expect(timexValue("recent years", in: "Trade grew in recent years.") == "PAST_REF")
        #expect(timexValue("current", in: "Holders may buy at the then current price.") == "PAST_REF")
        #expect(timexValue("the near term", in: "Margins will stay thin in the near term.") == "FUTURE_REF")
        #expect(!AnnotatedDates("The bank sold short-term notes.").surfaces.contains { $0.contains("term") })
    }

    @Test("a clock time with a zone keeps the clock time as written")
    func zones() {
        #expect(timexValue("5 p.m. EST Nov. 9", in: "The offer expires at 5 p.m. EST Nov. 9.", published: "1998-11-02") == "1998-11-09T17:00")
        let value = timexValue("15:30 GMT", in: "Trading resumed at 15:30 GMT.")
        #expect(value == "1998-05-20T15:30")
        #expect(value.map { TimexValue.problem(in: $0, type: .time) == nil } == true)
    }

    @Test("results reporting: 'a year-earlier loss', 'the 1988 quarter', halves")
    func resultsReporting() {
        let dates = AnnotatedDates("Sales climbed in the third quarter, against a year-earlier decline. They slipped in the 1988 quarter.",
                                   published: "1989-10-30")
        #expect(dates.value("year-earlier") == "1988-Q3")
        #expect(!dates.surfaces.contains("a year"))
        #expect(dates.value("the 1988 quarter") == "1988-Q3")
        #expect(timexValue("the last half of 1989", in: "Earnings will slow in the last half of 1989.", published: "1989-10-26") == "1989-H2")
        #expect(timexValue("the first two quarters of 1990", in: "Demand holds through the first two quarters of 1990.",
                           published: "1989-10-26") == "1990-H1")
    }

    @Test("the second day of a range after a date is an expression of its own")
    func rangeSecondDay() {
        let dates = AnnotatedDates("The summit will be held on April 24 and 25 in Washington.", published: "1999-02-10")
        #expect(dates.value("April 24") == "1999-04-24")
        #expect(dates.value("25") == "1999-04-25")
        // A count after a date is not a day.
        #expect(!AnnotatedDates("Police detained 12 on May 5 and 30 others later.").surfaces.contains("30"))
    }

    @Test("a year in words after a month or a season, as transcripts write it")
    func spelledYearsAfterMonths() {
        #expect(timexValue("January nineteen ninety-seven", in: "It began in January nineteen ninety-seven.") == "1997-01")
        #expect(timexValue("the winter of nineteen eighty-six", in: "The lake froze solid in the winter of nineteen eighty-six.") == "1986-WI")
    }

    @Test("year-end is 31 December, placed by the tense")
    func yearEnd() {
        #expect(timexValue("year-end", in: "The sale should close by year-end.", published: "1989-11-02") == "1989-12-31")
        #expect(timexValue("year-end", in: "The index has risen 20% since year-end.", published: "1989-11-02") == "1988-12-31")
    }

    @Test("the week of a date and a holiday's week are ISO weeks")
    func weeksOfDays() {
        #expect(timexValue("the week of March 6", in: "A hearing is set for the week of March 6.", published: "2000-02-24") == "2000-W10")
        // Easter 2000 was 23 April; on Monday 17 April its week has begun.
        #expect(timexValue("Easter week", in: "Pilgrims arrived as Easter week began.", published: "2000-04-17") == "2000-W16")
        // Without a publication date the week is unknown.
        #expect(timexValue("the week of March 6", in: "A hearing is set for the week of March 6.", published: nil) == "XXXX-WXX")
    }

    @Test("a negation or an adverb between 'is' and its participle keeps the plan ahead")
    func negatedPresentPassive() {
        #expect(timexValue("Friday", in: "A vote is not expected on Friday.") == "1998-05-22")
        #expect(timexValue("Friday", in: "The talks are finally scheduled for Friday.") == "1998-05-22")
        #expect(timexValue("Friday", in: "A vote is expected on Friday.") == "1998-05-22")
    }
}
