import NewsmarkModel

/// Numbers the distinct written forms of an article's text ranges: two ranges with the same code
/// points and the same tag (a kind the caller chooses) get the same number, in order of first sight.
///
/// An article repeats most of its words, so a stage that derives strings and look-ups from a token
/// keeps them per form and derives them once per form instead of once per token. The table is
/// open-addressing over an FNV-1a hash of the code points; keys are stored as ranges of the text with
/// their hash, so a probe compares code points only when the hashes agree and growing rehashes nothing
/// (no string is built to find a form seen before).
struct ScalarFormTable {
    private struct Key {
        var start: Int
        var end: Int
        var hash: Int
        var tag: UInt8
    }

    private var slots = [Int32](repeating: -1, count: 1024)
    private var keys: [Key] = []

    /// The number of distinct forms seen so far.
    var count: Int { keys.count }

    /// The number of the form of `scalars[start..<end]` with `tag`, and whether it was seen here for
    /// the first time (the caller then appends what it derives for the form, at that number).
    mutating func form(start: Int, end: Int, tag: UInt8, in scalars: UnsafeBufferPointer<Unicode.Scalar>) -> (index: Int, isNew: Bool) {
        let start = max(0, min(start, scalars.count))
        let end = max(start, min(end, scalars.count))
        let length = end - start
        var mask = slots.count - 1
        let hash = Self.hash(start, end, tag, scalars)
        var slot = hash & mask
        while slots[slot] >= 0 {
            let candidate = keys[Int(slots[slot])]
            if candidate.hash == hash, candidate.tag == tag, candidate.end - candidate.start == length {
                var k = 0
                let other = candidate.start
                while k < length, scalars[other + k] == scalars[start + k] { k += 1 }
                if k == length { return (Int(slots[slot]), false) }
            }
            slot = (slot + 1) & mask
        }
        let index = keys.count
        keys.append(Key(start: start, end: end, hash: hash, tag: tag))
        slots[slot] = Int32(index)
        if keys.count * 2 > slots.count {
            slots = [Int32](repeating: -1, count: slots.count * 2)
            mask = slots.count - 1
            for (number, key) in keys.enumerated() {
                var free = key.hash & mask
                while slots[free] >= 0 { free = (free + 1) & mask }
                slots[free] = Int32(number)
            }
        }
        return (index, true)
    }

    @inline(__always)
    private static func hash(_ start: Int, _ end: Int, _ tag: UInt8, _ scalars: UnsafeBufferPointer<Unicode.Scalar>) -> Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(tag)
        for k in start..<end { hash = (hash ^ UInt64(scalars[k].value)) &* 0x0000_0100_0000_01B3 }
        return Int(truncatingIfNeeded: hash ^ (hash >> 29))
    }
}
