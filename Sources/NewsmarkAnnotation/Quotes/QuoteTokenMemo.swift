/// What the attribution rules ask of a token again and again — its lower-case text and the
/// ``QuoteLexicon`` lists it belongs to — kept per token for one article once first answered.
///
/// Storage is raw memory owned by the memo, so reads and writes pay for neither copy-on-write checks nor
/// dynamic exclusivity checks. One memo serves one article on one thread. Only the lower-case texts
/// actually asked for are kept (a few per cent of the tokens), so that neither filling nor freeing the
/// memo walks a string per token.
final class QuoteTokenMemo {
    let count: Int
    /// For each token, 1 + the index of its lower-case text in the kept texts; 0 until first asked for.
    private let lowerSlots: UnsafeMutablePointer<Int32>
    /// The kept lower-case texts, in the order they were first asked for (room for one per token).
    private let lowerTexts: UnsafeMutablePointer<String>
    /// How many of `lowerTexts` are initialized (one value).
    private let lowerCount: UnsafeMutablePointer<Int>
    /// ``QuoteLexicon`` masks, with ``QuoteLexicon/knownBit`` set once filled in.
    let masks: UnsafeMutablePointer<UInt64>

    init(count: Int) {
        self.count = count
        lowerSlots = .allocate(capacity: max(count, 1))
        lowerSlots.initialize(repeating: 0, count: count)
        lowerTexts = .allocate(capacity: max(count, 1))
        lowerCount = .allocate(capacity: 1)
        lowerCount.initialize(to: 0)
        masks = .allocate(capacity: max(count, 1))
        masks.initialize(repeating: 0, count: count)
    }

    /// The kept lower-case text of token `i` (`0 <= i < count`), if it was asked for before.
    @inline(__always)
    func lower(_ i: Int) -> String? {
        let slot = Int(lowerSlots[i])
        return slot > 0 ? lowerTexts[slot - 1] : nil
    }

    /// Keeps `text` as the lower-case text of token `i` (`0 <= i < count`, not kept yet).
    func keepLower(_ text: String, at i: Int) {
        let n = lowerCount.pointee
        guard lowerSlots[i] == 0, n < count else { return }
        (lowerTexts + n).initialize(to: text)
        lowerCount.pointee = n + 1
        lowerSlots[i] = Int32(truncatingIfNeeded: n + 1)
    }

    deinit {
        lowerTexts.deinitialize(count: lowerCount.pointee)
        lowerTexts.deallocate()
        lowerSlots.deallocate()
        lowerCount.deallocate()
        masks.deallocate()
    }
}
