import NewsmarkModel
import Testing

@testable import NewsmarkAnnotation

/// Courtesy titles (`Mr.`, `Mrs.`, `Ms.`, `Miss`) pick between two people who share a last name.
@Suite("Quote speakers after courtesy titles")
struct QuoteHonorificNamesakeTests {
    private static let paragraphs = [
        "Former mayor Peter Holm campaigned in the north for his wife, Anna Holm, on Monday.",
        "''Jobs, jobs, jobs,'' Mrs. Holm said on Tuesday. ''Nobody did it better.''",
        "''She is ready,'' Mr. Holm said.",
        "''We will win,'' said Ms. Holm.",
    ]

    @Test("'Mrs. Holm' linked by the entity layer to Peter Holm is Anna Holm")
    func honorificOverridesWrongLink() throws {
        let text = Self.paragraphs.joined(separator: Article.blockSeparator)
        var mentions = [
            try #require(quoteTestPersonMention("Peter Holm", in: Self.paragraphs, id: "m1", entity: "e1")),
            try #require(quoteTestPersonMention("Anna Holm", in: Self.paragraphs, id: "m2", entity: "e2")),
        ]
        // The entity layer linked every bare "Holm" to the first Holm it met.
        var next = 3
        for needle in ["Mrs. Holm", "Mr. Holm", "Ms. Holm"] {
            let start = try #require(quoteTestOffset(of: needle, in: text)) + needle.codePointCount - 4
            mentions.append(EntityMention(id: "m\(next)", type: "person", span: TextSpan(start: start, end: start + 4), entityID: "e1"))
            next += 1
        }
        let entities = [
            DiscourseEntity(id: "e1", type: "person", name: "Peter Holm"),
            DiscourseEntity(id: "e2", type: "person", name: "Anna Holm"),
        ]
        let (article, quotes) = try annotateQuotes(Self.paragraphs, mentions: mentions, entities: entities)
        #expect(quotes.map(\.speaker) == ["Anna Holm", "Anna Holm", "Peter Holm", "Anna Holm"])
        // The mention over the name follows the speaker, so the file stays consistent.
        let relinked = article.mentions.first { $0.id == "m3" }
        #expect(relinked?.entityID == "e2")
    }

    @Test("Without an entity layer the courtesy title still picks the namesake")
    func honorificWithoutEntityLayer() throws {
        let (_, quotes) = try annotateQuotes(Self.paragraphs, headline: "On the trail")
        #expect(quotes.map(\.speaker) == ["Anna Holm", "Anna Holm", "Peter Holm", "Anna Holm"])
    }

    @Test("A courtesy title that agrees, or a person with no namesake, changes nothing")
    func agreeingTitleKeepsLink() throws {
        let (_, quotes) = try annotateQuotes([
            "Councillor Nora Vik opened the session.",
            "''The budget is balanced,'' Ms. Vik said. ''It will stay that way,'' Mr. Dahl replied.",
        ], headline: "Budget session")
        #expect(quotes.map(\.speaker) == ["Nora Vik", "Dahl"])
    }
}
