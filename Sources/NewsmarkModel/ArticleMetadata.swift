/// Article metadata that is not part of the text: when, by whom and where it was published.
///
/// The headline, sub-headline, byline and dateline are *text* and live in ``Article/blocks``; the
/// fields here are values about the article.
public struct ArticleMetadata: Hashable, Sendable, Codable {
    /// The publication date (`YYYY-MM-DD`) or date-time (`YYYY-MM-DDThh:mm`, optionally with seconds and a
    /// zone); the anchor for relative date expressions.
    public var published: String?
    /// The publisher or outlet ("RFE/RL", "The Guardian").
    public var source: String?
    /// The article's URL.
    public var url: String?
    /// The rights statement or licence.
    public var rights: String?

    public init(published: String? = nil, source: String? = nil, url: String? = nil, rights: String? = nil) {
        self.published = published
        self.source = source
        self.url = url
        self.rights = rights
    }
}

/// The entity types a document may use. Quote kinds and TIMEX3 types are fixed by the format;
/// entity types are extensible per document.
public struct TagSet: Hashable, Sendable, Codable {
    /// The declared entity types, in declaration order.
    public var entityTypes: [String]

    /// The default tag set: `person`, `organization`, `location`, `misc`.
    public static let standard = TagSet(entityTypes: ["person", "organization", "location", "misc"])

    public init(entityTypes: [String]) { self.entityTypes = entityTypes }

    /// Whether `type` is a declared entity type.
    public func allowsEntityType(_ type: String) -> Bool { entityTypes.contains(type) }
}
