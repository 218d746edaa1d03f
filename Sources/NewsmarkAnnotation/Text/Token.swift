import NewsmarkModel

/// A token of the article text.
public struct Token: Hashable, Sendable {
    /// What a token is made of.
    public enum Kind: Sendable, Hashable {
        /// Letters (and digits) with inner apostrophes, hyphens or periods: `NATO's`, `multi-national`, `U.S.`.
        case word
        /// Digits with inner separators: `1998`, `3.5`, `15:30`, `1,000`.
        case number
        /// One punctuation mark: `,` `"` `“` `(` `--`.
        case punctuation
        /// Anything else that is not white space: `$`, `%`, `€`, emoji.
        case symbol
    }

    /// Where the token lies in the article text.
    public var span: TextSpan
    public var kind: Kind

    public init(span: TextSpan, kind: Kind) {
        self.span = span
        self.kind = kind
    }
}

/// A sentence: a span of text and the tokens in it.
public struct Sentence: Hashable, Sendable {
    /// Where the sentence lies in the article text (first token to last).
    public var span: TextSpan
    /// The indices of its tokens in ``TextAnalysis/tokens``.
    public var tokenRange: Range<Int>
    /// The index of the block (in ``Article/blocks``) that holds it.
    public var blockIndex: Int

    public init(span: TextSpan, tokenRange: Range<Int>, blockIndex: Int) {
        self.span = span
        self.tokenRange = tokenRange
        self.blockIndex = blockIndex
    }
}
