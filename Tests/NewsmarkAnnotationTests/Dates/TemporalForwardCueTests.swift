import NewsmarkModel
import Testing

/// Clauses that look ahead without "will": conditions, "can", plans around a possessive day name,
/// and futures contracts named by their delivery month; and newspapers named after a day.
@Suite("Dates: forward cues (conditions, 'can', contract months, possessive days)")
struct TemporalForwardCueTests {
    @Test("a condition in the present tense is about a date ahead; in the past tense it is not")
    func presentConditionLooksAhead() {
        // Published 12 January 2004: November is the coming one, though the last November is nearer.
        #expect(timexValue("November", in: "The governor would lose his seat if his party wins in November.",
                           published: "2004-01-12") == "2004-11")
        #expect(timexValue("November", in: "The law can be repealed if a new mayor is elected in November.",
                           published: "2004-01-12") == "2004-11")
        #expect(timexValue("November", in: "The mill stays shut unless the strike ends in November.",
                           published: "2004-01-12") == "2004-11")
        // "whether" asks about what is known; a possessive before the date names an event already had.
        #expect(timexValue("November", in: "Economists asked whether the strong November figures are a blip.",
                           published: "2004-01-12") == "2003-11")
        // 2004-01-14 is a Wednesday.
        #expect(timexValue("Tuesday", in: "If he builds on his Tuesday wins, the race is over.", published: "2004-01-14")
            == "2004-01-13")
        // A past verb inside the condition keeps the date behind.
        #expect(timexValue("November", in: "Officials asked if the plant closed in November.",
                           published: "2004-01-12") == "2003-11")
        // Without a condition a present verb leaves the nearest November.
        #expect(timexValue("November", in: "The mayor is the favourite in November.", published: "2004-01-12") == "2003-11")
    }

    @Test("'can' before a verb looks ahead; 'can not' says nothing")
    func canLooksAhead() {
        #expect(timexValue("November", in: "Only a united party can carry the state in November.", published: "2004-01-12") == "2004-11")
        #expect(timexValue("Friday", in: "The contract can be signed Friday.", published: "2004-01-12") == "2004-01-16")
        // 2004-01-12 is a Monday: without a cue a bare day name is the latest such day.
        #expect(timexValue("Friday", in: "The minister can not recall the meeting on Friday.", published: "2004-01-12") == "2004-01-09")
    }

    @Test("a possessive day name is a day already come unless its clause plainly looks ahead")
    func possessiveDayNames() {
        // 2004-01-12 is a Monday.
        #expect(timexValue("Tuesday", in: "The senator says he will finish first in Tuesday's primary.",
                           published: "2004-01-12") == "2004-01-13")
        #expect(timexValue("Saturday", in: "Both candidates campaigned hard ahead of Saturday's runoff.",
                           published: "2004-01-12") == "2004-01-17")
        // Past by default, and past with the future in the past or a condition.
        #expect(timexValue("Friday", in: "Shares fell after Friday's ruling.", published: "2004-01-12") == "2004-01-09")
        #expect(timexValue("Friday", in: "The lawyers said they would appeal against Friday's ruling.",
                           published: "2004-01-12") == "2004-01-09")
        #expect(timexValue("Friday night", in: "If you missed Friday night's vote, read the minutes.",
                           published: "2004-01-12") == "2004-01-09TNI")
    }

    @Test("a month alone before a contract or commodity is the delivery month, under way or ahead")
    func contractMonths() {
        // Published 29 August 2003: past verbs do not move a contract month back a year.
        #expect(timexValue("September", in: "September crude closed 30 cents higher at $29.10 a barrel.",
                           published: "2003-08-29") == "2003-09")
        #expect(timexValue("August", in: "August heating oil ended down half a cent.", published: "2003-08-29") == "2003-08")
        #expect(timexValue("December", in: "December bonds fell 12/32 in late trade.", published: "2003-08-29") == "2003-12")
        #expect(timexValue("March", in: "The March contract slipped to a two-week low.", published: "2003-08-29") == "2004-03")
        // Other months keep the tense of their clause.
        #expect(timexValue("March", in: "Crude prices fell in March.", published: "2003-08-29") == "2003-03")
    }

    @Test("a newspaper named after a day is no date; the day before a name after 'on' still is")
    func sundayNewspapers() {
        let dates = AnnotatedDates("The Sunday Telegraph quoted an aide, and Britain's Sunday Times ran the story too.",
                                   published: "2003-08-31")
        #expect(dates.all.isEmpty)
        // 2003-08-31 is a Sunday.
        #expect(timexValue("Sunday", in: "Crowds gathered on Sunday Times Square was packed.", published: "2003-08-31")
            == "2003-08-31")
    }

    @Test("'plans', 'hopes', 'promises' before a preposition are nouns, not cues; 'plans to' is a verb")
    func nounableCues() {
        // 2004-01-12 is a Monday.
        #expect(timexValue("Saturday", in: "The band revised its travel plans after the storm on Saturday.",
                           published: "2004-01-12") == "2004-01-10")
        #expect(timexValue("Saturday", in: "The campaign plans to rally on Saturday.", published: "2004-01-12") == "2004-01-17")
        // After a preposition "plans" is a noun too (2004-01-15 is a Thursday).
        #expect(timexValue("Wednesday", in: "Aides worked quietly Wednesday on plans for a new advert.", published: "2004-01-15")
            == "2004-01-14")
        // "plans for" names what the plan is for, which lies ahead.
        #expect(timexValue("November", in: "The judge reviewed the county's voting plan for the November election.", published: "2004-04-15")
            == "2004-11")
    }

    @Test("'would have' before a participle did not happen; before a noun it is the verb 'have', ahead")
    func wouldHaveAsMainVerb() {
        #expect(timexValue("the fall", in: "Voters worry he would have trouble keeping the seat in the fall.",
                           published: "2004-02-20") == "2004-FA")
        // "would have won": a past that did not happen leaves the nearest fall, the last one.
        #expect(timexValue("the fall", in: "Voters think he would have won in the fall.", published: "2004-02-20") == "2003-FA")
    }

    @Test("a capitalized temporal word inside a name is no expression; a title-case headline keeps it")
    func temporalWordsInsideNames() {
        #expect(AnnotatedDates("The figures were first reported by USA Today.", published: "2004-01-12").all.isEmpty)
        #expect(AnnotatedDates("The plant will open next year, the China Daily said.", published: "2004-01-12").surfaces == ["next year"])
        #expect(AnnotatedDates("He appeared on The Tonight Show with the band.", published: "2004-01-12").all.isEmpty)
        #expect(AnnotatedDates("Listeners called Morning Radio Weekly about it.", published: "2004-01-12").all.isEmpty)
        // Headlines in title case.
        #expect(timexValue("Today", in: "Senate Vote Set For Today", published: "2004-01-12") == "2004-01-12")
        #expect(timexValue("Now", in: "The Mayor Is Now Being Asked To Resign", published: "2004-01-12") == "PRESENT_REF")
    }

    @Test("'on the third' before a noun is an ordinal, not a day of the month")
    func ordinalBeforeNoun() {
        #expect(AnnotatedDates("Guests waited on the fourth-floor balcony.", published: "2004-01-12").all.isEmpty)
        #expect(AnnotatedDates("The fire started on the third floor.", published: "2004-01-12").all.isEmpty)
        #expect(timexValue("the 3rd", in: "The board met on the 3rd and agreed.", published: "2004-01-12") == "2004-01-03")
    }

    @Test("a holiday within a month of the publication date is that one, whatever the tense")
    func nearbyHoliday() {
        // Published Friday 29 August 2003; Labor Day is Monday 1 September.
        #expect(timexValue("Labor Day", in: "Most offices closed early for the Labor Day weekend.", published: "2003-08-29")
            == "2003-09-01")
        // Published 6 January 2004: the Christmas just gone.
        #expect(timexValue("Christmas", in: "Shops will cut prices as they did before Christmas.", published: "2004-01-06")
            == "2003-12-25")
        // Further away the tense decides: in July a past verb means last Christmas.
        #expect(timexValue("Christmas", in: "The family met at Christmas.", published: "2004-07-06") == "2003-12-25")
    }

    @Test("a possessive day name of a scheduled event without a tense cue is the nearest such day")
    func possessiveScheduledEventNearest() {
        // 2004-01-09 is a Friday, 2004-01-12 a Monday.
        #expect(timexValue("Saturday", in: "The coach has a full squad for Saturday's match.", published: "2004-01-09") == "2004-01-10")
        #expect(timexValue("Saturday", in: "Commentators picked apart Saturday's debate in detail.", published: "2004-01-12")
            == "2004-01-10")
        // A past cue keeps it behind even when the next one is nearer.
        #expect(timexValue("Saturday", in: "The visitors lost Saturday's match.", published: "2004-01-09") == "2004-01-03")
        // More than two days ahead it is the one gone (2004-01-14 is a Wednesday).
        #expect(timexValue("Saturday", in: "Commentators are still picking apart Saturday's debate.", published: "2004-01-14")
            == "2004-01-10")
    }

    @Test("a verb after 'and' has a clause of its own; the future in the past reaches across a long clause")
    func coordinateAndLongClause() {
        // 2004-01-10 is a Saturday.
        #expect(timexValue("Friday", in: "Police arrested the driver on Friday and would not give his name.",
                           published: "2004-01-10") == "2004-01-09")
        #expect(timexValue("Saturday", in: "Aides said the minister would open the annual congress of the farmers' union in the capital on Saturday.",
                           published: "2004-01-09") == "2004-01-10")
    }

    @Test("'to be played', 'due on Monday': what is still to be done lies ahead")
    func toBeAndDue() {
        // 2004-01-09 is a Friday.
        #expect(timexValue("Sunday", in: "The last game is to be played on Sunday.", published: "2004-01-09") == "2004-01-11")
        // "was to be issued", "still to be counted": no plan ahead of the publication date.
        #expect(timexValue("Thursday", in: "The rule was to be issued on Thursday.", published: "2004-01-09") == "2004-01-08")
        #expect(timexValue("Thursday", in: "He is polishing a speech on trade, to be delivered Thursday.", published: "2004-01-06")
            == "2004-01-08")
        #expect(timexValue("Monday", in: "Traders were cautious ahead of the trade figures due on Monday.", published: "2004-01-09")
            == "2004-01-12")
    }

    @Test("a date without a year or a tense cue goes on from the day named just before it")
    func datesInSequence() {
        // Published 20 May 1998: "Jan. 2" alone would be the January just gone.
        let programme = AnnotatedDates("Programme: Dec. 28, 1998, opening concert; Jan. 2 gala evening.")
        #expect(programme.value("Dec. 28, 1998") == "1998-12-28")
        #expect(programme.value("Jan. 2") == "1999-01-02")
        // Published 30 August 1996: the list goes on in the year of the tour.
        let tour = AnnotatedDates(["The side arrives on May 13 next year.", "Itinerary: May 14 practice, May 15 first match."],
                                  published: "1996-08-30")
        #expect(tour.value("May 14") == "1997-05-14")
        #expect(tour.value("May 15") == "1997-05-15")
        // A tense cue still decides, and a date far from any named day keeps the publication date's year.
        #expect(AnnotatedDates("The talks ended on Dec. 28, 1998. The board met on Jan. 2.").value("Jan. 2") == "1998-01-02")
        #expect(timexValue("Jan. 2", in: "Programme: Jan. 2 gala evening.") == "1998-01-02")
        // A participle inside a hyphenated compound is no past verb: the primary is the coming one.
        #expect(AnnotatedDates("Voting opens on April 5. Then comes the long-awaited April 19 primary.", published: "1998-03-23")
            .value("April 19") == "1998-04-19")
    }

    @Test("a possessive day name takes a future cue only from before it; its noun phrase ends at a verb")
    func possessiveCueBefore() {
        // 2004-01-15 is a Thursday.
        #expect(timexValue("Tuesday", in: "The results of Tuesday's primaries will force a rethink.", published: "2004-01-15")
            == "2004-01-13")
        #expect(timexValue("Monday", in: "Monday's ruling will weigh on the next election.", published: "2004-01-15")
            == "2004-01-12")
    }

    @Test("'going' looks ahead only before 'to'; 'could have' before a date leaves its verb out")
    func goingAndElidedPerfect() {
        #expect(timexValue("June 9", in: "Approval climbed, going from 38 percent on June 9 to 45 percent.", published: "2004-08-01")
            == "2004-06-09")
        #expect(timexValue("July 14", in: "The firm is going to report on July 14.", published: "2004-08-01") == "2005-07-14")
        #expect(timexValue("November", in: "It is the strongest team going into November.", published: "2004-03-04") == "2004-11")
        // 2004-01-15 is a Thursday.
        #expect(timexValue("Tuesday", in: "He did not play the spoiler that he could have Tuesday.", published: "2004-01-15")
            == "2004-01-13")
    }

    @Test("\"take effect\" and \"comes\" put a date on the timetable ahead")
    func takeEffectAndComes() {
        // Published Friday 22 April 2016.
        #expect(timexValue("January", in: "The new parking rules take effect in January.", published: "2016-04-22") == "2017-01")
        #expect(timexValue("Tuesday", in: "The final count comes Tuesday.", published: "2016-04-22") == "2016-04-26")
        // A past verb still decides: "took effect in January" is the January gone.
        #expect(timexValue("January", in: "The new parking rules took effect in January.", published: "2016-04-22") == "2016-01")
    }
}
