import NewsmarkModel

/// What ``XMLArticleReader/readDocument(_:fileName:schema:)`` returns: the article, where each of
/// its identified parts is in the file, and the schema's findings when a schema was given.
public struct XMLReadResult: Sendable {
    /// The article.
    public var article: Article
    /// The location of the start tag of every element with an `id` (the root, blocks, annotators,
    /// entities, mentions, quotes, temporal expressions), by id.
    public var locations: [String: SourceLocation]
    /// The location of the `dateline` element, if any.
    public var datelineLocation: SourceLocation?
    /// Schema validity errors found in the same pass (empty without a schema), in document order.
    public var schemaErrors: [NewsmarkError]

    public init(article: Article, locations: [String: SourceLocation], datelineLocation: SourceLocation?,
                schemaErrors: [NewsmarkError]) {
        self.article = article
        self.locations = locations
        self.datelineLocation = datelineLocation
        self.schemaErrors = schemaErrors
    }
}
