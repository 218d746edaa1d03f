/// A word table of the date lexicon: a map from lower-cased words to values that answers a look-up
/// without hashing a `String` with the seeded hash of `Dictionary`.
///
/// An ASCII word of at most seven bytes is its own key (its bytes and its length packed into a
/// word); a longer ASCII word is keyed by a 64-bit hash of its bytes and confirmed by comparing them.
/// The keys live in a ``PackedKeyMap``. Every word is also kept in a plain dictionary, which answers
/// for words with other characters, so that canonical equivalence decides for them as it does for
/// `String` ("\u{212A}", the Kelvin sign, equals "K"); a table with a non-ASCII word that equals an
/// ASCII one asks the dictionary on every miss. The tests check the tables against `Dictionary` and
/// `Set`.
struct LexiconWordMap<Value: Sendable>: Sendable, ExpressibleByDictionaryLiteral {
    private var index = PackedKeyMap(capacity: 16)
    /// The values of the ASCII words, by their number in `index`.
    private var values: [Value] = []
    /// The bytes of each long ASCII word (empty for the short ones, whose key is exact).
    private var longBytes: [[UInt8]] = []
    /// Whether an ASCII word may equal a word outside `index`: two long words share a key, or a
    /// non-ASCII word is canonically equivalent to an ASCII one (the Kelvin sign and "K"). A miss in
    /// `index` then asks `all`.
    private var asciiMissAsksAll = false
    /// Every word: it answers the look-ups of non-ASCII words, as `Dictionary` does.
    private var all: [String: Value] = [:]

    init(dictionaryLiteral elements: (String, Value)...) {
        for (word, value) in elements { insert(word, value) }
    }

    /// The table of `dictionary`.
    init(_ dictionary: [String: Value]) {
        for (word, value) in dictionary { insert(word, value) }
    }

    /// Every word in the table.
    var keys: Dictionary<String, Value>.Keys { all.keys }

    /// The value of `word`, if the table holds it.
    subscript(word: String) -> Value? {
        let position = word.utf8.withContiguousStorageIfAvailable { locate($0) } ?? Position.other
        switch position {
        case .found(let k): return values[k]
        case .missing: return nil
        case .other: return all[word]
        }
    }

    /// Whether the table holds `word`.
    func contains(_ word: String) -> Bool {
        let position = word.utf8.withContiguousStorageIfAvailable { locate($0) } ?? Position.other
        switch position {
        case .found: return true
        case .missing: return false
        case .other: return all[word] != nil
        }
    }

    private enum Position {
        case found(Int)
        case missing
        /// `all` decides: a non-ASCII word, or a miss when `asciiMissAsksAll`.
        case other
    }

    @inline(__always)
    private func locate(_ bytes: UnsafeBufferPointer<UInt8>) -> Position {
        guard let key = Self.key(bytes) else { return .other }
        let miss: Position = asciiMissAsksAll ? .other : .missing
        guard let found = index[key] else { return miss }
        let k = Int(found)
        if bytes.count > 7 {
            let kept = longBytes[k]
            guard kept.count == bytes.count else { return miss }
            for j in 0..<kept.count where kept[j] != bytes[j] { return miss }
        }
        return .found(k)
    }

    /// Adds `word` with `value` (a word added again takes the new value, as in a dictionary).
    mutating func insert(_ word: String, _ value: Value) {
        all[word] = value
        var copy = word
        let key = copy.withUTF8 { Self.key($0) }
        guard let key else {
            // A scalar whose canonical decomposition is ASCII makes the word equal to an ASCII one.
            if word.unicodeScalars.contains(where: { c in !c.isASCII && oneCharacterASCIIStrings.contains(String(c)) }) {
                asciiMissAsksAll = true
            }
            return
        }
        let long = word.utf8.count > 7
        if let existing = index[key] {
            let k = Int(existing)
            if !long || longBytes[k].elementsEqual(word.utf8) {
                values[k] = value
            } else {
                asciiMissAsksAll = true  // two long words share a key: the second is found in `all`
            }
            return
        }
        index.set(key, Int32(values.count))
        values.append(value)
        longBytes.append(long ? Array(word.utf8) : [])
    }

    /// The key of an ASCII word, `nil` for any other bytes. Short words (at most seven bytes) pack their
    /// bytes and length (the top byte: 0–7); long ones hash theirs (top byte 0xFF).
    @inline(__always)
    static func key(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64? {
        let count = bytes.count
        var high: UInt8 = 0
        if count <= 7 {
            var key: UInt64 = 0
            var j = 0
            while j < count {
                let b = bytes[j]
                high |= b
                key = key &<< 8 | UInt64(b)
                j &+= 1
            }
            return high < 0x80 ? key | UInt64(count) &<< 56 : nil
        }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var j = 0
        while j < count {
            let b = bytes[j]
            high |= b
            hash = (hash ^ UInt64(b)) &* 0x0000_0100_0000_01B3
            j &+= 1
        }
        return high < 0x80 ? (hash | 0xFF00_0000_0000_0000) : nil
    }
}

/// A word list of the date lexicon (see ``LexiconWordMap``): membership without hashing a `String`.
struct LexiconWordSet: Sendable, ExpressibleByArrayLiteral, Sequence {
    private var map: LexiconWordMap<Bool> = [:]

    init(arrayLiteral elements: String...) { self.init(elements) }

    init<S: Sequence>(_ words: S) where S.Element == String {
        for word in words { map.insert(word, true) }
    }

    /// Whether `word` is in the list.
    @inline(__always)
    func contains(_ word: String) -> Bool { map.contains(word) }

    func makeIterator() -> Dictionary<String, Bool>.Keys.Iterator { map.keys.makeIterator() }
}

/// The one-character ASCII strings: a non-ASCII scalar equal to one of them decomposes to it.
private let oneCharacterASCIIStrings = Set((0..<128).map { String(UnicodeScalar(UInt8($0))) })
