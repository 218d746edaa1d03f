import NewsmarkAnnotation
import NewsmarkModel

/// Entity mentions as token-level formats (CoNLL BIO columns, spaCy `ents`) can hold them: no two overlapping
/// (the outermost wins, nested ones are left out), each widened to whole tokens of the shared tokenizer.
enum TokenAlignedEntities {
    /// One mention on token boundaries.
    struct Entity {
        /// The mention's id.
        var id: String
        var label: String
        /// The original span.
        var span: TextSpan
        /// The span widened to whole tokens.
        var tokenSpan: TextSpan
        /// The token indices covered.
        var tokens: Range<Int>
    }

    /// The representable mentions of `mentions` over `analysis`, in text order.
    static func entities(_ mentions: [EntityMention], analysis: TextAnalysis) -> [Entity] {
        var result: [Entity] = []
        var lastToken = -1
        for mention in mentions.sorted(by: { ($0.span, $0.id) < ($1.span, $1.id) }) {
            let first = analysis.tokenIndex(atOrAfter: mention.span.start)
            var end = first
            while end < analysis.tokens.count, analysis.tokens[end].span.start < mention.span.end { end += 1 }
            guard end > first, first > lastToken else { continue }
            let tokenSpan = TextSpan(start: analysis.tokens[first].span.start, end: analysis.tokens[end - 1].span.end)
            result.append(Entity(id: mention.id, label: mention.type, span: mention.span, tokenSpan: tokenSpan, tokens: first..<end))
            lastToken = end - 1
        }
        return result
    }
}
