import NewsmarkModel
import Testing

@testable import NewsmarkAnnotation

/// The quote stage's fast paths answer exactly what the plain versions they replace answer.
@Suite("Quote fast paths agree with the plain versions")
struct QuoteFastPathTests {
    /// Text with words in every case, repeated and capitalized inside sentences, non-ASCII words, a name that
    /// is also a function word, quotation marks of every family and apostrophes.
    private static let sampleParagraphs = [
        "Mr. Ortega said the harbour was quiet. The harbour master, Ines Ortega, said “the nets are empty.”",
        "Will Haldane and Mrs. Quist met at the Will Street depot; will they meet again? Nobody knows, she said.",
        "ÉCOLE Łódź łódź École straße STRASSE İzmir \u{212A}elvin kelvin Père père « Bonjour » ‹ salut › 'quoted' x's",
        "\"Straight,\" he said. „Tief“, sagte Ada. ‘Single’ and ’90s and ``archaic'' forms, rock 'n' roll, NATO's.",
        "Al From wrote the memo. From the start, from the depot, the From memo said “more.” Immediately after, silence.",
        "Ms. Lind, a spokeswoman, e.g. Gov. Berg, Dr. Holm and Sen. Ahmed Karimi arrived at 5 p.m. on Jan. 5.",
        "Voss kept TALKING, smiling and warnING; one said ĜING, another ŊING, according to the Ring of Fire.",
    ]

    private static func reader() -> QuoteTokenReader {
        let article = Article(id: "fast", blocks: sampleParagraphs.map { (.body, $0) })
        let analysis = TextAnalysis(article: article)
        let candidates = QuoteSpanScanner(text: analysis.text).scan(blocks: article.blocks.map(\.span))
        return QuoteTokenReader(analysis: analysis, quotes: candidates)
    }

    @Test("Single-word passes of the common-word index answer what the full index answers")
    func commonWordPassesMatchIndex() {
        let reader = Self.reader()
        let index = CommonWordIndex.buildIndex(reader)
        var words = Set((0..<reader.count).map { reader.lower($0) })
        words.formUnion(["", "harbour", "will", "from", "absent", "łódź", "i̇zmir", "kelvin", "strasse", "straße"])
        for word in words {
            let hash = QuoteTokenReader.hash(ofLowercased: word)
            let scanned = CommonWordIndex.scan(for: word, reader)
            #expect(scanned.occursInLowerCase == index.lower.contains(hash), "\(word)")
            #expect(scanned.capitalizedInside == index.capitalizedInside.contains(hash), "\(word)")
        }
        // Through the public answers, before and after the index is built, in two orders.
        for order in [words.sorted(), Array(words.sorted().reversed())] {
            let common = CommonWordIndex(reader: reader)
            for word in order {
                let hash = QuoteTokenReader.hash(ofLowercased: word)
                #expect(common.contains(word) == (index.lower.contains(hash) && !index.capitalizedInside.contains(hash)), "\(word)")
                #expect(common.isCapitalizedInside(word) == index.capitalizedInside.contains(hash), "\(word)")
            }
        }
        #expect(CommonWordIndex(reader: reader).isCapitalizedInside("from"))
        #expect(CommonWordIndex(reader: reader).contains("harbour"))
    }

    @Test("The last-letter test is a necessary condition of an -ing word")
    func lastLetterTestMatchesSuffix() {
        let reader = Self.reader()
        for i in 0..<reader.count where reader.lower(i).hasSuffix("g") {
            #expect(reader.endsWithLetterG(i), "\(reader.lower(i))")
        }
    }

    @Test("Quotation-mark flags match the offsets of the found quotes' marks")
    func quoteMarkFlagsMatchOffsets() {
        let article = Article(id: "fast", blocks: Self.sampleParagraphs.map { (.body, $0) })
        let analysis = TextAnalysis(article: article)
        let candidates = QuoteSpanScanner(text: analysis.text).scan(blocks: article.blocks.map(\.span))
        #expect(candidates.count >= 6)
        let reader = QuoteTokenReader(analysis: analysis, quotes: candidates)
        var offsets = Set<Int>()
        for quote in candidates {
            for offset in quote.start..<quote.contentStart { offsets.insert(offset) }
            if quote.isClosed { for offset in quote.contentEnd..<quote.end { offsets.insert(offset) } }
        }
        for (i, token) in analysis.tokens.enumerated() {
            #expect(reader.isQuoteMark(i) == (token.span.length == 1 && offsets.contains(token.span.start)))
        }
    }

    @Test("Gender and abbreviation bits match the word lists")
    func genderBitsMatchLists() {
        let reader = Self.reader()
        for i in 0..<reader.count {
            let text = reader.text(i)
            let mask = reader.lexicons(i)
            #expect(GivenNameGender.gender(ofTitleMask: mask) == GivenNameGender.gender(ofTitle: text), "\(text)")
            #expect(GivenNameGender.gender(ofGivenNameMask: mask) == GivenNameGender.gender(ofGivenName: text), "\(text)")
            #expect(reader.isAbbreviation(i) == SentenceSplitter.isAbbreviation(text.lowercased()), "\(text)")
        }
        for name in Array(GivenNameGender.male.prefix(20)) + Array(GivenNameGender.female.prefix(20)) {
            let article = Article(id: "names", blocks: [(.body, name.prefix(1).uppercased() + name.dropFirst() + " spoke.")])
            let one = QuoteTokenReader(analysis: TextAnalysis(article: article))
            #expect(GivenNameGender.gender(ofGivenNameMask: one.lexicons(0)) == GivenNameGender.gender(ofGivenName: name))
        }
    }

    @Test("The skip to the next possible mark stops where a plain scan stops")
    func markSkipMatchesPlainScan() {
        var text = ""
        let marks: [String] = ["\"", "'", "`", "“", "”", "„", "«", "»", "‹", "›", "‘", "’", "é", "—"]
        for n in 0..<60 { text += String(repeating: "ab c", count: n % 7) + marks[n % marks.count] }
        let scalars = Array(text.unicodeScalars)
        let scanner = QuoteSpanScanner(text: ScalarText(scalars: scalars))
        func plain(_ i: Int, _ upper: Int) -> Int {
            var j = i
            while j < upper, QuoteMark.family(of: scalars[j]) == nil, scalars[j] != "`" { j += 1 }
            return j
        }
        for upper in [scalars.count, scalars.count / 2] {
            for i in 0..<upper {
                let found = scanner.nextPossibleMark(from: i, upper: upper)
                #expect(found == plain(i, upper), "\(i)")
            }
        }
    }

    @Test("First and last words of names match splitting on spaces")
    func nameWordsMatchSplit() {
        for name in ["Ada Lind", "  Ada  Lind  ", "Lind", "", "   ", "Łucja Nowak", "José María Aznar", "e\u{301} Lind", "Ada \u{301}Lind"] {
            #expect(SpeakerResolver.firstWord(of: name) == (name.split(separator: " ").first.map(String.init) ?? name), "\(name)")
            #expect(SpeakerResolver.lastWord(of: name) == (name.split(separator: " ").last.map(String.init) ?? name), "\(name)")
        }
    }

    @Test("The gender of a name's first word matches the given-name lists")
    func firstWordGenderMatchesLists() {
        var names = ["Ada Lind", "  MARIA  Holm ", "Boris", "", "   ", "Françoise Roux", "Zoe", "x", "Mr Smith", "Kim Berg"]
        names += GivenNameGender.male.sorted().prefix(30).map { $0.prefix(1).uppercased() + $0.dropFirst() + " Lind" }
        names += GivenNameGender.female.sorted().suffix(30).map { "\($0.uppercased()) Holm" }
        for name in names {
            let plain = GivenNameGender.gender(ofGivenName: name.split(separator: " ").first.map(String.init) ?? name)
            #expect(GivenNameGender.gender(ofFirstWordOf: name) == plain, "\(name)")
        }
    }

    @Test("Sibling keys of distinct blocks and parents are distinct")
    func siblingKeysAreDistinct() {
        var seen = Set<UInt64>()
        for block in 0..<40 {
            for parent in [nil] + (0..<40).map(Optional.some) {
                #expect(seen.insert(QuoteContextBuilder.siblingKey(block: block, parent: parent)).inserted)
            }
        }
    }

    @Test("Mentions that cross no quote are kept as they are; crossing ones are dropped")
    func removingCrossingMentions() {
        let quotes = [Quote(id: "q1", span: TextSpan(start: 10, end: 20), kind: .direct)]
        let inside = EntityMention(id: "m1", type: "person", span: TextSpan(start: 12, end: 15))
        let around = EntityMention(id: "m2", type: "person", span: TextSpan(start: 5, end: 25))
        let outside = EntityMention(id: "m3", type: "person", span: TextSpan(start: 30, end: 35))
        let crossing = EntityMention(id: "m4", type: "person", span: TextSpan(start: 18, end: 24))
        #expect(QuoteAnnotator.removingMentions(crossing: quotes, from: [inside, around, outside]).map(\.id) == ["m1", "m2", "m3"])
        #expect(QuoteAnnotator.removingMentions(crossing: quotes, from: [inside, crossing, outside]).map(\.id) == ["m1", "m3"])
    }
}
