/// The symbol each reference attribute (`resp`, `entity`, `speaker`, `continues`, `anchor`) last
/// resolved to, keyed by the value's bytes (up to 16, packed into two words). Consecutive annotations
/// mostly name the same annotator and often the same entity: comparing two words is cheaper than
/// hashing the id and probing the table. A symbol never changes for the same bytes, so a hit is exact.
struct ReferenceMemo {
    /// A value's bytes packed little-end first, and their count.
    struct Key: Equatable {
        var low: UInt64 = 0
        var high: UInt64 = 0
        var count = -1

        /// The key of `utf8`, or `nil` when it is longer than 16 bytes.
        @inline(__always)
        init?(_ utf8: UnsafeBufferPointer<UInt8>) {
            count = utf8.count
            guard count <= 16 else { return nil }
            for i in 0..<min(count, 8) { low |= UInt64(utf8[i]) << (8 * i) }
            if count > 8 { for i in 8..<count { high |= UInt64(utf8[i]) << (8 * (i - 8)) } }
        }

        init() {}
    }

    /// The slots, one per reference attribute.
    static let slotCount = 5
    private var keys = [Key](repeating: Key(), count: slotCount)
    private var symbols = [IDSymbol](repeating: IDSymbol(0), count: slotCount)

    /// The symbol kept in `slot` for `key`, if the slot holds that key.
    @inline(__always)
    func symbol(slot: Int, _ key: Key) -> IDSymbol? {
        keys.withUnsafeBufferPointer { $0[slot] == key } ? symbols[slot] : nil
    }

    /// Keeps `symbol` for `key` in `slot`.
    mutating func keep(_ symbol: IDSymbol, for key: Key, slot: Int) {
        keys[slot] = key
        symbols[slot] = symbol
    }
}
