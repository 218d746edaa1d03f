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
    /// The `id` attribute (nil when missing: the schema reports that), as a symbol of the document's ids.
    public var id: IDSymbol?
    /// The entity or mention `type`, the quote `kind`, or the timex `type`.
    public var type: String?
    /// Where the element starts.
    public var position: TextPosition
    /// Offsets in the article text, in code points (nil for header entities).
    public var span: TextSpan?
    /// A summary of the covered text.
    public var text: TextFacts
    /// `entity` of a mention (references are symbols of the document's ids, defined or not).
    public var entity: IDSymbol?
    /// `speaker` of a quote.
    public var speaker: IDSymbol?
    /// `continues` of a quote.
    public var continues: IDSymbol?
    /// `anchor` of a timex.
    public var anchor: IDSymbol?
    /// `resp`: the responsible annotator.
    public var resp: IDSymbol?
    /// The timex `value`.
    public var value: String?
    /// The timex `mod`.
    public var mod: String?
    /// The first code points of the covered text (at most ``TextFacts/surfacePrefixLimit``), for rules
    /// that read short expressions such as "yesterday" or "last Tuesday".
    public var surfacePrefix: String
    /// What the index knew of `anchor` when the annotation's end was read: rules run over records in
    /// batches, later, and a date's anchor may be defined or given its day in between.
    var anchorAtEnd = AnchorState.notRecorded

    /// The state of a date's anchor in the index at one moment.
    enum AnchorState: Equatable {
        /// Not recorded: ask the index.
        case notRecorded
        /// Not defined (yet).
        case undefined
        /// Defined; `day` is the day it names, if it names one.
        case defined(day: Int?)
    }

    public init(kind: Kind, id: IDSymbol?, type: String?, position: TextPosition, span: TextSpan? = nil,
                text: TextFacts = TextFacts(), entity: IDSymbol? = nil, speaker: IDSymbol? = nil, continues: IDSymbol? = nil,
                anchor: IDSymbol? = nil, resp: IDSymbol? = nil, value: String? = nil, mod: String? = nil,
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

    /// The annotation for messages (`mention 'm3'`, or `a mention without id`).
    static func displayName(_ kind: Kind, id: String?) -> String {
        id.map { "\(kind.elementName) '\($0)'" } ?? "a \(kind.elementName) without id"
    }
}

/// What the rules learn about one paragraph.
public struct ParagraphRecord: Sendable {
    /// The paragraph's `id`, as a symbol of the document's ids.
    public var id: IDSymbol?
    public var role: String?
    public var position: TextPosition
    public var span: TextSpan
    public var text: TextFacts

    public init(id: IDSymbol?, role: String?, position: TextPosition, span: TextSpan, text: TextFacts) {
        self.id = id
        self.role = role
        self.position = position
        self.span = span
        self.text = text
    }
}
