import NewsmarkModel
import Testing
@testable import NewsmarkAnnotation

/// The lexicon facts a piece form carries say what the lexicon says about its word, so that matchers
/// reading them decide as the table look-ups did.
@Suite struct TemporalWordFactsTests {
    static func pieces(_ text: String) -> [TemporalPiece] {
        let analysis = TextAnalysis(article: Article(id: "t", blocks: [(role: BlockRole.body, text: text)]))
        var forms = TemporalPieceForms()
        return TemporalPieceBuilder.pieces(text: analysis.text, tokens: analysis.tokens, range: 0..<analysis.tokens.count,
                                           regions: [Int](repeating: 0, count: analysis.tokens.count), forms: &forms)
    }

    @Test func factsAgreeWithTheLexicon() {
        let words = ["Sept", "May", "Tuesday", "tue", "twenty", "third", "20th", "1st", "weeks", "fortnight", "quarter",
                     "half", "Q3", "FY98", "’", "'", "the", "next", "year", "ninety", "hour"]
        let pieces = Self.pieces(words.joined(separator: " "))
        for piece in pieces {
            let word = piece.lower
            let facts = piece.facts
            #expect((facts.month > 0 ? Int(facts.month) : nil) == TemporalLexicon.months[word], "\(word)")
            #expect((facts.weekday > 0 ? Int(facts.weekday) : nil) == TemporalLexicon.weekdays[word], "\(word)")
            #expect((facts.numberWord >= 0 ? Int(facts.numberWord) : nil) == TemporalLexicon.numberWords[word], "\(word)")
            #expect((facts.ordinalWord > 0 ? Int(facts.ordinalWord) : nil) == TemporalLexicon.ordinalWords[word], "\(word)")
            #expect(facts.unit == TemporalLexicon.units[word]?.0, "\(word)")
            #expect(facts.unitIsPlural == (TemporalLexicon.units[word]?.1 ?? false), "\(word)")
            #expect(facts.isApostrophe == (word == "'"), "\(word)")
            #expect(facts.startsWithFY == word.hasPrefix("fy"), "\(word)")
        }
        let byWord = Dictionary(pieces.map { ($0.lower, $0.facts) }, uniquingKeysWith: { first, _ in first })
        #expect(byWord["20th"]?.numericOrdinal == 20 && byWord["1st"]?.numericOrdinal == 1 && byWord["third"]?.numericOrdinal == -1)
        #expect(byWord["quarter"]?.isQuarterHead == true && byWord["half"]?.isQuarterHead == true && byWord["q3"]?.isQuarterHead == true)
        #expect(byWord["weeks"]?.isQuarterHead == false)
        #expect(byWord["next"]?.continuesDeicticThe == true && byWord["year"]?.continuesDeicticThe == true)
        #expect(byWord["tuesday"]?.continuesDeicticThe == false)
    }

    @Test func wordsWithHyphensAreSplitAndOthersTakenWhole() {
        let pieces = Self.pieces("a two-week, mid‐1990s well-known -led plan")
        #expect(pieces.map(\.lower) == ["a", "two", "-", "week", ",", "mid", "‐", "1990s", "well", "-", "known", "-", "led", "plan"])
        #expect(pieces.filter { $0.lower == "-" }.allSatisfy { $0.kind == .punctuation })
        #expect(!pieces[1].form.hasHyphen && !pieces[3].form.hasHyphen)
    }

    @Test func aSentenceWithoutAQuarterWordHasNoQuarterExpression() {
        // The quarter matcher is skipped in such a sentence; with the word, it runs.
        let without = AnnotatedDates("Profit rose in the first nine months.", published: "1989-11-02")
        #expect(without.value("the first nine months") == "P9M")
        let with = AnnotatedDates("Profit rose in the first quarter.", published: "1989-11-02")
        #expect(with.value("the first quarter") == "1989-Q1")
    }
}
