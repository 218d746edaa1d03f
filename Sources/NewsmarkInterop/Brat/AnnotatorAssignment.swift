/// Splits a set of articles among annotators, deterministically, with a shared overlap that everyone annotates
/// (for measuring agreement).
///
/// Articles are ordered by a stable hash of their id (so the split does not depend on file order and is mixed
/// across sources); the first `overlap` articles in that order go to every annotator, the rest round-robin.
public enum AnnotatorAssignment {
    /// How much overlap: a share of the articles, or a number of articles.
    public enum Overlap: Sendable, Hashable {
        case fraction(Double)
        case count(Int)

        /// Parses `10%`, `0.1` (a share) or `3` (a count).
        public init?(_ text: String) {
            if text.hasSuffix("%") {
                guard let percent = Double(text.dropLast()), percent >= 0, percent <= 100 else { return nil }
                self = .fraction(percent / 100)
            } else if let count = Int(text), count >= 0 {
                self = .count(count)
            } else if let share = Double(text), share >= 0, share <= 1 {
                self = .fraction(share)
            } else {
                return nil
            }
        }

        /// The number of overlap articles among `total` (a share is rounded up, so 10% of 25 is 3).
        public func count(of total: Int) -> Int {
            switch self {
            case .fraction(let share): min(total, Int((share * Double(total)).rounded(.up)))
            case .count(let n): min(total, n)
            }
        }
    }

    /// The annotators of each article id.
    public static func assign(articleIDs: [String], annotators: [String], overlap: Overlap) -> [String: [String]] {
        guard !annotators.isEmpty else { return [:] }
        let ordered = articleIDs.sorted { (hash($0), $0) < (hash($1), $1) }
        let shared = overlap.count(of: ordered.count)
        var result: [String: [String]] = [:]
        for (position, id) in ordered.enumerated() {
            result[id] = position < shared ? annotators : [annotators[(position - shared) % annotators.count]]
        }
        return result
    }

    /// 64-bit FNV-1a of the id's UTF-8 bytes: stable across runs and platforms.
    static func hash(_ id: String) -> UInt64 {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in id.utf8 { value = (value ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return value
    }
}
