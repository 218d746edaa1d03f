import NewsmarkModel
import Testing
@testable import NewsmarkAnnotation

/// The lexicon's word tables answer exactly as `Dictionary` and `Set` do, for short and long ASCII
/// words, non-ASCII words, near misses and canonically equivalent spellings.
@Suite struct LexiconWordTableTests {
    static let members = [
        "a", "the", "may", "sept", "tonight", "weekend", "approximately", "semiannually", "not-too-distant",
        "’ll", "'ll", "zürich", "café", "%", "--", "\u{201C}", "abcdefg", "abcdefgh", "abcdefghijklmnopqrstuvwxyz", "K", ";",
    ]

    static let probes = members + [
        "", "th", "thee", "The", "ma", "mayy", "tonigh", "tonightt", "approximatelx", "semiannual", "not-too-distance",
        "’l", "ll", "zurich", "cafe\u{301}", "ca\u{301}fe", "abcdef", "abcdefgi", "abcdefghi", "abcdefghijklmnopqrstuvwxyy",
        "\u{212A}", "k", "K", "a\u{0}", "\u{0}a", "ééééééééé", "\u{037E}", "\u{212A}\u{212A}",
    ]

    @Test func setAgreesWithSwiftSet() {
        let fast = LexiconWordSet(Self.members)
        let plain = Set(Self.members)
        for probe in Self.probes {
            #expect(fast.contains(probe) == plain.contains(probe), "\(probe)")
        }
        #expect(Set(fast) == plain)
    }

    @Test func mapAgreesWithDictionary() {
        let plain = Dictionary(uniqueKeysWithValues: Self.members.enumerated().map { ($0.element, $0.offset) })
        let fast = LexiconWordMap(plain)
        for probe in Self.probes {
            #expect(fast[probe] == plain[probe], "\(probe)")
        }
        #expect(Set(fast.keys) == Set(plain.keys))
    }

    @Test func nonASCIIWordEqualToAnASCIIOneIsFound() {
        // The Kelvin sign is canonically "K": a table holding it finds "K" as `Set` does.
        let words = ["\u{212A}", "month"]
        let fast = LexiconWordSet(words)
        let plain = Set(words)
        for probe in ["K", "k", "\u{212A}", "month", "months"] {
            #expect(fast.contains(probe) == plain.contains(probe), "\(probe)")
        }
    }

    @Test func lexiconTablesAgreeWithTheirWords() {
        // Every word of a table is found with its value, and an upper-case or truncated form is not.
        for word in TemporalLexicon.months.keys {
            #expect(TemporalLexicon.months[word] != nil)
            #expect(TemporalLexicon.months[word.uppercased()] == nil)
        }
        #expect(TemporalLexicon.units["centuries"]?.0 == .century && TemporalLexicon.units["centuries"]?.1 == true)
        #expect(TemporalLexicon.numberWords["seventeen"] == 17 && TemporalLexicon.numberWords["seventeens"] == nil)
        #expect(TemporalLexicon.futureModals.contains("’ll") && TemporalLexicon.futureModals.contains("'ll"))
        #expect(!TemporalLexicon.futureModals.contains("ll"))
        for word in TemporalLexicon.pastCues { #expect(TemporalLexicon.pastCues.contains(word)) }
    }

    @Test func packedPieceKeysNameTheTextExactly() {
        // Pieces of up to eight ASCII scalars get a packed key; the key differs with any scalar, the
        // length or the tag, and longer or non-ASCII pieces get none.
        let text = ScalarText("abcdefgh abcdefgi abcdefghi abc ab\u{0} é the The")
        text.scalars.withUnsafeBufferPointer { s in
            let eight = TemporalPieceForms.packedKey(start: 0, end: 8, tag: 1, in: s)
            let other = TemporalPieceForms.packedKey(start: 9, end: 17, tag: 1, in: s)
            #expect(eight != nil && other != nil && eight != other)
            #expect(TemporalPieceForms.packedKey(start: 18, end: 27, tag: 1, in: s) == nil)
            #expect(TemporalPieceForms.packedKey(start: 0, end: 8, tag: 2, in: s) != eight)
            #expect(TemporalPieceForms.packedKey(start: 0, end: 7, tag: 1, in: s) != eight)
            #expect(TemporalPieceForms.packedKey(start: 28, end: 31, tag: 1, in: s) == TemporalPieceForms.packedKey(start: 0, end: 3, tag: 1, in: s))
            #expect(TemporalPieceForms.packedKey(start: 32, end: 35, tag: 1, in: s) != TemporalPieceForms.packedKey(start: 32, end: 34, tag: 1, in: s))
            #expect(TemporalPieceForms.packedKey(start: 36, end: 37, tag: 1, in: s) == nil)
            #expect(TemporalPieceForms.packedKey(start: 38, end: 41, tag: 1, in: s) != TemporalPieceForms.packedKey(start: 42, end: 45, tag: 1, in: s))
        }
    }

    @Test func numberSeparatorFlagsAgreeWithTheText() {
        let text = "At 15:30 on 20.05.1998 some 1,000 people paid 3.5 dollars; 1998 saw 7 a.m. starts and 12:45pm ends."
        let analysis = TextAnalysis(article: Article(id: "t", blocks: [(role: BlockRole.body, text: text)]))
        var forms = TemporalPieceForms()
        let pieces = TemporalPieceBuilder.pieces(text: analysis.text, tokens: analysis.tokens, range: 0..<analysis.tokens.count,
                                                 regions: [Int](repeating: 0, count: analysis.tokens.count), forms: &forms)
        var colons = 0, periods = 0
        for piece in pieces {
            #expect(piece.form.numberHasColon == (piece.kind == .number && piece.lower.contains(":")), "\(piece.lower)")
            #expect(piece.form.numberHasPeriod == (piece.kind == .number && piece.lower.contains(".")), "\(piece.lower)")
            if piece.form.numberHasColon { colons += 1 }
            if piece.form.numberHasPeriod { periods += 1 }
        }
        #expect(colons >= 1 && periods >= 2)
    }

    @Test func mayStartFromFormsAgreesWithTheClasses() {
        let paragraphs = TemporalPieceFormTests.paragraphs + [
            "The vote came about two weeks after the '98 season; FY1999 sales rose 3% a year, the company said.",
            "That the plan would be ready by the end of the year was never in doubt, about 400 people said - at least.",
        ]
        let analysis = TextAnalysis(article: Article(id: "t", blocks: paragraphs.map { (role: BlockRole.body, text: $0) }))
        var forms = TemporalPieceForms()
        var starts = 0, total = 0
        for sentence in analysis.sentences {
            let pieces = TemporalPieceBuilder.pieces(text: analysis.text, tokens: analysis.tokens, range: sentence.tokenRange,
                                                     regions: [Int](repeating: 0, count: analysis.tokens.count), forms: &forms)
            let matcher = TemporalMatcher(pieces: pieces)
            for i in -1...pieces.count {
                #expect(matcher.mayStart(at: i) == matcher.mayStartByClasses(at: i), "\(i)")
                if matcher.mayStart(at: i) { starts += 1 }
                total += 1
            }
        }
        #expect(starts > 10 && starts < total)
    }

    @Test func clauseBoundaryFlagAgreesWithTheLists() {
        let analysis = TextAnalysis(article: Article(id: "t", blocks: [(role: BlockRole.body, text:
            "He said, when asked (twice): \u{201C}Which day?\u{201D} — that one; but 1998 -- and then whom.")]))
        var forms = TemporalPieceForms()
        let pieces = TemporalPieceBuilder.pieces(text: analysis.text, tokens: analysis.tokens, range: 0..<analysis.tokens.count,
                                                 regions: [Int](repeating: 0, count: analysis.tokens.count), forms: &forms)
        var boundaries = 0
        for piece in pieces {
            let plain: Bool
            switch piece.kind {
            case .punctuation: plain = ClauseTense.boundaryMarks.contains(piece.lower)
            case .word: plain = ClauseTense.boundaryWords.contains(piece.lower)
            default: plain = false
            }
            #expect(ClauseTense.isBoundary(piece) == plain, "\(piece.lower)")
            if plain { boundaries += 1 }
        }
        #expect(boundaries >= 8)
    }
}
