/// A set of 64-bit word hashes (``QuoteTokenReader/lowerHash(_:)``): the values are hashes already, so
/// they are kept in a ``PackedKeyMap`` (multiplicative hash, open addressing) rather than hashed again
/// with the seeded hash of `Set<UInt64>`.
struct QuoteHashSet {
    private var map: PackedKeyMap

    init(minimumCapacity: Int = 16) { map = PackedKeyMap(capacity: minimumCapacity) }

    /// The number of values in the set.
    var count: Int { map.count }

    /// Whether `value` is in the set.
    func contains(_ value: UInt64) -> Bool { map[value] != nil }

    /// Adds `value`.
    mutating func insert(_ value: UInt64) { map.set(value, 0) }
}
