/// Reading what `scripts/build-gazetteers.py` lays out at build time (``GazetteerLayout``): the
/// finished tables (``GazetteerPackedTable``, keys already lower-cased and joined as
/// ``Gazetteer/phraseKey(_:into:)`` joins tokens), the non-ASCII keys one a line with their values,
/// and the *residue*, the entries whose key needs the tokenizer, keyed here exactly as parsing the
/// lists keys them.
extension GazetteerTable {
    /// Where the value of each laid-out key comes from.
    enum LaidOutValues {
        /// Every key has the value 0 (a word list).
        case zero
        /// The value is the key's token count (a phrase list).
        case tokenCount
        /// Each line is `key<TAB>decimal value`.
        case listed
    }

    /// Calls `body` with the key and value of each line of `list`.
    static func forEachLaidOut(
        _ list: String, values source: LaidOutValues, _ body: (UnsafeBufferPointer<UInt8>, Int32) -> Void
    ) {
        Gazetteer.forEachUTF8Line(list) { line in
            var keyEnd = line.count
            var value: Int32 = 0
            switch source {
            case .zero:
                break
            case .tokenCount:
                value = 1
                for byte in line where byte == 0x20 { value += 1 }
            case .listed:
                var tab = line.count
                while tab > 0, line[tab - 1] != 0x09 { tab -= 1 }
                keyEnd = tab - 1
                for index in tab..<line.count { value = value &* 10 &+ Int32(line[index] &- 0x30) }
            }
            if keyEnd > 0 { body(UnsafeBufferPointer(rebasing: line[..<keyEnd]), value) }
        }
    }
}

/// The non-ASCII keys of the shared gazetteer's name tables, read at the first look-up of a non-ASCII
/// key (Swift initializes a static stored property once, lazily and thread-safely): as
/// ``GazetteerNFCKeys`` for look-ups (`nfc`), and as dictionaries for listing the keys (`tables`).
enum GazetteerDeferredNameKeys {
    static let tables: (phrases: [String: Int32], longest: [String: Int32], surnames: [String: Int32]) = {
        var phrases = GazetteerTable(capacity: 0)
        var longest = GazetteerTable(capacity: 0)
        var surnames = GazetteerTable(capacity: 0)
        phrases.reserveUnicodeCapacity(GazetteerLayout.namePhrasesUnicodeCount + GazetteerLayout.nameResidueCount / 8)
        longest.reserveUnicodeCapacity(GazetteerLayout.nameLongestPhrasesUnicodeCount + GazetteerLayout.nameResidueCount / 8)
        surnames.reserveUnicodeCapacity(GazetteerLayout.personSurnamesUnicodeCount + 8)
        fill(phrases: &phrases, longest: &longest, surnames: &surnames)
        return (phrases.unicodeKeys, longest.unicodeKeys, surnames.unicodeKeys)
    }()

    static let nfc: (phrases: GazetteerNFCKeys, longest: GazetteerNFCKeys, surnames: GazetteerNFCKeys) = {
        var phrases = GazetteerNFCKeys.Builder(capacity: GazetteerLayout.namePhrasesUnicodeCount + GazetteerLayout.nameResidueCount / 8)
        var longest = GazetteerNFCKeys.Builder(
            capacity: GazetteerLayout.nameLongestPhrasesUnicodeCount + GazetteerLayout.nameResidueCount / 8)
        var surnames = GazetteerNFCKeys.Builder(capacity: GazetteerLayout.personSurnamesUnicodeCount + 8)
        fill(phrases: &phrases, longest: &longest, surnames: &surnames)
        return (GazetteerNFCKeys(phrases), GazetteerNFCKeys(longest), GazetteerNFCKeys(surnames))
    }()

    /// Adds the non-ASCII keys of the laid-out lists and of the residue to the three tables, in list order.
    private static func fill<Table: GazetteerKeyMerging>(phrases: inout Table, longest: inout Table, surnames: inout Table) {
        GazetteerTable.forEachLaidOut(GazetteerLayout.namePhrasesUnicode, values: .listed) { phrases.lower($0, to: $1) }
        GazetteerTable.forEachLaidOut(GazetteerLayout.nameLongestPhrasesUnicode, values: .listed) { longest.raise($0, to: $1) }
        GazetteerTable.forEachLaidOut(GazetteerLayout.personSurnamesUnicode, values: .listed) { surnames.lower($0, to: $1) }
        Gazetteer.keyNameResidue(
            GazetteerLayout.nameResidue, asciiKeys: false, phrases: &phrases, longest: &longest, surnames: &surnames)
    }
}

/// A table that keeps, for keys added more than once, the smallest (``lower(_:to:)``) or the largest
/// (``raise(_:to:)``) value.
protocol GazetteerKeyMerging {
    mutating func lower(_ key: UnsafeBufferPointer<UInt8>, to value: Int32)
    mutating func raise(_ key: UnsafeBufferPointer<UInt8>, to value: Int32)
}

extension GazetteerTable: GazetteerKeyMerging {}

extension Gazetteer {
    /// The entities of a names list (`type<TAB>surface|alias…<TAB>knowledge-base id<TAB>flags`), numbered
    /// as the parse of the list numbers them (malformed lines skipped).
    static func entityStore(names: String) -> GazetteerEntityStore {
        var store = GazetteerEntityStore()
        var fields: [UnsafeBufferPointer<UInt8>] = []
        forEachLine(names) { line in
            split(line, at: 0x09, omittingEmpty: false, into: &fields)
            guard fields.count >= 2, let kind = entityKind(fields[0]) else { return }
            // The canonical name: the first non-empty surface.
            let surfaces = fields[1]
            var start = 0
            var canonical: UnsafeBufferPointer<UInt8>?
            for index in 0...surfaces.count where index == surfaces.count || surfaces[index] == 0x7C {
                if index > start {
                    canonical = UnsafeBufferPointer(rebasing: surfaces[start..<index])
                    break
                }
                start = index + 1
            }
            guard let canonical else { return }
            let kb = fields.count > 2 ? fields[2] : UnsafeBufferPointer(start: nil, count: 0)
            let weak = fields.count > 3 && fields[3].contains(0x77)
            let country = fields.count > 3 && fields[3].contains(0x63)
            store.append(kind: kind, canonicalName: canonical, knowledgeBaseID: kb, isWeak: weak, isCountry: country)
        }
        return store
    }

    /// Keys the name surfaces left to the tokenizer (`entity index<TAB>p or -<TAB>surface`, `p` for a
    /// person's canonical name) into the name tables, as the parse of the names list would: a phrase
    /// keeps its first listed entity, a first token its longest phrase, a surname its first person.
    /// Only the ASCII keys (`asciiKeys`) or only the others are added.
    static func keyNameResidue<Table: GazetteerKeyMerging>(
        _ residue: String, asciiKeys: Bool, phrases: inout Table, longest: inout Table, surnames: inout Table
    ) {
        var key: [UInt8] = []
        var fields: [UnsafeBufferPointer<UInt8>] = []
        forEachRawLine(residue) { line in
            split(line, at: 0x09, omittingEmpty: false, into: &fields)
            guard fields.count == 3, !fields[0].isEmpty else { return }
            // An ASCII surface has only ASCII keys: nothing to add when only the others are asked for.
            if !asciiKeys && GazetteerTable.isASCII(fields[2]) { return }
            var index: Int32 = 0
            for byte in fields[0] { index = index &* 10 &+ Int32(byte &- 0x30) }
            let isPersonName = fields[1].count == 1 && fields[1][0] == 0x70
            let shape = phraseKey(fields[2], into: &key)
            guard shape.tokens > 0 else { return }
            key.withUnsafeBufferPointer { key in
                if GazetteerTable.isASCII(key) == asciiKeys { phrases.lower(key, to: index) }
                let first = UnsafeBufferPointer(rebasing: key[..<shape.firstEnd])
                if GazetteerTable.isASCII(first) == asciiKeys { longest.raise(first, to: Int32(shape.tokens)) }
                if isPersonName {
                    let last = UnsafeBufferPointer(rebasing: key[shape.lastStart...])
                    let ascii = GazetteerTable.isASCII(last)
                    let characters = ascii ? last.count : String(decoding: last, as: UTF8.self).count
                    if characters > 2 && ascii == asciiKeys { surnames.lower(last, to: index) }
                }
            }
        }
    }

    /// A word list from its table finished at build time and its residue (lines lower-cased here, as
    /// ``wordList(_:)`` lower-cases them).
    static func laidOutWordList(_ packed: GazetteerPackedTable, residue: String) -> GazetteerWordList {
        var table = GazetteerTable(packed: packed)
        var key: [UInt8] = []
        forEachLine(residue) { line in
            key.removeAll(keepingCapacity: true)
            if GazetteerTable.isASCII(line) { appendLowercasedASCII(line, to: &key) } else { appendLowercased(line, to: &key) }
            key.withUnsafeBufferPointer { table.insertIfAbsent($0, value: 0) }
        }
        return GazetteerWordList(table)
    }

    /// A phrase list from its table finished at build time and its residue (keyed here as
    /// ``phraseList(_:)`` keys lines), and the most tokens a phrase has (1 for an empty list).
    static func laidOutPhraseList(_ packed: GazetteerPackedTable, residue: String) -> (list: GazetteerWordList, longest: Int) {
        var table = GazetteerTable(packed: packed)
        var longest = table.maximumValue
        var key: [UInt8] = []
        forEachLine(residue) { line in
            let shape = phraseKey(line, into: &key)
            key.withUnsafeBufferPointer { table.insertIfAbsent($0, value: Int32(shape.tokens)) }
            longest = max(longest ?? 0, Int32(shape.tokens))
        }
        return (GazetteerWordList(table), longest.map { Int($0) } ?? 1)
    }

    /// Calls `body` with each non-empty line of `list` (split on UTF-8 newlines only, nothing trimmed).
    static func forEachRawLine(_ list: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        forEachUTF8Line(list) { line in
            if !line.isEmpty { body(line) }
        }
    }
}
