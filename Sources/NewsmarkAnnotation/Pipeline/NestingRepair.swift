import NewsmarkModel

/// Makes the annotations of an article nestable, as inline XML requires, after independent annotators
/// have each added their own layer.
///
/// Two annotations *cross* when they overlap without one containing the other ("May 1998" as a date and
/// "1998 Elections" as an event); an annotation may also leave its block, or enclose or cross the
/// dateline. Such annotations cannot be written inline, so the lower-priority one is dropped:
/// the dateline and its parts first, then quotes, then entity mentions, then date expressions (a quote
/// is the largest unit, and an entity name is more often right about its edges than a date is).
/// Within a layer, earlier and longer annotations win.
public enum NestingRepair {
    /// What was dropped, for reports.
    public struct Dropped: Hashable, Sendable {
        public var id: String
        public var span: TextSpan
        /// The id of the annotation it crossed, or `nil` when it left its block or crossed the dateline.
        public var crossed: String?
    }

    /// Drops every annotation that cannot nest with a higher-priority one; returns what was dropped.
    @discardableResult
    public static func repair(_ article: inout Article) -> [Dropped] {
        /// An annotation by its place in the article's lists (no copy of its id).
        struct Candidate {
            var span: TextSpan
            /// 1 quote, 2 mention, 3 timex (the order of priority).
            var priority: Int
            var index: Int
        }
        var fixed: [TextSpan] = []  // the dateline and its parts: never dropped
        if let dateline = article.dateline {
            fixed.append(dateline.span)
            if let place = dateline.place { fixed.append(place) }
            if let source = dateline.source { fixed.append(source) }
        }
        var candidates: [Candidate] = []
        candidates.reserveCapacity(article.quotes.count + article.mentions.count + article.temporalExpressions.count)
        for (index, quote) in article.quotes.enumerated() { candidates.append(Candidate(span: quote.span, priority: 1, index: index)) }
        for (index, mention) in article.mentions.enumerated() {
            candidates.append(Candidate(span: mention.span, priority: 2, index: index))
        }
        for (index, expression) in article.temporalExpressions.enumerated() {
            candidates.append(Candidate(span: expression.span, priority: 3, index: index))
        }
        // Stable: equal keys keep list order.
        candidates.sort { ($0.priority, $0.span) < ($1.priority, $1.span) }

        func id(of candidate: Candidate) -> String {
            switch candidate.priority {
            case 1: article.quotes[candidate.index].id
            case 2: article.mentions[candidate.index].id
            default: article.temporalExpressions[candidate.index].id
            }
        }

        let blocks = article.blocks.map(\.span)
        // Kept candidates per block, in the order they were kept (a list threaded through `keptNext`), so
        // that the pairwise check stays within a paragraph without an array per block.
        var keptHead = [Int](repeating: -1, count: blocks.count)
        var keptTail = [Int](repeating: -1, count: blocks.count)
        var keptNext = [Int](repeating: -1, count: candidates.count)
        var dropped: [Dropped] = []
        var droppedIDs = Set<String>()
        for (position, candidate) in candidates.enumerated() {
            guard let block = blockIndex(containing: candidate.span, in: blocks) else {
                let candidateID = id(of: candidate)
                dropped.append(Dropped(id: candidateID, span: candidate.span, crossed: nil))
                droppedIDs.insert(candidateID)
                continue
            }
            let datelineConflict = fixed.contains { fixedSpan in
                candidate.span.crosses(fixedSpan) || (candidate.span.contains(fixedSpan) && candidate.span != fixedSpan)
            }
            if datelineConflict {
                let candidateID = id(of: candidate)
                dropped.append(Dropped(id: candidateID, span: candidate.span, crossed: nil))
                droppedIDs.insert(candidateID)
                continue
            }
            var other = keptHead[block]
            while other >= 0, !candidates[other].span.crosses(candidate.span) { other = keptNext[other] }
            if other >= 0 {
                let candidateID = id(of: candidate)
                dropped.append(Dropped(id: candidateID, span: candidate.span, crossed: id(of: candidates[other])))
                droppedIDs.insert(candidateID)
                continue
            }
            if keptTail[block] >= 0 { keptNext[keptTail[block]] = position } else { keptHead[block] = position }
            keptTail[block] = position
        }
        guard !droppedIDs.isEmpty else { return [] }
        article.quotes.removeAll { droppedIDs.contains($0.id) }
        article.mentions.removeAll { droppedIDs.contains($0.id) }
        article.temporalExpressions.removeAll { droppedIDs.contains($0.id) }
        // A later quote part that continued a dropped part now starts its quote.
        for index in article.quotes.indices where article.quotes[index].continues.map(droppedIDs.contains) == true {
            article.quotes[index].continues = nil
        }
        for index in article.temporalExpressions.indices
        where article.temporalExpressions[index].anchorID.map(droppedIDs.contains) == true {
            article.temporalExpressions[index].anchorID = nil
        }
        return dropped
    }

    private static func blockIndex(containing span: TextSpan, in blocks: [TextSpan]) -> Int? {
        var low = 0
        var high = blocks.count
        while low < high {
            let mid = (low + high) / 2
            if blocks[mid].end < span.end { low = mid + 1 } else { high = mid }
        }
        guard low < blocks.count, blocks[low].contains(span) else { return nil }
        return low
    }
}
