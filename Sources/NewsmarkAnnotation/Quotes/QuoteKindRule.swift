import NewsmarkModel

/// Decides whether an attributed quote is direct or partial, and whether an unattributed one reads as a
/// full utterance (direct) or as a scare quote.
///
/// - Direct: the quoted text starts with a capital letter or digit, stands where a clause starts (at
///   the start of the sentence, or after `:`, `,`, a dash, an opening bracket or a speech verb), and is
///   either at least three words long or ends in punctuation inside the marks (`"Yes," she said`).
/// - Partial: everything else that is attributed: a fragment woven into the reporting sentence
///   (`hoped to "encourage radical changes"`, `called it "a disaster"`, `, Yeltsin said, "is preparing …"`).
/// - An unattributed quote reads as an utterance when it starts with a capital letter or digit and runs
///   to at least four words; otherwise it is a scare quote (a word or short name or phrase held at a
///   distance, a title).
struct QuoteKindRule {
    let reader: QuoteTokenReader
    let blocks: [TextSpan]

    func kind(of quote: QuoteCandidate) -> QuoteKind {
        guard startsCapitalized(quote) else { return .partial }
        let analysis = reader.analysis
        let open = analysis.tokenIndex(atOrAfter: quote.start)
        let lowerBound = quote.parent.map { _ in quote.start } ?? blocks[quote.blockIndex].start
        if open > 0, analysis.tokens[open - 1].span.start >= lowerBound {
            let previous = open - 1
            let clauseStart = reader.isComma(previous) || reader.isPunctuation(previous, ":") || reader.isDash(previous)
                || reader.isPunctuation(previous, "(") || reader.isPunctuation(previous, "-") || reader.isTerminator(previous)
                || reader.isQuoteMark(previous) || reader.verbForm(previous) != nil
            if !clauseStart { return .partial }
        }
        let words = wordCount(quote, upTo: 3)
        if words >= 3 || endsWithPunctuation(quote) { return .direct }
        return .partial
    }

    /// Whether an unattributed quote reads as something said rather than a scare quote.
    func readsAsUtterance(_ quote: QuoteCandidate) -> Bool {
        if quote.continues != nil { return true }
        guard startsCapitalized(quote) else { return false }
        if standsAsSentence(quote) { return true }
        return wordCount(quote, upTo: 4) >= 4 && !looksLikeTitle(quote)
    }

    /// Whether an unattributed quote is a fragment of someone's words rather than a scare quote: its text
    /// starts in lower case (so it is no title or name) and runs to at least five words, as quoted clauses
    /// do ("the report found that “the agency had no plan for a second storm”"); scare quotes are a word or
    /// a short phrase.
    func readsAsQuotedClause(_ quote: QuoteCandidate) -> Bool {
        guard quote.continues == nil, !startsCapitalized(quote) else { return false }
        return wordCount(quote, upTo: Self.quotedClauseWords) >= Self.quotedClauseWords
    }

    /// How many words a lower-case quote needs to read as a quoted clause.
    static let quotedClauseWords = 5

    /// Whether the quote is a sentence of its own: it opens its sentence (at the start of its paragraph,
    /// after a sentence end or after a quote that ends one) and its text ends with `.`, `!`, `?` or `…`
    /// inside the marks ("“The roof held,” she said. “We were lucky.”"). Short as it may be,
    /// such a quote is an utterance, never a title.
    func standsAsSentence(_ quote: QuoteCandidate) -> Bool {
        guard endsWithSentencePunctuation(quote) else { return false }
        let open = reader.analysis.tokenIndex(atOrAfter: quote.start)
        let lowerBound = quote.parent.map { _ in quote.contentStart } ?? blocks[quote.blockIndex].start
        guard open > 0, reader.tokens[open - 1].span.start >= lowerBound else { return true }
        let previous = open - 1
        if reader.isTerminator(previous) { return true }
        // `.”` before the mark: the previous quote ended a sentence.
        guard reader.isQuoteMark(previous), previous > 0, reader.tokens[previous - 1].span.start >= lowerBound else { return false }
        return reader.isTerminator(previous - 1)
    }

    /// Whether the quoted text ends with sentence-final punctuation (nested closing marks and spaces aside).
    private func endsWithSentencePunctuation(_ quote: QuoteCandidate) -> Bool {
        let text = reader.analysis.text
        var i = quote.contentEnd - 1
        while i >= quote.contentStart, let c = text[i], c.isNewsmarkWhitespace || QuoteMark.isMark(c) { i -= 1 }
        guard i >= quote.contentStart, let c = text[i] else { return false }
        return c == "." || c == "!" || c == "?" || c == "\u{2026}"
    }

    /// Whether the quote reads as the title of a work or show rather than words spoken: written like a
    /// title, or a capitalized phrase right after a possessive ("CNN’s “New Day”").
    func isTitleLike(_ quote: QuoteCandidate) -> Bool {
        if standsAsSentence(quote) { return false }
        if looksLikeTitle(quote) { return true }
        // A title after a possessive is short ("CNN’s “New Day”"); a longer capitalized quote after one
        // is someone's sentence ("called it his campaign’s “Despite what people say, it was a good night.”").
        guard startsCapitalized(quote), wordCount(quote, upTo: 7) <= 6 else { return false }
        let open = reader.analysis.tokenIndex(atOrAfter: quote.start)
        guard open > 0, reader.isWord(open - 1) else { return false }
        let word = reader.lower(open - 1)
        return word.hasSuffix("'s") || word.hasSuffix("’s")
    }

    /// Whether the quoted text is written like a title or name ("Saturday Night Live", "Partnership for
    /// Peace"): a capitalized first word, every word of four or more letters capitalized, at least two words.
    func looksLikeTitle(_ quote: QuoteCandidate) -> Bool {
        let text = reader.analysis.text
        var words = 0
        var i = quote.contentStart
        while i < quote.contentEnd {
            while i < quote.contentEnd, let c = text[i], !c.isNewsmarkLetter { i += 1 }
            guard i < quote.contentEnd, let first = text[i] else { break }
            var length = 0
            while i < quote.contentEnd, let c = text[i], c.isNewsmarkLetter || c == "'" || c == "\u{2019}" {
                length += 1
                i += 1
            }
            words += 1
            // A title starts with a capital ("way off" and "too big" are short words, not a title).
            let firstIsUppercase = first.isNewsmarkUppercase
            if words == 1 && !firstIsUppercase { return false }
            if length >= 4 && !firstIsUppercase { return false }
        }
        return words >= 2
    }

    /// Whether the first letter or digit of the quoted text is a capital or a digit.
    private func startsCapitalized(_ quote: QuoteCandidate) -> Bool {
        let text = reader.analysis.text
        var i = quote.contentStart
        while i < quote.contentEnd, let c = text[i] {
            if c.isNewsmarkLetter { return c.isNewsmarkUppercase }
            if QuoteMark.isDigit(c) { return true }
            i += 1
        }
        return false
    }

    /// The number of white-space separated words in the quote's text, counted no further than `limit` (all
    /// the callers need to know is whether a small threshold is reached).
    private func wordCount(_ quote: QuoteCandidate, upTo limit: Int) -> Int {
        let text = reader.analysis.text
        var count = 0
        var inWord = false
        var i = quote.contentStart
        while i < quote.contentEnd, let c = text[i] {
            if c.isNewsmarkWhitespace {
                inWord = false
            } else if !inWord {
                inWord = true
                count += 1
                if count >= limit { return count }
            }
            i += 1
        }
        return count
    }

    private func endsWithPunctuation(_ quote: QuoteCandidate) -> Bool {
        guard quote.contentEnd > quote.contentStart, let c = reader.analysis.text[quote.contentEnd - 1] else { return false }
        return c == "." || c == "," || c == "!" || c == "?" || c == "\u{2026}"
    }
}
