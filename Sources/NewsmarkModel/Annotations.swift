/// A mention of a named entity in the text, such as "Boris Yeltsin" or "NATO".
public struct EntityMention: Hashable, Sendable, Codable {
    /// The mention's id, unique in the document.
    public var id: String
    /// The entity type: one of the document's declared entity types (`person`, `organization`,
    /// `location`, `misc` by default).
    public var type: String
    /// Where the mention lies in the article text.
    public var span: TextSpan
    /// The id of the ``DiscourseEntity`` the mention refers to, if linked.
    public var entityID: String?
    /// Who made the annotation.
    public var provenance: Provenance

    public init(id: String, type: String, span: TextSpan, entityID: String? = nil, provenance: Provenance = Provenance()) {
        self.id = id
        self.type = type
        self.span = span
        self.entityID = entityID
        self.provenance = provenance
    }
}

/// An entity that the article talks about, declared once in the header; mentions point to it so that
/// "Yeltsin" and "Boris Yeltsin" are one entity.
public struct DiscourseEntity: Hashable, Sendable, Codable {
    /// The entity's id, unique in the document.
    public var id: String
    /// The entity type, as for mentions.
    public var type: String
    /// The canonical name ("Boris Yeltsin").
    public var name: String
    /// An optional knowledge-base identifier, prefixed by the knowledge base (`wikidata:Q34453`).
    public var knowledgeBaseID: String?
    /// Who declared the entity.
    public var provenance: Provenance

    public init(id: String, type: String, name: String, knowledgeBaseID: String? = nil, provenance: Provenance = Provenance()) {
        self.id = id
        self.type = type
        self.name = name
        self.knowledgeBaseID = knowledgeBaseID
        self.provenance = provenance
    }
}

/// What a quotation is.
public enum QuoteKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// Words reported as spoken or written, with a speaker.
    case direct
    /// A fragment quoted inside reported speech ("hoped to "encourage radical changes"").
    case partial
    /// A word or phrase set off in quote marks for distance or irony, with no speaker.
    case scare
}

/// A quotation. A quote that runs over several paragraphs is held as one part per paragraph, each
/// later part naming the previous one in ``continues``.
public struct Quote: Hashable, Sendable, Codable {
    /// The quote's id, unique in the document.
    public var id: String
    /// Where the quote lies, quote marks included.
    public var span: TextSpan
    /// Direct, partial or scare.
    public var kind: QuoteKind
    /// The id of the ``DiscourseEntity`` who is quoted (never free text).
    public var speakerID: String?
    /// The speech verb or phrase that attributes the quote ("said", "told", "according to").
    public var cue: String?
    /// The id of the quote part this one continues (for quotes over several paragraphs).
    public var continues: String?
    /// Who made the annotation.
    public var provenance: Provenance

    public init(
        id: String, span: TextSpan, kind: QuoteKind, speakerID: String? = nil, cue: String? = nil,
        continues: String? = nil, provenance: Provenance = Provenance()
    ) {
        self.id = id
        self.span = span
        self.kind = kind
        self.speakerID = speakerID
        self.cue = cue
        self.continues = continues
        self.provenance = provenance
    }
}

/// The TIMEX3 type of a temporal expression.
public enum TimexType: String, Sendable, Hashable, Codable, CaseIterable {
    case date
    case time
    case duration
    case set
}

/// A date or time expression with its normalized TIMEX3 value ("May 18" → `1998-05-18`).
public struct TemporalExpression: Hashable, Sendable, Codable {
    /// The expression's id, unique in the document.
    public var id: String
    /// Where the expression lies in the article text.
    public var span: TextSpan
    /// The TIMEX3 type.
    public var type: TimexType
    /// The normalized value in TIMEX3 syntax (`1998-05-18`, `1998-W20`, `P2W`, `PRESENT_REF`, `XXXX-WXX-1`).
    public var value: String
    /// The TIMEX3 modifier (`APPROX`, `MORE_THAN`, `START`, `MID`, …), if any.
    public var mod: String?
    /// The id of the temporal expression a relative value was computed from; `nil` means the
    /// publication date (TIMEX3 `anchorTimeID`).
    public var anchorID: String?
    /// For sets: TIMEX3 `quant` ("EVERY").
    public var quant: String?
    /// For sets: TIMEX3 `freq` ("2X").
    public var freq: String?
    /// Who made the annotation.
    public var provenance: Provenance

    public init(
        id: String, span: TextSpan, type: TimexType, value: String, mod: String? = nil, anchorID: String? = nil,
        quant: String? = nil, freq: String? = nil, provenance: Provenance = Provenance()
    ) {
        self.id = id
        self.span = span
        self.type = type
        self.value = value
        self.mod = mod
        self.anchorID = anchorID
        self.quant = quant
        self.freq = freq
        self.provenance = provenance
    }
}

/// The dateline of a news article ("Prague, 20 May 1998 (RFE/RL) --"), held as spans over the text.
/// The date inside a dateline is an ordinary ``TemporalExpression``.
public struct Dateline: Hashable, Sendable, Codable {
    /// The whole dateline, separators included.
    public var span: TextSpan
    /// The place ("Prague", "WASHINGTON", "NEW DELHI, India").
    public var place: TextSpan?
    /// The agency or source ("RFE/RL", "AP", "Reuters").
    public var source: TextSpan?

    public init(span: TextSpan, place: TextSpan? = nil, source: TextSpan? = nil) {
        self.span = span
        self.place = place
        self.source = source
    }
}
