/// The names of Newsmark XML 1.0: its namespace, elements and version.
public enum NewsmarkVocabulary {
    /// The namespace of every Newsmark 1.0 element.
    public static let namespace = "urn:newsmark:1.0"
    /// The prefix shared by the namespaces of every Newsmark version (`urn:newsmark:0.9`, `urn:newsmark:1.0`).
    public static let namespacePrefix = "urn:newsmark:"
    /// The format version this library reads and writes.
    public static let version = "1.0"
    /// The namespace of `xml:lang`.
    public static let xmlNamespace = "http://www.w3.org/XML/1998/namespace"
    /// The namespace of namespace declarations (`xmlns`), which libxml2 reports as attributes.
    static let xmlnsNamespace = "http://www.w3.org/2000/xmlns/"
    /// The `xml-model` processing instruction's content that canonical files carry.
    public static let xmlModelInstruction =
        #"href="https://newsmark.org/schema/1.0/newsmark.rng" type="application/xml" schematypens="http://relaxng.org/ns/structure/1.0""#
}

/// Every element of Newsmark XML 1.0.
public enum NewsmarkElement: String, Sendable, Hashable, CaseIterable {
    case article, header, meta, published, source, url, rights
    case annotators, annotator, tagset, entityType, entities, entity
    case body, p
    case dateline, place, agency, mention, quote, timex

    /// Whether the element is inline markup inside a paragraph.
    public var isInline: Bool {
        switch self {
        case .dateline, .place, .agency, .mention, .quote, .timex: true
        default: false
        }
    }

    /// Whether the element holds only character data (the `meta` fields).
    public var holdsText: Bool {
        switch self {
        case .published, .source, .url, .rights: true
        default: false
        }
    }
}
