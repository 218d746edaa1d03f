import Testing
import NewsmarkModel
import NewsmarkTestSupport
@testable import NewsmarkAnnotation

/// The packed tokens, the sentence splitter's word table and the byte-level shortcuts of clean-up and
/// layout give the answers of the plain code they stand for.
@Suite("Text and clean-up: shortcuts equal the plain rules")
struct TextAndCleanupShortcutTests {
    /// Random text from pieces that stress case, separators, marks and punctuation.
    static func randomText(_ seed: UInt64, ascii: Bool = false) -> String {
        var random = SplitMix64(seed: seed)
        let asciiPieces = ["a", "Jane", "DOE", " ", "  ", "\t", ".", ",", "|", ":", "-", ">", "*", "\"", "'", ")", "]", "!",
                           "?", "by ", "By ", "Share", "facebook", "of", "the", "/", "Getty Images", "1998", "cookie"]
        let otherPieces = ["\u{A0}", "\u{301}", "é", "’", "”", "…", "»", "›", "–", "—", "•", "·", "İ", "\u{212A}", "\u{1F600}",
                           "x\u{308}", "\u{2028}", "€"]
        let pieces = ascii ? asciiPieces : asciiPieces + otherPieces
        var text = ""
        for _ in 0..<Int(random.next() % 30) { text += pieces[Int(random.next() % UInt64(pieces.count))] }
        return text
    }

    @Test("a token keeps its span and kind in its packed form")
    func packedToken() {
        var random = SplitMix64(seed: 7)
        let kinds: [Token.Kind] = [.word, .number, .punctuation, .symbol]
        for _ in 0..<1000 {
            let start = Int(random.next() % 1_000_000_000_000)
            let span = TextSpan(start: start, end: start + Int(random.next() % 100_000))
            let kind = kinds[Int(random.next() % 4)]
            var token = Token(span: span, kind: kind)
            #expect(token.span == span && token.kind == kind)
            let other = kinds[Int(random.next() % 4)]
            token.kind = other
            #expect(token.span == span && token.kind == other)
            token.span = TextSpan(start: 3, end: 9)
            #expect(token.span == TextSpan(start: 3, end: 9) && token.kind == other)
        }
    }

    @Test("the sentence word table classifies a word as the word lists do")
    func sentenceWordTable() {
        var words = Array(SentenceSplitter.titles) + Array(SentenceSplitter.numberAbbreviations)
            + Array(SentenceSplitter.abbreviations) + Array(SentenceSplitter.continuingAbbreviations)
            + Array(SentenceSplitter.sentenceOpeners)
        words += words.map { $0.uppercased() } + words.map { $0.prefix(1).uppercased() + $0.dropFirst() }
        words += ["", "x", "Mrs.", "yesterdays", "accordingly", "abcdefghijklmnopq", "MR", "Jan", "U.S", "Gov't"]
        for word in words {
            let scalars = Array(word.unicodeScalars)
            let classes = scalars.withUnsafeBufferPointer {
                SentenceWordTable.shared.classes(of: $0, TextSpan(start: 0, end: scalars.count))
            }
            let lower = word.lowercased()
            #expect(classes?.contains(.title) == SentenceSplitter.titles.contains(lower), "\(word)")
            #expect(classes?.contains(.number) == SentenceSplitter.numberAbbreviations.contains(lower), "\(word)")
            #expect(classes?.contains(.abbreviation) == SentenceSplitter.abbreviations.contains(lower), "\(word)")
            #expect(classes?.contains(.continuing) == SentenceSplitter.continuingAbbreviations.contains(lower), "\(word)")
            #expect(classes?.contains(.opener) == SentenceSplitter.sentenceOpeners.contains(lower), "\(word)")
        }
        // A word with a non-ASCII character is left to the sets (the Kelvin sign lower-cases to "k").
        let kelvin = Array("\u{212A}y".unicodeScalars)
        #expect(kelvin.withUnsafeBufferPointer { SentenceWordTable.shared.classes(of: $0, TextSpan(start: 0, end: 2)) } == nil)
    }

    @Test("sentences split after a non-ASCII abbreviation as the word lists say")
    func nonASCIIAbbreviation() {
        // "\u{212A}y." lower-cases to "ky.", an abbreviation: no split before an ordinary capitalized word.
        let text = ScalarText("Visit Louisville, \u{212A}y. Residents said so.")
        var tokens: [Token] = []
        Tokenizer.tokenize(text, in: TextSpan(start: 0, end: text.count), into: &tokens)
        var sentences: [Sentence] = []
        SentenceSplitter.split(text, tokens: tokens, range: 0..<tokens.count, blockIndex: 0, into: &sentences)
        #expect(sentences.count == 1)
    }

    /// The line features as the scalar loop computes them (the reference for the ASCII path).
    static func referenceFeatures(_ text: String) -> (String, String, Int, Int, Bool) {
        var lowered = String.UnicodeScalarView()
        var words = 0
        var length = 0
        var inWord = false
        var leading = true
        for scalar in text.unicodeScalars {
            length += 1
            if leading, "•·▪►▸*–—-»›>".unicodeScalars.contains(scalar) || scalar.isNewsmarkWhitespace { continue }
            leading = false
            if scalar.isNewsmarkWhitespace {
                if inWord { lowered.append(" ") }
                inWord = false
                continue
            }
            if !inWord { words += 1 }
            inWord = true
            lowered.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
        }
        if lowered.last == " " { lowered.removeLast() }
        var phrase = lowered
        while let last = phrase.last, ":.…»>›|-–—".unicodeScalars.contains(last) || last == " " { phrase.removeLast() }
        return (String(lowered), String(phrase), words, length, referenceEndsLikeSentence(text))
    }

    static func referenceEndsLikeSentence(_ text: String) -> Bool {
        for scalar in text.unicodeScalars.reversed() {
            if "\"'”’»)]".unicodeScalars.contains(scalar) || scalar.isNewsmarkWhitespace { continue }
            return ".!?…".unicodeScalars.contains(scalar)
        }
        return false
    }

    @Test("line features computed on bytes equal the scalar loop's, ASCII or not")
    func lineFeatures() {
        for seed in 0..<4000 as Range<UInt64> {
            let text = Self.randomText(seed, ascii: seed % 2 == 0)
            let features = LineFeatures(text)
            let (normalized, phrase, words, length, ends) = Self.referenceFeatures(text)
            #expect(features.normalized == normalized && features.phrase == phrase, "\(text.debugDescription)")
            #expect(features.wordCount == words && features.length == length, "\(text.debugDescription)")
            #expect(features.endsLikeSentence == ends && LineFeatures.endsLikeSentence(text) == ends, "\(text.debugDescription)")
        }
    }

    @Test("the keyword search finds what a plain scan finds")
    func keywordSearch() {
        let needles = BoilerplateMatcher.noticeKeywords
        let search = KeywordSearch(needles)
        for seed in 0..<4000 as Range<UInt64> {
            var text = Self.randomText(seed) + (seed % 3 == 0 ? "Rights Reserved" : "") + (seed % 5 == 0 ? "(C) " : "")
            let found = text.withUTF8 { search.occurs(in: $0) }
            let expected = text.withUTF8 { UTF8Scanning.containsAnyIgnoringASCIICase($0, needles) }
            #expect(found == expected, "\(text.debugDescription)")
        }
    }

    /// The byline test with `Character` splitting and searching throughout (the reference for the byte paths).
    static func referenceIsByline(_ text: String) -> Bool {
        guard text.utf8.count <= 1000, text.unicodeScalars.count <= 250 else { return false }
        let wordCount = text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\u{A0}" }).count
        guard wordCount > 0, wordCount <= 25 else { return false }
        if referenceEndsLikeSentence(text) && (wordCount > 10 || text.hasSuffix("?") || text.hasSuffix("!")) { return false }
        let lower = text.lowercased()
        for prefix in BylineDetector.prefixes where lower.hasPrefix(prefix) {
            return BylineDetector.startsWithName(text.dropFirst(prefix.count), minimumWords: prefix == "by " ? 2 : 1)
        }
        if let bar = text.firstIndex(of: "|") {
            let after = text[text.index(after: bar)...].trimmingNewsmarkWhitespace()
            return BylineDetector.isName(text[..<bar].trimmingNewsmarkWhitespace()) && !after.isEmpty
                && after.split(separator: " ").count <= 6
        }
        if let comma = text.firstIndex(of: ",") {
            let roleTokens = text[text.index(after: comma)...].lowercased().split(whereSeparator: { !$0.isLetter })
            return BylineDetector.isName(text[..<comma].trimmingNewsmarkWhitespace()) && roleTokens.count <= 6
                && roleTokens.contains { BylineDetector.roleWords.contains(String($0)) }
        }
        return false
    }

    @Test("bylines and headline endings are found on bytes as by characters")
    func bylinesAndHeadlineEndings() {
        var texts = (0..<4000 as Range<UInt64>).map { Self.randomText($0, ascii: $0 % 3 == 0) }
        texts += ["By Jane Doe", "BY JANE DOE and JOHN ROE", "Jane Doe | Reuters", "Jane Doe, Staff Writer",
                  "By \u{301}Jane Doe", "Jane Doe |\u{301} Reuters", "Written by Marta Nowak", "Marta Nowak, Moscow correspondent",
                  "A headline that ends in the", "A headline ending in of\u{301}", "Talks end in Zürich", "by  the way"]
        for text in texts {
            #expect(BylineDetector.isByline(text) == Self.referenceIsByline(text), "\(text.debugDescription)")
            let reference = text.split(separator: " ").last.map { ArticleLayoutDetector.functionWords.contains(String($0)) } ?? false
            #expect(ArticleLayoutDetector.endsWithFunctionWord(text) == reference, "\(text.debugDescription)")
        }
    }
}
