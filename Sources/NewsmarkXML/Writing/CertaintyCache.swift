/// The canonical `cert` spellings an article's writer has made, by the confidence's bit pattern:
/// annotators use a handful of confidences, and formatting a `Double` costs far more than finding it
/// again. The last few are compared directly; the rest are in a dictionary. It also carries the
/// buffered writer's ``ProvenanceMarkupCache``.
struct CertaintyCache {
    /// Whole ` resp="…" cert="…"` markups, by provenance.
    var provenanceMarkup = ProvenanceMarkupCache()
    private var recentBits: [UInt64] = []
    private var recentSpellings: [String] = []
    private var more: [UInt64: String] = [:]
    /// How many spellings are kept for the direct comparison.
    private static let recentLimit = 16

    /// ``CertaintyValue/format(_:)`` of `confidence`, or `nil` outside 0…1.
    mutating func spelling(of confidence: Double) -> String? {
        let bits = confidence.bitPattern
        for index in recentBits.indices where recentBits[index] == bits { return recentSpellings[index] }
        if let known = more[bits] { return known }
        guard let formatted = CertaintyValue.format(confidence) else { return nil }
        if recentBits.count < Self.recentLimit {
            recentBits.append(bits)
            recentSpellings.append(formatted)
        } else {
            more[bits] = formatted
        }
        return formatted
    }
}
