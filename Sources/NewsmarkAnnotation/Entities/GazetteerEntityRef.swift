/// A gazetteer entity as the entity rules carry it: its number and the facts the rules test, without
/// strings, so that the many copies of mention candidates need no reference counting. Its canonical
/// name and knowledge-base id come from the gazetteer (``Gazetteer/entity(at:)``) when needed.
struct GazetteerEntityRef: Hashable, Sendable {
    /// The index of the entity in its gazetteer.
    let index: Int32
    let kind: EntityKind
    /// Weak evidence (a small place): a person cue in the text wins over it.
    let isWeak: Bool
    /// A country, continent or home nation.
    let isCountry: Bool
}
