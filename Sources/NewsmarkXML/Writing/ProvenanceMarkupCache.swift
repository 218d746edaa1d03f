import NewsmarkModel

/// The ` resp="…" cert="…"` markup an article's buffered writer has already made, by provenance: an
/// article's thousands of annotations come from a handful of annotators with a handful of confidences,
/// and checking, escaping and formatting them again for every element cost more than the rest of the
/// start tag. Only markup that was written without error is kept, so a hit needs no check.
struct ProvenanceMarkupCache {
    private struct Entry {
        var annotatorID: String?
        var confidenceBits: UInt64?
        var markup: [UInt8]
    }

    private var entries: [Entry] = []
    /// How many are kept; an article with more distinct provenances writes the rest afresh.
    private static let limit = 32

    /// The markup written before for `provenance`, if any.
    func markup(for provenance: borrowing Provenance) -> [UInt8]? {
        let bits = provenance.confidence?.bitPattern
        for entry in entries where entry.confidenceBits == bits && entry.annotatorID == provenance.annotatorID {
            return entry.markup
        }
        return nil
    }

    /// Keeps `markup` as what `provenance` is written as.
    mutating func remember(_ markup: [UInt8], for provenance: borrowing Provenance) {
        guard entries.count < Self.limit else { return }
        entries.append(Entry(annotatorID: provenance.annotatorID, confidenceBits: provenance.confidence?.bitPattern,
                             markup: markup))
    }
}
