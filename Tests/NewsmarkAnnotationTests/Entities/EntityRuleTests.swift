import NewsmarkModel
import Testing
@testable import NewsmarkAnnotation

@Suite("Entity rules")
struct EntityRuleTests {
    @Test func titleIsLeftOutOfThePersonMention() throws {
        let a = try annotateEntities(["Two weeks ago General Anatoly Kvashnin said the talks would go on."])
        #expect(a.mentionPairs == [Pair("Anatoly Kvashnin", "person")])
    }

    @Test("a month and a day after a name end the name and start none")
    func dayDateEndsAName() throws {
        let a = try annotateEntities(["The orchestra hired Ines J. Kowalczyk Sept. 8 as its conductor; rehearsals with Tomas Brenner start March 3."])
        #expect(a.mentionPairs.contains(Pair("Ines J. Kowalczyk", "person")))
        #expect(!a.mentionPairs.contains { $0.text.contains("Sept") || $0.text.contains("March") })
        // A month that is no date stays part of a name.
        let b = try annotateEntities(["The singer Elena March performed with the choir."])
        #expect(b.mentionPairs.contains(Pair("Elena March", "person")))
    }

    @Test func nationalityTitleAndNameAreThreeThings() throws {
        let a = try annotateEntities(["The talks were led by Russian President Boris Yeltsin and Polish Foreign Minister Dariusz Rosati."])
        #expect(a.mentionPairs == [
            Pair("Russian", "misc"), Pair("Boris Yeltsin", "person"), Pair("Polish", "misc"), Pair("Dariusz Rosati", "person"),
        ])
    }

    @Test func lowerCaseRoleBeforeAName() throws {
        let a = try annotateEntities(["The ministry's spokeswoman Ilona Vartanyan declined to comment."])
        #expect(a.mentionPairs.contains(Pair("Ilona Vartanyan", "person")))
    }

    @Test func xOfYTakesItsTypeFromTheHead() throws {
        let a = try annotateEntities(["She left the University of Chicago for the Reserve Bank of Malawi near the Gulf of Carpentaria."])
        #expect(a.mentionPairs == [
            Pair("University of Chicago", "organization"), Pair("Reserve Bank of Malawi", "organization"),
            Pair("Gulf of Carpentaria", "location"),
        ])
    }

    @Test func headWordsNameUnknownOrganizationsPlacesAndEvents() throws {
        let a = try annotateEntities(["Delegates of the Zorvian Farmers Party met on Kelmar Road before the Vostok Masters."])
        #expect(a.mentionPairs == [
            Pair("Zorvian Farmers Party", "organization"), Pair("Kelmar Road", "location"), Pair("Vostok Masters", "misc"),
        ])
    }

    @Test func acronymDefinedInTheTextIsLinkedToItsExpansion() throws {
        let a = try annotateEntities([
            "The Committee for Highland Development (CHD) met on Monday.",
            "Later the CHD said it would meet again.",
        ])
        let pairs = a.mentionPairs
        #expect(pairs == [
            Pair("Committee for Highland Development", "organization"), Pair("CHD", "organization"), Pair("CHD", "organization"),
        ])
        let ids = Set(a.mentions.map(\.entityID))
        #expect(ids.count == 1)
        #expect(a.entity(of: "CHD")?.name == "Committee for Highland Development")
    }

    @Test func sentenceInitialCommonWordsAreNotNames() throws {
        let a = try annotateEntities(["But then Indeed it was over. Indeed, Moscow agreed. Speaking later, Smith left."])
        #expect(a.mentionPairs == [Pair("Moscow", "location"), Pair("Smith", "person")])
    }

    @Test func possessiveIsOutsideTheMention() throws {
        let a = try annotateEntities(["Russia's reaction to NATO’s decision surprised Yeltsin's aides."])
        #expect(a.mentionPairs == [Pair("Russia", "location"), Pair("NATO", "organization"), Pair("Yeltsin", "person")])
        let first = try #require(a.mentions.first)
        #expect(first.span == TextSpan(start: 0, end: 6))
    }

    @Test func hyphenatedCompounds() throws {
        let a = try annotateEntities(["The NATO-Russia Council backed a pan-European plan for post-Soviet states."])
        #expect(a.mentionPairs == [
            Pair("NATO-Russia Council", "organization"), Pair("pan-European", "misc"), Pair("post-Soviet", "misc"),
        ])
    }

    @Test func aCapitalizedCommonWordAloneIsNotAName() throws {
        let a = try annotateEntities(["Russian officers work at NATO headquarters, and the Alliance wants the same."])
        #expect(a.mentionPairs == [Pair("Russian", "misc"), Pair("NATO", "organization")])
    }

    @Test func titleCaseHeadlineIsReadConservatively() throws {
        let a = try annotateEntities(["Russia: Rapprochement With NATO Remains Politically Fragile", "Moscow is wary."],
                                     roles: [.headline, .body])
        #expect(a.mentionPairs == [Pair("Russia", "location"), Pair("NATO", "organization"), Pair("Moscow", "location")])
    }

    @Test func allCapsHeadlineUsesNamesFromTheBody() throws {
        let a = try annotateEntities([
            "SOCCER - HALLORAN TO LEAD ENGLAND.",
            "LONDON 1997-03-14",
            "Peter Halloran was chosen to lead England as captain on Friday.",
        ])
        #expect(a.mentionPairs == [
            Pair("HALLORAN", "person"), Pair("ENGLAND", "location"), Pair("LONDON", "location"),
            Pair("Peter Halloran", "person"), Pair("England", "location"),
        ])
        #expect(a.entity(of: "HALLORAN")?.name == "Peter Halloran")
    }

    @Test func teamsNamedAfterPlacesInASportsReport() throws {
        let a = try annotateEntities([
            "CRICKET - ENGLISH COUNTY CHAMPIONSHIP SCORES.",
            "Leicestershire defeated Somerset in Leicester after bowling them out cheaply on the final afternoon.",
        ])
        let pairs = a.mentionPairs
        #expect(pairs.contains(Pair("Leicestershire", "organization")))
        #expect(pairs.contains(Pair("Somerset", "organization")))
        #expect(pairs.contains(Pair("Leicester", "location")))
    }

    @Test func placesStayPlacesOutsideSport() throws {
        let a = try annotateEntities(["Flooding hit Somerset and Leicestershire on Tuesday, officials in Bristol said."])
        #expect(a.mentionPairs == [Pair("Somerset", "location"), Pair("Leicestershire", "location"), Pair("Bristol", "location")])
    }

    @Test func givenNameStartsAPersonName() throws {
        let a = try annotateEntities(["The report was written by Maria Delgado and Christian Blanc."])
        #expect(a.mentionPairs == [Pair("Maria Delgado", "person"), Pair("Christian Blanc", "person")])
    }

    @Test func provenanceAndIDs() throws {
        var article = Article(id: "t", blocks: [(role: .body, text: "Boris Yeltsin flew to Prague.")])
        article.mentions = [EntityMention(id: "m1", type: "misc", span: TextSpan(start: 100, end: 101))]
        let annotator = EntityAnnotator()
        try annotator.annotate(&article, analysis: TextAnalysis(article: article))
        let added = article.mentions.filter { $0.provenance.annotatorID == "newsmark-entities" }
        #expect(added.map(\.id) == ["m2", "m3"])
        #expect(article.discourseEntities.map(\.id) == ["e1", "e2"])
        for mention in added {
            let confidence = try #require(mention.provenance.confidence)
            #expect(confidence > 0 && confidence <= 1)
        }
        #expect(article.discourseEntities.allSatisfy { $0.provenance.annotatorID == "newsmark-entities" })
        #expect(article.discourseEntities.first?.knowledgeBaseID == "wikidata:Q34453")
    }

    @Test func emptyAndPunctuationOnlyTextGiveNothing() throws {
        #expect(try annotateEntities([""]).mentions.isEmpty)
        #expect(try annotateEntities(["-- ... ( ) \u{201C}\u{201D}"]).mentions.isEmpty)
        #expect(try annotateEntities(["THE END"]).mentions.isEmpty)
    }
}
