import NewsmarkModel
import Testing

@testable import NewsmarkAnnotation

/// Reading the speaker phrase in the harder shapes of news attribution: appositions, time phrases
/// between subject and verb, prepositional complements, long descriptive noun phrases and unnamed sources.
@Suite("Speaker phrases")
struct QuoteSpeakerPhraseTests {
    @Test("An apposition between the name and the verb: \"…,\" Smith, the party's chairman, said")
    func apposition() throws {
        let (_, quotes) = try annotateQuotes([
            #""The vote will go ahead," Petra Lindqvist, the party's chairman, said on Monday."#,
            #"Jonas Berg, a longtime member of the committee, said the delay was "an embarrassment.""#,
        ])
        #expect(quotes.map(\.speaker) == ["Petra Lindqvist", "Jonas Berg"])
    }

    @Test("A time or setting phrase between subject and verb: X on Tuesday said, X in a statement said")
    func adverbialBetweenSubjectAndVerb() throws {
        let (_, quotes) = try annotateQuotes([
            "The council met on Monday.",
            #"Anna Weber on Tuesday said the budget was "a disgrace.""#,
            #"Gregor Falk in a statement said "the numbers speak for themselves.""#,
            #"Lena Hart late last week told reporters: "We are not done.""#,
            #"Much of the anger was aimed at Ruud Maas, whom Piet Kok on Wednesday called "a menace.""#,
            #"Eva Moll, during a town hall in Columbus, Ohio, said she was "not going anywhere.""#,
        ])
        #expect(quotes.map(\.speaker) == ["Anna Weber", "Gregor Falk", "Lena Hart", "Piet Kok", "Eva Moll"])
    }

    @Test("A prepositional complement is not the speaker: critics in X, Smith of the Y institute")
    func prepositionalComplement() throws {
        let (_, quotes) = try annotateQuotes([
            #"Critics in Norway's parliament said the plan was "reckless and rushed.""#,
            #"Tomas Lind of the Nordic Policy Institute said the plan was "a good first step.""#,
        ])
        #expect(quotes.count == 2)
        #expect(quotes.first?.speaker == nil)
        #expect(quotes.last?.speaker == "Tomas Lind")
    }

    @Test("A long descriptive noun phrase ending in a name is read to the name")
    func descriptiveNounPhrase() throws {
        let (_, quotes) = try annotateQuotes([
            #"Independent presidential candidate Sen. Anna Weber on Saturday criticized the accord, saying it goes "nowhere near far enough.""#
        ])
        #expect(quotes.first?.speaker == "Anna Weber")
        #expect(quotes.first?.cue == "saying")
    }

    @Test("An abbreviated title is not a name: Pres. Weber")
    func abbreviatedTitle() throws {
        let (_, quotes) = try annotateQuotes([#""It did not work," Pres. Weber said of the program."#])
        #expect(quotes.first?.speaker == "Weber")
    }

    @Test("A fronted participle clause is skipped when reading the main subject")
    func frontedParticiple() throws {
        let (_, quotes) = try annotateQuotes([
            "Anna Weber arrived in the city on Friday.",
            #"Preceded at the podium by the mayor, Weber launched into a defense of what she called "the fairest tax plan in decades.""#,
        ])
        #expect(quotes.first?.speaker == "Anna Weber")
    }

    @Test("A sentence-initial surname stays a name when the word also occurs in lower case")
    func sentenceInitialSurname() throws {
        let (_, quotes) = try annotateQuotes([
            "Prices rose sharply in May, and Senator Adam Rose called for hearings.",
            #"Rose, who chairs the banking panel, praised the regulators for their "tireless work.""#,
        ])
        #expect(quotes.first?.speaker == "Adam Rose")
    }

    @Test("An unnamed source introduced by an indefinite description is an entity of its own; the definite description returns to it")
    func unnamedSource() throws {
        let (article, quotes) = try annotateQuotes([
            "Senator Carl Brandt met donors in Denver on Monday.",
            #""He will not back down," said a senior Brandt adviser. "He never does, not once.""#,
            #""The donors understood that," the adviser added."#,
        ])
        #expect(quotes.map(\.speaker) == ["a senior Brandt adviser", "a senior Brandt adviser", "a senior Brandt adviser"])
        let id = try #require(quotes.first?.quote.speakerID)
        #expect(article.discourseEntity(id: id)?.type == "person")
        // The adviser is not Brandt, and no mention is made for the description.
        #expect(!article.mentions.contains { ScalarText(article.text).string($0.span).contains("adviser") })
    }

    @Test("An organization speaks through its spokesman, but a person named inside a description does not speak")
    func mentionInsideDescription() throws {
        let paragraphs = [
            #""The plant will stay open," said a spokesman for the Vantor Group."#,
            #""We expect a deal soon," one Weber aide said."#,
        ]
        let text = paragraphs.joined(separator: Article.blockSeparator)
        let orgStart = try #require(quoteTestOffset(of: "Vantor Group", in: text))
        let personStart = try #require(quoteTestOffset(of: "Weber", in: text))
        let mentions = [
            EntityMention(id: "m1", type: "organization", span: TextSpan(start: orgStart, end: orgStart + 12), entityID: "e1"),
            EntityMention(id: "m2", type: "person", span: TextSpan(start: personStart, end: personStart + 5), entityID: "e2"),
        ]
        let entities = [
            DiscourseEntity(id: "e1", type: "organization", name: "Vantor Group"),
            DiscourseEntity(id: "e2", type: "person", name: "Anna Weber"),
        ]
        let (_, quotes) = try annotateQuotes(paragraphs, mentions: mentions, entities: entities)
        #expect(quotes.map(\.speaker) == ["Vantor Group", "one Weber aide"])
    }

    @Test("A speaker the entity layer read as a place becomes an organization entity, never a place")
    func placeAsSpeaker() throws {
        let paragraphs = [#""The expansion is a mistake," Moscow said."#]
        let start = try #require(quoteTestOffset(of: "Moscow", in: paragraphs[0]))
        let mentions = [EntityMention(id: "m1", type: "location", span: TextSpan(start: start, end: start + 6), entityID: "e1")]
        let entities = [DiscourseEntity(id: "e1", type: "location", name: "Moscow")]
        let (article, quotes) = try annotateQuotes(paragraphs, mentions: mentions, entities: entities)
        let id = try #require(quotes.first?.quote.speakerID)
        #expect(id != "e1")
        #expect(article.discourseEntity(id: id)?.type == "organization")
        #expect(article.discourseEntity(id: id)?.name == "Moscow")
    }

    @Test("A quote opening a paragraph continues the speaker of the paragraph before's last sentence")
    func speakerFromPreviousParagraph() throws {
        let (_, quotes) = try annotateQuotes([
            "Marta Olsen praised the council for its handling of the flood.",
            #""We need people who cut through the noise and get things done.""#,
            "Marta Olsen arrived in Bergen on Friday.",
            #""The water came up faster than anyone expected in the old town.""#,
        ])
        #expect(quotes.map(\.speaker) == ["Marta Olsen", nil])
    }

    @Test("A definite description prefers the subject of the sentence before over a nearer object")
    func descriptionPrefersSubject() throws {
        let (_, quotes) = try annotateQuotes([
            #"John Moen criticized Peter Dahl and praised Paul Sand in an interview. "What Dahl did was a disgrace," the committee chairman said."#
        ])
        #expect(quotes.first?.speaker == "John Moen")
    }

    @Test("Pronouns skip people named inside the quote and party tags")
    func pronounSkipsQuotedNamesAndPartyTags() throws {
        let paragraphs = [
            "The committee met on Monday.",
            "Mrs. Marta Olsen, D-Ore., met the press.",
            #""I told Anna Berg we were ready," she said."#,
        ]
        let text = paragraphs.joined(separator: Article.blockSeparator)
        let tag = try #require(quoteTestOffset(of: "D-Ore", in: text))
        let mentions = [EntityMention(id: "m1", type: "person", span: TextSpan(start: tag, end: tag + 5), entityID: "e1")]
        let entities = [DiscourseEntity(id: "e1", type: "person", name: "D-Ore")]
        let (_, quotes) = try annotateQuotes(paragraphs, mentions: mentions, entities: entities)
        #expect(quotes.first?.speaker == "Marta Olsen")
    }

    @Test("An inverted verb after a comma later in the sentence: …, said X")
    func invertedVerbLaterInSentence() throws {
        let (_, quotes) = try annotateQuotes([
            #"The vote signals "the end of an era" for the league, said Henrik Dahl, a former commissioner."#
        ])
        #expect(quotes.first?.speaker == "Henrik Dahl")
    }

    @Test("A name in apposition after an inverted description is the speaker: said the bureau's director, X")
    func nameAfterInvertedDescription() throws {
        let (_, quotes) = try annotateQuotes([#""We found no ties," said the bureau's director, Anna Lind, on Monday."#])
        #expect(quotes.first?.speaker == "Anna Lind")
    }

    @Test("A colon after the subject's verb introduces the subject's words")
    func colonAfterVerb() throws {
        let (_, quotes) = try annotateQuotes([#"Maria Lunde paused, then leaned toward the crowd: "Let us win this in November.""#])
        #expect(quotes.first?.speaker == "Maria Lunde")
    }

    @Test("An anonymous person is a source: said a person close to the mayor")
    func personCloseTo() throws {
        let (_, quotes) = try annotateQuotes([#""It is over," said a person close to the mayor."#])
        #expect(quotes.first?.speaker == "a person close")
    }

    @Test("A participle with a subject of its own: …, X saying \"…\" and Y calling it \"…\"")
    func participleWithOwnSubject() throws {
        let (_, quotes) = try annotateQuotes([
            #"Both leaders issued a statement, Ruud Maas saying he was "very encouraged" and Piet Kok calling it "a great meeting.""#
        ])
        #expect(quotes.map(\.speaker) == ["Ruud Maas", "Piet Kok"])
        #expect(quotes.map(\.cue) == ["saying", "calling"])
    }

    @Test("A name followed by an age and a home town: X, 22, of Fargo, N.D., said")
    func nameWithAge() throws {
        let (_, quotes) = try annotateQuotes([#"Cory Lund, 22, of Fargo, N.D., said he still hoped for a "surprise.""#])
        #expect(quotes.first?.speaker == "Cory Lund")
    }

    @Test("A parenthetical attribution between commas names the speaker: The ministry, X said, called it \"…\"")
    func parentheticalAttribution() throws {
        let (_, quotes) = try annotateQuotes([#"The ministry, Lena Hart said, called the report "deeply flawed.""#])
        #expect(quotes.first?.speaker == "Lena Hart")
    }

    @Test("A paragraph ending in a colon after a statement introduces its subject's words")
    func statementIntroducedByColon() throws {
        let (_, quotes) = try annotateQuotes([
            "The storm passed on Monday.",
            "Mayor Ruth Falk issued the following statement:",
            #""Our thoughts are with the families tonight. We will rebuild this town together.""#,
        ])
        #expect(quotes.first?.speaker == "Ruth Falk")
    }

    @Test("A fronted place phrase is skipped: Here in Bergen, X …, saying, \"…\"")
    func frontedHere() throws {
        let (_, quotes) = try annotateQuotes([
            #"Here in Bergen, Ola Nordmann stepped up his criticism of the council, saying, "We have waited long enough for this bridge.""#
        ])
        #expect(quotes.first?.speaker == "Ola Nordmann")
    }
}
