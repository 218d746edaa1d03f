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
            if strong, candidate.kind == .organization, let short = shortCompanyName(candidate) {
                // "Mercantile" after "Mercantile Bancorp Inc.": the company's name without its company words.
                let key = self.key(short.lowerBound, short.upperBound)
                if let known = strongNames[key], known.kind != .organization { ambiguous.insert(key) }
                else if strongNames[key] == nil { strongNames[key] = Known(kind: .organization, entity: nil) }
            }
        }
        for key in ambiguous { strongNames[key] = nil }
    }

    /// Words that end a company's full name and are left out when the text names it briefly.
    static let companyWords: Set<String> = [
        "inc", "corp", "co", "ltd", "plc", "&", "corporation", "company", "group", "holdings", "holding", "bancorp",
        "bancshares", "bankshares", "ag", "sa", "nv", "spa", "llc", "limited", "cos", "bros", ".",
    ]

    /// The tokens of an organization's name before its company words ("Mercantile" in "Mercantile Bancorp
    /// Inc."), when there are such words and something is left.
    func shortCompanyName(_ candidate: MentionCandidate) -> Range<Int>? {
        var end = candidate.end
        while end > candidate.start, DocumentMemory.companyWords.contains(tokens[end - 1].stem) { end -= 1 }
        guard end < candidate.end, end > candidate.start else { return nil }
        return candidate.start..<end
    }

    /// The lookup key of tokens `start..<end`: their lower-cased stems joined by spaces.
    func key(_ start: Int, _ end: Int) -> String {
        guard end - start > 1 else { return start < end ? tokens[start].stem : "" }
        var key = tokens[start].stem
        for index in (start + 1)..<end {
            key.append(" ")
            key.append(tokens[index].stem)
        }
        return key
    }
}
