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

    /// Where the token starts (a code-point offset).
    private var start: Int
    /// Where the token ends, shifted left by two bits, with the kind in the low two bits: a token is two
    /// words instead of three, which matters for the millions of tokens of a long article.
    private var endAndKind: Int

    /// Where the token lies in the article text.
    public var span: TextSpan {
        @inline(__always) get { TextSpan(start: start, end: endAndKind >> 2) }
        set {
            start = newValue.start
            endAndKind = newValue.end << 2 | (endAndKind & 3)
        }
    }

    public var kind: Kind {
        @inline(__always) get {
            switch endAndKind & 3 {
            case 0: .word
            case 1: .number
            case 2: .punctuation
            default: .symbol
            }
        }
        set { endAndKind = endAndKind & ~3 | Token.code(newValue) }
    }

    public init(span: TextSpan, kind: Kind) {
        start = span.start
        endAndKind = span.end << 2 | Token.code(kind)
    }

    @inline(__always) private static func code(_ kind: Kind) -> Int {
        switch kind {
        case .word: 0
        case .number: 1
        case .punctuation: 2
        case .symbol: 3
        }
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
