import NewsmarkModel
import Testing

@testable import NewsmarkAnnotation

@Suite("Quote marks and apostrophes")
struct QuoteMarkTests {
    @Test("Straight double marks pair and include the marks in the span")
    func straightMarks() throws {
        let (_, quotes) = try annotateQuotes([#""We will not give up," Smith said."#])
        #expect(quotes.map(\.text) == [#""We will not give up,""#])
    }

    @Test("Typographic, guillemet and German low-high marks")
    func typographicMarks() throws {
        let (_, quotes) = try annotateQuotes([
            "“The deal is done,” Jane Porter said.",
            "« Nous sommes prêts », declared Marie Dubois.",
            "„Wir schaffen das“, said Angela Merkel.",
        ])
        #expect(quotes.map(\.text) == ["“The deal is done,”", "« Nous sommes prêts »", "„Wir schaffen das“"])
        #expect(quotes.map(\.speaker) == ["Jane Porter", "Marie Dubois", "Angela Merkel"])
    }

    @Test("Apostrophes are not quotation marks")
    func apostrophes() throws {
        let (_, quotes) = try annotateQuotes([
            "NATO's plans date from the '90s, when rock 'n' roll still ruled and the Smiths' records sold well.",
            "Don't expect the ministers' talks to end before the '98 deadline, he said.",
        ])
        #expect(quotes.isEmpty)
    }

    @Test("Single quotes nest inside double quotes; a possessive inside does not close them")
    func nestedSingleQuotes() throws {
        let (article, quotes) = try annotateQuotes([
            #""He told me the plan was 'dead on arrival' and that NATO's offer was final," Smith said."#,
        ])
        #expect(quotes.count == 2)
        let outer = try #require(quotes.first)
        let inner = try #require(quotes.last)
        #expect(outer.text.hasPrefix(#""He told"#) && outer.text.hasSuffix(#"final,""#))
        #expect(inner.text == "'dead on arrival'")
        #expect(outer.quote.span.contains(inner.quote.span))
        #expect(outer.speaker == "Smith")
        #expect(article.quotes.allSatisfy { a in article.quotes.allSatisfy { !a.span.crosses($0.span) } })
    }

    @Test("Single quotes at top level mark a name held at a distance")
    func topLevelSingleQuotes() throws {
        let (_, quotes) = try annotateQuotes(["Troops joined the NATO 'Partnership for Peace' program in May."])
        #expect(quotes.map(\.text) == ["'Partnership for Peace'"])
        #expect(quotes.first?.kind == .scare)
        #expect(quotes.first?.speaker == nil)
    }

    @Test("An inch mark is not an opening quote")
    func inchMark() throws {
        let (_, quotes) = try annotateQuotes([#"Workers laid a 12" pipe. "It took all week," Brown said."#])
        #expect(quotes.map(\.text) == [#""It took all week,""#])
        #expect(quotes.first?.speaker == "Brown")
    }

    @Test("Two apostrophes stand for a double mark in archived text")
    func doubleApostrophes() throws {
        let (_, quotes) = try annotateQuotes(["''We made this choice for the balance sheet,'' Mark Ellis said."])
        #expect(quotes.map(\.text) == ["''We made this choice for the balance sheet,''"])
        #expect(quotes.first?.speaker == "Mark Ellis")
    }

    @Test("Markup attribute values left in scraped text are not quotes")
    func markupAttributes() throws {
        let (_, quotes) = try annotateQuotes([#"<tweet id="123" author="@someone">Great rally tonight</tweet>"#])
        #expect(quotes.isEmpty)
    }

    @Test("A quote over several paragraphs is one part per paragraph, each continuing the previous")
    func multiParagraphQuote() throws {
        let (_, quotes) = try annotateQuotes([
            #"Senator Maria Delgado said: "We have waited long enough for this bill."#,
            #""Every year of delay has cost lives on these tracks."#,
            #""Now it is time to vote," she added."#,
        ])
        #expect(quotes.count == 3)
        #expect(quotes[0].text == #""We have waited long enough for this bill."#)
        #expect(quotes[1].text == #""Every year of delay has cost lives on these tracks."#)
        #expect(quotes[2].text == #""Now it is time to vote,""#)
        #expect(quotes[0].quote.continues == nil)
        #expect(quotes[1].quote.continues == quotes[0].quote.id)
        #expect(quotes[2].quote.continues == quotes[1].quote.id)
        #expect(quotes.allSatisfy { $0.kind == .direct })
        #expect(quotes.map(\.speaker) == ["Maria Delgado", "Maria Delgado", "Maria Delgado"])
    }
}
