import NewsmarkModel

/// One step of a Newsmark XML document as ``NewsmarkXMLEventStream`` reads it: a start tag, a run of
/// text or an end tag, in document order.
///
/// Empty elements (`<entityType name="person"/>`) produce a start and an end event, like any other.
/// Comments, processing instructions and the XML declaration produce no events.
public enum NewsmarkXMLEvent: Sendable, Hashable {
    case startElement(XMLStartElement)
    case text(XMLText)
    case endElement(XMLEndElement)

    /// Where the event starts in the input.
    public var location: SourceLocation {
        switch self {
        case .startElement(let start): start.location
        case .text(let text): text.location
        case .endElement(let end): end.location
        }
    }
}

/// An attribute of a start tag. Namespace declarations (`xmlns`, `xmlns:x`) are not reported.
public struct XMLAttribute: Sendable, Hashable {
    /// The attribute's namespace (`http://www.w3.org/XML/1998/namespace` for `xml:lang`), or `nil`
    /// for an unprefixed attribute.
    public var namespaceURI: String?
    /// The name without prefix (`lang` for `xml:lang`).
    public var localName: String
    /// The name as written (`xml:lang`).
    public var qualifiedName: String
    /// The value, with entity and character references resolved and attribute-value normalisation applied.
    public var value: String

    public init(namespaceURI: String?, localName: String, qualifiedName: String, value: String) {
        self.namespaceURI = namespaceURI
        self.localName = localName
        self.qualifiedName = qualifiedName
        self.value = value
    }
}

/// A start tag.
public struct XMLStartElement: Sendable, Hashable {
    /// The element's namespace, or `nil` when it has none.
    public var namespaceURI: String?
    /// The element's name without prefix.
    public var localName: String
    /// The attributes in document order.
    public var attributes: [XMLAttribute]
    /// Where the tag's `<` is (1-based line and column, columns counted in characters).
    public var location: SourceLocation
    /// Nesting depth: 0 for the root element.
    public var depth: Int
    /// The position in the article text (code points) where the element's content starts. Outside
    /// paragraphs this is the length of the article text read so far.
    public var textOffset: Int
    /// Whether the element was written as an empty-element tag (`<x/>`); its end event follows at once.
    public var isEmptyElementTag: Bool

    public init(namespaceURI: String?, localName: String, attributes: [XMLAttribute], location: SourceLocation,
                depth: Int, textOffset: Int, isEmptyElementTag: Bool) {
        self.namespaceURI = namespaceURI
        self.localName = localName
        self.attributes = attributes
        self.location = location
        self.depth = depth
        self.textOffset = textOffset
        self.isEmptyElementTag = isEmptyElementTag
    }

    /// The Newsmark element this is, or `nil` for an element outside the Newsmark 1.0 namespace or
    /// an unknown name.
    public var newsmarkElement: NewsmarkElement? {
        namespaceURI == NewsmarkVocabulary.namespace ? NewsmarkElement(rawValue: localName) : nil
    }

    /// The value of the unprefixed attribute `localName`, if present.
    public func attribute(_ localName: String) -> String? {
        attributes.first { $0.namespaceURI == nil && $0.localName == localName }?.value
    }

    /// The value of the attribute `localName` in `namespaceURI`, if present.
    public func attribute(_ localName: String, namespaceURI: String) -> String? {
        attributes.first { $0.namespaceURI == namespaceURI && $0.localName == localName }?.value
    }
}

/// A run of character data (text or CDATA).
public struct XMLText: Sendable, Hashable {
    /// Where character data sits.
    public enum Context: Sendable, Hashable {
        /// Inside a `p`: part of the article text.
        case articleText
        /// Anywhere else (the `meta` fields, or misplaced text the schema reports).
        case other
    }

    /// The characters, with references resolved.
    public var value: String
    /// Where the run starts in the input.
    public var location: SourceLocation
    /// Whether the run is part of the article text.
    public var context: Context
    /// For article text: where the run lies in the article text, in code points. For other text:
    /// an empty span at the current article-text length.
    public var textSpan: TextSpan
    /// Whether the run is only XML white space (space, tab, line feed, carriage return).
    public var isWhitespace: Bool

    public init(value: String, location: SourceLocation, context: Context, textSpan: TextSpan, isWhitespace: Bool) {
        self.value = value
        self.location = location
        self.context = context
        self.textSpan = textSpan
        self.isWhitespace = isWhitespace
    }
}

/// An end tag (or the end of an empty-element tag).
public struct XMLEndElement: Sendable, Hashable {
    public var namespaceURI: String?
    public var localName: String
    /// Where the end tag's `<` is; for an empty-element tag, where its start is.
    public var location: SourceLocation
    /// Nesting depth, as for the matching start.
    public var depth: Int
    /// The position in the article text (code points) where the element's content ends.
    public var textOffset: Int

    public init(namespaceURI: String?, localName: String, location: SourceLocation, depth: Int, textOffset: Int) {
        self.namespaceURI = namespaceURI
        self.localName = localName
        self.location = location
        self.depth = depth
        self.textOffset = textOffset
    }

    /// The Newsmark element this ends, or `nil` outside the Newsmark 1.0 namespace.
    public var newsmarkElement: NewsmarkElement? {
        namespaceURI == NewsmarkVocabulary.namespace ? NewsmarkElement(rawValue: localName) : nil
    }
}
