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
struct CoreferenceResolver {
    /// A discourse entity under construction.
    struct Cluster {
        var kind: EntityKind
        var name: String
        var nameTokenCount: Int
        var knowledgeBaseID: String?
        var confidence: Double
        /// Lower-cased words of the longest person name, for surname matching.
        var words: [String]
        var fromGazetteer: Bool
    }

    /// What the resolver needs of each mention.
    struct Mention {
        var kind: EntityKind
        /// The mention's text without a possessive ending.
        var text: String
        /// Its lower-cased word tokens.
        var words: [String]
        var entity: GazetteerEntity?
        var expansion: Int?
        var confidence: Double
    }

    private(set) var clusters: [Cluster] = []
    /// The cluster of each mention, by mention index.
    private(set) var assignment: [Int]

    /// The text key of a mention: its type and its words without "the" and ".".
    private struct TextKey: Hashable {
        var kind: EntityKind
        var words: [String]
    }

    /// The gazetteer key of a mention: its gazetteer entity and type.
    private struct EntityKey: Hashable {
        var entity: Int
        var kind: EntityKind
    }

    /// The cluster found so far for a text key or a gazetteer key.
    private struct ClusterIndex {
        var byText: [TextKey: Int] = [:]
        var byEntity: [EntityKey: Int] = [:]

        subscript(key: Key) -> Int? {
            get {
                switch key {
                case .text(let text): return byText[text]
                case .entity(let entity): return byEntity[entity]
                }
            }
            set {
                switch key {
                case .text(let text): byText[text] = newValue
                case .entity(let entity): byEntity[entity] = newValue
                }
            }
        }
    }

    private enum Key {
        case text(TextKey)
        case entity(EntityKey)
    }

    init(mentions: [Mention]) {
        assignment = Array(repeating: -1, count: mentions.count)
        var byKey = ClusterIndex()

        func key(_ m: Mention) -> Key {
            var words: [String] = []
            words.reserveCapacity(m.words.count)
            for word in m.words where word != "the" && word != "." { words.append(word) }
            return .text(TextKey(kind: m.kind, words: words))
        }
        func gazetteerKey(_ m: Mention) -> Key? {
            guard let entity = m.entity else { return nil }
            return .entity(EntityKey(entity: entity.index, kind: m.kind))
        }

        // Pass 1: everything except one-word person mentions.
        var bySurname: [String: [Int]] = [:]  // surname → person clusters, in creation order
        for (i, m) in mentions.enumerated() where !(m.kind == .person && m.words.count == 1 && m.entity == nil) {
            let mentionKey = key(m)
            if let e = m.expansion, e < mentions.count, assignment[e] >= 0, mentions[e].kind == m.kind {
                join(i, assignment[e], m)
                byKey[mentionKey] = assignment[i]
                continue
            }
            let mentionGazetteerKey = gazetteerKey(m)
            if let g = mentionGazetteerKey, let c = byKey[g] {
                join(i, c, m)
                byKey[mentionKey] = c
                continue
            }
            if let c = byKey[mentionKey] {
                join(i, c, m)
                if let g = mentionGazetteerKey { byKey[g] = c }
                continue
            }
            if m.kind == .person, let c = samePerson(m, bySurname: bySurname) {
                join(i, c, m)
                byKey[mentionKey] = c
                continue
            }
            let c = newCluster(i, m)
            byKey[mentionKey] = c
            if let g = mentionGazetteerKey { byKey[g] = c }
            if m.kind == .person, m.words.count >= 2, let last = m.words.last { bySurname[last, default: []].append(c) }
        }
        // Where each multi-word person's surname and given name occur (mention indices, in order).
        var bySurnamePosition: [String: [Int]] = [:]
        var byGivenNamePosition: [String: [Int]] = [:]
        for (i, c) in assignment.enumerated() where c >= 0 && clusters[c].kind == .person && clusters[c].words.count >= 2 {
            if let last = clusters[c].words.last { bySurnamePosition[last, default: []].append(i) }
            if let first = clusters[c].words.first { byGivenNamePosition[first, default: []].append(i) }
        }
        // Pass 2: one-word person mentions.
        for (i, m) in mentions.enumerated() where assignment[i] < 0 {
            let word = m.words.first ?? ""
            if let c = nearest(bySurnamePosition[word], around: i) ?? nearest(byGivenNamePosition[word], around: i) {
                join(i, c, m)
            } else {
                let mentionKey = key(m)
                if let c = byKey[mentionKey] {
                    join(i, c, m)
                } else {
                    byKey[mentionKey] = newCluster(i, m)
                }
            }
        }
    }

    private mutating func newCluster(_ i: Int, _ m: Mention) -> Int {
        clusters.append(Cluster(
            kind: m.kind, name: m.entity?.canonicalName ?? m.text, nameTokenCount: m.words.count,
            knowledgeBaseID: m.entity?.knowledgeBaseID, confidence: m.confidence, words: m.words,
            fromGazetteer: m.entity != nil && m.entity?.kind == m.kind))
        assignment[i] = clusters.count - 1
        return clusters.count - 1
    }

    private mutating func join(_ i: Int, _ c: Int, _ m: Mention) {
        assignment[i] = c
        // In place: no copy of the cluster (and its strings) per mention.
        clusters[c].confidence = max(clusters[c].confidence, m.confidence)
        if clusters[c].knowledgeBaseID == nil, let kb = m.entity?.knowledgeBaseID, m.entity?.kind == m.kind {
            clusters[c].knowledgeBaseID = kb
            clusters[c].name = m.entity?.canonicalName ?? clusters[c].name
            clusters[c].fromGazetteer = true
        }
        if !clusters[c].fromGazetteer, m.words.count > clusters[c].nameTokenCount, m.expansion == nil {
            clusters[c].name = m.text
            clusters[c].nameTokenCount = m.words.count
        }
        if m.words.count > clusters[c].words.count, clusters[c].kind == .person { clusters[c].words = m.words }
    }

    /// An earlier person with the same surname whose first name is the same or an initial of it.
    private func samePerson(_ m: Mention, bySurname: [String: [Int]]) -> Int? {
        guard let last = m.words.last, let first = m.words.first else { return nil }
        for c in (bySurname[last] ?? []).reversed() {
            let cluster = clusters[c]
            guard cluster.kind == .person, cluster.words.count >= 2, cluster.words.last == last,
                  let otherFirst = cluster.words.first else { continue }
            if otherFirst == first || otherFirst.first == first.first && (otherFirst.count <= 2 || first.count <= 2) {
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
