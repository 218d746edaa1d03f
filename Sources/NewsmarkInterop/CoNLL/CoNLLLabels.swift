/// The CoNLL-2003 entity tags for Newsmark's entity types: `person` ↔ `PER`, `organization` ↔ `ORG`,
/// `location` ↔ `LOC`, `misc` ↔ `MISC`; other types are written upper-cased and read back lower-cased.
enum CoNLLLabels {
    static let toCoNLL = ["person": "PER", "organization": "ORG", "location": "LOC", "misc": "MISC"]
    static let fromCoNLL = ["PER": "person", "PERSON": "person", "ORG": "organization", "LOC": "location", "GPE": "location", "MISC": "misc"]

    static func tag(for type: String) -> String { toCoNLL[type] ?? type.uppercased() }

    static func type(for tag: String) -> String { fromCoNLL[tag] ?? tag.lowercased() }
}
