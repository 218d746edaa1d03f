/// Lower-cased gazetteer keys (words or phrases) mapped to small integers, with the keys' bytes kept in
/// one buffer and found by open addressing: loading the gazetteer builds no `String` per key, and a
/// lookup hashes the key's UTF-8 bytes once.
///
/// ASCII keys (nearly all of them) live in the byte table and compare byte for byte. Keys with other
/// characters live in a Swift dictionary, so that they compare as Swift strings do (canonical
/// equivalence: a decomposed `é` finds a composed one), exactly as the `Set<String>` this replaces.
/// An ASCII query cannot be canonically equivalent to a non-ASCII key here: the keys are lower-cased,
/// and the only non-ASCII characters equivalent to ASCII ones (KELVIN SIGN, GREEK QUESTION MARK, GREEK
/// VARIA) lower-case to ASCII or are punctuation no gazetteer key holds.
struct GazetteerTable: Sendable {
    /// The ASCII keys, one a line (joined by newlines, which no key holds).
    private var bytes: [UInt8] = []
    /// Entry `i` is `bytes[start(i) ..< ends[i]]`, `start(i)` being 0 for the first entry and
    /// `ends[i - 1] + 1` for the others.
    private var ends: [Int32] = []
    private var values: [Int32] = []
    /// Entry index + 1 for each slot; 0 marks an empty slot. The count is a power of two.
    private var slots: [Int32]
    /// The keys that are not ASCII.
    private(set) var unicodeKeys: [String: Int32] = [:]
    /// More keys that are not ASCII, read at the first look-up of such a key (the shared gazetteer's
    /// name tables: English news rarely asks for one).
    private var deferredUnicodeKeys: (@Sendable () -> [String: Int32])?
    /// The same keys as the bytes of their normalization form C (``GazetteerNFCKeys``), for look-ups:
    /// reading them hashes no string per key, which `deferredUnicodeKeys` does.
    private var deferredNFCKeys: (@Sendable () -> GazetteerNFCKeys)?
    /// Whether every key, ASCII or not, is compared byte for byte (the keys of ``GazetteerNFCKeys``, in
    /// normalization form C, where canonically equivalent strings have equal bytes).
    private var comparesBytes = false

    /// An empty table sized for about `capacity` keys (it grows as needed).
    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: 0, count: size)
        ends.reserveCapacity(capacity)
        values.reserveCapacity(capacity)
        bytes.reserveCapacity(capacity * 8)
    }

    /// The number of keys.
    var count: Int { values.count + unicodeKeys.count + (deferredUnicodeKeys?().count ?? 0) }

    /// The largest value of the ASCII keys and the non-ASCII keys held so far, if any.
    var maximumValue: Int32? {
        let ascii = values.max()
        guard let other = unicodeKeys.values.max() else { return ascii }
        return max(ascii ?? other, other)
    }

    /// Every key's value, in no particular order.
    var allValues: [Int32] { entries.map(\.value) }

    /// Makes `source` (non-ASCII keys that none of the table's own keys is canonically equivalent to)
    /// part of the table; it is called at each look-up of a non-ASCII key. `split`, when given, holds the
    /// same keys as ``GazetteerNFCKeys`` and answers the look-ups instead (`source` then only lists them).
    mutating func deferUnicodeKeys(to source: @escaping @Sendable () -> [String: Int32],
                                   split: (@Sendable () -> GazetteerNFCKeys)? = nil) {
        deferredUnicodeKeys = source
        deferredNFCKeys = split
    }

    /// An empty table that compares every key byte for byte, ASCII or not: for keys in normalization
    /// form C, whose bytes are equal exactly when the strings are.
    static func byteTable(capacity: Int) -> GazetteerTable {
        var table = GazetteerTable(capacity: capacity)
        table.comparesBytes = true
        return table
    }

    // MARK: - Lookup

    /// The value of `key`, if the table holds it.
    func value(_ key: String) -> Int32? {
        if let found = key.utf8.withContiguousStorageIfAvailable({ value(utf8: $0, string: key) }) { return found }
        var copy = key
        return copy.withUTF8 { value(utf8: $0, string: key) }
    }

    /// The value of the key whose UTF-8 bytes are `key`, if the table holds it.
    func value(utf8 key: UnsafeBufferPointer<UInt8>) -> Int32? {
        value(utf8: key, string: nil)
    }

    /// Whether the table holds `key`.
    func contains(_ key: String) -> Bool { value(key) != nil }

    private func value(utf8 key: UnsafeBufferPointer<UInt8>, string: String?) -> Int32? {
        guard comparesBytes || GazetteerTable.isASCII(key) else {
            if unicodeKeys.isEmpty && deferredUnicodeKeys == nil { return nil }
            if !unicodeKeys.isEmpty, let found = unicodeKeys[string ?? String(decoding: key, as: UTF8.self)] { return found }
            if let split = deferredNFCKeys { return split().value(utf8: key) }
            guard let deferred = deferredUnicodeKeys else { return nil }
            return deferred()[string ?? String(decoding: key, as: UTF8.self)]
        }
        guard !values.isEmpty else { return nil }
        let (slot, found) = find(key)
        return found ? values[Int(slots[slot]) - 1] : nil
    }

    // MARK: - Building

    /// Adds `key` with `value` unless the table already holds `key` (the first value stays).
    mutating func insertIfAbsent(_ key: UnsafeBufferPointer<UInt8>, value: Int32) {
        update(key, value: value) { _ in }
    }

    /// The value of `key`; when the table does not hold it, `value`, which it adds as the key's value.
    mutating func valueInsertingIfAbsent(_ key: UnsafeBufferPointer<UInt8>, value: Int32) -> Int32 {
        var result = value
        update(key, value: value) { existing in result = existing }
        return result
    }

    /// Sets the value of `key` to the larger of its value and `value` (adds it when absent).
    mutating func raise(_ key: UnsafeBufferPointer<UInt8>, to value: Int32) {
        update(key, value: value) { existing in existing = max(existing, value) }
    }

    /// Sets the value of `key` to the smaller of its value and `value` (adds it when absent): with
    /// values that grow in list order, the first listed value stays, whatever the order of the calls.
    mutating func lower(_ key: UnsafeBufferPointer<UInt8>, to value: Int32) {
        update(key, value: value) { existing in existing = min(existing, value) }
    }

    /// Every key (as a string) with its value, in no particular order.
    var entries: [(key: String, value: Int32)] {
        var out: [(key: String, value: Int32)] = []
        out.reserveCapacity(count)
        var start = 0
        for entry in 0..<ends.count {
            let end = Int(ends[entry])
            out.append((String(decoding: bytes[start..<end], as: UTF8.self), values[entry]))
            start = end + 1
        }
        for (key, value) in unicodeKeys { out.append((key, value)) }
        for (key, value) in deferredUnicodeKeys?() ?? [:] { out.append((key, value)) }
        return out
    }

    /// The table laid out at build time (``GazetteerPackedTable``): the keys are copied as they are and
    /// the slots filled from the packed slot numbers, nothing hashed or compared. The packed numbers
    /// are checked as they are read, so a table that does not fit (a generated file edited by hand)
    /// is built by inserting its keys one by one instead.
    init(packed table: GazetteerPackedTable) {
        let ends = GazetteerPackedNumbers.unpack(table.ends)
        let slotNumbers = GazetteerPackedNumbers.unpack(table.slots)
        var values = GazetteerPackedNumbers.unpack(table.values)
        if values.isEmpty { values = [Int32](repeating: 0, count: ends.count) }
        var keys = table.keys
        let bytes = keys.withUTF8 { Array($0) }
        let size = table.slotCount
        var slots: [Int32] = []
        var fits = size >= 16 && size & (size - 1) == 0 && ends.count == table.count
            && values.count == ends.count && slotNumbers.count == ends.count && ends.count * 2 <= size
            && (ends.last.map { Int($0) == bytes.count } ?? bytes.isEmpty)
        if fits {
            slots = [Int32](repeating: 0, count: size)
            slots.withUnsafeMutableBufferPointer { slots in
                var start = 0
                for entry in 0..<ends.count {
                    let slot = Int(slotNumbers[entry])
                    let end = Int(ends[entry])
                    guard slot < size, slots[slot] == 0, end > start, end <= bytes.count,
                          end == bytes.count || bytes[end] == 0x0A else { fits = false; return }
                    slots[slot] = Int32(entry + 1)
                    start = end + 1
                }
            }
        }
        self.init(capacity: fits ? 0 : table.count)
        guard fits else {
            // Not the table the numbers describe: the keys are inserted one by one.
            var start = 0
            bytes.withUnsafeBufferPointer { bytes in
                for (entry, end) in ends.enumerated() where start <= Int(end) && Int(end) <= bytes.count {
                    insertIfAbsent(UnsafeBufferPointer(rebasing: bytes[start..<Int(end)]),
                                   value: entry < values.count ? values[entry] : 0)
                    start = Int(end) + 1
                }
            }
            return
        }
        self.slots = slots
        self.bytes = bytes
        self.ends = ends
        self.values = values
    }

    private mutating func update(_ key: UnsafeBufferPointer<UInt8>, value: Int32, ifPresent: (inout Int32) -> Void) {
        guard comparesBytes || GazetteerTable.isASCII(key) else {
            // One hashed look-up (hashing a non-ASCII string normalizes it, which is slow): a new key gets
            // the marker, which no stored value is, and then `value`.
            let absent = Int32.min
            GazetteerTable.updateUnicodeValue(&unicodeKeys[String(decoding: key, as: UTF8.self), default: absent]) { stored in
                if stored == absent { stored = value } else { ifPresent(&stored) }
            }
            return
        }
        let (slot, found) = find(key)
        if found {
            ifPresent(&values[Int(slots[slot]) - 1])
            return
        }
        if !ends.isEmpty { bytes.append(0x0A) }
        bytes.append(contentsOf: key)
        ends.append(Int32(bytes.count))
        values.append(value)
        slots[slot] = Int32(values.count)
        if values.count * 2 > slots.count { grow() }
    }

    @inline(__always)
    private static func updateUnicodeValue(_ stored: inout Int32, _ body: (inout Int32) -> Void) { body(&stored) }

    /// Makes room for `count` more keys that are not ASCII.
    mutating func reserveUnicodeCapacity(_ count: Int) { unicodeKeys.reserveCapacity(unicodeKeys.count + count) }

    private mutating func grow() {
        let size = slots.count * 2
        var newSlots = [Int32](repeating: 0, count: size)
        let mask = size - 1
        bytes.withUnsafeBufferPointer { all in
            var start = 0
            for entry in 0..<ends.count {
                let end = Int(ends[entry])
                var slot = GazetteerTable.hash(UnsafeBufferPointer(rebasing: all[start..<end])) & mask
                while newSlots[slot] != 0 { slot = (slot + 1) & mask }
                newSlots[slot] = Int32(entry + 1)
                start = end + 1
            }
        }
        slots = newSlots
    }

    /// The slot holding `key` (`found`), or the empty slot where it would go.
    private func find(_ key: UnsafeBufferPointer<UInt8>) -> (slot: Int, found: Bool) {
        let mask = slots.count - 1
        var slot = GazetteerTable.hash(key) & mask
        // Through buffer pointers: the probe loop runs for every key loaded and every look-up.
        return bytes.withUnsafeBufferPointer { all in
            slots.withUnsafeBufferPointer { slots in
                ends.withUnsafeBufferPointer { ends in
                    while true {
                        let entry = Int(slots[slot])
                        if entry == 0 { return (slot, false) }
                        let end = Int(ends[entry - 1])
                        let start = entry == 1 ? 0 : Int(ends[entry - 2]) + 1
                        if end - start == key.count {
                            var k = 0
                            while k < key.count, all[start + k] == key[k] { k += 1 }
                            if k == key.count { return (slot, true) }
                        }
                        slot = (slot + 1) & mask
                    }
                }
            }
        }
    }

    /// The table hash: 64-bit FNV-1a over the key's UTF-8 bytes with the high half folded into the low
    /// half (the table uses the low bits). A fixed function, unlike Swift's seeded `Hasher`: the
    /// tables laid out at build time (`scripts/build-gazetteers.py` computes the same hash) stay valid
    /// in every process.
    @inline(__always)
    static func hash(_ key: UnsafeBufferPointer<UInt8>) -> Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return Int(truncatingIfNeeded: hash ^ (hash >> 32))
    }

    @inline(__always)
    static func isASCII(_ key: UnsafeBufferPointer<UInt8>) -> Bool {
        for byte in key where byte >= 0x80 { return false }
        return true
    }
}

/// A gazetteer word list (lower-cased words or token phrases), asked whether it holds a word.
public struct GazetteerWordList: Sendable {
    let table: GazetteerTable

    init(_ table: GazetteerTable) { self.table = table }

    /// Whether the list holds `word` (lower-cased; a phrase's tokens joined by one space).
    public func contains(_ word: String) -> Bool { table.contains(word) }

    /// The number of entries.
    public var count: Int { table.count }

    /// Whether the list is empty.
    public var isEmpty: Bool { table.count == 0 }
}
