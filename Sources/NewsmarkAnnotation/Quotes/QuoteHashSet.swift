/// A set of 64-bit word hashes (``QuoteTokenReader/lowerHash(_:)``) with open addressing: the values are
/// hashes already, so they are only mixed and masked, never hashed again as `Set<UInt64>` would.
struct QuoteHashSet {
    /// Slots holding `value`; 0 marks an empty slot (the value 0 itself is kept in ``hasZero``).
    private var slots: [UInt64]
    private var mask: Int
    private var hasZero = false
    private(set) var count = 0

    init(minimumCapacity: Int = 16) {
        var capacity = 16
        while capacity < minimumCapacity * 2 { capacity <<= 1 }
        slots = Array(repeating: 0, count: capacity)
        mask = capacity - 1
    }

    private func home(_ value: UInt64) -> Int {
        Int(truncatingIfNeeded: (value ^ (value >> 32)) &* 0x9E37_79B9_7F4A_7C15 >> 7) & mask
    }

    /// Whether `value` is in the set.
    func contains(_ value: UInt64) -> Bool {
        if value == 0 { return hasZero }
        var i = home(value)
        while true {
            let slot = slots[i]
            if slot == value { return true }
            if slot == 0 { return false }
            i = (i + 1) & mask
        }
    }

    /// Adds `value`.
    mutating func insert(_ value: UInt64) {
        if value == 0 {
            if !hasZero { hasZero = true; count += 1 }
            return
        }
        var i = home(value)
        while true {
            let slot = slots[i]
            if slot == value { return }
            if slot == 0 { break }
            i = (i + 1) & mask
        }
        slots[i] = value
        count += 1
        if count * 2 > slots.count { grow() }
    }

    private mutating func grow() {
        let old = slots
        slots = Array(repeating: 0, count: old.count * 2)
        mask = slots.count - 1
        for value in old where value != 0 {
            var i = home(value)
            while slots[i] != 0 { i = (i + 1) & mask }
            slots[i] = value
        }
    }
}
