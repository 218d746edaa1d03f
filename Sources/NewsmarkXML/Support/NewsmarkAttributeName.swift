/// The attributes of Newsmark XML 1.0 that readers look up by name.
public enum NewsmarkAttributeName: Int, Sendable, Hashable, CaseIterable {
    case id, type, kind, resp, entity, speaker, continues, value, mod, anchor, role, name, version
    /// `xml:lang`.
    case xmlLang

    /// The name without prefix.
    public var localName: String {
        switch self {
        case .id: "id"
        case .type: "type"
        case .kind: "kind"
        case .resp: "resp"
        case .entity: "entity"
        case .speaker: "speaker"
        case .continues: "continues"
        case .value: "value"
        case .mod: "mod"
        case .anchor: "anchor"
        case .role: "role"
        case .name: "name"
        case .version: "version"
        case .xmlLang: "lang"
        }
    }

    /// The name as written in documents (`xml:lang` with its prefix).
    public var qualifiedName: String { self == .xmlLang ? "xml:lang" : localName }
}
