extension NewsmarkElement {
    /// The element's attributes in canonical order (the order the writer emits), with whether each is
    /// required. `xml:lang` on `article` is handled separately.
    public var attributeSpecs: [(name: String, required: Bool)] {
        switch self {
        case .article: [("version", true), ("id", true)]
        case .annotator: [("id", true), ("kind", true), ("name", true), ("version", false), ("mode", true)]
        case .entityType: [("name", true)]
        case .entity: [("id", true), ("type", true), ("name", true), ("kb", false), ("resp", false), ("cert", false)]
        case .p: [("id", true), ("role", false)]
        case .mention: [("id", true), ("type", true), ("entity", false), ("resp", false), ("cert", false)]
        case .quote:
            [("id", true), ("kind", true), ("speaker", false), ("cue", false), ("continues", false), ("resp", false),
             ("cert", false)]
        case .timex:
            [("id", true), ("type", true), ("value", true), ("mod", false), ("anchor", false), ("quant", false),
             ("freq", false), ("resp", false), ("cert", false)]
        default: []
        }
    }

    /// The elements this one may appear in (`nil`: only as the root).
    ///
    /// `place` and `agency` may be nested in other inline elements but must lie inside the
    /// `dateline`; readers check that separately.
    public var allowedParents: Set<NewsmarkElement>? {
        switch self {
        case .article: nil
        case .header, .body: [.article]
        case .meta, .annotators, .tagset, .entities: [.header]
        case .published, .source, .url, .rights: [.meta]
        case .annotator: [.annotators]
        case .entityType: [.tagset]
        case .entity: [.entities]
        case .p: [.body]
        case .dateline: [.p]
        case .place, .agency, .mention, .quote, .timex: [.p, .dateline, .place, .agency, .mention, .quote, .timex]
        }
    }

    /// The position of a `header` child in the required order (meta, annotators, tagset, entities).
    var headerOrder: Int? {
        switch self {
        case .meta: 0
        case .annotators: 1
        case .tagset: 2
        case .entities: 3
        default: nil
        }
    }

    /// The position of a `meta` child in the required order.
    var metaOrder: Int? {
        switch self {
        case .published: 0
        case .source: 1
        case .url: 2
        case .rights: 3
        default: nil
        }
    }
}
