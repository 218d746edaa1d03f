/// Hands out document-unique ids with a prefix (`m1`, `m2`, …), skipping ids already in use.
///
/// Ids in use are kept by shape rather than as one set of strings: an ASCII id made of a stem and a
/// decimal number (`m12`, `p3`, `t1`) is recorded as that number in its stem's ``UsedNumbers``, so that
/// testing a candidate is a bit test instead of building and hashing a string; any other id is kept as
/// a string. The result is the same as keeping every id in one `Set<String>`: a candidate is taken
/// exactly when an id equal to it (as Swift compares strings) is in use.
public struct IDAllocator: Sendable {
    /// A prefix asked for, or a stem of ids in use: its counter and, for a stem, the numbers in use.
    private struct Entry: Sendable {
        let prefix: String
        /// The prefix's bytes packed into a word (an ASCII stem of at most eight bytes), to find the
        /// entry of an id's stem without making a string.
        let key: UInt64?
        /// Whether candidates `prefix` + number always split back into `prefix` and the number: ASCII,
        /// not ending in a digit.
        let isStem: Bool
        var counter = 0
        var used = UsedNumbers()
    }

    /// A handful of entries (one per prefix and stem), searched in order.
    private var entries: [Entry] = []
    /// The entry of the prefix asked for last: annotators ask for one prefix many times in a row.
    private var current = -1
    /// Ids in use that are not an ASCII stem with a number (annotator ids, non-ASCII ids).
    private var others: Set<String> = []
    /// Whether `others` holds an id with non-ASCII characters: such an id can equal an ASCII candidate
    /// under canonical equivalence, so candidates are then looked up there too.
    private var othersHaveNonASCII = false
    /// Every id in use as strings, kept only once a prefix that is not a stem was asked for.
    private var fallback: Set<String>?

    /// Starts from the ids `article` already uses.
    public init(article: Article) {
        article.forEachID { record($0) }
    }

    /// Starts from an explicit set of used ids.
    public init(used: Set<String> = []) {
        for id in used { record(id) }
    }

    /// The next unused id with `prefix`.
    public mutating func next(_ prefix: String) -> String {
        if current < 0 || entries[current].prefix != prefix { current = entryIndex(forPrefix: prefix) }
        guard entries[current].isStem else { return nextByString(prefix) }
        while true {
            entries[current].counter += 1
            let number = entries[current].counter
            if entries[current].used.contains(number) { continue }
            let candidate = Self.id(prefix, number)
            // An ASCII id of another shape (19 digits and more) or a non-ASCII one may equal the candidate.
            if othersHaveNonASCII || number >= 1_000_000_000_000_000_000, others.contains(candidate) { continue }
            entries[current].used.insert(number)
            fallback?.insert(candidate)
            return candidate
        }
    }

    /// Records an id as used.
    public mutating func reserve(_ id: String) {
        fallback?.insert(id)
        record(id)
    }

    // MARK: - Storage

    /// The entry of `prefix`, made if there is none.
    private mutating func entryIndex(forPrefix prefix: String) -> Int {
        if let index = entries.firstIndex(where: { $0.prefix == prefix }) { return index }
        let isStem = Self.isStem(prefix)
        let key = isStem ? prefix.utf8.withContiguousStorageIfAvailable { Self.key($0) } ?? nil : nil
        entries.append(Entry(prefix: prefix, key: key, isStem: isStem))
        return entries.count - 1
    }

    /// The original scheme, for a prefix that is not a stem: candidates as strings against every id in use.
    private mutating func nextByString(_ prefix: String) -> String {
        if fallback == nil { fallback = allUsed() }
        while true {
            entries[current].counter += 1
            let candidate = Self.id(prefix, entries[current].counter)
            if fallback?.insert(candidate).inserted == true {
                record(candidate)
                return candidate
            }
        }
    }

    /// Every id in use, as strings.
    private func allUsed() -> Set<String> {
        var all = others
        for entry in entries where entry.isStem {
            entry.used.forEach { all.insert(Self.id(entry.prefix, $0)) }
        }
        return all
    }

    /// Records `id` with its stem's numbers, or among the others.
    private mutating func record(_ id: String) {
        let recorded = id.utf8.withContiguousStorageIfAvailable { recordStemmed($0) }
            ?? { var copy = id; return copy.withUTF8 { recordStemmed($0) } }()
        guard !recorded else { return }
        if others.insert(id).inserted, !id.utf8.allSatisfy({ $0 < 0x80 }) { othersHaveNonASCII = true }
    }

    /// Records the id in `bytes` under its stem when it is ASCII and ends in a decimal number without a
    /// leading zero (the shape ``next(_:)`` gives); `false` when it has another shape.
    private mutating func recordStemmed(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var digitsStart = bytes.count
        while digitsStart > 0, bytes[digitsStart - 1] &- 0x30 < 10 { digitsStart -= 1 }
        let digits = bytes.count - digitsStart
        guard digits > 0, digits <= 18, bytes[digitsStart] != 0x30 else { return false }
        for index in 0..<digitsStart where bytes[index] >= 0x80 { return false }
        var number = 0
        for index in digitsStart..<bytes.count { number = number * 10 + Int(bytes[index] &- 0x30) }
        let stem = UnsafeBufferPointer(rebasing: bytes[..<digitsStart])
        let key = Self.key(stem)
        var found = -1
        for index in entries.indices where entries[index].isStem {
            if let key {
                if entries[index].key == key { found = index; break }
            } else if entries[index].key == nil, entries[index].prefix.utf8.elementsEqual(stem) {
                found = index
                break
            }
        }
        if found < 0 {
            entries.append(Entry(prefix: String(decoding: stem, as: UTF8.self), key: key, isStem: true))
            found = entries.count - 1
        }
        entries[found].used.insert(number)
        return true
    }

    /// The bytes of a stem of at most eight bytes packed into a word (with its length, so that no two
    /// stems share a key), or `nil` for a longer one.
    private static func key(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64? {
        guard bytes.count <= 7 else { return nil }
        var key = UInt64(bytes.count)
        for (index, byte) in bytes.enumerated() { key |= UInt64(byte) << UInt64(8 * (index + 1)) }
        return key
    }

    /// Whether candidates `prefix` + number always split back into `prefix` and the number: ASCII, and
    /// not ending in a digit.
    private static func isStem(_ prefix: String) -> Bool {
        guard prefix.utf8.allSatisfy({ $0 < 0x80 }) else { return false }
        guard let last = prefix.utf8.last else { return true }
        return last &- 0x30 >= 10
    }

    /// `prefix` followed by the decimal digits of `number` (positive), built in one allocation.
    private static func id(_ prefix: String, _ number: Int) -> String {
        var digitCount = 1
        var power = 10
        while digitCount < 19, number >= power {
            digitCount += 1
            power = power.multipliedReportingOverflow(by: 10).overflow ? Int.max : power * 10
        }
        var prefix = prefix
        return prefix.withUTF8 { head in
            String(unsafeUninitializedCapacity: head.count + digitCount) { buffer in
                for index in 0..<head.count { buffer[index] = head[index] }
                var rest = number
                var index = head.count + digitCount
                repeat {
                    index -= 1
                    buffer[index] = UInt8(truncatingIfNeeded: 0x30 + rest % 10)
                    rest /= 10
                } while index > head.count
                return head.count + digitCount
            }
        }
    }
}

/// The numbers in use after one id stem: a bit set for the usual small numbers, a set for the rest.
struct UsedNumbers: Sendable {
    private var bits: [UInt64] = []
    private var large: Set<Int> = []
    /// Numbers below this are kept as bits (at most 128 KB of them).
    private static let bitLimit = 1 << 20

    func contains(_ number: Int) -> Bool {
        if number >= 0, number < Self.bitLimit {
            let word = number >> 6
            return word < bits.count && bits[word] & (1 << UInt64(number & 63)) != 0
        }
        return large.contains(number)
    }

    mutating func insert(_ number: Int) {
        if number >= 0, number < Self.bitLimit {
            let word = number >> 6
            if word >= bits.count { bits.append(contentsOf: repeatElement(0, count: max(word + 1 - bits.count, bits.count))) }
            bits[word] |= 1 << UInt64(number & 63)
        } else {
            large.insert(number)
        }
    }

    /// Calls `body` with every number in the set.
    func forEach(_ body: (Int) -> Void) {
        for (word, value) in bits.enumerated() where value != 0 {
            for bit in 0..<64 where value & (1 << UInt64(bit)) != 0 { body(word << 6 | bit) }
        }
        for number in large { body(number) }
    }
}
