import NewsmarkModel

/// How two annotations must agree on their spans to match.
public enum MatchMode: String, Sendable, Hashable, Codable, CaseIterable {
    /// Same start and end.
    case exact
    /// At least one shared code point; one-to-one, largest overlap first.
    case overlap
}

/// One-to-one matching of gold spans to predicted spans.
public enum SpanMatcher {
    /// Pairs `(gold index, predicted index)`; each span is used at most once.
    ///
    /// Exact: equal spans, in order. Overlap: every overlapping pair, taken greedily by the size of the overlap
    /// (largest first; ties by gold then predicted position), skipping spans already used. O(n log n + pairs).
    public static func match(gold: [TextSpan], predicted: [TextSpan], mode: MatchMode) -> [(Int, Int)] {
        switch mode {
        case .exact:
            var available: [TextSpan: [Int]] = [:]
            for (index, span) in predicted.enumerated().reversed() { available[span, default: []].append(index) }
            var pairs: [(Int, Int)] = []
            for (index, span) in gold.enumerated() {
                if let candidate = available[span]?.popLast() { pairs.append((index, candidate)) }
            }
            return pairs
        case .overlap:
            let order = predicted.indices.sorted { predicted[$0].start < predicted[$1].start }
            let starts = order.map { predicted[$0].start }
            let longest = predicted.map(\.length).max() ?? 0
            var candidates: [(overlap: Int, gold: Int, predicted: Int)] = []
            for (g, span) in gold.enumerated() {
                // Predicted spans that can overlap start after span.start - longest and before span.end.
                var low = 0
                var high = starts.count
                let from = span.start - longest
                while low < high {
                    let mid = (low + high) / 2
                    if starts[mid] <= from { low = mid + 1 } else { high = mid }
                }
                var k = low
                while k < order.count, starts[k] < span.end {
                    let p = order[k]
                    let shared = min(span.end, predicted[p].end) - max(span.start, predicted[p].start)
                    if shared > 0 { candidates.append((shared, g, p)) }
                    k += 1
                }
            }
            candidates.sort {
                $0.overlap != $1.overlap ? $0.overlap > $1.overlap
                    : $0.gold != $1.gold ? $0.gold < $1.gold : $0.predicted < $1.predicted
            }
            var usedGold = Set<Int>()
            var usedPredicted = Set<Int>()
            var pairs: [(Int, Int)] = []
            for candidate in candidates where !usedGold.contains(candidate.gold) && !usedPredicted.contains(candidate.predicted) {
                usedGold.insert(candidate.gold)
                usedPredicted.insert(candidate.predicted)
                pairs.append((candidate.gold, candidate.predicted))
            }
            return pairs.sorted { $0.0 < $1.0 }
        }
    }
}
