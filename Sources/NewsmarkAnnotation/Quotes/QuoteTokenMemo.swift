/// What the attribution rules ask of a token again and again — its lower-case text and the
/// ``QuoteLexicon`` lists it belongs to — kept per token for one article once first answered.
///
/// Storage is raw memory owned by the memo, so reads and writes pay for neither copy-on-write checks nor
/// dynamic exclusivity checks. One memo serves one article on one thread.
final class QuoteTokenMemo {
    let count: Int
    /// Lower-case token texts, `nil` until first asked for.
    let lowers: UnsafeMutablePointer<String?>
    /// ``QuoteLexicon`` masks, with ``QuoteLexicon/knownBit`` set once filled in.
    let masks: UnsafeMutablePointer<UInt64>

    init(count: Int) {
        self.count = count
        lowers = .allocate(capacity: max(count, 1))
        lowers.initialize(repeating: nil, count: count)
        masks = .allocate(capacity: max(count, 1))
        masks.initialize(repeating: 0, count: count)
    }

    deinit {
        lowers.deinitialize(count: count)
        lowers.deallocate()
        masks.deallocate()
    }
}
