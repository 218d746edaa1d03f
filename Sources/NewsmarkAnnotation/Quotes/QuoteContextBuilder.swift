import NewsmarkModel

/// The text around one quote that its attribution is looked for in.
struct QuoteContext: Sendable, Hashable {
    /// Tokens from the start of the quote's sentence (or the end of the previous quote) to the opening mark.
    var before: Range<Int>
    /// Tokens from the closing mark to the end of the sentence (or the next quote).
    var after: Range<Int>
    /// The first token of the sentence that holds the opening mark (never before the enclosing quote).
    var sentenceStart: Int
    /// The previous and next quote at the same nesting level in the same paragraph.
    var previousSibling: Int?
    var nextSibling: Int?
    /// Whether no sentence boundary lies between this quote and the previous (next) sibling.
    var sharesSentenceWithPrevious: Bool
    var sharesSentenceWithNext: Bool
    /// Whether the words after the quote are one clause that ends in a colon right before the next quote
    /// (`…,” Berg said: “…`): they introduce that quote, and an attribution before this one comes first.
    var afterIntroducesNext = false
}

/// Computes every quote's ``QuoteContext`` once: siblings at the same nesting level, and the token
/// ranges before and after the quote bounded by sentence ends, sibling quotes, the enclosing quote and
/// the paragraph.
struct QuoteContextBuilder {
    let reader: QuoteTokenReader
    let candidates: [QuoteCandidate]
    let blocks: [TextSpan]
    private var contexts: [QuoteContext] = []

    /// How far the context reaches at most, in tokens.
    static let maximumBefore = 80
    static let maximumAfter = 60

    init(reader: QuoteTokenReader, candidates: [QuoteCandidate], blocks: [TextSpan]) {
        self.reader = reader
        self.candidates = candidates
        self.blocks = blocks
        var previous = Array(repeating: Int?.none, count: candidates.count)
        var next = Array(repeating: Int?.none, count: candidates.count)
        // The latest quote by (block, enclosing quote), both packed into one key.
        var last = PackedKeyMap(capacity: candidates.count)
        for (index, candidate) in candidates.enumerated() {
            let key = Self.siblingKey(block: candidate.blockIndex, parent: candidate.parent)
            if let before = last[key] {
                previous[index] = Int(before)
                next[Int(before)] = index
            }
            last.set(key, Int32(truncatingIfNeeded: index))
        }
        contexts = candidates.indices.map { build(index: $0, previous: previous[$0], next: next[$0]) }
    }

    /// The key of the siblings in block `block` under the quote `parent` (`nil` at the top level): distinct
    /// pairs get distinct keys for any block and quote index below 2^32 - 1.
    static func siblingKey(block: Int, parent: Int?) -> UInt64 {
        UInt64(truncatingIfNeeded: block) << 32 | UInt64(truncatingIfNeeded: (parent ?? -1) + 1) & 0xFFFF_FFFF
    }

    func context(of index: Int) -> QuoteContext { contexts[index] }

    private func build(index: Int, previous: Int?, next: Int?) -> QuoteContext {
        let quote = candidates[index]
        let block = blocks[quote.blockIndex]
        var lowerOffset = block.start
        var upperOffset = block.end
        if let parent = quote.parent {
            lowerOffset = candidates[parent].contentStart
            upperOffset = candidates[parent].contentEnd
        }
        if let previous { lowerOffset = max(lowerOffset, candidates[previous].end) }
        if let next { upperOffset = min(upperOffset, candidates[next].start) }
        let analysis = reader.analysis
        let lowToken = analysis.tokenIndex(atOrAfter: lowerOffset)
        let highToken = analysis.tokenIndex(atOrAfter: upperOffset)
        let openToken = analysis.tokenIndex(atOrAfter: quote.start)

        var start = openToken
        var reachedPrevious = true
        var closedParentheses = 0
        while start > lowToken {
            if reader.isPunctuation(start - 1, ")") { closedParentheses += 1 }
            if reader.isPunctuation(start - 1, "(") { closedParentheses = max(0, closedParentheses - 1) }
            if (closedParentheses == 0 && reader.isTerminator(start - 1)) || openToken - start >= Self.maximumBefore {
                reachedPrevious = false
                break
            }
            start -= 1
        }
        let afterStart = quote.isClosed ? analysis.tokenIndex(atOrAfter: quote.end) : openToken
        var end = afterStart
        var reachedNext = quote.isClosed
        var parentheses = 0
        while end < highToken {
            // A period inside a parenthesis ("(D-Ore.)") does not end the sentence.
            if reader.isPunctuation(end, "(") { parentheses += 1 }
            if reader.isPunctuation(end, ")") { parentheses = max(0, parentheses - 1) }
            if (parentheses == 0 && reader.isTerminator(end)) || end - afterStart >= Self.maximumAfter {
                reachedNext = false
                break
            }
            end += 1
        }
        // A quote that ends its own sentence with a period, question or exclamation mark ("… the pen.”
        // And he added …", "“Why now?” Lund then wrote back, …") has no attribution after it unless the
        // sentence plainly goes on in lower case.
        var afterOpen = quote.isClosed
        let finalMark = lastContentScalar(quote)
        // After a question or exclamation the words that follow may still be its attribution (“Why?” Lund
        // asked.); they belong to the next quote when they introduce it with a comma or colon and it opens a
        // sentence of its own (“Why now?” Lund then wrote back, “You look cute.”).
        let introducesNext = next.map { next in
            end == highToken && end > afterStart && (reader.isComma(end - 1) || reader.isPunctuation(end - 1, ":"))
                && startsWithCapital(candidates[next])
        } ?? false
        if afterOpen, finalMark == "." || (finalMark == "?" || finalMark == "!") && introducesNext, afterStart < reader.count, !reader.isLowercaseWord(afterStart) {
            // Only a short attribution that ends its own sentence survives: `“….” Trump said.`
            // Or a longer one that ends with its verb: `“….” Senate leader Anna Lind, R-Ky., said.`
            let endsWithVerb = end > afterStart && (reader.verbForm(end - 1) == .finite
                || end - 1 > afterStart && reader.speechVerbForm(end - 2) == .finite && !reader.isComma(end - 1))
                && end - afterStart <= 14
            let short = (end - afterStart <= 5 || endsWithVerb) && end < reader.count && reader.isTerminator(end)
                && (afterStart..<end).contains { reader.speechVerbForm($0) == .finite }
            afterOpen = short
        }
        // "“… for the long run!” She replied that …": a capitalized pronoun after a question or exclamation opens
        // a sentence of its own, never an attribution of the quote before it (which would read "she replied").
        if afterOpen, finalMark == "?" || finalMark == "!", afterStart < reader.count, reader.isCapitalized(afterStart),
            Self.sentenceOpeningPronouns.contains(reader.lower(afterStart)) {
            afterOpen = false
        }
        let after = afterOpen ? afterStart..<max(afterStart, end) : afterStart..<afterStart
        var afterIntroducesNext = false
        if next != nil, end == highToken, after.count >= 3, reader.isPunctuation(end - 1, ":") {
            // One clause only: no comma or dash inside it (a leading comma after the quote aside).
            let first = reader.isComma(afterStart) || reader.isDash(afterStart) ? afterStart + 1 : afterStart
            afterIntroducesNext = !(first..<(end - 1)).contains { reader.isComma($0) || reader.isDash($0) }
        }
        var sentenceStart = min(start, openToken)
        if let sentence = analysis.sentenceIndex(containing: quote.start) {
            let first = analysis.sentences[sentence].tokenRange.lowerBound
            let floor = quote.parent.map { analysis.tokenIndex(atOrAfter: candidates[$0].contentStart) } ?? 0
            sentenceStart = min(sentenceStart, max(first, floor))
        }
        return QuoteContext(
            before: min(start, openToken)..<openToken, after: after, sentenceStart: sentenceStart,
            previousSibling: previous, nextSibling: next,
            sharesSentenceWithPrevious: previous.map { reachedPrevious && !endsSentence(candidates[$0]) } ?? false,
            sharesSentenceWithNext: next != nil && reachedNext && !endsSentence(quote),
            afterIntroducesNext: afterIntroducesNext)
    }

    /// Subject pronouns that are capitalized only at a sentence start.
    private static let sentenceOpeningPronouns: Set<String> = ["he", "she", "they", "we", "it"]

    /// Whether the quoted text starts with a capital letter.
    private func startsWithCapital(_ quote: QuoteCandidate) -> Bool {
        let text = reader.analysis.text
        var i = quote.contentStart
        while i < quote.contentEnd, let c = text[i], c.isNewsmarkWhitespace || QuoteMark.isMark(c) { i += 1 }
        guard i < quote.contentEnd, let c = text[i] else { return false }
        return c.isNewsmarkUppercase
    }

    /// Whether the quoted text ends with sentence-final punctuation.
    private func endsSentence(_ quote: QuoteCandidate) -> Bool {
        guard let c = lastContentScalar(quote) else { return false }
        return c == "." || c == "!" || c == "?" || c == "\u{2026}"
    }

    /// The last character of the quoted text that is not white space or a nested closing mark.
    private func lastContentScalar(_ quote: QuoteCandidate) -> Unicode.Scalar? {
        var i = quote.contentEnd - 1
        let text = reader.analysis.text
        while i >= quote.contentStart, let c = text[i], c.isNewsmarkWhitespace || QuoteMark.isMark(c) { i -= 1 }
        return i >= quote.contentStart ? text[i] : nil
    }

    /// Whether the quote is the first thing in its paragraph.
    func opensBlock(_ index: Int) -> Bool {
        let quote = candidates[index]
        let first = reader.analysis.tokenIndex(atOrAfter: blocks[quote.blockIndex].start)
        return first < reader.count && reader.tokens[first].span.start == quote.start
    }

    /// Whether nothing but its attribution follows the quote in its paragraph.
    func endsBlock(_ index: Int) -> Bool {
        let context = contexts[index]
        guard context.nextSibling == nil else { return false }
        let blockEnd = blocks[candidates[index].blockIndex].end
        let next = context.after.upperBound
        // Only the closing terminator may remain.
        return next >= reader.count || reader.tokens[next].span.start >= blockEnd
            || (next + 1 >= reader.count || reader.tokens[next + 1].span.start >= blockEnd)
    }

    /// For a quote that opens its sentence, the tokens of the sentence before it in the same paragraph,
    /// if that sentence holds no quote.
    func previousSentence(introducing index: Int) -> Range<Int>? {
        let quote = candidates[index]
        let analysis = reader.analysis
        guard contexts[index].before.isEmpty, let sentence = analysis.sentenceIndex(containing: quote.start), sentence > 0
        else { return nil }
        let previous = analysis.sentences[sentence - 1]
        guard previous.blockIndex == quote.blockIndex, analysis.sentences[sentence].span.start == quote.start || contexts[index].before.isEmpty
        else { return nil }
        if let sibling = contexts[index].previousSibling, candidates[sibling].end > previous.span.start { return nil }
        return previous.tokenRange
    }

    /// The tokens of the last sentence of block `blockIndex`, when it holds no quotation mark
    /// ("Anna Keller praised the agreement." before a paragraph that is her quote).
    func lastSentence(ofBlock blockIndex: Int) -> Range<Int>? {
        let analysis = reader.analysis
        let block = blocks[blockIndex]
        let endToken = analysis.tokenIndex(atOrAfter: block.end)
        let firstToken = analysis.tokenIndex(atOrAfter: block.start)
        guard endToken > firstToken, let sentence = analysis.sentenceIndex(containing: reader.tokens[endToken - 1].span.start)
        else { return nil }
        let range = analysis.sentences[sentence].tokenRange
        guard range.lowerBound >= firstToken, range.upperBound <= endToken, range.count <= Self.maximumBefore,
            !range.contains(where: { reader.isQuoteMark($0) }) else { return nil }
        return range
    }

    /// For a block that is a signature line, a dash and a name with at most a short description ("- Bernie
    /// Sanders.", "—Anna Lind, Oslo"), the tokens after the dash.
    func signature(inBlock blockIndex: Int) -> Range<Int>? {
        guard blockIndex < blocks.count else { return nil }
        let analysis = reader.analysis
        let block = blocks[blockIndex]
        let first = analysis.tokenIndex(atOrAfter: block.start)
        let end = analysis.tokenIndex(atOrAfter: block.end)
        guard first + 1 < end, end - first <= 16, reader.isDash(first) || reader.isPunctuation(first, "-"),
            reader.isCapitalized(first + 1), !(first..<end).contains(where: { reader.isQuoteMark($0) }) else { return nil }
        return (first + 1)..<end
    }

    /// When block `blockIndex` ends with a colon ("He added:"), the tokens of its last sentence before it.
    func colonIntroduction(endingBlock blockIndex: Int) -> Range<Int>? {
        let analysis = reader.analysis
        let block = blocks[blockIndex]
        let endToken = analysis.tokenIndex(atOrAfter: block.end)
        let firstToken = analysis.tokenIndex(atOrAfter: block.start)
        guard endToken > firstToken, reader.isPunctuation(endToken - 1, ":") else { return nil }
        var start = endToken - 1
        while start > firstToken, !reader.isTerminator(start - 1), !reader.isQuoteMark(start - 1),
            endToken - start < Self.maximumBefore {
            start -= 1
        }
        return start..<(endToken - 1)
    }
}
