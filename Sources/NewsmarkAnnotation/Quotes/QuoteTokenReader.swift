import NewsmarkModel

/// Read access to tokens for the quote annotator: token text, lower-cased text, and the small tests
/// the attribution rules use (capitalized, punctuation, sentence terminator).
struct QuoteTokenReader {
    let analysis: TextAnalysis
    /// The end of each found quote, by the offset of its opening mark.
    private let quoteEnds: [Int: Int]

    /// Per-token answers (lower-case text, word-list membership), filled in on first use.
    private let memo: QuoteTokenMemo

    init(analysis: TextAnalysis, quotes: [QuoteCandidate] = []) {
        self.analysis = analysis
        let memo = QuoteTokenMemo(count: analysis.tokens.count)
        self.memo = memo
        var ends: [Int: Int] = [:]
        // The tokens that are a quotation mark of a found quote (a one-scalar token at a mark's offset) are
        // flagged in the memo, so that `isQuoteMark` is one bit test.
        func flagMark(at offset: Int) {
            let i = analysis.tokenIndex(atOrAfter: offset)
            guard i < memo.count, analysis.tokens[i].span.start == offset, analysis.tokens[i].span.length == 1 else { return }
            memo.masks[i] |= QuoteLexicon.quoteMarkBit
        }
        for quote in quotes {
            ends[quote.start] = max(ends[quote.start] ?? 0, quote.end)
            for offset in quote.start..<quote.contentStart { flagMark(at: offset) }
            if quote.isClosed { for offset in quote.contentEnd..<quote.end { flagMark(at: offset) } }
        }
        quoteEnds = ends
        var outer: [TextSpan] = []
        for quote in quotes.sorted(by: { $0.start < $1.start }) {
            if let last = outer.last, last.end > quote.start { continue }
            outer.append(TextSpan(start: quote.start, end: quote.end))
        }
        outerQuotes = outer
    }

    /// The spans of the outermost found quotes, in text order.
    private let outerQuotes: [TextSpan]

    /// Whether `offset` lies inside a found quote.
    func isInsideQuote(_ offset: Int) -> Bool {
        var low = 0
        var high = outerQuotes.count
        while low < high {
            let mid = (low + high) / 2
            if outerQuotes[mid].start <= offset { low = mid + 1 } else { high = mid }
        }
        return low > 0 && outerQuotes[low - 1].end > offset
    }

    /// If token `i` opens a found quote, where that quote ends.
    func quoteEnd(startingAt i: Int) -> Int? {
        guard i < analysis.tokens.count else { return nil }
        return quoteEnds[analysis.tokens[i].span.start]
    }

    var tokens: [Token] { analysis.tokens }
    var count: Int { analysis.tokens.count }

    /// The token's text as written.
    func text(_ i: Int) -> String { string(analysis.tokens[i].span, lowercased: false) }

    /// The token's text in lower case (built once per token).
    func lower(_ i: Int) -> String {
        guard i >= 0, i < memo.count else { return string(analysis.tokens[i].span, lowercased: true) }
        if let cached = memo.lower(i) { return cached }
        let word = string(analysis.tokens[i].span, lowercased: true)
        memo.keepLower(word, at: i)
        return word
    }

    /// The ``QuoteLexicon`` bits of the token's lower-case text (looked up once per token).
    func lexicons(_ i: Int) -> UInt64 {
        guard i >= 0, i < memo.count else { return QuoteLexicon.mask(of: lower(i)) }
        let cached = memo.masks[i]
        if cached & QuoteLexicon.knownBit != 0 { return cached & QuoteLexicon.lexiconBits }
        let mask = asciiLexicons(i) ?? QuoteLexicon.mask(of: lower(i))
        memo.masks[i] = cached | mask | QuoteLexicon.knownBit
        return mask
    }

    /// ``SentenceSplitter/isAbbreviation(_:)`` of the token's lower-case text (one of its lexicon bits).
    func isAbbreviation(_ i: Int) -> Bool { isIn(.abbreviations, i) }

    /// ``QuoteLexicon/mask(of:)`` of an ASCII token, found by the hash of its lower-case bytes and a byte
    /// comparison, without building a string; `nil` for a token with other scalars (or a hash two lexicon
    /// words share), which the string look-up answers.
    private func asciiLexicons(_ i: Int) -> UInt64? {
        let span = analysis.tokens[i].span
        return analysis.text.scalars.withUnsafeBufferPointer { scalars -> UInt64? in
            let lower = max(0, span.start)
            let upper = min(span.end, scalars.count)
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            var k = lower
            while k < upper {
                let v = scalars[k].value
                guard v < 0x80 else { return nil }
                hash = (hash ^ UInt64(v >= 0x41 && v <= 0x5A ? v | 0x20 : v)) &* 0x0000_0100_0000_01B3
                k += 1
            }
            // An ASCII string ends in "'s" exactly when its last two bytes are those (no character spans them).
            var mask: UInt64 = 0
            if upper - lower >= 2, scalars[upper - 1].value | 0x20 == 0x73, scalars[upper - 2].value == 0x27 {
                mask = QuoteLexicon.possessive.bit
            }
            let table = QuoteLexicon.hashedTable
            if !table.ambiguous.isEmpty, table.ambiguous.contains(hash) { return nil }
            guard let entry = table.entry(forHash: hash) else { return mask }
            let word = table.words[entry]
            guard word.count == max(0, upper - lower) else { return mask }
            for (n, byte) in word.enumerated() {
                let v = scalars[lower + n].value
                if UInt8(truncatingIfNeeded: v >= 0x41 && v <= 0x5A ? v | 0x20 : v) != byte { return mask }
            }
            return mask | table.masks[entry]
        }
    }

    /// Whether the token's lower-case text is in `lexicon`: `lexicon`'s word list `.contains(lower(i))`.
    func isIn(_ lexicon: QuoteLexicon, _ i: Int) -> Bool { lexicons(i) & lexicon.bit != 0 }

    /// ``SpeechLexicon/verbForm(_:)`` of the token's lower-case text.
    func verbForm(_ i: Int) -> SpeechLexicon.VerbForm? { QuoteLexicon.verbForm(inMask: lexicons(i)) }

    /// The text of a span, built straight from UTF-8 bytes when it is ASCII (the common case), which is
    /// much cheaper than appending scalars one by one.
    private func string(_ span: TextSpan, lowercased: Bool) -> String {
        let scalars = analysis.text.scalars
        let lower = max(0, span.start)
        let upper = min(span.end, scalars.count)
        guard lower < upper else { return "" }
        var ascii = true
        for k in lower..<upper where scalars[k].value >= 0x80 {
            ascii = false
            break
        }
        if ascii {
            return String(unsafeUninitializedCapacity: upper - lower) { buffer in
                for k in lower..<upper {
                    var byte = UInt8(truncatingIfNeeded: scalars[k].value)
                    if lowercased, byte >= 0x41, byte <= 0x5A { byte |= 0x20 }
                    buffer[k - lower] = byte
                }
                return upper - lower
            }
        }
        let text = analysis.text.string(span)
        return lowercased ? text.lowercased() : text
    }

    /// How many letters (alphabetic scalars) the token has, and whether all of them are upper case; no string
    /// is built.
    func letters(_ i: Int) -> (count: Int, allUppercase: Bool) {
        let span = analysis.tokens[i].span
        return analysis.text.scalars.withUnsafeBufferPointer { scalars in
            var count = 0
            var allUppercase = true
            var k = max(0, span.start)
            let end = min(span.end, scalars.count)
            while k < end {
                let c = scalars[k]
                if c.isNewsmarkLetter {
                    count += 1
                    if !c.isNewsmarkUppercase { allUppercase = false }
                }
                k += 1
            }
            return (count, allUppercase)
        }
    }

    /// A hash of the token's lower-cased text, computed without building a string.
    func lowerHash(_ i: Int) -> UInt64 {
        analysis.text.scalars.withUnsafeBufferPointer { Self.lowerHash(of: analysis.tokens[i].span, in: $0) }
    }

    /// ``lowerHash(_:)`` of a span of `scalars`: the scalars from its start up to its end or the text's end.
    static func lowerHash(of span: TextSpan, in scalars: UnsafeBufferPointer<Unicode.Scalar>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        guard span.start >= 0 else { return hash }
        var k = span.start
        let end = min(span.end, scalars.count)
        while k < end {
            let c = scalars[k]
            let v = c.value < 0x80 ? (c.value >= 0x41 && c.value <= 0x5A ? c.value | 0x20 : c.value)
                : (c.properties.lowercaseMapping.unicodeScalars.first?.value ?? c.value)
            hash = (hash ^ UInt64(v)) &* 0x0000_0100_0000_01B3
            k += 1
        }
        return hash
    }

    /// The same hash for a string already in lower case.
    static func hash(ofLowercased word: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for c in word.unicodeScalars { hash = (hash ^ UInt64(c.value)) &* 0x0000_0100_0000_01B3 }
        return hash
    }

    /// Whether the token ends with `suffix` (lower-case ASCII letters), ignoring case; no string is built.
    func hasSuffix(_ i: Int, _ suffix: StaticString) -> Bool {
        let span = analysis.tokens[i].span
        let count = suffix.utf8CodeUnitCount
        guard span.length > count else { return false }
        return suffix.withUTF8Buffer { letters in
            for (n, letter) in letters.enumerated() {
                guard let c = analysis.text[span.end - count + n], c.value < 0x80,
                    UInt8(c.value) | 0x20 == letter else { return false }
            }
            return true
        }
    }

    /// Whether the token's last scalar is "g" or "G".
    func endsWithLetterG(_ i: Int) -> Bool {
        let span = analysis.tokens[i].span
        guard span.end > span.start, let c = analysis.text[span.end - 1] else { return false }
        return c == "g" || c == "G"
    }

    /// The first scalar of the token.
    func first(_ i: Int) -> Unicode.Scalar? { analysis.text[analysis.tokens[i].span.start] }

    /// Whether the token is the single punctuation character `c`.
    func isPunctuation(_ i: Int, _ c: Unicode.Scalar) -> Bool {
        let t = analysis.tokens[i]
        return t.span.length == 1 && analysis.text[t.span.start] == c
    }

    /// Whether the token is a comma.
    func isComma(_ i: Int) -> Bool { isPunctuation(i, ",") }

    /// Whether the token is a dash used as a separator (`--`, `—`, `–`).
    func isDash(_ i: Int) -> Bool {
        let t = analysis.tokens[i]
        guard t.kind == .punctuation, let c = analysis.text[t.span.start] else { return false }
        return (c == "-" && t.span.length == 2) || c == "\u{2014}" || c == "\u{2013}"
    }

    /// Whether the token is a quotation mark that opens or closes a found quote.
    func isQuoteMark(_ i: Int) -> Bool {
        guard i >= 0, i < memo.count else { return false }
        return memo.masks[i] & QuoteLexicon.quoteMarkBit != 0
    }

    /// Whether tokens `a` and `a + 1` stand on the same line (no block boundary between them).
    func isSameLine(_ a: Int) -> Bool {
        guard a + 1 < analysis.tokens.count else { return false }
        var i = analysis.tokens[a].span.end
        let end = analysis.tokens[a + 1].span.start
        while i < end {
            if let c = analysis.text[i], c == "\n" || c == "\r" { return false }
            i += 1
        }
        return true
    }

    /// Whether the token is a word (or number) starting with an upper-case letter or a digit-free initial.
    func isCapitalized(_ i: Int) -> Bool {
        let t = analysis.tokens[i]
        guard t.kind == .word, let c = analysis.text[t.span.start] else { return false }
        return c.isNewsmarkUppercase
    }

    /// Whether the token is a word written in lower case.
    func isLowercaseWord(_ i: Int) -> Bool {
        let t = analysis.tokens[i]
        guard t.kind == .word, let c = analysis.text[t.span.start] else { return false }
        return c.isNewsmarkLowercase
    }

    /// Whether the token is a word.
    func isWord(_ i: Int) -> Bool { analysis.tokens[i].kind == .word }

    /// Whether the token is a period that belongs to an abbreviation just before it ("Mr" ".").
    func isAbbreviationPeriod(_ i: Int) -> Bool {
        guard i > 0, isPunctuation(i, "."), analysis.tokens[i - 1].span.end == analysis.tokens[i].span.start,
            isWord(i - 1) else { return false }
        return isAbbreviation(i - 1)
    }

    /// The speech-verb form of token `i`: a form from the lexicon, or a finite phrasal verb whose particle
    /// follows ("shot back", "went on").
    func speechVerbForm(_ i: Int) -> SpeechLexicon.VerbForm? {
        guard isWord(i) else { return nil }
        if let form = verbForm(i) { return form }
        // "as Lind put it, …": "put it" closing its clause reports words.
        if isIn(.putForms, i), i + 1 < count, isIn(.itWord, i + 1), i + 2 >= count || !isWord(i + 2) {
            return .finite
        }
        // Cheap length tests first: phrasal verbs have 3 to 7 letters, their particles 2 to 4.
        let length = analysis.tokens[i].span.length
        guard length >= 3, length <= 7, i + 1 < count, (2...4).contains(analysis.tokens[i + 1].span.length),
            isIn(.phrasalVerb, i), let particles = SpeechLexicon.phrasalVerbs[lower(i)], particles.contains(lower(i + 1))
        else { return nil }
        // "went on," or "shot back at" speaks; "went on recess" does not.
        guard i + 2 < count, isWord(i + 2) else { return .finite }
        return isIn(.phrasalFollowers, i + 2) ? .finite : nil
    }

    /// The tokens of the speech cue at token `i`: the verb, with its particle for a phrasal verb.
    func cueRange(at i: Int) -> Range<Int> {
        if i + 1 < count, isIn(.itWord, i + 1), isIn(.putForms, i) { return i..<(i + 2) }
        guard verbForm(i) == nil, isIn(.phrasalVerb, i), i + 1 < count else { return i..<(i + 1) }
        return i..<(i + 2)
    }

    /// Whether the token ends a sentence: `.` (not after an abbreviation), `!`, `?`, `…` or `...`.
    func isTerminator(_ i: Int) -> Bool {
        let t = analysis.tokens[i]
        guard t.kind == .punctuation, let c = analysis.text[t.span.start] else { return false }
        switch c {
        case ".":
            if t.span.length == 3 { return true }
            // A period right before a comma closes an abbreviation, never a sentence ("R-Ky., said", "Inc., which").
            if i + 1 < analysis.tokens.count, isComma(i + 1) { return false }
            return !isAbbreviationPeriod(i)
        case "!", "?", "\u{2026}", ";": return true
        default: return false
        }
    }

    /// The text from the start of token `range.lowerBound` to the end of token `range.upperBound - 1`.
    func text(of range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        return analysis.text.string(span(of: range))
    }

    /// The text span of a token range.
    func span(of range: Range<Int>) -> TextSpan {
        TextSpan(start: analysis.tokens[range.lowerBound].span.start, end: analysis.tokens[range.upperBound - 1].span.end)
    }
}
