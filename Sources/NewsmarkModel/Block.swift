/// The role a block of text plays in an article.
public enum BlockRole: String, Sendable, Hashable, Codable, CaseIterable {
    /// The headline (always the first block when present).
    case headline
    /// A sub-headline, standfirst or deck.
    case subheadline
    /// The byline ("By Jane Doe, Staff Writer").
    case byline
    /// A dateline standing on its own line ("WASHINGTON (AP) —").
    case dateline
    /// An ordinary body paragraph.
    case body
}

/// A block of the article's text: the headline, a sub-headline, the byline or a paragraph.
///
/// Blocks partition the article text: they appear in order, separated by exactly one blank line
/// (`"\n\n"`), and contain no line breaks themselves.
public struct Block: Hashable, Sendable, Codable {
    /// The block's id, unique in the document (`p1`, `p2`, …).
    public var id: String
    /// What the block is.
    public var role: BlockRole
    /// Where the block's text lies in the article text.
    public var span: TextSpan

    public init(id: String, role: BlockRole = .body, span: TextSpan) {
        self.id = id
        self.role = role
        self.span = span
    }
}
