import NewsmarkModel
import Testing

/// Sports fixtures in the present tense ("Leeds host Burnley on Sunday") are timetables, ahead.
@Suite("Dates: fixture verbs in the present tense")
struct FixtureVerbTests {
    @Test("a team that faces, plays, hosts or takes on another on a day name: the coming day")
    func fixtures() {
        // 5 December 2015 is a Saturday.
        #expect(timexValue("Sunday", in: "Portugal face Iceland in Reykjavik on Sunday.", published: "2015-12-05") == "2015-12-06")
        #expect(timexValue("Sunday", in: "The two clubs play again on Sunday.", published: "2015-12-05") == "2015-12-06")
        #expect(timexValue("Sunday", in: "Leeds host Burnley on Sunday.", published: "2015-12-05") == "2015-12-06")
        #expect(timexValue("Tuesday", in: "The champions take on Porto on Tuesday.", published: "2015-12-05") == "2015-12-08")
        #expect(timexValue("Wednesday", in: "City visit Anfield on Wednesday.", published: "2015-12-05") == "2015-12-09")
    }

    @Test("the same words as nouns leave the tense to the verb")
    func nouns() {
        #expect(timexValue("Sunday", in: "The school staged a play on Sunday.", published: "2015-12-05") == "2015-11-29")
        #expect(timexValue("Sunday", in: "The queen made a state visit on Sunday.", published: "2015-12-05") == "2015-11-29")
        #expect(timexValue("Sunday", in: "His visit on Sunday drew crowds.", published: "2015-12-05") == "2015-11-29")
    }

    @Test("\"both\" or \"all\" may stand between the subject and the fixture verb")
    func quantifierBeforeFixtureVerb() {
        // Published Saturday 31 August 1996.
        #expect(timexValue("Monday", in: "Leeds and Derby both host relegation rivals on Monday.", published: "1996-08-31") == "1996-09-02")
    }

    @Test("a possessive event after \"for\" is what was prepared for: the nearest such day")
    func possessiveEventAfterFor() {
        // Published Friday 30 August 1996: the squad named today is for tomorrow's match.
        #expect(timexValue("Saturday", in: "The coach named a squad of 22 for Saturday's match.", published: "1996-08-30") == "1996-08-31")
        // Said on a Monday, the Saturday is the one gone.
        #expect(timexValue("Saturday", in: "The striker was suspended for Saturday's match.", published: "1996-09-02") == "1996-08-31")
    }
}
