import NewsmarkModel
import Testing

@testable import NewsmarkAnnotation

/// Reporting conventions beyond the basic attribution patterns: short follow-up sentences, colon and
/// signature introductions, reported clauses, paragraphs that continue a speaker, phrasal speech verbs.
@Suite("News quoting conventions")
struct QuoteConventionTests {
    @Test("A short quote that is a sentence of its own is an utterance, even in title case")
    func shortSentenceQuote() throws {
        let (_, quotes) = try annotateQuotes([
            "“It is not over yet,” Lena Ortiz said on Tuesday. “We are hopeful.” The count resumes today.",
            "“The margin keeps shrinking,” Ortiz said. “That is all.”",
        ])
        #expect(quotes.map(\.kind) == [.direct, .direct, .direct, .direct])
        #expect(quotes.map(\.speaker) == ["Lena Ortiz", "Lena Ortiz", "Lena Ortiz", "Lena Ortiz"])
    }

    @Test("A long quote after a possessive is a sentence, not a title; a short one stays a title")
    func possessiveBeforeSentence() throws {
        let (_, quotes) = try annotateQuotes([
            "Dana Voss waved the poll away on Monday, calling it her campaign’s “Whatever the numbers say, we gain ground every single day.”",
            "Dana Voss said on the network’s “Morning Hour” that she would stay in the race.",
        ], headline: "Campaign notes")
        #expect(quotes[0].kind != .scare && quotes[0].speaker == "Dana Voss")
        #expect(quotes[1].kind == .scare)
    }

    @Test("A manner-of-speaking verb after the quote names the speaker that follows it")
    func mannerOfSpeakingInversion() throws {
        let (_, quotes) = try annotateQuotes([
            "Fireworks went up over the harbor as the ferry docked.",
            "“This is the best night of my life!” beamed Nora Kiel of Duluth, who had waited since dawn.",
            "“We will be back next year,” deadpanned Omar Tate, a retired pilot.",
            "“Nobody asked us,” griped Ruth Wenz.",
        ], headline: "Harbor festival")
        #expect(quotes.map(\.speaker) == ["Nora Kiel", "Omar Tate", "Ruth Wenz"])
    }

    @Test("A plain participle carrying a speech infinitive lends its own subject")
    func participleCarryingSpeechInfinitive() throws {
        let (_, quotes) = try annotateQuotes([
            "The mayor’s office denied the report, with Vera Holm taking to the radio to call it “pure fiction.”",
            "With Vera Holm watching, the council chairman Paul Ek stood up to call the vote “premature.”",
        ], headline: "City hall")
        #expect(quotes.count == 2)
        #expect(quotes.first?.speaker == "Vera Holm")
        // A comma parts the participle from the infinitive: the watcher is not the speaker.
        #expect(quotes.last?.speaker != "Vera Holm")
    }

    @Test("A fronted place or time phrase is stepped over to the subject")
    func frontedPhrases() throws {
        let (_, quotes) = try annotateQuotes([
            "Speaking at a rally in Salem, Oregon, Dana Voss went after her rival, calling him “a total fraud.”",
            "A few days later, Tom Reyes reversed himself again, telling reporters that the rules “are settled for now.”",
            "Hours later, Tom Reyes returned the compliment, telling the crowd that Voss was “a tough opponent.”",
        ], headline: "Campaign notes")
        #expect(quotes.map(\.speaker) == ["Dana Voss", "Tom Reyes", "Tom Reyes"])
    }

    @Test("A saying cue whose subject is a place still attributes the quote, with no speaker")
    func placeSubjectKeepsCue() throws {
        let paragraphs = ["Oslo welcomed the accord on Friday, calling it “a new chapter for the region.”"]
        let text = paragraphs.joined(separator: Article.blockSeparator)
        let start = try #require(quoteTestOffset(of: "Oslo", in: text))
        let place = EntityMention(id: "m1", type: "location", span: TextSpan(start: start, end: start + 4))
        let (_, quotes) = try annotateQuotes(paragraphs, mentions: [place])
        let quote = try #require(quotes.first)
        #expect(quote.kind == .partial && quote.speaker == nil && quote.cue == "calling")
    }

    @Test("An unattributed quote in a headline is headline shorthand")
    func headlineShorthand() throws {
        let (_, quotes) = try annotateQuotes(
            ["The town council met late into the night to discuss the closure of the plant."],
            headline: "‘We are in shock, all of us’: a mill town mourns")
        #expect(quotes.first?.kind == .scare)
    }

    @Test("The clause that ends in a colon introduces the quote")
    func colonClause() throws {
        let (_, first) = try annotateQuotes([
            "When Tom Reyes suggested that the city would lose in court, Maria Lunde fired back: “If they sue us, we will win.”",
        ])
        #expect(first.first?.speaker == "Maria Lunde" && first.first?.cue == "fired back")
        let (_, second) = try annotateQuotes([
            "“Do it by decree,” said Paul Brandt, the union’s president. Dana Voss resisted: “Governors do not have that power.”",
        ])
        #expect(second.map(\.speaker) == ["Paul Brandt", "Dana Voss"])
        let (_, third) = try annotateQuotes([
            "Put another way, explained moderator Nancy Corder: “Why should voters care where the fund went?”",
        ])
        #expect(third.first?.speaker == "Nancy Corder" && third.first?.cue == "explained")
    }

    @Test("Words quoted inside a reported clause belong to the one who reports it")
    func reportedClause() throws {
        let (_, quotes) = try annotateQuotes([
            "Rep. Glen Hardy said Moss reassured them that the party was “not going to split over this.”",
        ])
        #expect(quotes.first?.speaker == "Glen Hardy" && quotes.first?.cue == "said")
    }

    @Test("A party tag between commas does not end the sentence")
    func partyTagBetweenCommas() throws {
        let (_, quotes) = try annotateQuotes([
            "“We will keep going,” Senate Majority Leader Mitch Conway, R-Ky., said. “Nobody in this room wants to stop now.”",
        ])
        #expect(quotes.map(\.speaker) == ["Mitch Conway", "Mitch Conway"])
    }

    @Test("A quote paragraph continues the speaker of the paragraph before")
    func paragraphCarry() throws {
        let (_, afterNarrative) = try annotateQuotes([
            "“They would come to me for advice,” Omar Haddad said. When the family went out, neighbors stopped them.",
            "“They asked whether they would have to leave the country.”",
        ])
        #expect(afterNarrative.map(\.speaker) == ["Omar Haddad", "Omar Haddad"])
        let (_, afterSubject) = try annotateQuotes([
            "The count went on all night.",
            "Ruth Falk is upbeat about her chances in the runoff.",
            "“Not only can we win, we are the favorites now.”",
        ])
        #expect(afterSubject.first?.speaker == "Ruth Falk")
    }

    @Test("A signature line after a quote names its speaker")
    func signatureLine() throws {
        let (_, quotes) = try annotateQuotes([
            "Here are some of the claims from the debate, checked one by one.",
            "“The economy is growing faster than anyone expected two years ago.”",
            "- Laura Benton.",
        ])
        #expect(quotes.first?.speaker == "Laura Benton" && quotes.first?.kind == .direct)
    }

    @Test("A campaign or party named in a description speaks as an organization")
    func namedOrganizationDescription() throws {
        let (article, quotes) = try annotateQuotes([
            "“We disagree with the ruling and will appeal,” the Brandt campaign said on Friday.",
            "“The appeal will be filed next week,” the campaign said.",
        ])
        #expect(quotes.map(\.speaker) == ["Brandt campaign", "Brandt campaign"])
        let id = try #require(quotes.first?.quote.speakerID)
        #expect(article.discourseEntity(id: id)?.type == "organization")
    }

    @Test("A possessive organization is the subject a participle borrows")
    func possessiveOrganizationSubject() throws {
        let (_, quotes) = try annotateQuotes([
            "Reyes’s campaign shrugged off the remarks, telling reporters, “Nobody on our team ever asked for that.”",
        ])
        #expect(quotes.first?.speaker == "Reyes’s campaign" && quotes.first?.cue == "telling")
    }

    @Test("A surname that is also a function word speaks when the article capitalizes it inside a sentence")
    func functionWordSurname() throws {
        let (_, quotes) = try annotateQuotes([
            "The columnist George Will has long opposed the plan. “It will fail,” Will wrote on Sunday.",
        ])
        #expect(quotes.first?.speaker == "George Will" && quotes.first?.cue == "wrote")
    }

    @Test("Phrasal speech verbs: shot back, went on")
    func phrasalVerbs() throws {
        let (_, after) = try annotateQuotes(["“You know, it happens to everybody,” Brandt went on."])
        #expect(after.first?.speaker == "Brandt" && after.first?.cue == "went on")
        let (_, before) = try annotateQuotes(["When Reyes criticized her record, Lunde shot back, “I could have stayed home.”"])
        #expect(before.first?.speaker == "Lunde" && before.first?.cue == "shot back")
    }
}
