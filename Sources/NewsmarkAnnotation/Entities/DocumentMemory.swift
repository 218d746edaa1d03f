/// The names a document establishes in its ordinary-case sentences, used to read the rest of it:
/// "Kvashnin" after "Anatoly Kvashnin", "HALLORAN" in a headline after "Peter Halloran" in the text.
struct DocumentMemory {
    struct Known {
        var kind: EntityKind
        var entity: GazetteerEntityRef?
        /// Found with two types: not a name the document established.
        var isAmbiguous = false
    }

    /// A phrase of token stems by their stem numbers (``EntityTokenForm/stemID``): up to three small
    /// numbers packed in one integer, longer phrases as a list. Two phrases are equal exactly when their
    /// stems joined by spaces are equal strings (tokens hold no spaces).
    struct StemPhrase: Hashable {
        var packed: UInt64
        var long: [Int32]?

        init(packed: UInt64, long: [Int32]?) {
            self.packed = packed
            self.long = long
        }

        /// The phrase of the stem numbers `ids`, packed as ``DocumentMemory/phrase(_:_:)`` packs them.
        init(_ ids: [Int32]) {
            if ids.count <= 3, ids.allSatisfy({ $0 >= 0 && $0 < 1 << 20 }) {
                var packed = UInt64(ids.count) << 60
                for (position, id) in ids.enumerated() { packed |= UInt64(id) << (20 * UInt64(position)) }
                self.init(packed: packed, long: nil)
            } else {
                self.init(packed: UInt64(ids.count), long: ids)
            }
        }
    }

    /// Token phrases (by their stems) found with good evidence: the index of what they name in `known`.
    private var strongNames = StemPhraseMap()
    /// What the strong phrases name (an ambiguous one counts as unknown).
    private var known: [Known] = []
    /// The stem numbers of the surnames of multi-word person names (their last tokens' stems), as keys
    /// (the values are unused).
    private var personNamePartIDs = PackedKeyMap()
    /// Acronyms defined in the text (as written) and the type of what they stand for.
    private(set) var acronyms: [String: EntityKind] = [:]
    private let tokens: [EntityToken]

    init(candidates: [MentionCandidate], tokens: [EntityToken]) {
        self.tokens = tokens
        strongNames = StemPhraseMap(capacity: candidates.count)
        for candidate in candidates {
            let strong = candidate.evidence >= .rule && !(candidate.entity?.isWeak ?? false)
            if strong && !candidate.isCompound {
                let key = self.phrase(candidate.start, candidate.end)
                if let index = strongNames[key].map({ Int($0) }) {
                    if known[index].kind != candidate.kind { known[index].isAmbiguous = true }
                    else { known[index].entity = candidate.entity }
                } else {
                    strongNames.set(key, Int32(known.count))
                    known.append(Known(kind: candidate.kind, entity: candidate.entity))
                }
            }
            if candidate.kind == .person, candidate.end - candidate.start >= 2,
               candidate.evidence >= .rule || candidate.confidence >= 0.6 {
                let last = tokens[candidate.end - 1]
                personNamePartIDs.set(UInt64(UInt32(bitPattern: last.form.stemID)), 0)
            }
            if candidate.expansion != nil { acronyms[tokens[candidate.start].text] = candidate.kind }
            if strong, candidate.kind == .organization, let short = shortCompanyName(candidate) {
                // "Mercantile" after "Mercantile Bancorp Inc.": the company's name without its company words.
                let key = self.phrase(short.lowerBound, short.upperBound)
                if let index = strongNames[key].map({ Int($0) }) {
                    if known[index].kind != .organization { known[index].isAmbiguous = true }
                } else {
                    strongNames.set(key, Int32(known.count))
                    known.append(Known(kind: .organization, entity: nil))
                }
            }
        }
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
        while end > candidate.start, tokens[end - 1].form.stemIsCompanyWord { end -= 1 }
        guard end < candidate.end, end > candidate.start else { return nil }
        return candidate.start..<end
    }

    /// The name the document established for tokens `start..<end` (by their stems), if any.
    func strongName(_ start: Int, _ end: Int) -> Known? {
        guard !strongNames.isEmpty, let index = strongNames[phrase(start, end)] else { return nil }
        let name = known[Int(index)]
        return name.isAmbiguous ? nil : name
    }

    /// Whether the stem of `token` is the surname of a multi-word person name.
    func isPersonNamePart(_ token: EntityToken) -> Bool {
        personNamePartIDs.count > 0 && personNamePartIDs[UInt64(UInt32(bitPattern: token.form.stemID))] != nil
    }

    /// The stem phrase of tokens `start..<end`.
    func phrase(_ start: Int, _ end: Int) -> StemPhrase { DocumentMemory.phrase(tokens, start, end) }

    /// The stem phrase of `tokens[start..<end]`.
    static func phrase(_ tokens: [EntityToken], _ start: Int, _ end: Int) -> StemPhrase {
        let count = end - start
        if count <= 3 {
            var packed = UInt64(max(count, 0)) << 60
            var fits = true
            for (position, index) in (start..<max(start, end)).enumerated() {
                let id = tokens[index].form.stemID
                guard id >= 0 && id < 1 << 20 else { fits = false; break }
                packed |= UInt64(id) << (20 * UInt64(position))
            }
            if fits { return StemPhrase(packed: packed, long: nil) }
        }
        return StemPhrase(packed: UInt64(max(count, 0)), long: (start..<max(start, end)).map { tokens[$0].form.stemID })
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
