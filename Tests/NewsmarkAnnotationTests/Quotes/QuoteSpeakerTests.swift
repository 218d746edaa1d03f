import NewsmarkModel
import Testing

@testable import NewsmarkAnnotation

@Suite("Speaker resolution")
struct QuoteSpeakerTests {
    @Test("A name with no mention gets a new entity and a linked mention")
    func newEntity() throws {
        let (article, quotes) = try annotateQuotes([#""We are ready," said Élodie Marchand."#])
        let speaker = try #require(quotes.first?.quote.speakerID)
        let entity = try #require(article.discourseEntity(id: speaker))
        #expect(entity.name == "Élodie Marchand")
        #expect(entity.type == "person")
        #expect(entity.provenance.annotatorID == "newsmark-quotes")
        let mention = try #require(article.mentions.first)
        #expect(mention.entityID == speaker)
        #expect(ScalarText(article.text).string(mention.span) == "Élodie Marchand")
    }

    @Test("A speaker covered by an entity mention links to its entity; no new entity is made")
    func existingMention() throws {
        let paragraphs = [#"President Boris Yeltsin spoke in Moscow. "We are opposed," Yeltsin told the diplomats."#]
        let text = paragraphs[0]
        let second = try #require(text.range(of: "Yeltsin told"))
        let start = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: second.lowerBound)
        let mentions = [
            try #require(quoteTestPersonMention("Boris Yeltsin", in: paragraphs, id: "m1", entity: "e1")),
            EntityMention(id: "m2", type: "person", span: TextSpan(start: start, end: start + 7), entityID: "e1"),
        ]
        let entities = [DiscourseEntity(id: "e1", type: "person", name: "Boris Yeltsin")]
        let (article, quotes) = try annotateQuotes(paragraphs, mentions: mentions, entities: entities)
        #expect(quotes.first?.quote.speakerID == "e1")
        #expect(article.discourseEntities.count == 1)
        #expect(article.mentions.count == 2)
    }

    @Test("A surname links to the entity of the full name")
    func surnameLinksToFullName() throws {
        let (article, quotes) = try annotateQuotes([
            "“We will table the charter,” said Boris Yeltsin.", "“It is ready,” Yeltsin added.",
        ])
        #expect(quotes.map(\.speaker) == ["Boris Yeltsin", "Boris Yeltsin"])
        #expect(article.discourseEntities.count == 1)
    }

    @Test("He and she go to the nearest person of that gender")
    func pronouns() throws {
        let (_, quotes) = try annotateQuotes([
            "Hillary Clinton met Donald Trump before the debate.",
            "“It was a good meeting,” she said.",
            "“It was fine,” he said.",
        ])
        #expect(quotes.map(\.speaker) == ["Hillary Clinton", "Donald Trump"])
    }

    @Test("A description goes to the nearest fitting entity")
    func descriptions() throws {
        let (_, quotes) = try annotateQuotes([
            "Laura Chen, who speaks for the ministry, met reporters on Monday.",
            "“The talks will resume,” the spokeswoman said.",
        ])
        #expect(quotes.first?.speaker == "Laura Chen")
    }

    @Test("An organization speaker is declared as an organization")
    func organization() throws {
        let (article, quotes) = try annotateQuotes([#"The National Freight Rail Council said the rules were "unworkable.""#])
        let id = try #require(quotes.first?.quote.speakerID)
        #expect(article.discourseEntity(id: id)?.type == "organization")
        #expect(quotes.first?.kind == .partial)
    }

    @Test("Speakers are never pronouns or free text: unresolvable pronouns leave no speaker")
    func unresolvedPronoun() throws {
        let (article, quotes) = try annotateQuotes(["“We are done here,” they said."])
        #expect(quotes.first?.quote.speakerID == nil)
        #expect(article.discourseEntities.isEmpty)
    }
}
