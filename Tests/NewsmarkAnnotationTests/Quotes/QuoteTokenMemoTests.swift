import NewsmarkModel
import Testing

@testable import NewsmarkAnnotation

/// The per-token memo of the quote reader (lower-case text, word-list masks, abbreviations) answers exactly
/// what the plain string look-ups answer.
@Suite("Quote token memo agrees with plain look-ups")
struct QuoteTokenMemoTests {
    /// Every word of every list, in lower case and capitalized, with possessives, non-ASCII words and
    /// punctuation around them.
    private static var sampleText: String {
        var words: [String] = []
        for lexicon in QuoteLexicon.allCases { words.append(contentsOf: lexicon.words.sorted()) }
        words.append(contentsOf: SpeechLexicon.verbForms.keys.sorted())
        words.append(contentsOf: SpeechLexicon.phrasalVerbs.keys.sorted())
        var text = words.joined(separator: " ") + ". "
        text += words.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ") + ". "
        text += "SAID Said Mr. Smith's Lind’s LIND'S Łódź ŁÓDŹ İstanbul Straße ÉTÉ “Quoted,” she said — "
        text += "NATO CNN U.S. e.g. Jan. 5, 2024 KELVIN \u{212A}ing Sen. O'Brien's 's ’s x's"
        return text
    }

    private static func reader() -> QuoteTokenReader {
        let article = Article(id: "memo", blocks: [(.body, sampleText)])
        return QuoteTokenReader(analysis: TextAnalysis(article: article))
    }

    @Test("Lower-case text, lexicon bits, verb forms and abbreviations match the string look-ups")
    func memoMatchesPlainLookUps() {
        let reader = Self.reader()
        #expect(reader.count > 1_000)
        // Ask twice, in two orders, so that both the filling and the cached answers are checked.
        for pass in 0..<2 {
            let order = pass == 0 ? Array(0..<reader.count) : Array((0..<reader.count).reversed())
            for i in order {
                let lower = reader.text(i).lowercased()
                #expect(reader.lower(i) == lower)
                for lexicon in QuoteLexicon.allCases where !lexicon.words.isEmpty {
                    #expect(reader.isIn(lexicon, i) == lexicon.words.contains(lower), "\(lexicon) \(lower)")
                }
                #expect(reader.verbForm(i) == SpeechLexicon.verbForm(lower), "\(lower)")
                #expect(reader.isIn(.finiteVerb, i) == (SpeechLexicon.verbForm(lower) == .finite))
                #expect(reader.isIn(.nonFiniteVerb, i) == (SpeechLexicon.verbForm(lower) == .nonFinite))
                #expect(reader.isIn(.phrasalVerb, i) == (SpeechLexicon.phrasalVerbs[lower] != nil), "\(lower)")
                #expect(reader.isIn(.possessive, i) == (lower.hasSuffix("'s") || lower.hasSuffix("’s")), "\(lower)")
                #expect(reader.isAbbreviation(i) == SentenceSplitter.isAbbreviation(lower), "\(lower)")
                #expect(reader.lowerHash(i) == QuoteTokenReader.hash(ofLowercased: lower) || lower.unicodeScalars.contains { !$0.isASCII })
            }
        }
    }

    @Test("The letter count and capitals test match filtering the token's scalars")
    func lettersMatchFilteredScalars() {
        let reader = Self.reader()
        for i in 0..<reader.count {
            let letters = reader.text(i).unicodeScalars.filter { $0.properties.isAlphabetic }
            let found = reader.letters(i)
            #expect(found.count == letters.count)
            #expect(found.allUppercase == letters.allSatisfy { $0.properties.isUppercase })
        }
    }

    @Test("The hash set agrees with Set<UInt64>, zero and collisions in the home slot included")
    func hashSetMatchesSet() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        var plain = Set<UInt64>()
        var hashed = QuoteHashSet()
        var values: [UInt64] = [0, 1, UInt64.max, 1 << 32, (1 << 32) | 1]
        for n in 0..<5_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            values.append(state >> UInt64(n % 61))
        }
        for (n, value) in values.enumerated() where n % 2 == 0 {
            plain.insert(value)
            hashed.insert(value)
            hashed.insert(value)
        }
        #expect(hashed.count == plain.count)
        for value in values { #expect(hashed.contains(value) == plain.contains(value)) }
    }
}
