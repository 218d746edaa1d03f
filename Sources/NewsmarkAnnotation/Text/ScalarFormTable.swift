import NewsmarkModel

/// Numbers the distinct written forms of text ranges: two ranges with the same code points and the
/// same tag (a kind the caller chooses) get the same number, in order of first sight.
///
/// An article repeats most of its words, and the articles of a corpus share most of theirs, so a stage
/// that derives strings and look-ups from a token keeps them per form and derives them once per form
/// instead of once per token. The table is open-addressing over an FNV-1a hash of the code points. It
/// keeps its own copy of each form's code points, so it does not depend on the text it was filled
/// from and can go on numbering the forms of later articles (see ``FormMemoPool``); a probe compares
/// code points only when the hashes agree, and growing rehashes nothing.
struct ScalarFormTable: Sendable {
    private struct Key: Sendable {
        /// Where the form's code points start in `keyScalars`.
        var start: Int
        var length: Int32
        var hash: Int
        var tag: UInt8
    }

    private var slots = [Int32](repeating: -1, count: 1024)
    private var keys: [Key] = []
    /// The code points of every form, one after another.
    private var keyScalars: [Unicode.Scalar] = []

    /// The number of distinct forms seen so far.
    var count: Int { keys.count }

    /// The number of code points the table keeps for its forms.
    var scalarCount: Int { keyScalars.count }

    /// The number of the form of `scalars[start..<end]` with `tag`, and whether it was seen here for
    /// the first time (the caller then appends what it derives for the form, at that number).
    mutating func form(start: Int, end: Int, tag: UInt8, in scalars: UnsafeBufferPointer<Unicode.Scalar>) -> (index: Int, isNew: Bool) {
        let start = max(0, min(start, scalars.count))
        let end = max(start, min(end, scalars.count))
        let length = end - start
        let hash = Self.hash(start, end, tag, scalars)
        // The probe reads the three arrays through pointers: it runs once per token of every article.
        let (found, free) = slots.withUnsafeBufferPointer { slots in
            keys.withUnsafeBufferPointer { keys in
                keyScalars.withUnsafeBufferPointer { kept -> (Int, Int) in
                    let mask = slots.count - 1
                    var slot = hash & mask
                    while true {
                        let number = Int(slots[slot])
                        if number < 0 { return (-1, slot) }
                        let candidate = keys[number]
                        if candidate.hash == hash, candidate.tag == tag, Int(candidate.length) == length {
                            // Wrapping arithmetic: the offsets lie inside the buffers (no overflow checks).
                            var k = 0
                            let other = candidate.start
                            while k < length, kept[other &+ k] == scalars[start &+ k] { k &+= 1 }
                            if k == length { return (number, slot) }
                        }
                        slot = (slot &+ 1) & mask
                    }
                }
            }
        }
        if found >= 0 { return (found, false) }
        let index = keys.count
        keys.append(Key(start: keyScalars.count, length: Int32(truncatingIfNeeded: length), hash: hash, tag: tag))
        keyScalars.append(contentsOf: UnsafeBufferPointer(rebasing: scalars[start..<end]))
        slots[free] = Int32(index)
        if keys.count * 2 > slots.count {
            slots = [Int32](repeating: -1, count: slots.count * 2)
            let mask = slots.count - 1
            for (number, key) in keys.enumerated() {
                var slot = key.hash & mask
                while slots[slot] >= 0 { slot = (slot + 1) & mask }
                slots[slot] = Int32(number)
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
