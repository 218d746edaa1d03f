import NewsmarkModel
import Testing

@Suite("Dates: stretches between events and clock phrases")
struct AnchoredDurationDateTests {
    @Test("a counted offset from an event ('three days later') is a duration without its signal word", arguments: [
        ("The ferry ran aground on June 2. Three days later, the captain was dismissed.", "Three days", "P3D"),
        ("The mill closed in 1984. Eleven years later the town bought the site.", "Eleven years", "P11Y"),
        ("The alarm sounded at the depot. More than an hour later, crews reached the fire.", "More than an hour", "PT1H"),
        ("The singer left the stage; two and a half hours later she came back.", "two and a half hours", "PT2H30M"),
        ("The council had approved the budget two weeks before.", "two weeks", "P2W"),
    ])
    func countedOffsetIsDuration(sentence: String, surface: String, value: String) {
        let dates = AnnotatedDates(sentence)
        #expect(dates.value(surface) == value, "\(dates.surfaces)")
        #expect(dates.timex(surface)?.type == .duration)
    }

    @Test("a comparison keeps the earlier period as a date: 'a year earlier', 'up from a week earlier'")
    func comparisonOffsetStaysDate() {
        let weekly = AnnotatedDates("Claims for jobless aid fell to 310,000, down from a week earlier.")
        #expect(weekly.value("a week earlier") == "1998-W20", "\(weekly.surfaces)")
        let yearly = AnnotatedDates(["The orchard sold 40 tons of pears in 1996.", "A year earlier it had sold half as many."])
        #expect(yearly.value("A year earlier") == "1995")
    }

    @Test("'a year and a half ago' is the month eighteen months back")
    func halfYearAgo() {
        #expect(timexValue("a year and a half ago", in: "The bridge opened a year and a half ago.") == "1996-11")
    }

    @Test("a unit before '-long' without a count is one unit: 'a day-long hearing'", arguments: [
        ("The panel ended its third day-long hearing.", "day-long", "P1D"),
        ("Dockers began a month-long strike.", "month-long", "P1M"),
    ])
    func unitLong(sentence: String, surface: String, value: String) {
        let dates = AnnotatedDates(sentence)
        #expect(dates.value(surface) == value, "\(dates.surfaces)")
        #expect(dates.timex(surface)?.type == .duration)
    }

    @Test("an hour with a part of the day after a clock preposition is a clock time", arguments: [
        ("The convoy will set off at 5 in the morning.", "5 in the morning", "1998-05-20T05:00"),
        ("The shop stays open until 9 in the evening.", "9 in the evening", "1998-05-20T21:00"),
        ("The bells rang at 3 in the afternoon.", "3 in the afternoon", "1998-05-20T15:00"),
        ("The guards change at 11 at night.", "11 at night", "1998-05-20T23:00"),
        ("The choir sang at 7 o'clock in the evening.", "7 o'clock in the evening", "1998-05-20T19:00"),
    ])
    func hourWithPartOfDay(sentence: String, surface: String, value: String) {
        let dates = AnnotatedDates(sentence)
        #expect(dates.value(surface) == value, "\(dates.surfaces)")
        #expect(dates.timex(surface)?.type == .time)
    }

    @Test("a bare hour and minute right after a name is a reference, not a clock time")
    func scriptureReference() {
        let dates = AnnotatedDates("The pastor read Psalms 14:20 aloud, and the choir sang at 19:45.")
        #expect(dates.surfaces == ["19:45"], "\(dates.surfaces)")
    }

    @Test("a number before a part of the day without a clock preposition is no time")
    func scoreIsNoTime() {
        let dates = AnnotatedDates("The index lost 4 in the morning session.")
        #expect(!dates.surfaces.contains { $0.hasPrefix("4") }, "\(dates.surfaces)")
    }
}

@Suite("Dates: months of elections and of reported figures")
struct ElectionMonthDateTests {
    @Test("a month that names an election is the coming one unless its clause is past", arguments: [
        ("Party elders fear the November election could cost them the senate seat.", "November", "2016-11"),
        ("Organisers are bracing for low turnout in the March primaries.", "March", "2016-03"),
        ("Pollsters rate the governor's odds of winning the seat in November as slim.", "November", "2016-11"),
        ("The mayor lost the November election by 40 votes.", "November", "2015-11"),
    ])
    func electionMonth(sentence: String, surface: String, value: String) {
        let dates = AnnotatedDates(sentence, published: "2016-01-19")
        #expect(dates.value(surface) == value, "\(dates.surfaces)")
    }

    @Test("a month that labels monthly figures is over, whatever the tense")
    func figuresMonth() {
        let dates = AnnotatedDates("Traders will watch the November jobs figures due on Friday.", published: "2015-12-01")
        #expect(dates.value("November") == "2015-11", "\(dates.surfaces)")
    }
}

@Suite("Dates: reported clauses and contract months further on")
struct ReportedClauseDateTests {
    @Test("a gerund of saying ends the tense search: the reported clause has its own tense")
    func reportingGerund() {
        // Published on Saturday 30 July 2016.
        let ended = AnnotatedDates("The club wrapped up its assembly on Friday by signaling it would raise fees.",
                                   published: "2016-07-30")
        #expect(ended.value("Friday") == "2016-07-29", "\(ended.surfaces)")
        let announcing = AnnotatedDates("The governor, confirming on Wednesday she would sign the bill, left early.",
                                        published: "2016-07-30")
        #expect(announcing.value("Wednesday") == "2016-07-27", "\(announcing.surfaces)")
        // A future verb group before the gerund still looks ahead.
        let ahead = AnnotatedDates("The mayor will be announcing on Wednesday which roads close.", published: "2016-07-30")
        #expect(ahead.value("Wednesday") == "2016-08-03", "\(ahead.surfaces)")
    }

    @Test("a month a few words before 'future', 'option' or 'spread' is a delivery month, ahead")
    func contractFurtherOn() {
        let dates = AnnotatedDates("The September euro bund future slipped in late trade.", published: "1996-08-30")
        #expect(dates.value("September") == "1996-09", "\(dates.surfaces)")
        let spread = AnnotatedDates("Dealers said the December rate spread narrowed again.", published: "1996-08-30")
        #expect(spread.value("December") == "1996-12", "\(spread.surfaces)")
    }
}

@Suite("Dates: the time of an event")
struct TimeOfEventDateTests {
    @Test("'at the time of' an event names no date; 'at the time' alone refers back")
    func timeOfEvent() {
        let of = AnnotatedDates("She was a nurse at the time of her arrest in the port city.")
        #expect(of.all.isEmpty, "\(of.surfaces)")
        let alone = AnnotatedDates(["The dam burst in 1987.", "Few homes had insurance at the time."])
        #expect(alone.value("the time") == "1987", "\(alone.surfaces)")
    }
}

@Suite("Dates: next and this with a day name, stretches and a half")
struct WeekdayDirectionDateTests {
    @Test("'next Friday' is the Friday of next week: said on a Thursday, eight days ahead")
    func nextWeekday() {
        // 2 June 2016 is a Thursday.
        #expect(timexValue("next Friday", in: "The regulator will rule on the merger next Friday.", published: "2016-06-02") == "2016-06-10")
        // Said on a Saturday, next Tuesday is three days ahead.
        #expect(timexValue("next Tuesday", in: "The county votes next Tuesday.", published: "2016-06-04") == "2016-06-07")
    }

    @Test("'this Tuesday' said after Tuesday is the coming one unless the clause is past")
    func thisWeekday() {
        // 4 March 2016 is a Friday.
        #expect(timexValue("this Tuesday", in: "The senator hopes to carry the state this Tuesday.", published: "2016-03-04") == "2016-03-08")
        #expect(timexValue("this Tuesday", in: "Shares fell sharply this Tuesday.", published: "2016-03-04") == "2016-03-01")
        #expect(timexValue("this Saturday", in: "The choir performs this Saturday.", published: "2016-03-04") == "2016-03-05")
    }

    @Test("'this coming Sunday' is the nearest Sunday ahead, not next week's")
    func thisComingWeekday() {
        // 2 June 2016 is a Thursday.
        #expect(timexValue("this coming Sunday", in: "The parade is this coming Sunday.", published: "2016-06-02") == "2016-06-05")
    }

    @Test("'the past year and a half' is a stretch of eighteen months; 'a month-long strike' the compound")
    func stretches() {
        let dates = AnnotatedDates("Rents have climbed over the past year and a half.")
        #expect(dates.value("the past year and a half") == "P1Y6M", "\(dates.surfaces)")
        let strike = AnnotatedDates("Dockers began a month-long strike.")
        #expect(strike.value("month-long") == "P1M", "\(strike.surfaces)")
        #expect(timexValue("weeks-long", in: "The port ended a weeks-long standoff.") == "PXW")
    }
}
