import NewsmarkModel
import Testing
@testable import NewsmarkAnnotation

@Suite("Entity rules for results lines and person-name cuts")
struct ResultsLineAndNameCutTests {
    @Test func unknownClubsInAScoreLineAreTeams() throws {
        let a = try annotateEntities([
            "SOCCER - ISTRIAN LEAGUE RESULTS.",
            "Results of matches played on Sunday:",
            "Vrbovac 2 Kalnik (S) 1",
            "Reading 3 Lindholm 0",
        ])
        let pairs = a.mentionPairs
        #expect(pairs.contains(Pair("Vrbovac", "organization")))
        #expect(pairs.contains(Pair("Kalnik (S)", "organization")))
        #expect(pairs.contains(Pair("Reading", "organization")))
        #expect(pairs.contains(Pair("Lindholm", "organization")))
    }

    @Test func standingsRowNamesATeam() throws {
        let a = try annotateEntities([
            "SOCCER - ISTRIAN LEAGUE STANDINGS.",
            "Standings after Sunday's matches:",
            "Vrbovac 5 4 1 0 12 3 13",
            "Manchester City 5 3 1 1 9 5 10",
        ])
        let pairs = a.mentionPairs
        #expect(pairs.contains(Pair("Vrbovac", "organization")))
        #expect(pairs.contains(Pair("Manchester City", "organization")))
    }

    @Test func countriesAndPeopleInResultsLinesKeepTheirTypes() throws {
        let a = try annotateEntities([
            "GOLF - LEADING SCORES.",
            "Leading scores after the second round:",
            "Colin Montgomerie 68 70 138",
            "Norway 2 Portugal 1",
        ])
        let pairs = a.mentionPairs
        #expect(pairs.contains(Pair("Colin Montgomerie", "person")))
        #expect(pairs.contains(Pair("Norway", "location")))
        #expect(pairs.contains(Pair("Portugal", "location")))
    }

    @Test func resultsLinesOutsideSportAreLeftAlone() throws {
        let a = try annotateEntities(["Dellwood 2 Farnam 1 was painted on the wall of the shed."])
        #expect(!a.mentionPairs.contains { $0.type == "organization" })
    }

    @Test func partyAndStateTagIsNoPerson() throws {
        let a = try annotateEntities(["The bill's sponsor, Senator Ron Wyden (D-Ore.), said the vote was close."])
        let pairs = a.mentionPairs
        #expect(!pairs.contains { $0.text.hasPrefix("D-") })
        #expect(pairs.contains(Pair("Ron Wyden", "person")))
    }

    @Test func givenNameWithASurnameThatNamesAPlaceIsOnePerson() throws {
        let a = try annotateEntities(["The report was written by Ann Lee and reviewed by Carol Warren last week."])
        let pairs = a.mentionPairs
        #expect(pairs.contains(Pair("Ann Lee", "person")))
        #expect(pairs.contains(Pair("Carol Warren", "person")))
        #expect(!pairs.contains(Pair("Ann", "person")))
    }

    @Test func titleBeforeASurnameThatNamesAPlaceMakesAPerson() throws {
        let a = try annotateEntities(["The army was led by Prince Eugene in the campaign."])
        #expect(a.mentionPairs.contains(Pair("Eugene", "person")))
    }

    @Test func commonWordBeforeAPlaceIsNoGivenName() throws {
        let a = try annotateEntities(["The ninth inning was close. In Oakland, the home side won again."])
        #expect(a.mentionPairs.contains(Pair("Oakland", "location")))
        #expect(!a.mentionPairs.contains { $0.text.hasPrefix("In ") })
    }

    @Test func givenNameBeforeAnOrdinaryWordIsAPerson() throws {
        let a = try annotateEntities(["The run came from Darnell Cranberry in the sixth inning."])
        #expect(a.mentionPairs.contains(Pair("Darnell Cranberry", "person")))
    }

    @Test func surnameThatNamesAPlaceFollowsItsPerson() throws {
        let a = try annotateEntities([
            "TENNIS - UPSET AT FLUSHING MEADOWS.",
            "The 11th-seeded Tavoris Washington won in five sets.",
            "Washington served 14 aces, and the crowd cheered Washington.",
        ])
        let washington = a.mentions.filter { a.surface($0) == "Washington" }
        #expect(washington.count == 2)
        #expect(washington.allSatisfy { $0.type == "person" })
    }

    @Test func sportsStatisticsAreNoOrganizations() throws {
        let a = try annotateEntities(["BASEBALL - ROUND-UP.", "He drove in three RBI and lowered his ERA to 3.10."])
        #expect(!a.mentionPairs.contains { $0.type == "organization" })
    }

    @Test func brokerBeforeANameIsARoleNotACompany() throws {
        let a = try annotateEntities(["\"The market will stay quiet,\" said broker Tahir Qureshi."])
        #expect(a.mentionPairs.contains(Pair("Tahir Qureshi", "person")))
    }
}

