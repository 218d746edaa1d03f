import NewsmarkAnnotation
import NewsmarkModel

/// Writes entity mentions as CoNLL-2003 style columns: `-DOCSTART- -X- -X- O` per article, then one token per
/// line (`TOKEN -X- -X- TAG`, with BIO tags `B-PER`, `I-ORG`, `O`, …) and a blank line after each sentence.
///
/// Tokens and sentences come from Newsmark's shared tokenizer and sentence splitter. Only entities travel:
/// nested mentions are left out (the outermost is kept) and a mention that does not end on a token boundary is
/// widened to whole tokens. Merging back keeps what CoNLL cannot hold.
public struct CoNLLExporter: Sendable {
    public init() {}

    /// The CoNLL text for `articles`.
    public func export(_ articles: [Article]) -> String {
        articles.map(export).joined()
    }

    /// The CoNLL text for one article.
    public func export(_ article: Article) -> String {
        let analysis = TextAnalysis(article: article)
        var tags = [String](repeating: "O", count: analysis.tokens.count)
        for entity in TokenAlignedEntities.entities(article.mentions, analysis: analysis) {
            let tag = CoNLLLabels.tag(for: entity.label)
            for index in entity.tokens { tags[index] = (index == entity.tokens.lowerBound ? "B-" : "I-") + tag }
        }
        var out = "-DOCSTART- -X- -X- O\n\n"
        for sentence in analysis.sentences {
            for index in sentence.tokenRange {
                out += analysis.string(analysis.tokens[index]) + " -X- -X- " + tags[index] + "\n"
            }
            out += "\n"
        }
        return out
    }
}
