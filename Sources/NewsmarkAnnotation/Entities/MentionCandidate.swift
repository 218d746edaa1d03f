/// A mention the rules propose, over a range of ``EntityToken``s, before coreference.
struct MentionCandidate: Sendable {
    /// Why the rules believe it.
    enum Evidence: Int, Sendable, Comparable {
        /// A capitalized word with no other cue; kept only if the document confirms it.
        case tentative
        /// A default guess for an unknown name.
        case guess
        /// Found through a name the document established elsewhere.
        case documentMemory
        /// A head word, a title, a given name, an acronym definition.
        case rule
        /// A gazetteer entry.
        case gazetteer

        static func < (a: Evidence, b: Evidence) -> Bool { a.rawValue < b.rawValue }
    }

    /// First token index.
    var start: Int
    /// One past the last token index.
    var end: Int
    var kind: EntityKind
    var evidence: Evidence
    var confidence: Double
    /// The gazetteer entity, when the gazetteer named it.
    var entity: GazetteerEntityRef?
    /// For an acronym defined in the text: the first token index of its expansion.
    var expansion: Int?
    /// Whether the span is one hyphenated word whose whole is the mention (`pan-European`).
    var isCompound = false
}
