import NewsmarkModel

/// The tokens and sentences of an article, computed once and shared by the annotators.
public struct TextAnalysis: Sendable {
    /// The article text as code points.
    public let text: ScalarText
    /// Every token, in text order.
    public let tokens: [Token]
    /// Every sentence, in text order; no sentence crosses a block boundary.
    public let sentences: [Sentence]

    /// Tokenizes each block of `article` and splits it into sentences.
    public init(article: Article) {
        let text = ScalarText.decoding(article.text)
        var tokens: [Token] = []
        var sentences: [Sentence] = []
        // News text has a token every five to six code points: reserving for one every three means the
        // array is allocated once (pages that are never written are never touched either).
        tokens.reserveCapacity(text.count / 3 + 16)
        sentences.reserveCapacity(text.count / 60 + 16)
        let blocks = article.blocks.isEmpty
            ? [Block(id: "", span: TextSpan(start: 0, end: text.count))] : article.blocks
        for (blockIndex, block) in blocks.enumerated() {
            let first = tokens.count
            Tokenizer.tokenize(text, in: block.span, into: &tokens)
            SentenceSplitter.split(text, tokens: tokens, range: first..<tokens.count, blockIndex: blockIndex, into: &sentences)
        }
        self.text = text
        self.tokens = tokens
        self.sentences = sentences
    }

    /// The text of `token`.
    public func string(_ token: Token) -> String { text.string(token.span) }

    /// The index of the sentence that contains code-point `offset`, if any (binary search).
    public func sentenceIndex(containing offset: Int) -> Int? {
        var low = 0
        var high = sentences.count
        while low < high {
            let mid = (low + high) / 2
            if sentences[mid].span.end <= offset { low = mid + 1 } else { high = mid }
        }
        guard low < sentences.count, sentences[low].span.start <= offset else { return nil }
        return low
    }

    /// The index of the first token that ends after `offset` (binary search).
    public func tokenIndex(atOrAfter offset: Int) -> Int {
        var low = 0
        var high = tokens.count
        while low < high {
            let mid = (low + high) / 2
            if tokens[mid].span.end <= offset { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
