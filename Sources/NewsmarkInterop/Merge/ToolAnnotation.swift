import NewsmarkModel

/// The three annotation layers that annotation tools edit.
public enum AnnotationLayer: String, Sendable, Hashable, CaseIterable, Codable {
    /// Named-entity mentions (`person`, `organization`, …).
    case entity
    /// Temporal expressions (`date`, `time`, `duration`, `set`).
    case date
    /// Quotations.
    case quote

    /// The layer a tool label belongs to: a TIMEX3 type is a date, `quote` a quote, anything else an entity type.
    public static func of(label: String) -> AnnotationLayer {
        if label == ToolLabels.quote { return .quote }
        if TimexType(rawValue: label) != nil { return .date }
        return .entity
    }

    /// The prefix of Newsmark ids for new annotations of this layer (`m1`, `t1`, `q1`).
    public var idPrefix: String {
        switch self {
        case .entity: "m"
        case .date: "t"
        case .quote: "q"
        }
    }
}

/// The label names annotation tools use for Newsmark annotations.
public enum ToolLabels {
    /// The label of quotations.
    public static let quote = "quote"

    /// Every label of an article's tag set, in a stable order: entity types, then the TIMEX3 types, then `quote`.
    public static func all(for tagSet: TagSet) -> [String] {
        tagSet.entityTypes + TimexType.allCases.map(\.rawValue) + [quote]
    }
}

/// A reference from one annotation to another, as a tool expresses it.
public enum ToolReference: Hashable, Sendable {
    /// A Newsmark id (a discourse entity for speakers, a quote for continuations).
    case newsmark(String)
    /// The tool-local key of another annotation in the same document (a brat `T` id, a Label Studio region id).
    case tool(String)
}

/// Which Newsmark fields, beyond span and label, an annotation tool format carries.
///
/// A field a format does not carry is always taken from the original article when merging back.
public struct ToolFields: OptionSet, Sendable, Hashable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }

    /// A mention's discourse entity.
    public static let entityLink = ToolFields(rawValue: 1 << 0)
    /// A temporal expression's normalized value.
    public static let dateValue = ToolFields(rawValue: 1 << 1)
    /// A temporal expression's `mod`, `anchor`, `quant` and `freq`.
    public static let dateDetails = ToolFields(rawValue: 1 << 2)
    /// A quote's kind.
    public static let quoteKind = ToolFields(rawValue: 1 << 3)
    /// A quote's speaker.
    public static let speaker = ToolFields(rawValue: 1 << 4)
    /// A quote's cue.
    public static let cue = ToolFields(rawValue: 1 << 5)
    /// A quote's continuation link.
    public static let continues = ToolFields(rawValue: 1 << 6)

    /// Every field.
    public static let all: ToolFields = [.entityLink, .dateValue, .dateDetails, .quoteKind, .speaker, .cue, .continues]
}

/// One annotation as an annotation tool holds it: a labelled span plus the fields the tool carries.
///
/// Exporters build these from an ``Article`` (see ``ToolProjection``); importers parse them from the tool's
/// files; ``AnnotationMerger`` turns them back into Newsmark annotations over the original article.
public struct ToolAnnotation: Hashable, Sendable {
    /// The tool-local key, unique in the document (a brat `T` id, a Label Studio region id, or a running number).
    public var key: String
    /// The Newsmark id, when the tool kept it.
    public var id: String?
    /// The layer, from the label.
    public var layer: AnnotationLayer
    /// The label: an entity type, a TIMEX3 type or `quote`.
    public var label: String
    /// Where the annotation lies, in code points of the article text.
    public var span: TextSpan

    /// Mentions: the discourse entity.
    public var entityID: String?
    /// Dates: the TIMEX3 value.
    public var value: String?
    /// Dates: the TIMEX3 modifier.
    public var mod: String?
    /// Dates: the anchor expression's id.
    public var anchorID: String?
    /// Sets: TIMEX3 `quant`.
    public var quant: String?
    /// Sets: TIMEX3 `freq`.
    public var freq: String?
    /// Quotes: the kind.
    public var kind: QuoteKind?
    /// Quotes: the speaker (a discourse entity, or a mention annotation in the same document).
    public var speaker: ToolReference?
    /// Quotes: the cue.
    public var cue: String?
    /// Quotes: the quote part this one continues.
    public var continues: ToolReference?
    /// Where the annotation was read from, for error messages.
    public var location: SourceLocation?

    public init(key: String, id: String? = nil, label: String, span: TextSpan, location: SourceLocation? = nil) {
        self.key = key
        self.id = id
        self.layer = AnnotationLayer.of(label: label)
        self.label = label
        self.span = span
        self.location = location
    }
}

/// What an annotation tool gives back for one article: its text (when the tool keeps it) and annotations.
public struct ToolDocument: Sendable {
    /// The article id the tool recorded, if any.
    public var articleID: String?
    /// The text the tool annotated; `nil` when the format does not keep the text (the importer then checks it).
    public var text: String?
    /// The annotations, in the tool's order.
    public var annotations: [ToolAnnotation]
    /// The file the document was read from, for error messages.
    public var source: String?

    public init(articleID: String? = nil, text: String?, annotations: [ToolAnnotation], source: String? = nil) {
        self.articleID = articleID
        self.text = text
        self.annotations = annotations
        self.source = source
    }
}
