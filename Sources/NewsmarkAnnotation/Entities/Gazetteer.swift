import NewsmarkModel

/// One named entity the gazetteer knows: its type, canonical name and knowledge-base id.
public struct GazetteerEntity: Sendable, Hashable {
    /// The index of the entity in ``Gazetteer/entities``; aliases of one entity share it.
    public let index: Int
    public let kind: EntityKind
    /// The canonical name (the first surface of the entity's line).
    public let canonicalName: String
    /// A prefixed knowledge-base id (`wikidata:Q84`, `geonames:2643743`), if known.
    public var knowledgeBaseID: String? {
        geonamesID >= 0 ? "geonames:" + String(geonamesID) : otherKnowledgeBaseID
    }
    /// Weak evidence (a small place): a person cue in the text wins over it.
    public let isWeak: Bool
    /// A country, continent or home nation: in a sports report it stays a place (its national team).
    public var isCountry = false
    /// The number of a `geonames:` id written without leading zeros (most entities: no string to build
    /// when the gazetteer loads), else -1.
    private let geonamesID: Int32
    /// Any other knowledge-base id.
    private let otherKnowledgeBaseID: String?

    init(index: Int, kind: EntityKind, canonicalName: String, knowledgeBaseID: String?, isWeak: Bool, isCountry: Bool = false) {
        var number: Int32 = -1
        if var id = knowledgeBaseID { number = id.withUTF8 { GazetteerEntity.geonamesNumber($0) } }
        self.init(index: index, kind: kind, canonicalName: canonicalName, geonamesID: number,
                  otherKnowledgeBaseID: number >= 0 ? nil : knowledgeBaseID, isWeak: isWeak, isCountry: isCountry)
    }

    /// An entity whose knowledge-base id is given as UTF-8 bytes (empty: none).
    init(index: Int, kind: EntityKind, canonicalName: String, knowledgeBaseID bytes: UnsafeBufferPointer<UInt8>,
         isWeak: Bool, isCountry: Bool) {
        let number = GazetteerEntity.geonamesNumber(bytes)
        self.init(index: index, kind: kind, canonicalName: canonicalName, geonamesID: number,
                  otherKnowledgeBaseID: number >= 0 || bytes.isEmpty ? nil : String(decoding: bytes, as: UTF8.self),
                  isWeak: isWeak, isCountry: isCountry)
    }

    init(index: Int, kind: EntityKind, canonicalName: String, geonamesID: Int32, otherKnowledgeBaseID: String?,
                 isWeak: Bool, isCountry: Bool) {
        self.index = index
        self.kind = kind
        self.canonicalName = canonicalName
        self.geonamesID = geonamesID
        self.otherKnowledgeBaseID = otherKnowledgeBaseID
        self.isWeak = isWeak
        self.isCountry = isCountry
    }

    /// The number of `geonames:<digits>` (1 to 9 digits, no leading zero), else -1: exactly the ids that
    /// `"geonames:" + String(number)` writes back.
    static func geonamesNumber(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        let prefix: StaticString = "geonames:"
        let prefixCount = prefix.utf8CodeUnitCount
        guard bytes.count > prefixCount, bytes.count <= prefixCount + 9 else { return -1 }
        for index in 0..<prefixCount where bytes[index] != prefix.utf8Start[index] { return -1 }
        guard bytes[prefixCount] != 0x30 || bytes.count == prefixCount + 1 else { return -1 }
        var number: Int32 = 0
        for byte in bytes[prefixCount...] {
            guard byte >= 0x30 && byte <= 0x39 else { return -1 }
            number = number * 10 + Int32(byte - 0x30)
        }
        return number
    }
}

/// The entity annotator's knowledge: typed names looked up as token sequences, and word lists
/// (given names, surnames, common English words, titles, head words).
///
/// Names are keyed by their lower-cased tokens (as ``Tokenizer`` splits them) joined by one space, with
/// the longest phrase length per first token, so a longest-match lookup at a token position costs at
/// most that many hash probes. The keys are stored in ``GazetteerTable``s (one byte buffer each, no
/// `String` per key).
///
/// The shared instance is built once, at first use (Swift initializes static stored properties lazily
/// and thread-safely), from the tables that `scripts/build-gazetteers.py` finishes at build time
/// (``GazetteerLayout``): loading copies them, and tokenizes only the few entries the script leaves to
/// the tokenizer. A gazetteer of one's own is parsed from lists in the same formats.
public final class Gazetteer: Sendable {
    /// The gazetteer built from the generated resources.
    public static let shared = Gazetteer(laidOut: GazetteerLayout.self)

    /// Every entity, in list order (each made when read: the gazetteer keeps its entities as bytes).
    public var entities: GazetteerEntities { GazetteerEntities(store: store) }
    /// The entities as bytes and numbers.
    let store: GazetteerEntityStore
    /// Lower-cased token phrase → entity index.
    let phrases: GazetteerTable
    /// Lower-cased first token → the most tokens a phrase starting with it has.
    let longestPhrase: GazetteerTable
    public let givenNames: GazetteerWordList
    public let surnames: GazetteerWordList
    public let commonWords: GazetteerWordList
    /// Lower-cased title phrases (`prime minister`, `gen.`).
    public let titles: GazetteerWordList
    let longestTitle: Int
    /// The first and the last words of the titles of more than one word (``titleEdgeWords(_:)``): a
    /// token that is neither starts or ends no longer title.
    let titleFirstWords: GazetteerTable
    let titleLastWords: GazetteerTable
    public let organizationHeads: GazetteerWordList
    public let locationHeads: GazetteerWordList
    public let miscHeads: GazetteerWordList
    public let nonNames: GazetteerWordList
    /// Lower-cased phrases that name a team in a sports report.
    public let teamPlaces: GazetteerWordList
    public let sportsWords: GazetteerWordList
    /// Last word of each listed person's canonical name → entity index (the first listed wins).
    let personSurnames: GazetteerTable

    /// Parses the lists (formats as written by `scripts/build-gazetteers.py`).
    public init(
        names: String, givenNames: String, surnames: String, commonWords: String, titles: String,
        organizationHeads: String, locationHeads: String, miscHeads: String, nonNames: String, teamPlaces: String,
        sportsWords: String
    ) {
        var store = GazetteerEntityStore()
        let lineCount = Gazetteer.lineCountEstimate(names)
        var phrases = GazetteerTable(capacity: lineCount * 3 / 2)
        var longest = GazetteerTable(capacity: lineCount)
        var surnameTable = GazetteerTable(capacity: lineCount / 4)
        var key: [UInt8] = []
        var fields: [UnsafeBufferPointer<UInt8>] = []
        var surfaces: [UnsafeBufferPointer<UInt8>] = []
        Gazetteer.forEachLine(names) { line in
            Gazetteer.split(line, at: 0x09, omittingEmpty: false, into: &fields)
            guard fields.count >= 2, let kind = Gazetteer.entityKind(fields[0]) else { return }
            Gazetteer.split(fields[1], at: 0x7C, omittingEmpty: true, into: &surfaces)
            guard let canonical = surfaces.first else { return }
            let kb = fields.count > 2 ? fields[2] : UnsafeBufferPointer(start: nil, count: 0)
            let weak = fields.count > 3 && fields[3].contains(0x77)
            let country = fields.count > 3 && fields[3].contains(0x63)
            let index = store.count
            store.append(kind: kind, canonicalName: canonical, knowledgeBaseID: kb, isWeak: weak, isCountry: country)
            for (position, surface) in surfaces.enumerated() {
                let shape = Gazetteer.phraseKey(surface, into: &key)
                guard shape.tokens > 0 else { continue }
                key.withUnsafeBufferPointer { key in
                    phrases.insertIfAbsent(key, value: Int32(index))
                    longest.raise(UnsafeBufferPointer(rebasing: key[..<shape.firstEnd]), to: Int32(shape.tokens))
                    // A bare surname names the first listed person whose canonical name ends in it.
                    if position == 0 && kind == .person {
                        let last = UnsafeBufferPointer(rebasing: key[shape.lastStart...])
                        let characters = GazetteerTable.isASCII(last) ? last.count : String(decoding: last, as: UTF8.self).count
                        if characters > 2 { surnameTable.insertIfAbsent(last, value: Int32(index)) }
                    }
                }
            }
        }
        self.store = store
        self.phrases = phrases
        self.longestPhrase = longest
        self.personSurnames = surnameTable
        self.givenNames = Gazetteer.wordList(givenNames)
        self.surnames = Gazetteer.wordList(surnames)
        self.commonWords = Gazetteer.wordList(commonWords)
        let (titleList, longestTitle) = Gazetteer.phraseList(titles)
        self.titles = titleList
        self.longestTitle = longestTitle
        (titleFirstWords, titleLastWords) = Gazetteer.titleEdgeWords(titleList)
        self.organizationHeads = Gazetteer.phraseList(organizationHeads).list
        self.locationHeads = Gazetteer.phraseList(locationHeads).list
        self.miscHeads = Gazetteer.phraseList(miscHeads).list
        self.nonNames = Gazetteer.wordList(nonNames)
        self.teamPlaces = Gazetteer.phraseList(teamPlaces).list
        self.sportsWords = Gazetteer.wordList(sportsWords)
    }

    /// The gazetteer of the generated resources, from the keys laid out at build time: the same tables
    /// as parsing the lists of ``GazetteerData`` gives.
    init(laidOut layout: GazetteerLayout.Type) {
        store = GazetteerEntityStore(
            names: layout.entityNames, nameEnds: layout.entityNameEnds, flags: layout.entityFlags,
            knowledgeBase: layout.entityKnowledgeBase, otherIDs: layout.entityKnowledgeBaseIDs, count: layout.nameEntityCount)
            ?? Gazetteer.entityStore(names: GazetteerData.names)
        var phrases = GazetteerTable(packed: layout.namePhrases)
        var longest = GazetteerTable(packed: layout.nameLongestPhrases)
        var surnameTable = GazetteerTable(packed: layout.personSurnames)
        Gazetteer.keyNameResidue(
            layout.nameResidue, asciiKeys: true, phrases: &phrases, longest: &longest, surnames: &surnameTable)
        // The non-ASCII keys are read when first asked for.
        phrases.deferUnicodeKeys(to: { GazetteerDeferredNameKeys.tables.phrases },
                                 split: { GazetteerDeferredNameKeys.nfc.phrases })
        longest.deferUnicodeKeys(to: { GazetteerDeferredNameKeys.tables.longest },
                                 split: { GazetteerDeferredNameKeys.nfc.longest })
        surnameTable.deferUnicodeKeys(to: { GazetteerDeferredNameKeys.tables.surnames },
                                      split: { GazetteerDeferredNameKeys.nfc.surnames })
        self.phrases = phrases
        self.longestPhrase = longest
        self.personSurnames = surnameTable
        givenNames = Gazetteer.laidOutWordList(layout.givenNames, residue: layout.givenNamesResidue)
        surnames = Gazetteer.laidOutWordList(layout.surnames, residue: layout.surnamesResidue)
        commonWords = Gazetteer.laidOutWordList(layout.commonWords, residue: layout.commonWordsResidue)
        nonNames = Gazetteer.laidOutWordList(layout.nonNames, residue: layout.nonNamesResidue)
        sportsWords = Gazetteer.laidOutWordList(layout.sportsWords, residue: layout.sportsWordsResidue)
        let (titleList, longestTitle) = Gazetteer.laidOutPhraseList(layout.titles, residue: layout.titlesResidue)
        titles = titleList
        self.longestTitle = longestTitle
        (titleFirstWords, titleLastWords) = Gazetteer.titleEdgeWords(titleList)
        organizationHeads = Gazetteer.laidOutPhraseList(layout.organizationHeads, residue: layout.organizationHeadsResidue).list
        locationHeads = Gazetteer.laidOutPhraseList(layout.locationHeads, residue: layout.locationHeadsResidue).list
        miscHeads = Gazetteer.laidOutPhraseList(layout.miscHeads, residue: layout.miscHeadsResidue).list
        teamPlaces = Gazetteer.laidOutPhraseList(layout.teamPlaces, residue: layout.teamPlacesResidue).list
    }

    /// The first words and the last words of the titles of more than one word (a title's key is its
    /// lower-cased tokens joined by one space), each a table of its own.
    static func titleEdgeWords(_ titles: GazetteerWordList) -> (first: GazetteerTable, last: GazetteerTable) {
        var first = GazetteerTable(capacity: 64)
        var last = GazetteerTable(capacity: 64)
        for (key, _) in titles.table.entries {
            let bytes = Array(key.utf8)
            guard let firstSpace = bytes.firstIndex(of: 0x20), let lastSpace = bytes.lastIndex(of: 0x20) else { continue }
            bytes.withUnsafeBufferPointer { bytes in
                first.insertIfAbsent(UnsafeBufferPointer(rebasing: bytes[..<firstSpace]), value: 0)
                last.insertIfAbsent(UnsafeBufferPointer(rebasing: bytes[(lastSpace + 1)...]), value: 0)
            }
        }
        return (first, last)
    }

    /// The entity at `index` (of ``entities``), with its canonical name and knowledge-base id.
    public func entity(at index: Int) -> GazetteerEntity { store.entity(index) }

    /// The widely reported person whose canonical name ends in `surname` (lower-cased), if the gazetteer
    /// lists one: a bare "Yeltsin" is Boris Yeltsin.
    public func personBySurname(_ surname: String) -> GazetteerEntity? {
        personSurnames.value(surname).map { store.entity(Int($0)) }
    }

    /// The entity named by the lower-cased token phrase `key` (tokens joined by one space).
    public func entity(phrase key: String) -> GazetteerEntity? {
        phrases.value(key).map { store.entity(Int($0)) }
    }

    /// The entity named by the lower-cased token phrase `key`, as the rules carry it.
    func entityRef(phrase key: String) -> GazetteerEntityRef? {
        phrases.value(key).map { store.refs[Int($0)] }
    }

    /// The listed person whose canonical name ends in `surname`, as the rules carry it.
    func personRef(surname: String) -> GazetteerEntityRef? {
        personSurnames.value(surname).map { store.refs[Int($0)] }
    }

    /// The most tokens a known phrase starting with `firstToken` (lower-cased) has; 0 if none does.
    public func longestPhrase(startingWith firstToken: String) -> Int { longestPhrase.value(firstToken).map { Int($0) } ?? 0 }

    /// The entity for a surface string as written (`"Bank of England"`), tokenized as the text is.
    public func entity(named surface: String) -> GazetteerEntity? {
        entity(phrase: Gazetteer.phraseTokens(surface).joined(separator: " "))
    }

    /// Whether `phrase` (lower-cased tokens joined by spaces) is a title.
    public func isTitle(_ phrase: String) -> Bool { titles.contains(phrase) }

    /// The lower-cased tokens of `surface`, split as ``Tokenizer`` splits text. Names made of ASCII
    /// letters and single spaces (most of them) take a fast path that gives the same tokens.
    static func phraseTokens(_ surface: String) -> [String] {
        var simple = !surface.isEmpty
        var previousSpace = true
        for byte in surface.utf8 {
            let letter = (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
            if letter { previousSpace = false; continue }
            if byte == 0x20 && !previousSpace { previousSpace = true; continue }
            simple = false
            break
        }
        if simple && !previousSpace {
            return surface.utf8.split(separator: 0x20).map { word in
                String(unsafeUninitializedCapacity: word.count) { buffer in
                    var k = 0
                    for byte in word {
                        buffer[k] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                        k += 1
                    }
                    return k
                }
            }
        }
        let text = ScalarText(surface)
        var tokens: [Token] = []
        Tokenizer.tokenize(text, in: TextSpan(start: 0, end: text.count), into: &tokens)
        return tokens.map { text.fastLowercasedString($0.span) }
    }

    /// The shape of a phrase key written by ``phraseKey(_:into:)``: its token count, the byte length of
    /// its first token and the byte offset of its last token.
    struct PhraseKeyShape {
        var tokens: Int
        var firstEnd: Int
        var lastStart: Int
    }

    /// Writes the phrase key of `surface` (its lower-cased tokens joined by one space, as
    /// ``phraseTokens(_:)`` gives them) into `key`. Surfaces of ASCII letters and single spaces (most
    /// names) are lower-cased byte by byte, which gives the same key without building strings.
    static func phraseKey(_ surface: UnsafeBufferPointer<UInt8>, into key: inout [UInt8]) -> PhraseKeyShape {
        key.removeAll(keepingCapacity: true)
        if let shape = wordsKey(surface, into: &key) { return shape }
        let parts = phraseTokens(String(decoding: surface, as: UTF8.self))
        key.removeAll(keepingCapacity: true)
        guard let first = parts.first, let last = parts.last else { return PhraseKeyShape(tokens: 0, firstEnd: 0, lastStart: 0) }
        for (index, part) in parts.enumerated() {
            if index > 0 { key.append(0x20) }
            key.append(contentsOf: part.utf8)
        }
        return PhraseKeyShape(tokens: parts.count, firstEnd: first.utf8.count, lastStart: key.count - last.utf8.count)
    }

    /// The phrase key of a surface made of words separated by single spaces, each word letters
    /// (`isAlphabetic`) joined by single hyphens or apostrophes (`-` `'` `’` `‐`): ``Tokenizer`` makes
    /// exactly one word token of each (no digits, periods or other marks that its rules treat
    /// specially), so the key is each word lower-cased, as ``ScalarText/fastLowercasedString(_:)``
    /// lower-cases a token. `nil` for any other surface.
    static func wordsKey(_ surface: UnsafeBufferPointer<UInt8>, into key: inout [UInt8]) -> PhraseKeyShape? {
        guard !surface.isEmpty else { return nil }
        // 0: at a word start (after a space or at the start), 1: after a letter, 2: after a joiner.
        var state = 0
        var ascii = true
        var index = 0
        while index < surface.count {
            let lead = surface[index]
            var value = UInt32(lead)
            var width = 1
            if lead >= 0x80 {
                ascii = false
                if lead >= 0xF0, index + 3 < surface.count {
                    value = (UInt32(lead & 0x07) << 18) | (UInt32(surface[index + 1] & 0x3F) << 12)
                        | (UInt32(surface[index + 2] & 0x3F) << 6) | UInt32(surface[index + 3] & 0x3F)
                    width = 4
                } else if lead >= 0xE0, index + 2 < surface.count {
                    value = (UInt32(lead & 0x0F) << 12) | (UInt32(surface[index + 1] & 0x3F) << 6) | UInt32(surface[index + 2] & 0x3F)
                    width = 3
                } else if lead >= 0xC0, index + 1 < surface.count {
                    value = (UInt32(lead & 0x1F) << 6) | UInt32(surface[index + 1] & 0x3F)
                    width = 2
                } else {
                    return nil
                }
            }
            index += width
            if value < 0x80 ? (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A
                : Unicode.Scalar(value)?.properties.isAlphabetic == true {
                state = 1
            } else if value == 0x20 || value == 0x2D || value == 0x27 || value == 0x2019 || value == 0x2010 {
                guard state == 1 else { return nil }
                state = value == 0x20 ? 0 : 2
            } else {
                return nil
            }
        }
        guard state == 1 else { return nil }
        var tokens = 0
        var firstEnd = -1
        var lastStart = 0
        var wordStart = 0
        for end in 0...surface.count where end == surface.count || surface[end] == 0x20 {
            let word = UnsafeBufferPointer(rebasing: surface[wordStart..<end])
            if tokens > 0 {
                if firstEnd < 0 { firstEnd = key.count }
                key.append(0x20)
            }
            lastStart = key.count
            if ascii || GazetteerTable.isASCII(word) {
                Gazetteer.appendLowercasedASCII(word, to: &key)
            } else {
                Gazetteer.appendLowercased(word, to: &key)
            }
            tokens += 1
            wordStart = end + 1
        }
        return PhraseKeyShape(tokens: tokens, firstEnd: firstEnd < 0 ? key.count : firstEnd, lastStart: lastStart)
    }

    /// Calls `body` with each line of `list` (split on UTF-8 newlines, trimmed of spaces and carriage
    /// returns, empty lines skipped) as UTF-8 bytes.
    static func forEachLine(_ list: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        forEachUTF8Line(list) { line in
            var lower = 0
            var upper = line.count
            while upper > lower, line[upper - 1] == 0x20 || line[upper - 1] == 0x0D { upper -= 1 }
            while lower < upper, line[lower] == 0x20 { lower += 1 }
            if lower < upper { body(UnsafeBufferPointer(rebasing: line[lower..<upper])) }
        }
    }

    /// Calls `body` with every line of `list`, empty ones included, split on UTF-8 newlines only and
    /// nothing trimmed: the one line splitter under the gazetteer's list readers.
    static func forEachUTF8Line(_ list: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var list = list
        list.withUTF8 { utf8 in
            var start = 0
            while start < utf8.count {
                var end = start
                while end < utf8.count, utf8[end] != 0x0A { end += 1 }
                body(UnsafeBufferPointer(rebasing: utf8[start..<end]))
                start = end + 1
            }
        }
    }

    /// About how many lines `list` has (its UTF-8 newlines, plus one).
    static func lineCountEstimate(_ list: String) -> Int {
        var list = list
        return list.withUTF8 { utf8 in
            var count = 1
            for byte in utf8 where byte == 0x0A { count += 1 }
            return count
        }
    }

    /// Replaces `parts` with the parts of `line` between `separator` bytes (an ASCII byte).
    static func split(_ line: UnsafeBufferPointer<UInt8>, at separator: UInt8, omittingEmpty: Bool,
                      into parts: inout [UnsafeBufferPointer<UInt8>]) {
        parts.removeAll(keepingCapacity: true)
        var start = 0
        for i in 0..<line.count where line[i] == separator {
            if !(omittingEmpty && start == i) { parts.append(UnsafeBufferPointer(rebasing: line[start..<i])) }
            start = i + 1
        }
        if !(omittingEmpty && start == line.count) { parts.append(UnsafeBufferPointer(rebasing: line[start...])) }
    }

    /// The entity kind of a type field (`P`, `O`, `L`, `M`), as ``EntityKind/init(code:)`` reads it.
    static func entityKind(_ field: UnsafeBufferPointer<UInt8>) -> EntityKind? {
        guard field.count == 1 else { return nil }
        switch field[0] {
        case UInt8(ascii: "P"): return .person
        case UInt8(ascii: "O"): return .organization
        case UInt8(ascii: "L"): return .location
        case UInt8(ascii: "M"): return .misc
        default: return nil
        }
    }

    /// Appends `bytes` (ASCII) to `key` with the letters lower-cased: one bulk copy, then the copy is
    /// lower-cased in place (no append per byte).
    @inline(__always)
    static func appendLowercasedASCII(_ bytes: UnsafeBufferPointer<UInt8>, to key: inout [UInt8]) {
        let start = key.count
        key.append(contentsOf: bytes)
        key.withUnsafeMutableBufferPointer { key in
            for index in start..<key.count where key[index] >= 0x41 && key[index] <= 0x5A { key[index] |= 0x20 }
        }
    }

    /// Appends the UTF-8 of `String(decoding: bytes, as: UTF8.self).lowercased()` to `key`, scalar by
    /// scalar (each scalar's lower-case mapping, as `lowercased()` maps it), without building the
    /// lower-cased string.
    static func appendLowercased(_ bytes: UnsafeBufferPointer<UInt8>, to key: inout [UInt8]) {
        for scalar in String(decoding: bytes, as: UTF8.self).unicodeScalars {
            if scalar.value < 0x80 {
                let byte = UInt8(truncatingIfNeeded: scalar.value)
                key.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
            } else {
                key.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
            }
        }
    }

    /// A list of words, one a line, lower-cased (`line.lowercased()`, byte by byte for ASCII lines).
    static func wordList(_ list: String) -> GazetteerWordList {
        var table = GazetteerTable(capacity: lineCountEstimate(list))
        var key: [UInt8] = []
        forEachLine(list) { line in
            if GazetteerTable.isASCII(line) {
                key.removeAll(keepingCapacity: true)
                appendLowercasedASCII(line, to: &key)
            } else {
                key.removeAll(keepingCapacity: true)
                appendLowercased(line, to: &key)
            }
            key.withUnsafeBufferPointer { table.insertIfAbsent($0, value: 0) }
        }
        return GazetteerWordList(table)
    }

    /// A list of phrases, one a line, keyed as names are (lower-cased tokens joined by one space), and
    /// the most tokens a phrase has (1 for an empty list).
    static func phraseList(_ list: String) -> (list: GazetteerWordList, longest: Int) {
        var table = GazetteerTable(capacity: lineCountEstimate(list))
        var key: [UInt8] = []
        var longest: Int?
        forEachLine(list) { line in
            let shape = phraseKey(line, into: &key)
            // An entry whose key repeats an earlier one adds nothing, as in a set.
            key.withUnsafeBufferPointer { table.insertIfAbsent($0, value: Int32(shape.tokens)) }
            longest = max(longest ?? 0, shape.tokens)
        }
        return (GazetteerWordList(table), longest ?? 1)
    }
}
