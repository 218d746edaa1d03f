/// The four entity types of the CoNLL-2003 scheme, as Newsmark names them.
public enum EntityKind: String, Sendable, Hashable, CaseIterable {
    case person
    case organization
    case location
    /// Nationalities and other groups, events, laws, works and other names.
    case misc

    /// The kind for a one-letter code of the generated gazetteer (`P`, `O`, `L`, `M`).
    init?(code: Substring) {
        switch code {
        case "P": self = .person
        case "O": self = .organization
        case "L": self = .location
        case "M": self = .misc
        default: return nil
        }
    }
}
