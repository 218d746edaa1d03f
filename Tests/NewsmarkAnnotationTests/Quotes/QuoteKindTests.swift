import NewsmarkModel
import Testing

@testable import NewsmarkAnnotation

@Suite("Direct, partial and scare quotes")
struct QuoteKindTests {
    @Test("A fragment woven into reported speech is partial")
    func partialQuote() throws {
        let (_, quotes) = try annotateQuotes([
            #"President Boris Yeltsin said that Moscow hoped to "encourage radical changes" in NATO."#,
        ])
        #expect(quotes.first?.kind == .partial)
        #expect(quotes.first?.speaker == "Boris Yeltsin")
        #expect(quotes.first?.cue == "said")
    }

    @Test("A word or short phrase without attribution is a scare quote with no speaker")
    func scareQuotes() throws {
        let (_, quotes) = try annotateQuotes([
            #"Indeed, Moscow has never "accepted" the expansion; it merely took note of it."#,
            #"Many people still regard the neighboring states as "a sphere of influence," and act on it."#,
        ])
        #expect(quotes.map(\.kind) == [.scare, .scare])
        #expect(quotes.allSatisfy { $0.speaker == nil && $0.cue == nil })
    }

    @Test("A full sentence in quotes with attribution is direct")
    func directQuote() throws {
        let (_, quotes) = try annotateQuotes([#""We are strongly opposed to the enlargement," Yeltsin told the diplomats."#])
        #expect(quotes.first?.kind == .direct)
    }

    @Test("A short answer with its own punctuation is direct")
    func shortDirect() throws {
        let (_, quotes) = try annotateQuotes([#""Yes," Lee said."#])
        #expect(quotes.first?.kind == .direct)
    }

    @Test("Titles of shows are not quotations")
    func titles() throws {
        let (_, quotes) = try annotateQuotes(["Kessler said on KPLX’s “Sunday Ledger” that she would keep the plant open."])
        #expect(quotes.first?.kind == .scare)
    }

    @Test("Headline quotes are headline shorthand, not attributed quotations")
    func headlineQuotes() throws {
        let (_, quotes) = try annotateQuotes(
            ["The mayor spoke on Monday."], headline: "Mayor vows ‘no more delays’ on climate pact")
        #expect(quotes.first?.kind == .scare)
    }

    @Test("Quotes carry ids, provenance and a confidence")
    func provenance() throws {
        let (_, quotes) = try annotateQuotes([#""One," Ann Lee said. "Two," she added."#])
        #expect(quotes.map(\.quote.id) == ["q1", "q2"])
        for quote in quotes {
            #expect(quote.quote.provenance.annotatorID == "newsmark-quotes")
            let confidence = try #require(quote.quote.provenance.confidence)
            #expect(confidence > 0 && confidence <= 1)
        }
    }

    @Test("A fragment of short lower-case words is not a title: \"way off\"")
    func shortLowercaseFragmentIsPartial() throws {
        let (_, quotes) = try annotateQuotes([#"Anna Lind said the polls could be "way off.""#])
        #expect(quotes.first?.kind == .partial)
        #expect(quotes.first?.speaker == "Anna Lind")
    }
}
