import NewsmarkModel
import Testing
@testable import NewsmarkAnnotation

@Suite("Entity rules for headlines, tables and sport")
struct UncasedAndSportsTests {
    @Test func scorecardNamesWithInitialsArePeople() throws {
        let a = try annotateEntities([
            "CRICKET - ENGLISH COUNTY CHAMPIONSHIP SCORES.",
            "C. Lewis c Russell b Such 12",
        ])
        #expect(a.mentionPairs.contains(Pair("C. Lewis", "person")))
        #expect(a.mentionPairs.contains(Pair("ENGLISH COUNTY CHAMPIONSHIP", "misc")))
    }

    @Test func resultsLinesNameTeams() throws {
        let a = try annotateEntities([
            "SOCCER - SCOTTISH LEAGUE RESULTS.",
            "GLASGOW 1997-03-15",
            "Scottish league scores from Saturday:",
            "Dumbarton 1 Clyde 2",
        ])
        let pairs = a.mentionPairs
        #expect(pairs.contains(Pair("Dumbarton", "organization")))
        #expect(pairs.contains(Pair("Clyde", "organization")))
        #expect(pairs.contains(Pair("GLASGOW", "location")))
    }

    @Test func nationalTeamsStayCountries() throws {
        let a = try annotateEntities(["SOCCER - WORLD CUP QUALIFIER.", "England 3 Moldova 0"])
        let pairs = a.mentionPairs
        #expect(pairs.contains(Pair("England", "location")))
        #expect(pairs.contains(Pair("Moldova", "location")))
    }

    @Test func placeAdjectivesAreMisc() throws {
        let a = try annotateEntities(["The New York-based group and a Moscow-born writer met."])
        #expect(a.mentionPairs == [Pair("New York-based", "misc"), Pair("Moscow-born", "misc")])
    }

    @Test func contextsAcrossTheDocumentVoteOnAnUnknownName() throws {
        let a = try annotateEntities([
            "Shares in Brevtonix rose on Monday.",
            "Analysts said Brevtonix shares were cheap, and the company Brevtonix agreed.",
        ])
        let brevtonix = a.mentions.filter { a.surface($0) == "Brevtonix" }
        #expect(brevtonix.count == 3)
        #expect(brevtonix.allSatisfy { $0.type == "organization" })
    }

    @Test func aTownThatIsASurnameYieldsToThePerson() throws {
        let a = try annotateEntities(["Bill Clinton met voters.", "Clinton said he was pleased."])
        #expect(a.mentionPairs == [Pair("Bill Clinton", "person"), Pair("Clinton", "person")])
        #expect(Set(a.mentions.map(\.entityID)).count == 1)
    }
}
