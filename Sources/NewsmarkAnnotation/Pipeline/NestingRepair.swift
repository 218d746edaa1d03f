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
        struct Candidate {
            var id: String
            var span: TextSpan
            var priority: Int
        }
        var fixed: [TextSpan] = []  // the dateline and its parts: never dropped
        if let dateline = article.dateline {
            fixed.append(dateline.span)
            if let place = dateline.place { fixed.append(place) }
            if let source = dateline.source { fixed.append(source) }
        }
        var candidates: [Candidate] = []
        candidates += article.quotes.map { Candidate(id: $0.id, span: $0.span, priority: 1) }
        candidates += article.mentions.map { Candidate(id: $0.id, span: $0.span, priority: 2) }
        candidates += article.temporalExpressions.map { Candidate(id: $0.id, span: $0.span, priority: 3) }
        candidates.sort { ($0.priority, $0.span) < ($1.priority, $1.span) }

        let blocks = article.blocks.map(\.span)
        // Kept spans per block, so that the pairwise check stays within a paragraph.
        var kept: [[(id: String, span: TextSpan)]] = Array(repeating: [], count: blocks.count)
        var dropped: [Dropped] = []
        var droppedIDs = Set<String>()
        for candidate in candidates {
            guard let block = blockIndex(containing: candidate.span, in: blocks) else {
                dropped.append(Dropped(id: candidate.id, span: candidate.span, crossed: nil))
                droppedIDs.insert(candidate.id)
                continue
            }
            let datelineConflict = fixed.contains { fixedSpan in
                candidate.span.crosses(fixedSpan) || (candidate.span.contains(fixedSpan) && candidate.span != fixedSpan)
            }
            if datelineConflict {
                dropped.append(Dropped(id: candidate.id, span: candidate.span, crossed: nil))
                droppedIDs.insert(candidate.id)
                continue
            }
            if let other = kept[block].first(where: { $0.span.crosses(candidate.span) }) {
                dropped.append(Dropped(id: candidate.id, span: candidate.span, crossed: other.id))
                droppedIDs.insert(candidate.id)
                continue
            }
            kept[block].append((candidate.id, candidate.span))
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
