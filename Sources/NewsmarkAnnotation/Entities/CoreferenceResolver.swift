/// Groups mention candidates into discourse entities.
///
/// Rules, in order of strength:
/// 1. Aliases of one gazetteer entity are one entity ("U.S." and "United States"; "OSCE" and its name).
/// 2. An acronym defined in the text is its expansion's entity.
/// 3. Mentions with the same normalized text and type are one entity.
/// 4. A person's one-word mention joins the person whose full name ends (or, failing that, starts)
///    with that word — the nearest earlier one, else the first later one ("Yeltsin" → "Boris Yeltsin");
///    a full name joins an earlier one with the same surname and a compatible first name.
///
/// The canonical name is the gazetteer's, else the longest mention.
///
/// Words are compared by their stem numbers (``EntityTokenForm/stemID``: equal numbers exactly for
/// equal lower-cased stems), so no string is hashed; the names are made once per discourse entity, by
/// the caller, from ``Cluster/nameEntity`` or ``Cluster/nameMention``.
struct CoreferenceResolver {
    /// A discourse entity under construction.
    struct Cluster {
        var kind: EntityKind
        /// The gazetteer entity whose canonical name names the cluster, or -1: then the text of mention
        /// `nameMention` names it.
        var nameEntity: Int32
        var nameMention: Int
        var nameTokenCount: Int
        /// The gazetteer entity whose knowledge-base id the cluster has, or -1 for none.
        var knowledgeBaseEntity: Int32
        var confidence: Double
        /// The words of the longest person name, for surname matching (a range of ``Words/ids``).
        var words: Range<Int>
        var fromGazetteer: Bool
    }

    /// What the resolver needs of each mention.
    struct Mention {
        var kind: EntityKind
        /// Its lower-cased word tokens (stems, without a lone period): a range of ``Words/ids``.
        var words: Range<Int>
        var entity: GazetteerEntityRef?
        var expansion: Int?
        var confidence: Double
    }

    /// The mentions' words as stem numbers, and the stems they number.
    struct Words {
        /// The words of every mention, one after another.
        var ids: [Int32] = []
        /// The stem of each stem number.
        var stems: [String] = []
        /// The stem number of "the", or -1.
        var the: Int32 = -1
    }

    private(set) var clusters: [Cluster] = []
    /// The cluster of each mention, by mention index.
    private(set) var assignment: [Int]
    private let words: Words
    private let gazetteer: Gazetteer

    /// The text key of a mention: its type and its words without "the".
    private struct TextKey: Hashable {
        var kind: EntityKind
        var phrase: DocumentMemory.StemPhrase
    }

    /// The gazetteer key of a mention: its gazetteer entity and type, packed.
    private static func entityKey(_ entity: Int32, _ kind: EntityKind) -> UInt64 {
        UInt64(UInt32(bitPattern: entity)) << 2 | kindNumber(kind)
    }

    private static func kindNumber(_ kind: EntityKind) -> UInt64 {
        switch kind {
        case .person: return 0
        case .organization: return 1
        case .location: return 2
        case .misc: return 3
        }
    }

    /// The clusters by text key: a packed phrase (whose top two bits are free) with the type in those
    /// bits in a ``PackedKeyMap``, the few long phrases in a dictionary.
    private struct TextKeyMap {
        var packed: PackedKeyMap
        var long: [TextKey: Int] = [:]

        init(capacity: Int) { packed = PackedKeyMap(capacity: capacity) }

        subscript(key: TextKey) -> Int? {
            get {
                if key.phrase.long == nil { return packed[key.phrase.packed | kindNumber(key.kind) << 62].map { Int($0) } }
                return long[key]
            }
            set {
                guard let newValue else { return }
                if key.phrase.long == nil { packed.set(key.phrase.packed | kindNumber(key.kind) << 62, Int32(newValue)) }
                else { long[key] = newValue }
            }
        }
    }

    init(mentions: [Mention], words: Words, gazetteer: Gazetteer) {
        assignment = Array(repeating: -1, count: mentions.count)
        self.words = words
        self.gazetteer = gazetteer
        var byText = TextKeyMap(capacity: mentions.count)
        var byEntity = PackedKeyMap(capacity: mentions.count)
        let ids = words.ids

        func key(_ m: Mention) -> TextKey {
            // Up to three small numbers packed as StemPhrase packs them, without building a list.
            var packed: UInt64 = 0
            var count = 0
            var fits = true
            for index in m.words where ids[index] != words.the {
                let id = ids[index]
                if count < 3 && id >= 0 && id < 1 << 20 { packed |= UInt64(id) << (20 * UInt64(count)) } else { fits = false }
                count += 1
            }
            if fits {
                return TextKey(kind: m.kind, phrase: DocumentMemory.StemPhrase(packed: UInt64(count) << 60 | packed, long: nil))
            }
            var kept: [Int32] = []
            for index in m.words where ids[index] != words.the { kept.append(ids[index]) }
            return TextKey(kind: m.kind, phrase: DocumentMemory.StemPhrase(kept))
        }
        func gazetteerKey(_ m: Mention) -> UInt64? {
            guard let entity = m.entity else { return nil }
            return CoreferenceResolver.entityKey(entity.index, m.kind)
        }

        // Pass 1: everything except one-word person mentions.
        var bySurname: [Int32: [Int]] = [:]  // surname → person clusters, in creation order
        for (i, m) in mentions.enumerated() where !(m.kind == .person && m.words.count == 1 && m.entity == nil) {
            let mentionKey = key(m)
            if let e = m.expansion, e < mentions.count, assignment[e] >= 0, mentions[e].kind == m.kind {
                join(i, assignment[e], m)
                byText[mentionKey] = assignment[i]
                continue
            }
            let mentionGazetteerKey = gazetteerKey(m)
            if let g = mentionGazetteerKey, let c = byEntity[g].map({ Int($0) }) {
                join(i, c, m)
                byText[mentionKey] = c
                continue
            }
            if let c = byText[mentionKey] {
                join(i, c, m)
                if let g = mentionGazetteerKey { byEntity.set(g, Int32(c)) }
                continue
            }
            if m.kind == .person, let c = samePerson(m, bySurname: bySurname) {
                join(i, c, m)
                byText[mentionKey] = c
                continue
            }
            let c = newCluster(i, m)
            byText[mentionKey] = c
            if let g = mentionGazetteerKey { byEntity.set(g, Int32(c)) }
            if m.kind == .person, m.words.count >= 2 { bySurname[ids[m.words.upperBound - 1], default: []].append(c) }
        }
        // Where each multi-word person's surname and given name occur (mention indices, in order).
        var bySurnamePosition: [Int32: [Int]] = [:]
        var byGivenNamePosition: [Int32: [Int]] = [:]
        for (i, c) in assignment.enumerated() where c >= 0 && clusters[c].kind == .person && clusters[c].words.count >= 2 {
            bySurnamePosition[ids[clusters[c].words.upperBound - 1], default: []].append(i)
            byGivenNamePosition[ids[clusters[c].words.lowerBound], default: []].append(i)
        }
        // Pass 2: one-word person mentions.
        for (i, m) in mentions.enumerated() where assignment[i] < 0 {
            let word = m.words.isEmpty ? -1 : ids[m.words.lowerBound]
            if let c = nearest(bySurnamePosition[word], around: i) ?? nearest(byGivenNamePosition[word], around: i) {
                join(i, c, m)
            } else {
                let mentionKey = key(m)
                if let c = byText[mentionKey] {
                    join(i, c, m)
                } else {
                    byText[mentionKey] = newCluster(i, m)
                }
            }
        }
    }

    private mutating func newCluster(_ i: Int, _ m: Mention) -> Int {
        let entity = m.entity
        let hasKnowledgeBaseID = entity.map { gazetteer.store.hasKnowledgeBaseID(Int($0.index)) } ?? false
        clusters.append(Cluster(
            kind: m.kind, nameEntity: entity?.index ?? -1, nameMention: i, nameTokenCount: m.words.count,
            knowledgeBaseEntity: hasKnowledgeBaseID ? entity?.index ?? -1 : -1, confidence: m.confidence,
            words: m.words, fromGazetteer: entity != nil && entity?.kind == m.kind))
        assignment[i] = clusters.count - 1
        return clusters.count - 1
    }

    private mutating func join(_ i: Int, _ c: Int, _ m: Mention) {
        assignment[i] = c
        // In place: no copy of the cluster per mention.
        clusters[c].confidence = max(clusters[c].confidence, m.confidence)
        if clusters[c].knowledgeBaseEntity < 0, let entity = m.entity, entity.kind == m.kind,
           gazetteer.store.hasKnowledgeBaseID(Int(entity.index)) {
            clusters[c].knowledgeBaseEntity = entity.index
            clusters[c].nameEntity = entity.index
            clusters[c].fromGazetteer = true
        }
        if !clusters[c].fromGazetteer, m.words.count > clusters[c].nameTokenCount, m.expansion == nil {
            clusters[c].nameEntity = -1
            clusters[c].nameMention = i
            clusters[c].nameTokenCount = m.words.count
        }
        if m.words.count > clusters[c].words.count, clusters[c].kind == .person { clusters[c].words = m.words }
    }

    /// An earlier person with the same surname whose first name is the same or an initial of it.
    private func samePerson(_ m: Mention, bySurname: [Int32: [Int]]) -> Int? {
        guard !m.words.isEmpty else { return nil }
        let ids = words.ids
        let last = ids[m.words.upperBound - 1]
        let first = ids[m.words.lowerBound]
        for c in (bySurname[last] ?? []).reversed() {
            let cluster = clusters[c]
            guard cluster.kind == .person, cluster.words.count >= 2, ids[cluster.words.upperBound - 1] == last
            else { continue }
            let otherFirst = ids[cluster.words.lowerBound]
            if otherFirst == first { return c }
            let otherFirstStem = words.stems[Int(otherFirst)]
            let firstStem = words.stems[Int(first)]
            if otherFirstStem.first == firstStem.first && (otherFirstStem.count <= 2 || firstStem.count <= 2) {
                return c
            }
        }
        return nil
    }

    /// The person cluster of the nearest mention before `i` in `positions` (mention indices in text
    /// order), else of the first one after it.
    private func nearest(_ positions: [Int]?, around i: Int) -> Int? {
        guard let positions, !positions.isEmpty else { return nil }
        var low = 0
        var high = positions.count
        while low < high {
            let mid = (low + high) / 2
            if positions[mid] < i { low = mid + 1 } else { high = mid }
        }
        let j = low > 0 ? positions[low - 1] : positions[low]
        return assignment[j]
    }
}
