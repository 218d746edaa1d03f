/// A map from 64-bit keys to non-negative 32-bit values, by open addressing with a multiplicative
/// hash: for keys that are integers or hashes already — the entity stage's packed phrase keys
/// (``DocumentMemory/StemPhrase``), the quote stage's word hashes (``QuoteHashSet``) — which a Swift
/// `Dictionary` would hash again with its seeded SipHash, several times the work for one integer.
struct PackedKeyMap {
    private var keys: [UInt64]
    /// The value of each slot; -1 marks an empty slot.
    private var values: [Int32]
    private var shift: UInt64
    /// The number of keys.
    private(set) var count = 0

    /// An empty map with room for about `capacity` keys (it grows as needed).
    init(capacity: Int = 8) {
        var size = 16
        var bits: UInt64 = 4
        while size < capacity * 2 { size <<= 1; bits += 1 }
        keys = [UInt64](repeating: 0, count: size)
        values = [Int32](repeating: -1, count: size)
        shift = 64 - bits
    }

    @inline(__always)
    private func slot(_ key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift) }

    /// The value of `key`, if the map holds it.
    subscript(key: UInt64) -> Int32? {
        let mask = values.count - 1
        var slot = slot(key)
        while true {
            let value = values[slot]
            if value < 0 { return nil }
            if keys[slot] == key { return value }
            slot = (slot + 1) & mask
        }
    }

    /// Sets the value of `key` (a non-negative value).
    mutating func set(_ key: UInt64, _ value: Int32) {
        precondition(value >= 0, "PackedKeyMap values are non-negative")
        let mask = values.count - 1
        var slot = slot(key)
        while values[slot] >= 0 {
            if keys[slot] == key {
                values[slot] = value
                return
            }
            slot = (slot + 1) & mask
        }
        keys[slot] = key
        values[slot] = value
        count += 1
        if count * 2 > values.count { grow() }
    }

    private mutating func grow() {
        let oldKeys = keys
        let oldValues = values
        keys = [UInt64](repeating: 0, count: oldKeys.count * 2)
        values = [Int32](repeating: -1, count: oldValues.count * 2)
        shift -= 1
        let mask = values.count - 1
        for index in oldValues.indices where oldValues[index] >= 0 {
            var slot = slot(oldKeys[index])
            while values[slot] >= 0 { slot = (slot + 1) & mask }
            keys[slot] = oldKeys[index]
            values[slot] = oldValues[index]
        }
    }
}

/// A map from ``DocumentMemory/StemPhrase`` to non-negative 32-bit values: packed phrases in a
/// ``PackedKeyMap``, the few long ones in a dictionary.
struct StemPhraseMap {
    private var packed: PackedKeyMap
    private var long: [DocumentMemory.StemPhrase: Int32] = [:]

    init(capacity: Int = 8) { packed = PackedKeyMap(capacity: capacity) }

    /// Whether the map holds no phrase.
    var isEmpty: Bool { packed.count == 0 && long.isEmpty }

    /// The value of `phrase`, if the map holds it.
    subscript(phrase: DocumentMemory.StemPhrase) -> Int32? {
        phrase.long == nil ? packed[phrase.packed] : long[phrase]
    }

    /// Sets the value of `phrase` (a non-negative value).
    mutating func set(_ phrase: DocumentMemory.StemPhrase, _ value: Int32) {
        if phrase.long == nil { packed.set(phrase.packed, value) } else { long[phrase] = value }
    }
}
