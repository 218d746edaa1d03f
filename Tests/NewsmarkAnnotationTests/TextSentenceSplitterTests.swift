import NewsmarkModel
import Testing
@testable import NewsmarkAnnotation

@Suite("Text: sentence splitter")
struct TextSentenceSplitterTests {
    /// Every kind of abbreviation answers to one question (the quote annotator asks it for "said Sen. X").
    @Test func abbreviationsOfEveryKind() {
        for word in ["sen", "gen", "mr", "no", "vol", "inc", "calif", "e.g", "cf"] {
            #expect(SentenceSplitter.isAbbreviation(word), "\(word)")
        }
        for word in ["said", "the", "nato"] {
            #expect(!SentenceSplitter.isAbbreviation(word), "\(word)")
        }
    }

    private func sentences(_ string: String) -> [String] {
        let article = Article(id: "a", blocks: [(.body, string)])
        let analysis = TextAnalysis(article: article)
        return analysis.sentences.map { analysis.text.string($0.span) }
    }

    @Test("plain sentences")
    func plain() {
        #expect(sentences("The talks ended. Both sides left! Will they return? Nobody knows…") ==
                ["The talks ended.", "Both sides left!", "Will they return?", "Nobody knows…"])
    }

    @Test("titles never end a sentence", arguments: ["Gen.", "Mr.", "Sen.", "Dr.", "Gov.", "St."])
    func titles(_ title: String) {
        #expect(sentences("He met \(title) Smith on Friday. They talked.").count == 2)
    }

    @Test("month and number abbreviations before numbers")
    func numberAbbreviations() {
        #expect(sentences("The vote is on Jan. 5 in the capital. It will be close.").count == 2)
        #expect(sentences("He lives at No. 10 Downing Street. It is old.").count == 2)
        #expect(sentences("He said no. The talks ended.") == ["He said no.", "The talks ended."])
    }

    @Test("initialisms end a sentence only before a sentence opener")
    func initialisms() {
        #expect(sentences("The U.S. Army said it would leave. Others stayed.") ==
                ["The U.S. Army said it would leave.", "Others stayed."])
        #expect(sentences("Troops returned to the U.S. The war was over.") ==
                ["Troops returned to the U.S.", "The war was over."])
        #expect(sentences("The meeting starts at 3 p.m. Tuesday in Paris.").count == 1)
        #expect(sentences("It ended at 3 p.m. He went home.").count == 2)
    }

    @Test("initials in names do not end a sentence")
    func initials() {
        #expect(sentences("John F. Kennedy was shot in 1963. The nation mourned.").count == 2)
        #expect(sentences("They chose Plan B. The others left.").count == 2)
    }

    @Test("company and state abbreviations")
    func companies() {
        #expect(sentences("Acme Inc. Chairman Joe Bloggs resigned.").count == 1)
        #expect(sentences("He works for Acme Inc. The firm is large.").count == 2)
        #expect(sentences("She moved to Sacramento, Calif. Last year she returned.").count == 2)
        #expect(sentences("Cars, trucks, etc. are banned, e.g. Vans too.").count == 1)
    }

    @Test("closing quotes belong to the sentence they end; a quote continues after a lower-case word")
    func quotes() {
        #expect(sentences("He said, \"We won.\" Then he left.") == ["He said, \"We won.\"", "Then he left."])
        #expect(sentences("“Is it over?” she asked. “Yes.”") == ["“Is it over?” she asked.", "“Yes.”"])
        #expect(sentences("The talks ended. \"We are done,\" he said.") == ["The talks ended.", "\"We are done,\" he said."])
    }

    @Test("parentheses: a full sentence in brackets; no split inside brackets")
    func parentheses() {
        #expect(sentences("The vote failed. (He declined to comment.) The law stands.") ==
                ["The vote failed.", "(He declined to comment.)", "The law stands."])
        #expect(sentences("The report (see p. 3. Also annex B.) was long. It was late.") ==
                ["The report (see p. 3. Also annex B.) was long.", "It was late."])
    }

    @Test("a sentence does not end before a lower-case word or inside a number")
    func lowerCase() {
        #expect(sentences("Prices rose 3.5 percent. the rest fell.").count == 1)
    }

    @Test("blocks are never joined")
    func blocks() {
        let article = Article(id: "a", blocks: [(.headline, "Talks end"), (.body, "They ended. Both left")])
        let analysis = TextAnalysis(article: article)
        #expect(analysis.sentences.map(\.blockIndex) == [0, 1, 1])
    }
}
