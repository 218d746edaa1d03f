import NewsmarkModel

/// The structure of an article found in its paragraphs: the role of each, and the dateline.
public struct ArticleLayout: Hashable, Sendable {
    /// One role per paragraph, in order.
    public var roles: [BlockRole]
    /// The index of the paragraph that holds the dateline, if any (a `.dateline` block, or the first body
    /// paragraph with the dateline at its start).
    public var datelineParagraph: Int?
    /// The dateline, with offsets from the start of that paragraph.
    public var dateline: DatelineMatch?
    /// A date found in a header line ("May 20, 1998", "Published: 20 May 1998"), if any.
    public var headerDate: CalendarDate?
    /// The outlet named in a byline after a bar ("Jane Doe | Reuters"), if any.
    public var bylineSource: String?
}
