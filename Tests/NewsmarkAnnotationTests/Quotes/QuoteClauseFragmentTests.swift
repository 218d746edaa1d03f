import NewsmarkModel
import Testing

@testable import NewsmarkAnnotation

/// A clause-long quoted fragment in lower case is someone's words, even with no attribution found.
@Suite("Quoted clauses without an attribution")
struct QuoteClauseFragmentTests {
    @Test("A lower-case fragment of five words or more is partial, not scare")
    func longLowerCaseFragmentIsPartial() throws {
        let (_, quotes) = try annotateQuotes([
            "The harbor board adopted the plan on Monday. Its annex warns of \"a second storm surge within the decade\" and asks for funding.",
        ], headline: "Harbor plan adopted")
        #expect(quotes.count == 1)
        #expect(quotes.first?.kind == .partial)
        #expect(quotes.first?.speaker == nil)
    }

    @Test("Short fragments, titles and headline quotes stay scare")
    func shortFragmentsStayScare() throws {
        let (_, quotes) = try annotateQuotes([
            "The region could see a \"race to the bottom\" in wages.",
            "The museum's new wing, \"The City at Its Heart,\" opens next fall.",
        ], headline: "Town braces for 'a storm that will change everything for good'")
        #expect(quotes.count == 3)
        #expect(quotes.allSatisfy { $0.kind == .scare })
    }

    @Test("A clause-long fragment right after someone's quote goes on with that speaker")
    func fragmentAfterAttributedQuote() throws {
        let (_, quotes) = try annotateQuotes([
            "\"Some rules are written so that almost anything could be an offense,\" Vera Lund added. But that is not the same as \"properly chargeable under the law.\"",
        ], headline: "Lawyers weigh in")
        #expect(quotes.count == 2)
        #expect(quotes.last?.kind == .partial)
        #expect(quotes.last?.speaker == "Vera Lund")
        #expect(quotes.last?.cue == nil)  // borrowed from the sentence before
    }

    @Test("A clause-long fragment opening the paragraph after someone's quote goes on with that speaker")
    func fragmentOpeningNextParagraph() throws {
        let (_, quotes) = try annotateQuotes([
            "\"She told me it was an accident,\" Mona Berg said.",
            "\"… and they still go on saying that I am the one who is wrong.\"",
        ], headline: "Family speaks")
        #expect(quotes.map(\.speaker) == ["Mona Berg", "Mona Berg"])
        #expect(quotes.last?.kind == .partial)
    }
}
