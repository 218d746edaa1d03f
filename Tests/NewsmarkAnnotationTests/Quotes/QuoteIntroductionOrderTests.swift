import NewsmarkModel
import Testing

@testable import NewsmarkAnnotation

/// Attribution clauses that stand before the quote, or after it but introduce the next one.
@Suite("Quote introductions")
struct QuoteIntroductionOrderTests {
    @Test("An inverted verb and its speaker set off by commas before the quote")
    func invertedVerbBeforeQuote() throws {
        let (_, quotes) = try annotateQuotes([
            "The staff met again on Friday. But, said Ola Sund, \"I do not want to stir up conflict because I know him.\"",
            "Because of how the calendar works, explained Rosenberg, \"with the vote over by March there is a scenario where nobody wins.\"",
        ], headline: "Staff meeting")
        #expect(quotes.map(\.speaker) == ["Ola Sund", "Rosenberg"])
        #expect(quotes.map(\.cue) == ["said", "explained"])
    }

    @Test("After a quote, a name whose apposition lacks its closing comma still speaks")
    func appositionWithoutClosingComma() throws {
        let (_, quotes) = try annotateQuotes([
            "\"They need a plan for these voters,\" Ola Berg, the pollster who founded a survey firm wrote on Monday. \"They are drawing more from her side now.\"",
        ], headline: "Poll worries")
        #expect(quotes.map(\.speaker) == ["Ola Berg", "Ola Berg"])
        #expect(quotes.first?.cue == "wrote")
    }

    @Test("A verb after an apposition or relative clause, or one that takes an addressee, is not inverted")
    func appositionBeforeVerbIsNotInversion() throws {
        let (_, quotes) = try annotateQuotes([
            "Dag Lunde, who was listed on the slate, told the Gazette, \"Of the three, I like the mayor best.\"",
            "Tove Berg, its acting chair, told the radio simply, \"We will count again.\"",
        ], headline: "Slate doubts")
        #expect(quotes.map(\.speaker) == ["Dag Lunde", "Tove Berg"])
    }

    @Test("'As X put it' is a speech cue; 'put it on' is not")
    func putItIsACue() throws {
        let (_, quotes) = try annotateQuotes([
            "As the columnist Rita Holm put it, the mayor wants the council to take \"an offer they cannot afford to refuse.\"",
            "Dahl put it on the table and called the plan \"a fine start.\"",
        ], headline: "Council talks")
        #expect(quotes.first?.speaker == "Rita Holm")
        #expect(quotes.first?.cue == "put it")
        #expect(quotes.last?.cue == "called")
    }

    @Test("A clause that ends in a colon introduces the next quote, not the one before it")
    func colonClauseIntroducesNextQuote() throws {
        let (_, quotes) = try annotateQuotes([
            "After Judge Ada Holm said that some pupils might do better at \"less demanding schools,\" Berg said: \"I do not like what she said.\"",
            "\"We are done,\" Lind said, adding: \"Go home.\"",
            "\"We are done,\" Lind said: \"Go home now.\"",
        ], headline: "School row")
        #expect(quotes.map(\.speaker) == ["Ada Holm", "Berg", "Lind", "Lind", "Lind", "Lind"])
    }

    @Test("A dateline is stepped over to the main clause's subject")
    func datelineBeforeSubject() throws {
        let (_, quotes) = try annotateQuotes([
            "Bergen (NTB) – Mayor Kari Vold has criticized the ferry plan, saying that \"empty promises\" do more harm than good.",
            "OSLO — Minister Per Dahl defended the budget on Monday, calling it \"a plan for hard times.\"",
        ], headline: "Ferry plan")
        #expect(quotes.map(\.speaker) == ["Kari Vold", "Per Dahl"])
    }

    @Test("A capitalized conjunction opening a sentence is never a speaker's name")
    func sentenceInitialConjunctionIsNoName() throws {
        let (_, quotes) = try annotateQuotes([
            "When asked about the vote, Jonas Dahl \"bristled\" and said, \"No comment.\"",
        ], headline: "Vote count")
        #expect(quotes.first?.speaker == "Jonas Dahl")
    }
}
