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
            "Compare that with Omar Reyes, who has called the treaty \"a betrayal,\" and Dana Lunde, who says it is \"long overdue.\"",
        ], headline: "Treaty debate")
        #expect(quotes.map(\.speaker) == ["Omar Reyes", "Dana Lunde"])
        #expect(quotes.map(\.cue) == ["called", "says"])
    }

    @Test("A relative clause before a colon does not take the quote the colon introduces")
    func relativeClauseBeforeColon() throws {
        let (_, quotes) = try annotateQuotes([
            "Tove Aas wrote back at the mayor, noting how odd it sounded from a man who promised lower fares: \"Your own plan raises them twice.\"",
        ], headline: "Fare fight")
        #expect(quotes.first?.speaker == "Tove Aas")
    }

    @Test("A relative clause with a place and its state in it is stepped over to the name before it")
    func relativeClauseWithPlace() throws {
        let (_, quotes) = try annotateQuotes([
            "Pastor Henrik Vold has a new target.",
            "Vold, who leads a small church in Eugene, Oregon, attacked the youth league for \"teaching children to doubt everything they hear at home.\"",
        ], headline: "Pastor targets youth league")
        // Vold, not the state closing the place name.
        #expect(quotes.first?.speaker?.hasSuffix("Vold") == true)
    }

    @Test("The subject of a passive speech verb is no speaker")
    func passiveSubjects() throws {
        let (_, quotes) = try annotateQuotes([
            "Ola Berg summed up his rival as \"reckless,\" and said she should not even be allowed to run again.",
            "The hacker group was branded \"in homage to\" an earlier one, Ada Holm wrote.",
        ], headline: "Campaign trail")
        #expect(quotes.map(\.speaker) == ["Ola Berg", "Ada Holm"])
    }

    @Test("Words quoted in a reported clause are the reporter's, past titles and a described title")
    func reportedClauseAcrossTitles() throws {
        let (_, quotes) = try annotateQuotes([
            "Anna Falk conceded that she had misspoken when she claimed that Police Chief Ivar Dahl had described as \"accurate\" all of her statements.",
            "Per Lange said his 2009 book The Long Winter showed how the council was \"part of the effort to bury the report.\"",
        ], headline: "Claims revisited")
        #expect(quotes.map(\.speaker) == ["Anna Falk", "Per Lange"])
    }

    @Test("A clause with a named subject between two quotes takes the second quote")
    func interveningClauseSubject() throws {
        let (_, quotes) = try annotateQuotes([
            "In a recording that Judge Eva Moss called \"troubling,\" Karl Sandvik expressed a wish to \"see the whole board in prison.\"",
            "Lena Aas called the plan \"naive\" and said it is \"far too expensive\" for the town.",
        ], headline: "Board hearing")
        #expect(quotes.map(\.speaker) == ["Eva Moss", "Karl Sandvik", "Lena Aas", "Lena Aas"])
    }

    @Test("A capitalized pronoun after a question or exclamation starts a new sentence")
    func pronounAfterExclamation() throws {
        let (_, quotes) = try annotateQuotes([
            "In June, after Vera Dahl lost the vote, Jonas Lind emailed her, telling her, \"you are a star and we need you for the long run!\" She replied that it was an \"honor to serve the town.\"",
        ], headline: "Old allies")
        #expect(quotes.first?.speaker == "Jonas Lind")
        #expect(quotes.last?.cue == "replied")
    }

    @Test("Forms mostly used as nouns are verbs right after a quote and before a name")
    func invertedNounLikeForms() throws {
        let (_, quotes) = try annotateQuotes([
            "\"Our idea of success is different,\" agrees Mia Stone, 30, of Salem, Ore.",
            "\"Who is profiling now?\" reacted Tor Bakke.",
        ], headline: "What success means")
        #expect(quotes.map(\.speaker) == ["Mia Stone", "Tor Bakke"])
        #expect(quotes.map(\.cue) == ["agrees", "reacted"])
    }

    @Test("A description after an inverted verb may hold a year or an age")
    func descriptionWithNumber() throws {
        let (_, quotes) = try annotateQuotes([
            "\"She hated those sessions,\" said a 2012 campaign veteran. \"She cut them short after a week.\"",
        ], headline: "Debate practice")
        #expect(quotes.map(\.speaker) == ["a 2012 campaign veteran", "a 2012 campaign veteran"])
    }

    @Test("A fronted 'Immediately after …' phrase is stepped over to the subject")
    func frontedImmediately() throws {
        let (_, quotes) = try annotateQuotes([
            "Immediately after the flood, Mayor Siri Holm issued a statement, \"Last night our town was hit by the worst flood in a century.\"",
        ], headline: "Flood")
        #expect(quotes.first?.speaker == "Siri Holm")
    }

    @Test("An article and an adjective may stand before the name in a plain verb clause after a quote")
    func adjectiveBeforeNameAfterQuote() throws {
        let (_, quotes) = try annotateQuotes([
            "Omar Reyes said the country had lost its way. \"It has not,\" an angry Lindqvist retorted.",
        ], headline: "Sharp words")
        #expect(quotes.first?.speaker == "Lindqvist")
    }

    @Test("A name completing a participle phrase inside the subject is not the subject")
    func participlePhraseInSubject() throws {
        let (_, quotes) = try annotateQuotes([
            "Another intelligence source speaking to Nordic Radio said, \"The agents are looking at every transfer.\"",
        ], headline: "Inquiry widens")
        #expect(quotes.first?.speaker == "Another intelligence source")
    }

    @Test("A pronoun goes to a known surname opening its sentence when no mention marks it")
    func unmarkedSurnameSubject() throws {
        let paragraphs = [
            "The debate in Bergen pitted Lars Berg against Jonas Lind.",
            "Berg went after Lind at the debate, when he called the businessman \"unhinged.\"",
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
            "Reyes was asked by host Dana Voss, who backs him, \"Has your plan changed at all?\"",
            "The practice has been called \"quiet ambiguity\" by Jonas Hendriksen, a professor at the state university.",
            "Reyes was asked by moderator Petra Aas whether his plan would \"add another expensive program to the budget.\"",
            "In an interview published on Sunday, Reyes was asked, \"What is the hardest place you have visited?\"",
            "Her handling of the files was \"extremely careless\" – as described by Police Chief Ivar Dahl – and the board agreed.",
        ], headline: "Interviews")
        #expect(quotes.map(\.speaker) == ["Dana Voss", "Jonas Hendriksen", "Petra Aas", nil, "Ivar Dahl"])
    }

    @Test("A preposition after a speech verb opens its complement, never a speaker")
    func prepositionAfterVerb() throws {
        let (_, quotes) = try annotateQuotes([
            "Recalling the night, Tomas Eid, who ran both campaigns, said of Reyes: \"The question is whether he will do the same.\"",
        ], headline: "Looking back")
        #expect(quotes.first?.speaker == "Tomas Eid")
    }

    @Test("An outlet that obtained a document is not the document's sender")
    func obtainingOutlet() throws {
        let (_, quotes) = try annotateQuotes([
            "A March 3 letter from the Veterans League obtained by Nordic Radio warns that \"any further use of the emblem will be taken to court.\"",
        ], headline: "Emblem dispute")
        #expect(quotes.first?.speaker == "Veterans League")
    }

    @Test("A personal title before a name the entity layer took for a place makes it a person")
    func titledNameTypedAsPlace() throws {
        let paragraphs = ["In Oslo, President Lindqvist released a statement condemning \"what appears to be a horrific attack.\""]
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
            "The Nordic Farmers Union released a statement on Monday, saying the plan is \"another example of careless budgeting.\"",
            "Later, the Bergen Courier's Ada Voss offered a defense of the plan, saying it was needed to \"keep the harbor open for good.\"",
        ], headline: "Farm plan")
        #expect(quotes.map(\.speaker) == ["Nordic Farmers Union", "Ada Voss"])
    }

    @Test("A name in apposition to a description speaks, after an inverted verb or as the main subject")
    func appositionToDescription() throws {
        let (_, quotes) = try annotateQuotes([
            "\"It is about time we had a woman in charge,\" exhorted Lind's introducer, actress Mia Holm.",
            "In early May, the mayor's campaign director, Tor Eklund, reached out to the firm, writing in an email: \"We want to use this as soon as we can.\"",
        ], headline: "Campaign notes")
        #expect(quotes.map(\.speaker) == ["Mia Holm", "Tor Eklund"])
    }

    @Test("An inverted verb set off by commas in mid-sentence names the speaker of the quote after it")
    func midSentenceInvertedVerb() throws {
        let (_, quotes) = try annotateQuotes([
            "The paradox of the era, says Ivar Moen, a historian at the city museum, is that it was \"the quietest decade on record.\"",
        ], headline: "A quiet decade")
        #expect(quotes.first?.speaker == "Ivar Moen")
    }

    @Test("A colon after a clause that ends in a name introduces the subject's words")
    func colonAfterObjectName() throws {
        let (_, quotes) = try annotateQuotes([
            "Senate Majority Leader Mona Berg, R-Ky., delivered a blunt message to Reyes: \"It is time to stop attacking people and get on message.\"",
        ], headline: "A blunt message")
        #expect(quotes.first?.speaker == "Mona Berg")
    }

    @Test("Titles joined by 'and' before a name in the main subject")
    func titlesJoinedByAnd() throws {
        let (_, quotes) = try annotateQuotes([
            "Former prosecutor and Bergen City Mayor Rolf Aasen, who backs Reyes, trashed the inquiry on the radio, calling it a \"no-brainer\" to close.",
        ], headline: "Inquiry")
        #expect(quotes.first?.speaker == "Rolf Aasen")
    }

    @Test("A fronted place closed by a state abbreviation is stepped over")
    func frontedPlaceWithStateAbbreviation() throws {
        let (_, quotes) = try annotateQuotes([
            "At a conference that month in Aspen, Colo., the former executive ended her speech with a line: \"Every obstacle yields to stern resolve.\"",
        ], headline: "Resolve")
        #expect(quotes.first?.speaker != "Colo")
    }

    @Test("A noun-like form after a quote with no comma before it stays a noun")
    func nounLikeFormWithoutComma() throws {
        let (_, quotes) = try annotateQuotes([
            "The study relied on thousands of so-called \"outside spending\" reports that Nordic Action and other groups file each year.",
        ], headline: "Outside spending")
        #expect(quotes.first?.speaker == nil)
        #expect(quotes.first?.cue == nil)
    }

    @Test("A passive verb with an agent frames only a quote it stands nearest to")
    func passiveAgentOnlyNearest() throws {
        let (_, quotes) = try annotateQuotes([
            "The attacks were echoed by her campaign, which highlighted remarks Ola Reyes made in 2006 saying he \"sort of hoped\" the market would fall.",
        ], headline: "Echoes")
        #expect(quotes.first?.speaker != "her campaign")
    }

    @Test("A name modifying a noun after 'The' at a sentence start is no antecedent")
    func determinerRunIsNoAntecedent() throws {
        let paragraphs = [
            "Jonas Lind met Petter Moen in Oslo.",
            "The Moen papers have stood in the way, he said, by building a \"false bubble\" around the issue.",
        ]
        let lind = try #require(quoteTestPersonMention("Jonas Lind", in: paragraphs, id: "m1", entity: "e1"))
        let moen = try #require(quoteTestPersonMention("Petter Moen", in: paragraphs, id: "m2", entity: "e2"))
        let (_, quotes) = try annotateQuotes(
            paragraphs, mentions: [lind, moen],
            entities: [DiscourseEntity(id: "e1", type: "person", name: "Jonas Lind"), DiscourseEntity(id: "e2", type: "person", name: "Petter Moen")])
        #expect(quotes.first?.speaker == "Jonas Lind")
    }
}
