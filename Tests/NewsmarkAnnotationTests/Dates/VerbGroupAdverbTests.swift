import NewsmarkModel
import Testing

/// An adverb inside a verb group of planning ("is widely expected to", "is now firmly set for") keeps
/// the participle's forward reading.
@Suite("Dates: adverbs inside a planning verb group")
struct VerbGroupAdverbTests {
    @Test("an adverb between 'is' and a planning participle keeps the date ahead")
    func adverbBeforeParticiple() {
        // Published 1 December 2015: the coming 18 December, not the one gone.
        #expect(timexValue("Dec. 18", in: "The merger is widely expected to close on Dec. 18, bankers say.",
                           published: "2015-12-01") == "2015-12-18")
        // Published 1 June 2015: without the forward reading the nearer December is the last one.
        #expect(timexValue("Dec. 9", in: "The vote is now firmly set for Dec. 9.", published: "2015-06-01") == "2015-12-09")
        #expect(timexValue("March", in: "A ruling is generally expected in March.", published: "2015-06-01") == "2016-03")
        #expect(timexValue("March", in: "The bridge is tentatively scheduled to reopen in March.", published: "2015-06-01") == "2016-03")
    }

    @Test("without the form of 'be' the participle stays a past verb")
    func pastParticipleStaysPast() {
        #expect(timexValue("March", in: "Analysts widely expected a cut in March.", published: "2015-06-01") == "2015-03")
    }
}
