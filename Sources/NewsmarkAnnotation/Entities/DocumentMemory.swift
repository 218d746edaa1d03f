/// The names a document establishes in its ordinary-case sentences, used to read the rest of it:
/// "Kvashnin" after "Anatoly Kvashnin", "SHEARER" in a headline after "Alan Shearer" in the text.
struct DocumentMemory {
    struct Known {
        var kind: EntityKind
        var entity: GazetteerEntity?
    }

    /// Lower-cased token phrases found with good evidence, and their type (ambiguous ones left out).
    private(set) var strongNames: [String: Known] = [:]
    /// Surnames of multi-word person names (lower-cased).
    private(set) var personNameParts: Set<String> = []
    /// Acronyms defined in the text (as written) and the type of what they stand for.
    private(set) var acronyms: [String: EntityKind] = [:]
    private let tokens: [EntityToken]

    init(candidates: [MentionCandidate], tokens: [EntityToken]) {
        self.tokens = tokens
        var ambiguous = Set<String>()
        for candidate in candidates {
            let strong = candidate.evidence >= .rule && !(candidate.entity?.isWeak ?? false)
            if strong && !candidate.isCompound {
                let key = self.key(candidate.start, candidate.end)
                if let known = strongNames[key], known.kind != candidate.kind { ambiguous.insert(key) }
                else { strongNames[key] = Known(kind: candidate.kind, entity: candidate.entity) }
            }
            if candidate.kind == .person, candidate.end - candidate.start >= 2,
               candidate.evidence >= .rule || candidate.confidence >= 0.6 {
                personNameParts.insert(tokens[candidate.end - 1].stem)
            }
            if candidate.expansion != nil { acronyms[tokens[candidate.start].text] = candidate.kind }
        }
        for key in ambiguous { strongNames[key] = nil }
    }

    /// The lookup key of tokens `start..<end`: their lower-cased stems joined by spaces.
    func key(_ start: Int, _ end: Int) -> String {
        (start..<end).map { tokens[$0].stem }.joined(separator: " ")
    }
}
