import NewsmarkModel

/// What the rules learn about one annotation: its attributes, position, offsets and a summary of its text.
/// Records are handed to the rules one at a time and not kept, so a document's size does not matter.
public struct AnnotationRecord: Sendable {
    /// Which element the annotation is.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// A header `entity` (a discourse entity).
        case entity
        case mention
        case quote
        /// A `timex` (date or time expression).
        case timex

        /// The element name, as in messages.
        public var elementName: String { rawValue }
        /// The id kind the annotation defines.
        public var idKind: IDKind {
            switch self {
            case .entity: .entity
            case .mention: .mention
            case .quote: .quote
            case .timex: .timex
            }
        }
    }

    public var kind: Kind
    /// The `id` attribute (nil when missing: the schema reports that).
    public var id: String?
    /// The entity or mention `type`, the quote `kind`, or the timex `type`.
    public var type: String?
    /// Where the element starts.
    public var position: TextPosition
    /// Offsets in the article text, in code points (nil for header entities).
    public var span: TextSpan?
    /// A summary of the covered text.
    public var text: TextFacts
    /// `entity` of a mention.
    public var entity: String?
    /// `speaker` of a quote.
    public var speaker: String?
    /// `continues` of a quote.
    public var continues: String?
    /// `anchor` of a timex.
    public var anchor: String?
    /// `resp`: the responsible annotator.
    public var resp: String?
    /// The timex `value`.
    public var value: String?
    /// The timex `mod`.
    public var mod: String?
    /// The first code points of the covered text (at most ``TextFacts/surfacePrefixLimit``), for rules
    /// that read short expressions such as "yesterday" or "last Tuesday".
    public var surfacePrefix: String

    public init(kind: Kind, id: String?, type: String?, position: TextPosition, span: TextSpan? = nil,
                text: TextFacts = TextFacts(), entity: String? = nil, speaker: String? = nil, continues: String? = nil,
                anchor: String? = nil, resp: String? = nil, value: String? = nil, mod: String? = nil,
                surfacePrefix: String = "") {
        self.kind = kind
        self.id = id
        self.type = type
        self.position = position
        self.span = span
        self.text = text
        self.entity = entity
        self.speaker = speaker
        self.continues = continues
        self.anchor = anchor
        self.resp = resp
        self.value = value
        self.mod = mod
        self.surfacePrefix = surfacePrefix
    }

    /// The id for messages (`m3`, or `the mention` when it has none).
    public var displayName: String { id.map { "\(kind.elementName) '\($0)'" } ?? "a \(kind.elementName) without id" }
}

/// What the rules learn about one paragraph.
public struct ParagraphRecord: Sendable {
    public var id: String?
    public var role: String?
    public var position: TextPosition
    public var span: TextSpan
    public var text: TextFacts

    public init(id: String?, role: String?, position: TextPosition, span: TextSpan, text: TextFacts) {
        self.id = id
        self.role = role
        self.position = position
        self.span = span
        self.text = text
    }
}
