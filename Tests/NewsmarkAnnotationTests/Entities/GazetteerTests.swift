import Testing
@testable import NewsmarkAnnotation

@Suite("Entity gazetteer")
struct GazetteerTests {
    let small = Gazetteer(
        names: "O\tBank of England|BoE\twikidata:Q183195\nL\tLondon\twikidata:Q84\nL\tReading\t\tw\nM\tRussian",
        givenNames: "anatoly\nboris", surnames: "kvashnin", commonWords: "reading\nbut", titles: "General\nPrime Minister",
        organizationHeads: "Bank\nCouncil", locationHeads: "River", miscHeads: "Cup", nonNames: "Monday",
        teamPlaces: "Leeds", sportsWords: "soccer")

    @Test func phrasesAreLowerCasedTokenSequences() throws {
        let bank = try #require(small.entity(phrase: "bank of england"))
        #expect(bank.kind == .organization)
        #expect(bank.canonicalName == "Bank of England")
        #expect(bank.knowledgeBaseID == "wikidata:Q183195")
        #expect(small.longestPhrase(startingWith: "bank") == 3)
        #expect(small.longestPhrase(startingWith: "england") == 0)
        #expect(small.entity(phrase: "bank of") == nil)
    }

    @Test func aliasesShareTheirEntity() throws {
        let alias = try #require(small.entity(named: "BoE"))
        #expect(alias.index == small.entity(named: "Bank of England")?.index)
        #expect(alias.canonicalName == "Bank of England")
    }

    @Test func flagsAndWordLists() throws {
        #expect(try #require(small.entity(named: "Reading")).isWeak)
        #expect(try #require(small.entity(named: "London")).isWeak == false)
        #expect(small.entity(named: "Russian")?.kind == .misc)
        #expect(small.isTitle("prime minister"))
        #expect(small.givenNames.contains("anatoly"))
        #expect(small.teamPlaces.contains("leeds"))
    }

    @Test func malformedLinesAreSkipped() {
        let g = Gazetteer(names: "X\tNowhere\nL\n\nL\tParis", givenNames: "", surnames: "", commonWords: "", titles: "",
                          organizationHeads: "", locationHeads: "", miscHeads: "", nonNames: "", teamPlaces: "", sportsWords: "")
        #expect(g.entities.count == 1)
        #expect(g.entity(named: "Paris")?.kind == .location)
        #expect(g.entity(named: "Nowhere") == nil)
    }

    @Test func sharedGazetteerKnowsTheGenre() throws {
        let g = Gazetteer.shared
        #expect(g.entity(named: "Prague")?.knowledgeBaseID == "wikidata:Q1085")
        #expect(g.entity(named: "NATO")?.kind == .organization)
        #expect(g.entity(named: "OSCE")?.canonicalName == "Organization for Security and Cooperation in Europe")
        #expect(g.entity(named: "U.S.")?.canonicalName == "United States")
        #expect(g.entity(named: "Russian")?.kind == .misc)
        #expect(g.entity(named: "Reuters")?.kind == .organization)
        #expect(g.entity(named: "Partnership for Peace")?.kind == .misc)
        // GeoNames cities and ISO 3166 countries come from the generated data.
        #expect(g.entity(named: "Bratislava")?.kind == .location)
        #expect(g.entity(named: "Kyrgyzstan")?.kind == .location)
        #expect(g.personBySurname("yeltsin")?.canonicalName == "Boris Yeltsin")
        #expect(g.givenNames.contains("john") && g.givenNames.contains("anatoly"))
        #expect(g.surnames.contains("smith"))
        #expect(g.commonWords.contains("indeed"))
        #expect(g.organizationHeads.contains("council"))
    }
}
