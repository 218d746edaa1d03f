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
    /// The ASCII keys, one after another.
    private var bytes: [UInt8] = []
    /// Entry `i` is `bytes[ends[i - 1] ..< ends[i]]` (`ends[-1]` being 0).
    private var ends: [Int32] = []
    private var values: [Int32] = []
    /// Entry index + 1 for each slot; 0 marks an empty slot. The count is a power of two.
    private var slots: [Int32]
    /// The keys that are not ASCII.
    private(set) var unicodeKeys: [String: Int32] = [:]
    /// More keys that are not ASCII, read at the first look-up of such a key (the shared gazetteer's
    /// name tables: English news rarely asks for one).
    private var deferredUnicodeKeys: (@Sendable () -> [String: Int32])?

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

    /// Every key's value, in no particular order.
    var allValues: [Int32] { entries.map(\.value) }

    /// Makes `source` (non-ASCII keys that none of the table's own keys is canonically equivalent to)
    /// part of the table; it is called at each look-up of a non-ASCII key.
    mutating func deferUnicodeKeys(to source: @escaping @Sendable () -> [String: Int32]) {
        deferredUnicodeKeys = source
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
        guard GazetteerTable.isASCII(key) else {
            if unicodeKeys.isEmpty && deferredUnicodeKeys == nil { return nil }
            let string = string ?? String(decoding: key, as: UTF8.self)
            if let found = unicodeKeys[string] { return found }
            return deferredUnicodeKeys?()[string]
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
            start = end
        }
        for (key, value) in unicodeKeys { out.append((key, value)) }
        for (key, value) in deferredUnicodeKeys?() ?? [:] { out.append((key, value)) }
        return out
    }

    /// A table of the keys laid out in `list` (one a line, each once; see ``LaidOutValues``), sized for
    /// `count` keys: ASCII keys are copied into place and hashed into the slots in one pass over the
    /// list, without being compared with one another; any other key is inserted as usual.
    init(laidOut list: String, count: Int, values source: LaidOutValues) {
        var size = 16
        while size < count * 2 + 2 { size <<= 1 }
        let mask = size - 1
        var slots = [Int32](repeating: 0, count: size)
        var list = list
        var others: [([UInt8], Int32)] = []
        var ends: [Int32] = []
        var values: [Int32] = []
        ends.reserveCapacity(count)
        values.reserveCapacity(count)
        let bytes = list.withUTF8 { utf8 in
            [UInt8](unsafeUninitializedCapacity: utf8.count) { bytes, used in
                used = 0
                slots.withUnsafeMutableBufferPointer { slots in
                    var start = 0
                    while start < utf8.count {
                        // One line: copy and hash its key, then read its value.
                        var end = start
                        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
                        var ascii = true
                        var keyEnd = -1
                        var spaces: Int32 = 0
                        var position = used
                        while end < utf8.count {
                            let byte = utf8[end]
                            if byte == 0x0A { break }
                            if byte == 0x09 && source == .listed && keyEnd < 0 { keyEnd = end }
                            if keyEnd < 0 {
                                bytes[position] = byte
                                position += 1
                                hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
                                if byte >= 0x80 { ascii = false }
                                if byte == 0x20 { spaces += 1 }
                            }
                            end += 1
                        }
                        var value: Int32 = 0
                        switch source {
                        case .zero: keyEnd = end
                        case .tokenCount: keyEnd = end; value = spaces + 1
                        case .listed:
                            if keyEnd >= 0 {
                                for index in (keyEnd + 1)..<end { value = value &* 10 &+ Int32(utf8[index] &- 0x30) }
                            }
                        }
                        if keyEnd > start {
                            if ascii && ends.count < count {
                                used = position
                                ends.append(Int32(used))
                                values.append(value)
                                var slot = Int(truncatingIfNeeded: hash ^ (hash >> 32)) & mask
                                while slots[slot] != 0 { slot = (slot + 1) & mask }
                                slots[slot] = Int32(ends.count)
                            } else {
                                others.append((Array(utf8[start..<keyEnd]), value))
                            }
                        }
                        start = end + 1
                    }
                }
            }
        }
        self.slots = slots
        self.bytes = bytes
        self.ends = ends
        self.values = values
        for (key, value) in others { key.withUnsafeBufferPointer { insertIfAbsent($0, value: value) } }
    }

    private mutating func update(_ key: UnsafeBufferPointer<UInt8>, value: Int32, ifPresent: (inout Int32) -> Void) {
        guard GazetteerTable.isASCII(key) else {
            let string = String(decoding: key, as: UTF8.self)
            if unicodeKeys[string] != nil { ifPresent(&unicodeKeys[string]!) } else { unicodeKeys[string] = value }
            return
        }
        let (slot, found) = find(key)
        if found {
            ifPresent(&values[Int(slots[slot]) - 1])
            return
        }
        bytes.append(contentsOf: key)
        ends.append(Int32(bytes.count))
        values.append(value)
        slots[slot] = Int32(values.count)
        if values.count * 2 > slots.count { grow() }
    }

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
                start = end
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
                        let start = entry == 1 ? 0 : Int(ends[entry - 2])
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

    /// 64-bit FNV-1a with the high bits folded in (the table uses the low bits).
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
