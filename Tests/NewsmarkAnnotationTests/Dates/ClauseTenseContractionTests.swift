import NewsmarkModel
import Testing
@testable import NewsmarkAnnotation

/// Contracted auxiliaries, participles that describe a noun, and conditions after a date.
@Suite("Dates: contractions, attributive participles and conditions in the tense search")
struct ClauseTenseContractionTests {
    // Published Friday 5 February 2016: the Tuesday before is 2 February, the Tuesday after 9 February.

    @Test("\"won't\" is a future modal like \"will not\"")
    func wontIsFuture() {
        #expect(timexValue("Tuesday", in: "Rural voters won't settle the county race Tuesday.", published: "2016-02-05") == "2016-02-09")
        #expect(timexValue("Tuesday", in: "Rural voters will not settle the county race Tuesday.", published: "2016-02-05") == "2016-02-09")
        // "won't be counted" is a future verb group too.
        #expect(timexValue("Tuesday", in: "The late ballots won't be counted until Tuesday.", published: "2016-02-05") == "2016-02-09")
    }

    @Test("\"didn't\", \"wasn't\" and \"couldn't\" are past cues")
    func negatedPastContractions() {
        #expect(timexValue("Tuesday", in: "The treasurer didn't attend the board meeting Tuesday.", published: "2016-02-05") == "2016-02-02")
        #expect(timexValue("Tuesday", in: "The treasurer wasn't at the board meeting Tuesday.", published: "2016-02-05") == "2016-02-02")
        #expect(timexValue("Tuesday", in: "The treasurer couldn't be reached Tuesday.", published: "2016-02-05") == "2016-02-02")
    }

    @Test("a participle after a possessive noun or a \"-ly\" adverb describes the noun and is no past verb")
    func attributiveParticiples() {
        // "watched" would read as past and put the primary three days back.
        #expect(timexValue("Tuesday", in: "Young voters will not decide the outcome of the county's closely watched primary Tuesday.",
                           published: "2016-02-05") == "2016-02-09")
        #expect(timexValue("Tuesday", in: "Young voters will not decide the outcome of the county's watched primary Tuesday.",
                           published: "2016-02-05") == "2016-02-09")
        // A pronoun's "'s" is a verb: "it's widely reported" is present, and "reported" is no adjective there.
        #expect(ClauseTense.isAttributiveParticiple(pieces("it's widely reported"), 2) == false)
        #expect(ClauseTense.isAttributiveParticiple(pieces("the hotly contested seat"), 2))
        #expect(ClauseTense.isAttributiveParticiple(pieces("the state's closely watched primary"), 3))
        // An adverb of the verb group is not an adjective's adverb: "the board only approved".
        #expect(ClauseTense.isAttributiveParticiple(pieces("the board only approved"), 3) == false)
    }

    @Test("a condition in the present tense after the date looks ahead")
    func presentConditionAfterDate() {
        // Published 12 May 2016: the year's end is December 2016, not the one gone.
        #expect(timexValue("year's end", in: "The mayor could be out of office by year's end if she doesn't win the recall.",
                           published: "2016-05-12") == "2016-12-31")
        #expect(timexValue("November", in: "The dispute could hurt the party in November if the governor is its nominee.",
                           published: "2016-04-22") == "2016-11")
        // A future verb in the condition still counts.
        #expect(timexValue("Election Day", in: "Courts ought to stay out of ballot disputes near Election Day if a ruling will confuse voters.",
                           published: "2016-04-15") == "2016-11-08")
    }

    @Test("a past verb that asks someone to act leaves the day of the act to the nearest one")
    func directiveVerbWithInfinitive() {
        // Published Monday 6 June 2016: the vote urged is the next day's, not the Tuesday gone.
        #expect(timexValue("Tuesday", in: "The mayor urged her neighbours to vote Tuesday.", published: "2016-06-06") == "2016-06-07")
        // The day of the urging itself is past.
        #expect(timexValue("Tuesday", in: "The mayor urged her neighbours Tuesday to vote.", published: "2016-06-06") == "2016-05-31")
    }

    @Test("hyphenated words count once in a long clause, and a past form after \"to\" is an infinitive")
    func hyphensAndInfinitives() {
        // Sixteen pieces but fourteen words separate "would" from "Saturday".
        #expect(timexValue("Saturday", in: "The governor would chair a routine session of the coastal self-rule board's cabinet in Arden on Saturday.",
                           published: "1996-08-30") == "1996-08-31")
        // "to beat back" is no past verb: with no other cue the month is the nearest July.
        #expect(timexValue("July", in: "Her aides worked to beat back the talk of a floor fight at the party convention in July.",
                           published: "2016-04-12") == "2016-07")
    }

    /// The pieces of `text`, one sentence, for the clause helpers.
    private func pieces(_ text: String) -> [TemporalPiece] {
        let analysis = TextAnalysis(article: Article(id: "t", blocks: [(role: BlockRole.body, text: text)]))
        var forms = TemporalPieceForms()
        return TemporalPieceBuilder.pieces(text: analysis.text, tokens: analysis.tokens, range: 0..<analysis.tokens.count,
                                           regions: [Int](repeating: 0, count: analysis.tokens.count), forms: &forms)
    }
}
