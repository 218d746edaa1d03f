import NewsmarkAnnotation
import NewsmarkModel

/// A quote as the tests look at it: its text, kind, the speaker's entity name and the cue.
struct AnnotatedQuote: Equatable, CustomStringConvertible {
    var text: String
    var kind: QuoteKind
    var speaker: String?
    var cue: String?
    var quote: Quote

    var description: String { "\(kind.rawValue) \(text) speaker=\(speaker ?? "-") cue=\(cue ?? "-")" }
}

/// Runs the quote annotator over paragraphs (the first is a headline when `headline` is set).
func annotateQuotes(
    _ paragraphs: [String], headline: String? = nil, mentions: [EntityMention] = [], entities: [DiscourseEntity] = []
) throws -> (article: Article, quotes: [AnnotatedQuote]) {
    var blocks: [(role: BlockRole, text: String)] = paragraphs.map { (.body, $0) }
    if let headline { blocks.insert((.headline, headline), at: 0) }
    var article = Article(id: "test", blocks: blocks)
    article.mentions = mentions
    article.discourseEntities = entities
    let annotator = QuoteAnnotator()
    article.declare(annotator.annotator)
    try annotator.annotate(&article, analysis: TextAnalysis(article: article))
    article.sortAnnotations()
    let text = ScalarText(article.text)
    let quotes = article.quotes.map { quote in
        AnnotatedQuote(
            text: text.string(quote.span), kind: quote.kind,
            speaker: quote.speakerID.flatMap { article.discourseEntity(id: $0)?.name }, cue: quote.cue, quote: quote)
    }
    return (article, quotes)
}

/// The offset of the first occurrence of `needle` in `text`, in code points.
func quoteTestOffset(of needle: String, in text: String) -> Int? {
    guard let range = text.range(of: needle) else { return nil }
    return text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: range.lowerBound)
}

/// A linked person mention of `name` (first occurrence in the article built from `paragraphs`).
func quoteTestPersonMention(_ name: String, in paragraphs: [String], id: String, entity: String) -> EntityMention? {
    let text = paragraphs.joined(separator: Article.blockSeparator)
    guard let start = quoteTestOffset(of: name, in: text) else { return nil }
    return EntityMention(id: id, type: "person", span: TextSpan(start: start, end: start + name.codePointCount), entityID: entity)
}
