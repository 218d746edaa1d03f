/// Lower-case hashes (``QuoteTokenReader/lowerHash(_:)``) of the function words the attribution rules test
/// tokens against, so that those tests build no strings on the hot path.
enum QuoteWordHashes {
    static let by = QuoteTokenReader.hash(ofLowercased: "by")
    static let and = QuoteTokenReader.hash(ofLowercased: "and")
    static let `as` = QuoteTokenReader.hash(ofLowercased: "as")
    static let who = QuoteTokenReader.hash(ofLowercased: "who")

    /// Forms of "be" (and "get") that make a following participle passive.
    static let passiveAuxiliaries = hashes(["be", "been", "being", "is", "was", "were", "are", "am", "get", "gets", "got"])
    /// Adverbs that may stand between a passive auxiliary and its participle besides those in -ly.
    static let passiveAdverbs = hashes(["not", "never", "also", "even", "often"])
    /// Prepositions that open a verb's complement rather than a speaker phrase ("said of Reyes").
    static let complementPrepositions = hashes(["of", "about", "to", "in", "on", "at", "for", "with", "from", "by", "into", "over"])
    /// Prepositions after a participle inside a subject ("speaking to", "talking with").
    static let participleComplementPrepositions = hashes(["to", "with"])
    /// Participles by which a news outlet comes by a document ("obtained by", "reviewed by").
    static let obtainingParticiples = hashes(["obtained", "reviewed", "seen", "acquired", "viewed"])

    private static func hashes(_ words: [String]) -> Set<UInt64> {
        Set(words.map { QuoteTokenReader.hash(ofLowercased: $0) })
    }
}
