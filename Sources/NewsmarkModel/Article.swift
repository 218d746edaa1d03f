/// A news article: its text held once, and standoff annotations over it in code-point offsets.
///
/// The text is the article's blocks (headline, sub-headline, byline, dateline paragraph and body
/// paragraphs, in order) joined by one blank line (`"\n\n"`). Inline XML is how an article is written;
/// this is how every reader, writer, converter and annotator holds it.
public struct Article: Hashable, Sendable {
    /// The format version the article was read as or will be written as.
    public static let formatVersion = "1.0"

    /// The document id (the root's `id`).
    public var id: String
    /// The language (BCP 47, the root's `xml:lang`).
    public var language: String
    /// Publication metadata.
    public var metadata: ArticleMetadata
    /// The whole article text.
    public var text: String
    /// The blocks, in text order.
    public var blocks: [Block]
    /// The dateline, if the article has one.
    public var dateline: Dateline?
    /// The annotators that made this article's annotations.
    public var annotators: [Annotator]
    /// The entity types the document declares.
    public var tagSet: TagSet
    /// Entities mentioned in the article, each declared once.
    public var discourseEntities: [DiscourseEntity]
    /// Entity mentions.
    public var mentions: [EntityMention]
    /// Quotations (each paragraph part of a multi-paragraph quote is one element).
    public var quotes: [Quote]
    /// Date and time expressions.
    public var temporalExpressions: [TemporalExpression]

    public init(
        id: String, language: String = "en", metadata: ArticleMetadata = ArticleMetadata(), text: String = "",
        blocks: [Block] = [], dateline: Dateline? = nil, annotators: [Annotator] = [], tagSet: TagSet = .standard,
        discourseEntities: [DiscourseEntity] = [], mentions: [EntityMention] = [], quotes: [Quote] = [],
        temporalExpressions: [TemporalExpression] = []
    ) {
        self.id = id
        self.language = language
        self.metadata = metadata
        self.text = text
        self.blocks = blocks
        self.dateline = dateline
        self.annotators = annotators
        self.tagSet = tagSet
        self.discourseEntities = discourseEntities
        self.mentions = mentions
        self.quotes = quotes
        self.temporalExpressions = temporalExpressions
    }

    /// Builds an article whose text is `blocks` joined by blank lines, with a block per entry.
    ///
    /// - Parameter blocks: each block's role and text; the text must contain no line breaks.
    public init(id: String, language: String = "en", metadata: ArticleMetadata = ArticleMetadata(),
                blocks: [(role: BlockRole, text: String)]) {
        var text = ""
        var made: [Block] = []
        var offset = 0
        for (index, block) in blocks.enumerated() {
            if index > 0 {
                text += Article.blockSeparator
                offset += 2
            }
            let length = block.text.codePointCount
            made.append(Block(id: "p\(index + 1)", role: block.role, span: TextSpan(start: offset, end: offset + length)))
            text += block.text
            offset += length
        }
        self.init(id: id, language: language, metadata: metadata, text: text, blocks: made)
    }

    /// What separates two blocks in ``text``.
    public static let blockSeparator = "\n\n"

    /// The headline's text, if the first block is a headline.
    public var headline: String? {
        guard let first = blocks.first, first.role == .headline else { return nil }
        return text.substring(codePoints: first.span).map(String.init)
    }

    /// Every id used in the document, in a set (blocks, annotators, entities and annotations).
    public var allIDs: Set<String> {
        // Sized once and filled directly: no intermediate arrays, no rehashing as it grows.
        var ids = Set<String>(minimumCapacity: blocks.count + annotators.count + discourseEntities.count
            + mentions.count + quotes.count + temporalExpressions.count)
        forEachID { ids.insert($0) }
        return ids
    }

    /// Calls `body` with every id of the article, repeats included: those of the blocks, annotators,
    /// discourse entities, mentions, quotes and temporal expressions, in that order. The one list of the
    /// id-bearing parts, for everything that gathers ids (``allIDs``, ``IDAllocator``).
    @inlinable public func forEachID(_ body: (String) throws -> Void) rethrows {
        for block in blocks { try body(block.id) }
        for annotator in annotators { try body(annotator.id) }
        for entity in discourseEntities { try body(entity.id) }
        for mention in mentions { try body(mention.id) }
        for quote in quotes { try body(quote.id) }
        for expression in temporalExpressions { try body(expression.id) }
    }

    /// The discourse entity with the given id.
    public func discourseEntity(id: String) -> DiscourseEntity? { discourseEntities.first { $0.id == id } }

    /// The block that contains `span`, if any.
    public func block(containing span: TextSpan) -> Block? { blocks.first { $0.span.contains(span) } }

    /// Puts every annotation list in text order (by start, longer first, then id), the order the
    /// canonical writers use.
    public mutating func sortAnnotations() {
        mentions.sort { ($0.span, $0.id) < ($1.span, $1.id) }
        quotes.sort { ($0.span, $0.id) < ($1.span, $1.id) }
        temporalExpressions.sort { ($0.span, $0.id) < ($1.span, $1.id) }
    }
}
