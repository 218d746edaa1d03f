import NewsmarkModel
import Testing
@testable import NewsmarkAnnotation

@Suite("Entity rules for organizations")
struct OrganizationRuleTests {
    @Test func abbreviatedCompanyWordKeepsItsPeriodInsideASentence() throws {
        let a = try annotateEntities(["Shares of Tollgate Holdings Corp. rose after Brimfield Mills Inc., a textile maker, bid."])
        let pairs = a.mentionPairs
        #expect(pairs.contains(Pair("Tollgate Holdings Corp.", "organization")))
        #expect(pairs.contains(Pair("Brimfield Mills Inc.", "organization")))
    }

    @Test func sharesOfAnUnknownNameMakeItAnOrganization() throws {
        let a = try annotateEntities(["Shares of Veltrona rose 3 percent on Monday, and analysts expect Veltrona to gain more."])
        let pairs = a.mentionPairs.filter { $0.text == "Veltrona" }
        #expect(pairs.count == 2)
        #expect(pairs.allSatisfy { $0.type == "organization" })
    }

    @Test func anUnknownNameAfterTheIsAnInstitution() throws {
        let a = try annotateEntities(["The Senate approved the measure on Thursday and sent it to the House for a final vote."])
        let pairs = a.mentionPairs
        #expect(pairs.contains(Pair("House", "organization")))
        #expect(!pairs.contains(Pair("House", "person")))
    }

    @Test func sentenceFinalPeriodStaysWithTheSentence() throws {
        let a = try annotateEntities(["The order went to Tollgate Holdings Corp. Analysts were surprised."])
        #expect(a.mentionPairs.contains(Pair("Tollgate Holdings Corp", "organization")))
    }

    @Test func placeAdjectiveBeforeACompanyIsTwoMentions() throws {
        let a = try annotateEntities(["The deal makes Ohio-based Quarrytown the largest supplier, and Quarrytown shares rose."])
        let pairs = a.mentionPairs
        #expect(pairs.contains(Pair("Ohio-based", "misc")))
        #expect(pairs.filter { $0.text == "Quarrytown" }.allSatisfy { $0.type == "organization" })
        #expect(pairs.filter { $0.text == "Quarrytown" }.count == 2)
    }

    @Test func ordinaryWordMadeAnAdjectiveIsNoName() throws {
        let a = try annotateEntities(["Family-controlled Brimfield Mills Inc. reported a loss."])
        #expect(!a.mentionPairs.contains { $0.text.hasPrefix("Family") })
        #expect(a.mentionPairs.contains(Pair("Brimfield Mills Inc.", "organization")))
    }

    @Test func nationalityBeforeAPartyIsPartOfTheName() throws {
        let a = try annotateEntities(["Delegates of the Welsh Labour Party and the Portuguese Socialist Party met on Friday."])
        let pairs = a.mentionPairs
        #expect(pairs.contains(Pair("Welsh Labour Party", "organization")))
        #expect(pairs.contains(Pair("Portuguese Socialist Party", "organization")))
    }

    @Test func nationalityBeforeATitleStaysMisc() throws {
        let a = try annotateEntities(["The talks were opened by Welsh Finance Minister Rhodri Morgan on Friday."])
        #expect(a.mentionPairs.contains(Pair("Welsh", "misc")))
    }

    @Test func acronymSpansSeveralChunksOfItsName() throws {
        let a = try annotateEntities([
            "Monitors of the Joint Observer Mission in Tavria (JOMT) arrived on Tuesday.",
            "JOMT said the ceasefire held.",
        ])
        let pairs = a.mentionPairs
        #expect(pairs.contains(Pair("Joint Observer Mission in Tavria", "organization")))
        let acronyms = a.mentions.filter { a.surface($0) == "JOMT" }
        #expect(acronyms.count == 2)
        #expect(acronyms.allSatisfy { $0.type == "organization" })
        #expect(a.entity(of: "JOMT")?.name == "Joint Observer Mission in Tavria")
    }

    @Test func clubWordAndTownAreAClub() throws {
        let a = try annotateEntities([
            "SOCCER - LEAGUE ROUND-UP.",
            "Spartak Kaluga beat Dynamo Irkutsk in the league on Saturday and FC Wexley drew.",
        ])
        let pairs = a.mentionPairs
        #expect(pairs.contains(Pair("Dynamo Irkutsk", "organization")))
        #expect(pairs.contains(Pair("FC Wexley", "organization")))
    }

    @Test func townAndClubWordAreAClubInSport() throws {
        let a = try annotateEntities([
            "SOCCER - CUP REPORT.",
            "Goals from two substitutes gave Swansea City a win over Exeter City in the league on Tuesday.",
        ])
        let pairs = a.mentionPairs
        #expect(pairs.contains(Pair("Swansea City", "organization")))
        #expect(pairs.contains(Pair("Exeter City", "organization")))
    }

    @Test func companyHeadWordsNameCompanies() throws {
        let a = try annotateEntities(["Output at Karnaphuli Cement and Meghna Textiles fell in July."])
        let pairs = a.mentionPairs
        #expect(pairs.contains(Pair("Karnaphuli Cement", "organization")))
        #expect(pairs.contains(Pair("Meghna Textiles", "organization")))
    }

    @Test func smallPlaceNamedAsACompanyIsTheCompany() throws {
        // "Magna" is also a small town in GeoNames; its shares make it the company here.
        let a = try annotateEntities(["Magna shares rose 3 percent.", "Analysts said Magna would gain from the deal."])
        let magna = a.mentions.filter { a.surface($0) == "Magna" }
        #expect(magna.count == 2)
        #expect(magna.allSatisfy { $0.type == "organization" })
    }

    @Test func companyShortNameAfterItsFullName() throws {
        let a = try annotateEntities([
            "Regulators approved the sale of Vortell Holding Corp. to a rival.",
            "Analysts said Vortell would gain, and Fairway Bancorp Inc. may bid for Fairway's rival.",
        ])
        let vortell = a.mentions.filter { a.surface($0) == "Vortell" }
        #expect(vortell.count == 1)
        #expect(vortell.allSatisfy { $0.type == "organization" })
        #expect(a.mentionPairs.contains(Pair("Fairway", "organization")))
    }

    @Test func capitalizedWordBeforeNewspaperIsAnOrganization() throws {
        let a = try annotateEntities(["A report in the Clarion newspaper said the deal was off."])
        #expect(a.mentionPairs == [Pair("Clarion", "organization")])
    }

    @Test func organizationContextWordsVoteForAnUnknownName() throws {
        let a = try annotateEntities(["The publisher Norbright agreed.", "Norbright said the talks would resume."])
        let norbright = a.mentions.filter { a.surface($0) == "Norbright" }
        #expect(norbright.count == 2)
        #expect(norbright.allSatisfy { $0.type == "organization" })
    }

    @Test func hospitalsAndVenuesArePlaces() throws {
        let a = try annotateEntities(["She was taken to Saint Aldric Hospital after the match at the Kestrel Tennis Centre."])
        let pairs = a.mentionPairs
        #expect(pairs.contains(Pair("Saint Aldric Hospital", "location")))
        #expect(pairs.contains(Pair("Kestrel Tennis Centre", "location")))
    }

    @Test func clubWordAloneInASportsReportIsTheClub() throws {
        let a = try annotateEntities(["SOCCER - SPANISH LEAGUE ROUND-UP.", "A late goal earned Real a draw on Sunday."])
        #expect(a.mentionPairs.contains(Pair("Real", "organization")))
    }
}
