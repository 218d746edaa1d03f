import NewsmarkModel

/// Turns a raw scraped article into an annotated ``Article``: clean-up, structure, then the annotation
/// pipeline.
public struct RawTextConverter: Sendable {
    /// What the conversion does.
    public struct Options: Sendable {
        /// The publication date to use instead of the one found in the dateline (`YYYY-MM-DD`).
        public var published: String?
        /// The article's language.
        public var language: String = "en"
        /// The layers to annotate.
        public var layers: AnnotationPipeline.Layers = .all
        public init(published: String? = nil, language: String = "en", layers: AnnotationPipeline.Layers = .all) {
            self.published = published
            self.language = language
            self.layers = layers
        }
    }

    /// The result: the article and the lines clean-up removed.
    public struct Result: Sendable {
        public var article: Article
        /// Lines removed as site chrome or boilerplate, in input order.
        public var removedLines: [String]
        public init(article: Article, removedLines: [String]) {
            self.article = article
            self.removedLines = removedLines
        }
    }

    public var options: Options

    public init(options: Options = Options()) { self.options = options }

    /// Converts `raw` into an article with id `id`.
    public func convert(_ raw: String, id: String) throws -> Result {
        // Placeholder until the structure stage lands: one block per non-empty line.
        let lines = raw.split(whereSeparator: \.isNewline).map { $0.trimmingNewsmarkWhitespace() }
            .filter { !$0.isEmpty }
        var article = Article(id: id, language: options.language, metadata: ArticleMetadata(published: options.published),
                              blocks: lines.map { (BlockRole.body, $0) })
        try AnnotationPipeline.standard(layers: options.layers).run(on: &article)
        return Result(article: article, removedLines: [])
    }
}
