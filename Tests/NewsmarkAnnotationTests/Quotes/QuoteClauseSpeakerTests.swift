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
}
