/// A map from annotation ids ("e12", "m3") to values, for the speaker resolver's look-ups by entity id.
///
/// Ids are short ASCII strings, so an FNV-1a hash of their bytes in a ``PackedKeyMap`` finds them for a
/// fraction of what a `Dictionary<String, …>` pays (its seeded SipHash); the id kept with each value
/// confirms the match. Once an id that is not plain ASCII is asked for (two such strings may be equal with
/// different bytes), a value is removed, or two ids share a hash, every entry moves to a plain dictionary
/// for good, so that answers are always those of `[String: Value]`.
struct QuoteIDMap<Value> {
    private var slots = PackedKeyMap(capacity: 64)
    private var keys: [String] = []
    private var values: [Value] = []
    /// Every entry, once the fast path no longer applies.
    private var plain: [String: Value]?

    init() {}

    /// The FNV-1a hash of an ASCII id's bytes; `nil` for an id with other bytes.
    @inline(__always)
    private static func hash(_ id: String) -> UInt64? {
        var id = id
        return id.withUTF8 { bytes -> UInt64? in
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in bytes {
                guard byte < 0x80 else { return nil }
                hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
            }
            return hash
        }
    }

    subscript(id: String) -> Value? {
        mutating get {
            if let plain { return plain[id] }
            guard let hash = Self.hash(id) else {
                movePlain()
                return plain?[id]
            }
            guard let slot = slots[hash] else { return nil }
            return keys[Int(slot)] == id ? values[Int(slot)] : nil
        }
        set {
            if plain != nil {
                plain?[id] = newValue
                return
            }
            guard let hash = Self.hash(id), let newValue else {
                movePlain()
                plain?[id] = newValue
                return
            }
            if let slot = slots[hash] {
                if keys[Int(slot)] == id {
                    values[Int(slot)] = newValue
                } else {
                    movePlain()
                    plain?[id] = newValue
                }
                return
            }
            slots.set(hash, Int32(truncatingIfNeeded: keys.count))
            keys.append(id)
            values.append(newValue)
        }
    }

    /// Moves every entry to the plain dictionary.
    private mutating func movePlain() {
        guard plain == nil else { return }
        var all: [String: Value] = [:]
        for (key, value) in zip(keys, values) { all[key] = value }
        plain = all
        keys = []
        values = []
        slots = PackedKeyMap()
    }
}
