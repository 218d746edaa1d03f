import NewsmarkModel

/// The sentence splitter's word lists (titles, abbreviations, sentence openers) as one table keyed by
/// a word's lower-cased ASCII bytes packed into two machine words, so that the splitter classifies the
/// word before a period without building a `String` or hashing one.
///
/// Every listed word is ASCII and at most 16 bytes long; a longer word is in no list. A word with a
/// non-ASCII character is not looked up here: the splitter asks the `Set`s, which compare strings by
/// canonical equivalence and lower-case as `String.lowercased()` does.
struct SentenceWordTable: Sendable {
    /// What a word is, as bits.
    struct Classes: OptionSet, Sendable {
        let rawValue: UInt8
        static let title = Classes(rawValue: 1 << 0)
        static let continuing = Classes(rawValue: 1 << 1)
        static let number = Classes(rawValue: 1 << 2)
        static let abbreviation = Classes(rawValue: 1 << 3)
        static let opener = Classes(rawValue: 1 << 4)
    }

    private struct Key: Equatable, Sendable {
        var low: UInt64
        var high: UInt64
    }

    private var keys: [Key]
    private var classes: [Classes]
    private let mask: Int

    /// The table of ``SentenceSplitter``'s lists.
    static let shared = SentenceWordTable(lists: [
        (SentenceSplitter.titles, .title), (SentenceSplitter.continuingAbbreviations, .continuing),
        (SentenceSplitter.numberAbbreviations, .number), (SentenceSplitter.abbreviations, .abbreviation),
        (SentenceSplitter.sentenceOpeners, .opener),
    ])

    init(lists: [(Set<String>, Classes)]) {
        let capacity = 1024
        mask = capacity - 1
        keys = Array(repeating: Key(low: 0, high: 0), count: capacity)
        classes = Array(repeating: [], count: capacity)
        for (words, wordClasses) in lists {
            for word in words {
                let bytes = Array(word.utf8)
                guard bytes.count <= 16, bytes.allSatisfy({ $0 < 0x80 && !($0 >= 0x41 && $0 <= 0x5A) }), !bytes.isEmpty else {
                    continue
                }
                let key = bytes.withUnsafeBufferPointer { Self.key($0) }
                var slot = Self.hash(key) & mask
                while keys[slot] != Key(low: 0, high: 0), keys[slot] != key { slot = (slot + 1) & mask }
                keys[slot] = key
                classes[slot].insert(wordClasses)
            }
        }
    }

    /// The classes of the word in `text` over `span` lower-cased, or `nil` when the word is not all ASCII
    /// (the caller then asks the sets). An ASCII word in no list has no classes.
    func classes(of text: UnsafeBufferPointer<Unicode.Scalar>, _ span: TextSpan) -> Classes? {
        let count = span.end - span.start
        guard count > 0, span.start >= 0, span.end <= text.count else { return count == 0 ? [] : nil }
        var low: UInt64 = 0
        var high: UInt64 = 0
        for offset in 0..<count {
            var value = text[span.start + offset].value
            guard value < 0x80 else { return nil }
            if offset >= 16 { continue }  // longer than any listed word; still checked for ASCII
            if value >= 0x41 && value <= 0x5A { value |= 0x20 }
            if offset < 8 {
                low |= UInt64(value) << UInt64(offset * 8)
            } else {
                high |= UInt64(value) << UInt64((offset - 8) * 8)
            }
        }
        if count > 16 { return [] }
        let key = Key(low: low, high: high)
        var slot = Self.hash(key) & mask
        while true {
            let found = keys[slot]
            if found == key { return classes[slot] }
            if found.low == 0 { return [] }
            slot = (slot + 1) & mask
        }
    }

    private static func key(_ bytes: UnsafeBufferPointer<UInt8>) -> Key {
        var key = Key(low: 0, high: 0)
        for (offset, byte) in bytes.enumerated() {
            if offset < 8 {
                key.low |= UInt64(byte) << UInt64(offset * 8)
            } else {
                key.high |= UInt64(byte) << UInt64((offset - 8) * 8)
            }
        }
        return key
    }

    @inline(__always) private static func hash(_ key: Key) -> Int {
        let mixed = (key.low &* 0x9E37_79B9_7F4A_7C15) ^ (key.high &* 0xC2B2_AE3D_27D4_EB4F)
        return Int(truncatingIfNeeded: mixed >> 40)
    }
}
