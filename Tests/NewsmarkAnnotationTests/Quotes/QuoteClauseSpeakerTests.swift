import NewsmarkModel
import Testing

@testable import NewsmarkAnnotation

/// Speaker rules that read the clause structure around a cue: relative clauses, passives, reported
/// clauses, clauses between two quotes, and sentence boundaries after a question or exclamation.
@Suite("Quote clause speakers")
struct QuoteClauseSpeakerTests {
    @Test("A verb in a relative clause speaks for the name the clause describes")
    func relativeClauseSubject() throws {
        let (_, quotes) = try annotateQuotes([
            "Set against them are Kari Nesse, who has called the levy \"a tax on the poor,\" and Bjorn Tangen, who says it is \"the least bad option.\"",
        ], headline: "Treaty debate")
        #expect(quotes.map(\.speaker) == ["Kari Nesse", "Bjorn Tangen"])
        #expect(quotes.map(\.cue) == ["called", "says"])
    }

    @Test("A relative clause before a colon does not take the quote the colon introduces")
    func relativeClauseBeforeColon() throws {
        let (_, quotes) = try annotateQuotes([
            "Siv Hauge answered the governor in a post, pointing out how strange it was to hear from a man who vowed to cut taxes: \"Your budget adds three new ones.\"",
        ], headline: "Fare fight")
        #expect(quotes.first?.speaker == "Siv Hauge")
    }

    @Test("A relative clause with a place and its state in it is stepped over to the name before it")
    func relativeClauseWithPlace() throws {
        let (_, quotes) = try annotateQuotes([
            "Reverend Arne Skog has picked a new fight.",
            "Skog, who runs a chapel in Boise, Idaho, criticized the scouting club for \"filling young heads with doubt about their parents.\"",
        ], headline: "Reverend takes on scouts")
        // Skog, not the state closing the place name.
        #expect(quotes.first?.speaker?.hasSuffix("Skog") == true)
    }

    @Test("The subject of a passive speech verb is no speaker")
    func passiveSubjects() throws {
        let (_, quotes) = try annotateQuotes([
            "Eirik Dale painted his challenger as \"unserious,\" and said she ought not to be on the ballot at all.",
            "The new party was branded \"in tribute to\" an older movement, Ada Holm wrote.",
        ], headline: "Campaign trail")
        #expect(quotes.map(\.speaker) == ["Eirik Dale", "Ada Holm"])
    }

    @Test("Words quoted in a reported clause are the reporter's, past titles and a described title")
    func reportedClauseAcrossTitles() throws {
        let (_, quotes) = try annotateQuotes([
            "Nina Moe admitted she had erred when she claimed that Police Chief Odd Rud had described as \"sound\" every one of her figures.",
            "Geir Holt said his 2011 memoir Cold Harbor laid out how the agency was \"complicit in hiding the audit.\"",
        ], headline: "Claims revisited")
        #expect(quotes.map(\.speaker) == ["Nina Moe", "Geir Holt"])
    }

    @Test("A clause with a named subject between two quotes takes the second quote")
    func interveningClauseSubject() throws {
        let (_, quotes) = try annotateQuotes([
            "In a video that Sheriff Lise Brun called \"disturbing,\" Erik Fossum expressed a hope to \"run the whole council out of town.\"",
            "Mari Lie called the bridge \"a folly\" and said it was \"money thrown into the fjord.\"",
        ], headline: "Board hearing")
        #expect(quotes.map(\.speaker) == ["Lise Brun", "Erik Fossum", "Mari Lie", "Mari Lie"])
    }

    @Test("A capitalized pronoun after a question or exclamation starts a new sentence")
    func pronounAfterExclamation() throws {
        let (_, quotes) = try annotateQuotes([
            "Last spring, once Hilde Rye had lost the primary, Ole Strand wrote to her, assuring her, \"you did everything right and the party still needs you!\" She replied that it had been a \"privilege to run.\"",
        ], headline: "Old allies")
        #expect(quotes.first?.speaker == "Ole Strand")
        #expect(quotes.last?.cue == "replied")
    }

    @Test("Forms mostly used as nouns are verbs right after a quote and before a name")
    func invertedNounLikeForms() throws {
        let (_, quotes) = try annotateQuotes([
            "\"We measure a good year differently,\" agrees Pia Lunde, 41, of Bend, Ore.",
            "\"Who is spreading rumors now?\" reacted Sven Olsen.",
        ], headline: "What success means")
        #expect(quotes.map(\.speaker) == ["Pia Lunde", "Sven Olsen"])
        #expect(quotes.map(\.cue) == ["agrees", "reacted"])
    }

    @Test("A description after an inverted verb may hold a year or an age")
    func descriptionWithNumber() throws {
        let (_, quotes) = try annotateQuotes([
            "\"He dreaded the rehearsals,\" said a 2016 transition aide. \"He skipped most of them by October.\"",
        ], headline: "Debate practice")
        #expect(quotes.map(\.speaker) == ["a 2016 transition aide", "a 2016 transition aide"])
    }

    @Test("A fronted 'Immediately after …' phrase is stepped over to the subject")
    func frontedImmediately() throws {
        let (_, quotes) = try annotateQuotes([
            "Immediately after the storm, Governor Elin Berge put out a statement, \"Overnight our coast suffered the heaviest damage in living memory.\"",
        ], headline: "Flood")
        #expect(quotes.first?.speaker == "Elin Berge")
    }

    @Test("An article and an adjective may stand before the name in a plain verb clause after a quote")
    func adjectiveBeforeNameAfterQuote() throws {
        let (_, quotes) = try annotateQuotes([
            "Kari Nesse said the reform had failed. \"It has worked,\" a furious Halvorsen retorted.",
        ], headline: "Sharp words")
        #expect(quotes.first?.speaker == "Halvorsen")
    }

    @Test("A name completing a participle phrase inside the subject is not the subject")
    func participlePhraseInSubject() throws {
        let (_, quotes) = try annotateQuotes([
            "A second police official speaking to Coastal TV said, \"Investigators are checking every call log.\"",
        ], headline: "Inquiry widens")
        #expect(quotes.first?.speaker == "A second police official")
    }

    @Test("A pronoun goes to a known surname opening its sentence when no mention marks it")
    func unmarkedSurnameSubject() throws {
        let paragraphs = [
            "The forum in Tromso set Lars Berg against Jonas Lind.",
            "Berg tore into Lind at the forum, when he called the developer \"reckless.\"",
        ]
        let lind = try #require(quoteTestPersonMention("Jonas Lind", in: paragraphs, id: "m1", entity: "e1"))
        let berg = try #require(quoteTestPersonMention("Lars Berg", in: paragraphs, id: "m2", entity: "e2"))
        let text = paragraphs.joined(separator: Article.blockSeparator)
        let laterLindStart = try #require(quoteTestOffset(of: "Lind at", in: text))
        let laterLind = EntityMention(id: "m3", type: "person", span: TextSpan(start: laterLindStart, end: laterLindStart + 4), entityID: "e1")
        let (_, quotes) = try annotateQuotes(
            paragraphs, mentions: [berg, lind, laterLind],
            entities: [DiscourseEntity(id: "e1", type: "person", name: "Jonas Lind"), DiscourseEntity(id: "e2", type: "person", name: "Lars Berg")])
        #expect(quotes.first?.speaker == "Lars Berg")
    }

    @Test("The agent of a passive speech verb speaks; a passive subject alone does not")
    func passiveAgents() throws {
        let (_, quotes) = try annotateQuotes([
            "Reyes was asked by anchor Dana Voss, who supports him, \"Would you sign the bill again?\"",
            "The approach has been called \"managed silence\" by Jonas Hendriksen, a lecturer at the regional college.",
            "Reyes was asked by panelist Petra Aas whether the scheme would \"pile one more cost onto taxpayers.\"",
            "In a podcast released on Friday, Reyes was asked, \"Which vote do you regret most?\"",
            "His use of the fund was \"deeply reckless\" – as described by Auditor General Ivar Dahl – and the panel concurred.",
        ], headline: "Interviews")
        #expect(quotes.map(\.speaker) == ["Dana Voss", "Jonas Hendriksen", "Petra Aas", nil, "Ivar Dahl"])
    }

    @Test("A preposition after a speech verb opens its complement, never a speaker")
    func prepositionAfterVerb() throws {
        let (_, quotes) = try annotateQuotes([
            "Looking back on the race, Tomas Eid, who advised both candidates, said of Reyes: \"What matters is whether he keeps his word.\"",
        ], headline: "Looking back")
        #expect(quotes.first?.speaker == "Tomas Eid")
    }

    @Test("An outlet that obtained a document is not the document's sender")
    func obtainingOutlet() throws {
        let (_, quotes) = try annotateQuotes([
            "A June 9 memo from the Harbor Pilots Guild obtained by Coastal TV warns that \"every further delay will cost the port customers.\"",
        ], headline: "Emblem dispute")
        #expect(quotes.first?.speaker == "Harbor Pilots Guild")
    }

    @Test("A personal title before a name the entity layer took for a place makes it a person")
    func titledNameTypedAsPlace() throws {
        let paragraphs = ["In Bergen, President Lindqvist issued a statement denouncing \"what looks like a deliberate act of sabotage.\""]
        let text = paragraphs.joined(separator: Article.blockSeparator)
        let start = try #require(quoteTestOffset(of: "Lindqvist", in: text))
        let place = EntityMention(id: "m1", type: "location", span: TextSpan(start: start, end: start + 9), entityID: "e1")
        let (_, quotes) = try annotateQuotes(paragraphs, mentions: [place], entities: [DiscourseEntity(id: "e1", type: "location", name: "Lindqvist")])
        #expect(quotes.first?.speaker != nil)
        #expect(quotes.first?.kind == .partial)
    }

    @Test("'The' before a name opening the main clause does not make it a description")
    func theBeforeName() throws {
        let (_, quotes) = try annotateQuotes([
            "The Coastal Fishers Alliance issued a statement on Tuesday, saying the quota is \"one more sign of reckless planning.\"",
            "Later, the Bergen Courier's Ada Voss offered a defense of the quota, saying it was needed to \"protect the spawning grounds for years.\"",
        ], headline: "Farm plan")
        #expect(quotes.map(\.speaker) == ["Coastal Fishers Alliance", "Ada Voss"])
    }

    @Test("A name in apposition to a description speaks, after an inverted verb or as the main subject")
    func appositionToDescription() throws {
        let (_, quotes) = try annotateQuotes([
            "\"This town deserves a mayor who listens,\" exhorted Lind's warm-up speaker, singer Mia Holm.",
            "In late August, the senator's press secretary, Tor Eklund, contacted the agency, writing in a message: \"We would like to run this next week.\"",
        ], headline: "Campaign notes")
        #expect(quotes.map(\.speaker) == ["Mia Holm", "Tor Eklund"])
    }

    @Test("An inverted verb set off by commas in mid-sentence names the speaker of the quote after it")
    func midSentenceInvertedVerb() throws {
        let (_, quotes) = try annotateQuotes([
            "The irony of the strike, says Ivar Moen, an economist at the port authority, is that it left the docks \"busier than ever.\"",
        ], headline: "A quiet decade")
        #expect(quotes.first?.speaker == "Ivar Moen")
    }

    @Test("A colon after a clause that ends in a name introduces the subject's words")
    func colonAfterObjectName() throws {
        let (_, quotes) = try annotateQuotes([
            "Senate Minority Leader Mona Berg, R-Ohio, sent a pointed warning to Reyes: \"Stop picking fights and start talking about jobs.\"",
        ], headline: "A blunt message")
        #expect(quotes.first?.speaker == "Mona Berg")
    }

    @Test("Titles joined by 'and' before a name in the main subject")
    func titlesJoinedByAnd() throws {
        let (_, quotes) = try annotateQuotes([
            "Former judge and Tromso County Executive Rolf Aasen, an ally of Reyes, ridiculed the probe on television, calling it a \"waste of everyone's time.\"",
        ], headline: "Inquiry")
        #expect(quotes.first?.speaker == "Rolf Aasen")
    }

    @Test("A fronted place closed by a state abbreviation is stepped over")
    func frontedPlaceWithStateAbbreviation() throws {
        let (_, quotes) = try annotateQuotes([
            "At a summit that week in Tulsa, Okla., the retired banker closed her talk with a motto: \"Patience outlasts every storm.\"",
        ], headline: "Resolve")
        #expect(quotes.first?.speaker != "Okla")
    }

    @Test("A noun-like form after a quote with no comma before it stays a noun")
    func nounLikeFormWithoutComma() throws {
        let (_, quotes) = try annotateQuotes([
            "The audit drew on hundreds of so-called \"dark money\" reports that Harbor Watch and similar groups submit every quarter.",
        ], headline: "Outside spending")
        #expect(quotes.first?.speaker == nil)
        #expect(quotes.first?.cue == nil)
    }

    @Test("A passive verb with an agent frames only a quote it stands nearest to")
    func passiveAgentOnlyNearest() throws {
        let (_, quotes) = try annotateQuotes([
            "The criticism was echoed by his party, which circulated comments Ola Reyes made in 2010 saying he \"kind of wished\" the factory would close.",
        ], headline: "Echoes")
        #expect(quotes.first?.speaker != "his party")
    }

    @Test("A name modifying a noun after 'The' at a sentence start is no antecedent")
    func determinerRunIsNoAntecedent() throws {
        let paragraphs = [
            "Jonas Lind met Petter Moen in Oslo.",
            "The Moen reports have blocked progress, he said, by creating a \"fake consensus\" around the plan.",
        ]
        let lind = try #require(quoteTestPersonMention("Jonas Lind", in: paragraphs, id: "m1", entity: "e1"))
        let moen = try #require(quoteTestPersonMention("Petter Moen", in: paragraphs, id: "m2", entity: "e2"))
        let (_, quotes) = try annotateQuotes(
            paragraphs, mentions: [lind, moen],
            entities: [DiscourseEntity(id: "e1", type: "person", name: "Jonas Lind"), DiscourseEntity(id: "e2", type: "person", name: "Petter Moen")])
        #expect(quotes.first?.speaker == "Jonas Lind")
    }
}
