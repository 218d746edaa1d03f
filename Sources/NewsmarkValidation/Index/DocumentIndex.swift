import NewsmarkModel

/// What the rules know about a document besides the annotation in hand: the root's version and
/// namespace, the header's metadata, tag set and entities, every id with its kind, and the few values
/// references need (entity types, date values, quote continuations). It never holds the text.
public struct DocumentIndex: Sendable {
    /// The syntax the document came in.
    public enum Form: String, Sendable, Hashable {
        case xml
        case json
    }

    /// An id defined twice.
    public struct DuplicateDefinition: Hashable, Sendable {
        public var id: String
        public var kind: IDKind
        public var position: TextPosition
        public var first: IDDefinition
    }

    /// Where an id was defined and what it names.
    public struct IDDefinition: Hashable, Sendable {
        public var kind: IDKind
        public var position: TextPosition
    }

    /// A header entity's facts.
    public struct EntityFacts: Hashable, Sendable {
        public var type: String?
        public var position: TextPosition
    }

    /// A quote part that continues another.
    public struct Continuation: Hashable, Sendable {
        /// The continuing part.
        public var quote: String
        /// The part it continues.
        public var continues: String
        public var position: TextPosition
        /// The continuing part's start offset, when known.
        public var start: Int?
    }

    /// A span the JSON form records with offsets (and usually the covered text).
    public struct JSONSpan: Hashable, Sendable {
        /// Where it is in the JSON document (`entities[3]`), with its id when it has one.
        public var path: String
        public var start: Int?
        public var end: Int?
        /// The `text` member, if present.
        public var recordedText: String?
        /// The text the offsets select, when they are in range.
        public var actualText: String?
        /// Whether the span must lie inside one paragraph (annotations and the dateline).
        public var withinParagraph: Bool
    }

    public var form: Form
    /// The file, as the user named it.
    public var file: String?

    // Root
    public var rootName: String?
    public var namespace: String?
    public var version: String?
    public var rootPosition = TextPosition(line: 1, column: 1)
    /// The article's language (`xml:lang`; `lang` in the JSON form).
    public var language: String?
    /// For the JSON form: the `offsets` member (`unicode-code-points`).
    public var offsetUnit: String?

    // Header
    public var headerPosition: TextPosition?
    public var metaPosition: TextPosition?
    public var published: String?
    public var publishedPosition: TextPosition?
    /// The declared entity types (`nil`: no tag set declared, the standard one applies).
    public var declaredEntityTypes: [String]?
    /// Entity types declared more than once, with the position of the repeated declaration.
    public var repeatedEntityTypes: [(name: String, position: TextPosition)] = []
    /// Where each `dateline` starts (at most one is allowed).
    public var datelinePositions: [TextPosition] = []
    /// Declared quote kinds, if the tag set declares them (otherwise the format's kinds apply).
    public var declaredQuoteKinds: [String]?
    /// Declared date types, if the tag set declares them (otherwise TIMEX3's types apply).
    public var declaredTimexTypes: [String]?

    // Ids and referenced facts
    var ids = IDTable()
    public internal(set) var duplicates: [DuplicateDefinition] = []
    /// Header entities' facts, in order of definition, and where each entity's symbol finds them:
    /// entities are defined in the header, so their symbols are small and a dense table serves.
    private var entityFacts: [EntityFacts] = []
    private var entitySlots: [Int32] = []
    private var distantEntitySlots: [Int32: Int32] = [:]
    public internal(set) var continuations: [Continuation] = []
    /// Ids of quote parts that a later part continues.
    public internal(set) var continuedQuotes: Set<String> = []

    // Text
    /// The article text's length in code points (known at the end of the stream, or from the JSON form).
    public internal(set) var textLength = 0
    /// Paragraph spans in text order.
    public internal(set) var paragraphSpans: [TextSpan] = []
    public internal(set) var annotationCount = 0
    /// JSON form only: every recorded span.
    public internal(set) var jsonSpans: [JSONSpan] = []

    /// An empty index; `expectedIDs` sizes the id table (a rough estimate is fine).
    public init(form: Form, file: String?, expectedIDs: Int = 0) {
        self.form = form
        self.file = file
        ids = IDTable(expectedCount: expectedIDs)
    }

    /// The day (days since 1970-01-01) the date expression `id` names, if `id` is a date seen so far whose
    /// value is one calendar day.
    public func anchorDay(of id: String) -> Int? {
        ids.payload(of: id).map(Int.init)
    }

    /// The day the date expression `symbol` stands for names, as ``anchorDay(of:)-(String)`` gives it.
    public func anchorDay(of symbol: IDSymbol) -> Int? {
        ids.payload(of: symbol).map(Int.init)
    }

    /// The number of distinct ids.
    public var idCount: Int { ids.count }

    /// What `id` names and where it was defined, if it is defined (so far, while streaming).
    public func definition(of id: String) -> IDDefinition? {
        ids.definition(of: id).map { IDDefinition(kind: $0.kind, position: $0.position) }
    }

    /// What the id `symbol` stands for names and where it was defined, if it is defined (so far).
    public func definition(of symbol: IDSymbol) -> IDDefinition? {
        ids.definition(of: symbol).map { IDDefinition(kind: $0.kind, position: $0.position) }
    }

    /// Whether the id `symbol` stands for is defined (so far).
    public func isDefined(_ symbol: IDSymbol) -> Bool { ids.isDefined(symbol) }

    /// Whether `symbol` stands for the empty id (an attribute written `=""`).
    public func isEmpty(_ symbol: IDSymbol) -> Bool { ids.isEmpty(symbol) }

    /// The id `symbol` stands for.
    public func string(of symbol: IDSymbol) -> String { ids.string(of: symbol) }

    /// The symbol of `id`, defined or not.
    mutating func symbol(for id: String) -> IDSymbol {
        var id = id
        return id.withUTF8 { ids.symbol(for: $0) }
    }

    /// The symbol of the id whose UTF-8 bytes are `utf8`, defined or not.
    mutating func symbol(for utf8: UnsafeBufferPointer<UInt8>) -> IDSymbol { ids.symbol(for: utf8) }

    /// The annotation for messages (`mention 'm3'`, or `a mention without id`).
    public func displayName(of record: AnnotationRecord) -> String {
        AnnotationRecord.displayName(record.kind, id: record.id.map(string(of:)))
    }

    /// The facts of the header entity `symbol` stands for, if one was declared (so far).
    public func entity(_ symbol: IDSymbol) -> EntityFacts? {
        let index = symbol.index
        let slot = index < entitySlots.count ? entitySlots[index] : (distantEntitySlots[symbol.value] ?? 0)
        return slot == 0 ? nil : entityFacts[Int(slot) - 1]
    }

    /// Records the facts of the entity `symbol` stands for, unless it has some.
    private mutating func recordEntity(_ symbol: IDSymbol, _ facts: EntityFacts) {
        guard entity(symbol) == nil else { return }
        entityFacts.append(facts)
        let slot = Int32(entityFacts.count)
        let index = symbol.index
        if index < 65_536 {
            if index >= entitySlots.count { entitySlots.append(contentsOf: repeatElement(0, count: index + 1 - entitySlots.count)) }
            entitySlots[index] = slot
        } else {
            distantEntitySlots[symbol.value] = slot
        }
    }

    /// Defines `id`, recording a duplicate if it was already defined.
    @discardableResult
    mutating func define(_ id: String, kind: IDKind, at position: TextPosition) -> IDSymbol {
        var id = id
        return id.withUTF8 { define($0, kind: kind, at: position) }
    }

    /// Defines the id whose UTF-8 bytes are `utf8`, recording a duplicate if it was already defined, and
    /// returns its symbol.
    @discardableResult
    mutating func define(_ utf8: UnsafeBufferPointer<UInt8>, kind: IDKind, at position: TextPosition) -> IDSymbol {
        let (symbol, earlier) = ids.define(utf8, kind: kind, at: position)
        if let first = earlier {
            duplicates.append(DuplicateDefinition(
                id: String(decoding: utf8, as: UTF8.self), kind: kind, position: position,
                first: IDDefinition(kind: first.kind, position: first.position)))
        }
        return symbol
    }

    /// Records the facts an annotation gives other rules (entity types, date values, continuations).
    mutating func register(_ record: AnnotationRecord) {
        annotationCount += 1
        guard let id = record.id else { return }
        switch record.kind {
        case .entity:
            recordEntity(id, EntityFacts(type: record.type, position: record.position))
        case .timex:
            // What an anchor needs is the day a date names; an article can have 100,000 dates, so only that is kept.
            if let value = record.value, let interval = CalendarInterval(timex: value), interval.unit == .day {
                ids.setPayload(Int32(clamping: interval.first), of: id, ifKind: .timex)
            }
        case .quote:
            if let target = record.continues {
                let continued = string(of: target)
                continuations.append(Continuation(quote: string(of: id), continues: continued, position: record.position,
                                                  start: record.span?.start))
                continuedQuotes.insert(continued)
            }
        case .mention:
            break
        }
    }

    /// The entity types in force: the declared ones, or the standard tag set.
    public var entityTypes: [String] { declaredEntityTypes ?? Self.standardEntityTypes }
    /// The quote kinds in force.
    public var quoteKinds: [String] { declaredQuoteKinds ?? Self.standardQuoteKinds }
    /// The date types in force.
    public var timexTypes: [String] { declaredTimexTypes ?? Self.standardTimexTypes }

    private static let standardEntityTypes = TagSet.standard.entityTypes

    /// Whether `type` is one of the standard entity types (``TagSet/standard``).
    static func isStandardEntityType(_ type: String) -> Bool { standardEntityTypes.contains(type) }
    private static let standardQuoteKinds = QuoteKind.allCases.map(\.rawValue)
    private static let standardTimexTypes = TimexType.allCases.map(\.rawValue)

    /// The position to report whole-document findings at.
    public var documentPosition: TextPosition { form == .json ? .unknown : rootPosition }
}
