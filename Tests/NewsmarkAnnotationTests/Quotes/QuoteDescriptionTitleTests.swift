import NewsmarkModel
import Testing

@testable import NewsmarkAnnotation

@Suite("Descriptions matched to titles")
struct QuoteDescriptionTitleTests {
    /// Runs the annotator with person mentions for `names` (first occurrence of each).
    private func quotes(_ paragraphs: [String], people names: [String]) throws -> [AnnotatedQuote] {
        var mentions: [EntityMention] = []
        var entities: [DiscourseEntity] = []
        for (n, name) in names.enumerated() {
            mentions.append(try #require(quoteTestPersonMention(name, in: paragraphs, id: "m\(n + 1)", entity: "e\(n + 1)")))
            entities.append(DiscourseEntity(id: "e\(n + 1)", type: "person", name: name))
        }
        return try annotateQuotes(paragraphs, mentions: mentions, entities: entities).quotes
    }

    @Test("The governor is the person introduced as governor, not the last person named")
    func governor() throws {
        let found = try quotes([
            "Gov. Tomas Berg toured the shipyard on Monday. Oskar Lind met the workers afterwards.",
            "“The yard will not close,” the governor said.",
        ], people: ["Tomas Berg", "Oskar Lind"])
        #expect(found.first?.speaker == "Tomas Berg")
    }

    @Test("A title in an apposition counts, and 'of' inside a capitalized title is read through")
    func appositionAndOfTitles() throws {
        let found = try quotes([
            "Ilse Varga, the state senator, spoke first. Former Secretary of Labor Pia Holm followed, and Oskar Lind closed.",
            "“We need the votes,” the senator said. “Wages must rise,” the former secretary said.",
        ], people: ["Ilse Varga", "Pia Holm", "Oskar Lind"])
        #expect(found.map(\.speaker) == ["Ilse Varga", "Pia Holm"])
    }

    @Test("A vice president is not 'the president', and a party in the description must agree")
    func vicePresidentAndParty() throws {
        let found = try quotes([
            "President Dana Rook and Vice President Emil Sand arrived together.",
            "“We are united,” the president said.",
            "Republican candidate Ola Brandt and Democratic candidate Vera Nyström debated on Friday.",
            "“Taxes will fall,” the Republican candidate said.",
        ], people: ["Dana Rook", "Emil Sand", "Ola Brandt", "Vera Nyström"])
        #expect(found.map(\.speaker) == ["Dana Rook", "Ola Brandt"])
    }

    @Test("A description whose head is no title keeps the usual antecedent")
    func noTitle() throws {
        let found = try quotes([
            "Sen. Ruth Falk spoke before Tomas Berg. Tomas Berg owns the mill.",
            "“We will hire,” the businessman said.",
        ], people: ["Ruth Falk", "Tomas Berg"])
        #expect(found.first?.speaker == "Tomas Berg")
    }
}

@Suite("Antecedents after a dateline")
struct QuoteDatelineAntecedentTests {
    @Test("A name after a dateline is its sentence's subject, ahead of a name in a later phrase")
    func datelineSubject() throws {
        let paragraphs = [
            "BERGEN — Ingrid Solheim does not trust the new plan.",
            "In a talk with radio hosts Per Aas and Mona Lie, the candidate said the plan was “not what we promised.”",
        ]
        var mentions: [EntityMention] = []
        var entities: [DiscourseEntity] = []
        for (n, name) in ["Ingrid Solheim", "Per Aas", "Mona Lie"].enumerated() {
            mentions.append(try #require(quoteTestPersonMention(name, in: paragraphs, id: "m\(n + 1)", entity: "e\(n + 1)")))
            entities.append(DiscourseEntity(id: "e\(n + 1)", type: "person", name: name))
        }
        let quotes = try annotateQuotes(paragraphs, mentions: mentions, entities: entities).quotes
        #expect(quotes.first?.speaker == "Ingrid Solheim")
    }
}

@Suite("Quotes completing a saying verb and 'that'")
struct QuoteThatComplementTests {
    @Test("A quote right after 'claimed that' is the claimant's, not the next clause's subject")
    func thatComplementBeatsFollowingClause() throws {
        let (_, quotes) = try annotateQuotes([
            "But even as Tomas Berg claimed on Tuesday that “the last harbor chief was fired for much less,” one of the advisers for Ingrid Solheim said the two cases were unlike.",
        ])
        #expect(quotes.first?.speaker == "Tomas Berg")
    }

    @Test("A quote that opens its sentence keeps the attribution after it")
    func sentenceInitialQuoteUnchanged() throws {
        let (_, quotes) = try annotateQuotes([
            "Tomas Berg spoke first. “We will appeal the ruling that went against us,” Ingrid Solheim said.",
        ])
        #expect(quotes.first?.speaker == "Ingrid Solheim")
    }
}

@Suite("Participle subjects with titles")
struct QuoteTitledParticipleSubjectTests {
    @Test("'with Republican Senator X telling' gives the participle its own subject, past the titles")
    func titledParticipleSubject() throws {
        let (_, quotes) = try annotateQuotes([
            "The strike sparked a debate over how the Harbor Board responds to unrest, with Republican Senator Tomas Berg telling reporters he viewed Lind as “directly responsible” for the chaos.",
        ])
        #expect(quotes.first?.speaker == "Tomas Berg")
    }
}
