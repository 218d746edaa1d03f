import NewsmarkModel
import Testing

@testable import NewsmarkAnnotation

/// Speaker rules for transcripts, indefinite subjects, pronouns in reported clauses and introductions
/// that carry no speech verb.
@Suite("Quote speaker conventions")
struct QuoteSpeakerConventionTests {
    @Test("A transcript line names its speaker before the colon")
    func transcriptLabels() throws {
        let (_, quotes) = try annotateQuotes([
            "The station released part of the exchange. Partial transcript follows:",
            "\"HOLLOWAY: Minister, did your office know about the delay?",
            "\"Karin Brandt: We learned about it on the same day as everyone else.\"",
        ], headline: "Minister grilled on delay")
        #expect(quotes.map(\.speaker) == ["HOLLOWAY", "Karin Brandt"])
        #expect(quotes.allSatisfy { $0.kind == .direct })
        // An all-capitals label is a person, not an acronym.
        let (article, labelled) = try annotateQuotes(["\"HOLLOWAY: Minister, did your office know?\""])
        let id = try #require(labelled.first?.quote.speakerID)
        #expect(article.discourseEntity(id: id)?.type == "person")
    }

    @Test("A capitalized heading before a colon inside a quote is no speaker")
    func transcriptHeadingsAreNotSpeakers() throws {
        let (_, quotes) = try annotateQuotes([
            "Holm posted the clip with a caption. \"VIDEO: The harbor at dawn, before the storm arrived.\"",
            "\"Note: the figures are provisional and will be revised,\" the bureau wrote.",
        ], headline: "Harbor storm")
        #expect(quotes.first?.speaker != "VIDEO")
        #expect(quotes.last?.speaker != "Note")
    }

    @Test("'Another said' introduces someone new, never the person quoted before")
    func indefiniteSubject() throws {
        let (_, quotes) = try annotateQuotes([
            "“The bridge should have been finished years ago,” one commuter wrote. Another said she hoped with her “whole heart” that it would open by summer.",
            "Another tweeted, “Nobody in this town trusts the schedule anymore.”",
            "“We will open in June,” Mayor Petra Lind said. One replied, “We have heard that before.”",
        ], headline: "Bridge delays")
        #expect(quotes.count == 5)
        #expect(quotes[1].speaker == "Another" && quotes[2].speaker == "Another")
        #expect(quotes[1].quote.speakerID != quotes[2].quote.speakerID)  // two different people
        #expect(quotes[3].speaker == "Petra Lind")
        #expect(quotes[4].speaker == "One")
    }

    @Test("'No one said' is no indefinite speaker")
    func noOneIsNoSpeaker() throws {
        let (_, quotes) = try annotateQuotes([
            "Tomas Berg chaired the meeting. No one said the plan was “a done deal,” but the vote went ahead.",
        ], headline: "Council vote")
        #expect(quotes.first?.speaker != "One")
    }

    @Test("The subject of a saying verb is the antecedent of the pronouns in the clause it reports")
    func pronounInReportedClause() throws {
        let (_, quotes) = try annotateQuotes([
            "With the count over, Mr. Voss said he had two options left: back Mr. Hilmer, whom he called “the most divisive figure in a generation,” or stay home.",
        ], headline: "After the count")
        #expect(quotes.first?.speaker == "Voss")
    }

    @Test("A name and one past-tense verb after a quote attribute it, whatever the verb")
    func plainVerbAfterQuote() throws {
        let (_, quotes) = try annotateQuotes([
            "“The board is claiming today that you met the donors in private,” Hallberg started.",
            "“Not a chance,” she smiled.",
            "“Keep the receipts,” Hallberg started the engine and drove off.",
        ], headline: "Board dispute")
        #expect(quotes[0].speaker == "Hallberg" && quotes[0].cue == "started")
        #expect(quotes[1].cue == "smiled")
        // More than a subject and its verb: an ordinary clause, not an attribution.
        #expect(quotes[2].cue != "started")
    }

    @Test("After a question quote, a clause that introduces the next quote belongs to that quote")
    func questionFollowedByIntroduction() throws {
        let (_, quotes) = try annotateQuotes([
            "Nora Fields replied to Lund, “Why now? Was that on the way to Oslo?” Lund then wrote back, “You look tired.”",
            "“Is it over?” Lund asked. “Not yet.”",
        ], headline: "Mail exchange")
        #expect(quotes.map(\.speaker) == ["Nora Fields", "Lund", "Lund", "Lund"])
    }

    @Test("A clause after a question quote that starts with 'until' is not its attribution")
    func subordinateClauseAfterQuote() throws {
        let (_, quotes) = try annotateQuotes([
            "Jonas Sim says he was “sort of sitting on the sidelines” until Rosa Hart said she was backing the senator.",
        ], headline: "Primary voters")
        #expect(quotes.first?.speaker == "Jonas Sim")
    }

    @Test("A short colon or dash introduction with one name and no verb names the speaker")
    func nameOnlyIntroductions() throws {
        let (_, quotes) = try annotateQuotes([
            "The poll moved again this week. More from Jonas Eklund: “Turnout in the rural counties will settle this one.”",
            "Here’s Marta Olsen in 1994: “A city that stops building roads soon stops growing.”",
            "Marta Olsen also defended the plan -- “I think the toll is small next to what the bridge saves.”",
            "In December: “The ferries stopped running for three weeks once the harbor iced up.”",
        ], headline: "Poll watch")
        #expect(quotes.map(\.speaker) == ["Jonas Eklund", "Marta Olsen", "Marta Olsen", nil])
    }

    @Test("A time phrase with an article between subject and verb is stepped over")
    func timePhraseWithArticle() throws {
        let (_, quotes) = try annotateQuotes([
            "Lena Ortiz on a Tuesday thanked the volunteers “for every door you knocked on.”",
        ], headline: "Rally")
        #expect(quotes.first?.speaker == "Lena Ortiz")
    }

    @Test("A second verb joined by 'and' shares the subject of the first")
    func coordinatedVerbs() throws {
        let (_, quotes) = try annotateQuotes([
            "There were sharper exchanges, such as when Reyes knocked Lunde on trade and called him a “lightweight,” which drew boos.",
            "Tomas Berg said Reyes lied about the budget and called it “a fantasy.”",
            "Sen. Vera Holm has cast former governor Ida Lunde as unqualified and accused her of using the word “lazy.”",
        ], headline: "Debate")
        #expect(quotes.map(\.speaker) == ["Reyes", "Tomas Berg", "Vera Holm"])
    }

    @Test("A name after an indefinite article modifies a noun and is no subject")
    func nameAsModifier() throws {
        let (_, quotes) = try annotateQuotes([
            "Anna Weber offered a Lindqvist-style retort online, writing, “You are not just wrong, you are late.”",
        ], headline: "Retort")
        #expect(quotes.first?.speaker == "Anna Weber")
    }

    @Test("A comma after a noun for a message introduces its sender's words")
    func messageNounIntroduction() throws {
        let (_, quotes) = try annotateQuotes([
            "Immediately after the storm, Mayor Petra Lind issued a statement, “Last night our city was hit harder than ever before.”",
            "The repairs began immediately.",
        ], headline: "Storm")
        #expect(quotes.first?.speaker == "Petra Lind")
    }
}
