import NewsmarkModel
import Testing

/// "back" after a count of units that ends its phrase means "ago".
@Suite("Dates: 'three weeks back' as 'three weeks ago'")
struct BackOffsetTests {
    @Test("a count of units followed by 'back' at the end of its phrase counts back from publication")
    func backAsAgo() {
        // 1 December 2015 is in week 49.
        #expect(timexValue("a few months back", in: "The mill closed a few months back, and the town has shrunk.",
                           published: "2015-12-01") == "PAST_REF")
        #expect(timexValue("three weeks back", in: "She bought the bakery three weeks back.", published: "2015-12-01") == "2015-W46")
        #expect(timexValue("Two years back", in: "Two years back, when the plant opened, jobs were plentiful.",
                           published: "2015-12-01") == "2013")
    }

    @Test("'back' as a direction or after a verb of moving is no offset")
    func backAsDirection() {
        let home = AnnotatedDates("He spent two years back home in Ohio.", published: "2015-12-01")
        #expect(home.value("two years back") == nil)
        #expect(home.value("two years") == "P2Y")
        #expect(AnnotatedDates("The board pushed the launch two weeks back.", published: "2015-12-01").value("two weeks back") == nil)
        #expect(AnnotatedDates("The crew flew three days back to the base.", published: "2015-12-01").value("three days back") == nil)
    }
}
