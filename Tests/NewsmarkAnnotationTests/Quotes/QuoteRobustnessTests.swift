import NewsmarkModel
import Testing

@testable import NewsmarkAnnotation

@Suite("Unbalanced and random quote marks")
struct QuoteRobustnessTests {
    @Test("An unclosed mark stops at its paragraph end and does not swallow the next paragraph")
    func unclosedMarkStopsAtParagraph() throws {
        let (article, quotes) = try annotateQuotes([
            #"The minister said "this will never be closed properly and runs on"#,
            #""Nothing is lost," Jane Porter said in the next paragraph."#,
        ])
        let second = try #require(article.blocks.last)
        #expect(quotes.count == 2)
        #expect(quotes.allSatisfy { q in article.blocks.contains { $0.span.contains(q.quote.span) } })
        let last = try #require(quotes.last)
        #expect(second.span.contains(last.quote.span))
        #expect(last.text == #""Nothing is lost,""#)
        #expect(last.speaker == "Jane Porter")
    }

    @Test("A stray closing mark opens nothing")
    func strayClosingMark() throws {
        let (_, quotes) = try annotateQuotes([#"The vote was close" and nobody expected it. "Yes," Lee said."#])
        #expect(quotes.map(\.text) == [#""Yes,""#])
    }

    @Test("Random quote marks never crash, never cross paragraphs and always nest")
    func randomMarks() throws {
        var generator = QuoteTestRandom(seed: 0x5eed)
        let pieces = ["\"", "“", "”", "‘", "’", "'", "«", "»", "„", "''", " ", " said ", "Smith", " he ", ",", ".",
                      "NATO's", " the Smiths' ", "'90s", "\u{00A0}", "🚀", "x"]
        for _ in 0..<300 {
            var paragraphs: [String] = []
            for _ in 0..<Int.random(in: 1...4, using: &generator) {
                var text = ""
                for _ in 0..<Int.random(in: 1...30, using: &generator) {
                    text += pieces[Int.random(in: 0..<pieces.count, using: &generator)]
                }
                paragraphs.append(text)
            }
            let (article, _) = try annotateQuotes(paragraphs)
            for quote in article.quotes {
                #expect(article.blocks.contains { $0.span.contains(quote.span) })
                for other in article.quotes { #expect(!quote.span.crosses(other.span)) }
                if let speaker = quote.speakerID { #expect(article.discourseEntity(id: speaker) != nil) }
            }
            #expect(Set(article.quotes.map(\.id)).count == article.quotes.count)
        }
    }
}

/// A small deterministic random number generator for repeatable tests.
struct QuoteTestRandom: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

@Suite("Quotes and entity mentions")
struct QuoteMentionTests {
    @Test("A mention that takes in a quotation mark is dropped; mentions inside quotes stay")
    func crossingMentions() throws {
        let text = #"The "Partnership for Peace program" started, Jane Roe said."#
        let start = try #require(quoteTestOffset(of: "Peace", in: text))
        let inside = try #require(quoteTestOffset(of: "Partnership", in: text))
        let mentions = [
            EntityMention(id: "m1", type: "misc", span: TextSpan(start: start, end: start + 15), entityID: nil),
            EntityMention(id: "m2", type: "misc", span: TextSpan(start: inside, end: inside + 11), entityID: nil),
        ]
        let (article, quotes) = try annotateQuotes([text], mentions: mentions)
        #expect(quotes.count == 1)
        #expect(!article.mentions.contains { $0.id == "m1" })
        #expect(article.mentions.contains { $0.id == "m2" })
        for mention in article.mentions {
            for quote in article.quotes { #expect(!mention.span.crosses(quote.span)) }
        }
    }
}
