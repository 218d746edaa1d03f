import NewsmarkModel
import Testing
@testable import NewsmarkAnnotation

@Suite("Entity coreference")
struct CoreferenceTests {
    @Test func surnameLinksToTheEarlierFullName() throws {
        let a = try annotateEntities([
            "General Anatoly Kvashnin arrived on Monday.", "Kvashnin said the talks went well, Kvashnin added.",
        ])
        let ids = Set(a.mentions.map(\.entityID))
        #expect(ids.count == 1)
        #expect(a.entity(of: "Kvashnin")?.name == "Anatoly Kvashnin")
        #expect(a.entity(of: "Kvashnin")?.type == "person")
    }

    @Test func surnameBeforeTheFullNameLinksToo() throws {
        let a = try annotateEntities(["Vartanyan wins again.", "Ilona Vartanyan, 24, won the final in three sets."])
        #expect(a.entity(of: "Vartanyan")?.name == "Ilona Vartanyan")
    }

    @Test func bareSurnameOfAWidelyReportedPersonGetsTheKnowledgeBaseID() throws {
        let a = try annotateEntities(["Yeltsin told the diplomats he was opposed."])
        let entity = try #require(a.entity(of: "Yeltsin"))
        #expect(entity.name == "Boris Yeltsin")
        #expect(entity.knowledgeBaseID == "wikidata:Q34453")
    }

    @Test func twoPeopleWithTheSameSurnameStayApart() throws {
        let a = try annotateEntities(["Bill Clinton met Roger Clinton and Hillary Clinton in Little Rock."])
        let people = a.mentions.filter { $0.type == "person" }
        #expect(people.count == 3)
        #expect(Set(people.map(\.entityID)).count == 3)
    }

    @Test func acronymAndExpansionFromTheGazetteerAreOneEntity() throws {
        let a = try annotateEntities([
            "It is based on the existing Organization for Security and Cooperation in Europe (OSCE).",
            "The OSCE meets in Vienna.",
        ])
        let osce = a.mentions.filter { $0.type == "organization" }
        #expect(osce.count == 3)
        #expect(Set(osce.map(\.entityID)).count == 1)
        #expect(a.entity(of: "OSCE")?.name == "Organization for Security and Cooperation in Europe")
        #expect(a.entity(of: "OSCE")?.knowledgeBaseID == "wikidata:Q81299")
    }

    @Test func aliasesAndRepeatedNamesShareAnEntity() throws {
        let a = try annotateEntities(["The United States and the U.S. Congress disagree.", "U.S. officials said Moscow and Moscow's allies agree."])
        #expect(a.entity(of: "United States")?.id == a.entity(of: "U.S.")?.id)
        let moscow = a.mentions.filter { a.surface($0) == "Moscow" }
        #expect(moscow.count == 2 && Set(moscow.map(\.entityID)).count == 1)
    }

    @Test func everyMentionPointsToADeclaredEntityOfItsType() throws {
        let a = try annotateEntities(["President Boris Yeltsin of Russia met NATO leaders in Brussels.", "Yeltsin left Brussels."])
        for mention in a.mentions {
            let entity = try #require(mention.entityID.flatMap { a.discourseEntity(id: $0) })
            #expect(entity.type == mention.type)
        }
    }
}
