import NewsmarkModel
import Testing

@testable import NewsmarkAnnotation

@Suite("Attribution patterns")
struct QuoteAttributionTests {
    /// The speaker and cue of the only quote in `paragraph`.
    private func attribution(_ paragraph: String) throws -> (speaker: String?, cue: String?, kind: QuoteKind) {
        let (_, quotes) = try annotateQuotes([paragraph])
        let quote = try #require(quotes.first, "no quote found in: \(paragraph)")
        return (quote.speaker, quote.cue, quote.kind)
    }

    @Test("\"…,\" X said")
    func quoteThenSpeakerThenVerb() throws {
        let found = try attribution(#""The talks are over," Yeltsin recently told the newspaper."#)
        #expect(found.speaker == "Yeltsin" && found.cue == "told" && found.kind == .direct)
    }

    @Test("\"…,\" said X, with titles and a party tag")
    func inverted() throws {
        let found = try attribution("“We need this law now,” said Sen. Chuck Morgan (D-Ore.), who chairs the panel.")
        #expect(found.speaker == "Chuck Morgan" && found.cue == "said")
        let other = try attribution("“There is energy in these races,” Rep. Earl Blake (D-Ore.) said.")
        #expect(other.speaker == "Earl Blake")
    }

    @Test("X said: \"…\" and X said \"…\"")
    func speakerBeforeQuote() throws {
        let colon = try attribution(#"Maria Delgado said: "This is the most important bill in years.""#)
        #expect(colon.speaker == "Maria Delgado" && colon.cue == "said" && colon.kind == .direct)
        let plain = try attribution(#"Maria Delgado said "This is the most important bill in years.""#)
        #expect(plain.speaker == "Maria Delgado" && plain.kind == .direct)
    }

    @Test("X told Y: \"…\"")
    func toldSomeone() throws {
        let found = try attribution("Its president, James O'Connor, told reporters: “We support safety, but not this bill.”")
        #expect(found.speaker == "James O'Connor" && found.cue == "told")
    }

    @Test("according to X")
    func accordingTo() throws {
        let found = try attribution("“The numbers do not add up,” according to Paula Reyes, the city's auditor.")
        #expect(found.speaker == "Paula Reyes" && found.cue == "according to")
    }

    @Test("X added, and a speech-verb lexicon beyond said")
    func otherVerbs() throws {
        for verb in ["added", "warned", "insisted", "wrote", "asked", "stressed", "noted", "explained", "declared",
                     "argued", "claimed", "replied", "tweeted"] {
            let found = try attribution("“This cannot go on much longer,” Tom Hardy \(verb).")
            #expect(found.speaker == "Tom Hardy", "verb \(verb)")
            #expect(found.cue == verb)
        }
    }

    @Test("X, who …, said \"…\"")
    func relativeClause() throws {
        let found = try attribution(#"Karen Liu, who has run the agency since 2019, said "The budget is final.""#)
        #expect(found.speaker == "Karen Liu" && found.cue == "said")
    }

    @Test("The goal, X said, is \"…\" (interrupted sentence)")
    func interrupted() throws {
        let (_, quotes) = try annotateQuotes([
            #"The goal, Yeltsin said, is to use "constructive cooperation" with the Alliance "radically to change its essence.""#,
        ])
        #expect(quotes.map(\.speaker) == ["Yeltsin", "Yeltsin"])
        #expect(quotes.map(\.kind) == [.partial, .partial])
        #expect(quotes.map(\.cue) == ["said", "said"])
    }

    @Test("An interrupted quote: \"…,\" X said, \"…\"")
    func interruptedQuote() throws {
        let (_, quotes) = try annotateQuotes([#""The goal," Anna Keller said, "is to cut emissions by half.""#])
        #expect(quotes.map(\.speaker) == ["Anna Keller", "Anna Keller"])
    }

    @Test("A name and a colon introduce a quote")
    func nameColon() throws {
        let found = try attribution("Early polls - Carl Benton: “Keep contacting voters as late as possible.”")
        #expect(found.speaker == "Carl Benton")
    }

    @Test("A quote run over several sentences keeps its speaker, and so do later quotes of the paragraph")
    func sameSpeakerInParagraph() throws {
        let (_, quotes) = try annotateQuotes([
            "“We will win this state,” Clara Moss said on Monday. “Nobody thought we could, but we will.”",
        ])
        #expect(quotes.map(\.speaker) == ["Clara Moss", "Clara Moss"])
        #expect(quotes.last?.cue == nil)
    }

    @Test("A sentence that names the speaker introduces the quote after it")
    func previousSentenceIntroduces() throws {
        let (_, quotes) = try annotateQuotes([
            "Anna Keller, the mayor, said the agreement was overdue. “We have waited long enough for governments to act.”",
        ])
        #expect(quotes.first?.speaker == "Anna Keller")
        #expect(quotes.first?.cue == "said")
    }

    @Test("A participle borrows the main clause's speaker")
    func participle() throws {
        let (_, quotes) = try annotateQuotes([
            "Trump went after Jeb Bush in Salem, calling him “a total stiff” in front of the crowd.",
        ])
        #expect(quotes.first?.speaker == "Trump")
        #expect(quotes.first?.cue == "calling")
        #expect(quotes.first?.kind == .partial)
    }
}
