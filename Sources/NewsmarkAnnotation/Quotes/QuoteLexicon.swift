/// The word lists the attribution rules test tokens against, as bits of one mask per lower-case word, so
/// that all of a token's memberships come from a single look-up (``QuoteTokenReader/isIn(_:_:)``) instead
/// of one string hash per list and per question.
enum QuoteLexicon: Int, CaseIterable {
    case verbModifiers, adverbialPrepositions, adverbialNouns, pronouns, determiners, nameParticles, titleWords
    case organizationWords, personRoleNouns, organizationRoleNouns, forwardStops, nonSpeakerNouns, utteranceVerbs
    case strongCues, invertedOnlyForms, messageNouns, phrasalFollowers
    case timeWords, frontingWords, relativePronouns, attachingPrepositions, quantityWords, timeTails
    case definiteDeterminers, auxiliaries
    case conjunctions, subordinators
    /// Speech-verb forms (``SpeechLexicon/verbForm(_:)``), finite and non-finite.
    case finiteVerb, nonFiniteVerb
    /// Verbs that speak with a particle (``SpeechLexicon/phrasalVerbs``).
    case phrasalVerb
    /// Possessives: words ending in "'s" or "’s".
    case possessive
    /// Words a period after which belongs to them (``SentenceSplitter/isAbbreviation(_:)``).
    case abbreviations
    /// Given names and titles that mark a gender (``GivenNameGender``).
    case maleGivenNames, femaleGivenNames, maleTitles, femaleTitles
    /// "put" and "puts", and "it": the phrase "put it" reports words ("as Lind put it").
    case putForms, itWord
    /// Single words the rules test tokens for ("according to", "another said", "of", "for").
    case toWord, accordingWord, anotherWord, oneWord, ofWord, forWord

    /// The lexicon's bit in a mask.
    var bit: UInt64 { 1 << UInt64(rawValue) }

    /// The words of a list-backed lexicon; empty for the computed ones (verb forms, possessives).
    var words: Set<String> {
        switch self {
        case .verbModifiers: SpeechLexicon.verbModifiers
        case .adverbialPrepositions: SpeechLexicon.adverbialPrepositions
        case .adverbialNouns: SpeechLexicon.adverbialNouns
        case .pronouns: SpeechLexicon.pronouns
        case .determiners: SpeechLexicon.determiners
        case .nameParticles: SpeechLexicon.nameParticles
        case .titleWords: SpeechLexicon.titleWords
        case .organizationWords: SpeechLexicon.organizationWords
        case .personRoleNouns: SpeechLexicon.personRoleNouns
        case .organizationRoleNouns: SpeechLexicon.organizationRoleNouns
        case .forwardStops: SpeechLexicon.forwardStops
        case .nonSpeakerNouns: SpeechLexicon.nonSpeakerNouns
        case .utteranceVerbs: SpeechLexicon.utteranceVerbs
        case .strongCues: SpeechLexicon.strongCues
        case .invertedOnlyForms: SpeechLexicon.invertedOnlyForms
        case .messageNouns: SpeechLexicon.messageNouns
        case .phrasalFollowers: SpeechLexicon.phrasalFollowers
        case .timeWords: SpeakerPhraseReader.timeWords
        case .frontingWords: SpeakerPhraseReader.frontingWords
        case .relativePronouns: SpeakerPhraseReader.relativePronouns
        case .attachingPrepositions: SpeakerPhraseReader.attachingPrepositions
        case .quantityWords: SpeakerPhraseReader.quantityWords
        case .timeTails: SpeakerPhraseReader.timeTails
        case .definiteDeterminers: SpeakerPhraseReader.definiteDeterminers
        case .auxiliaries: SpeakerPhraseReader.auxiliaries
        case .conjunctions: AttributionFinder.conjunctions
        case .subordinators: AttributionFinder.subordinators
        case .abbreviations:
            SentenceSplitter.titles.union(SentenceSplitter.numberAbbreviations).union(SentenceSplitter.abbreviations)
                .union(SentenceSplitter.continuingAbbreviations)
        case .maleGivenNames: GivenNameGender.male
        case .femaleGivenNames: GivenNameGender.female
        case .maleTitles: GivenNameGender.maleTitles
        case .femaleTitles: GivenNameGender.femaleTitles
        case .putForms: ["put", "puts"]
        case .itWord: ["it"]
        case .toWord: ["to"]
        case .accordingWord: ["according"]
        case .anotherWord: ["another"]
        case .oneWord: ["one"]
        case .ofWord: ["of"]
        case .forWord: ["for"]
        case .finiteVerb, .nonFiniteVerb, .phrasalVerb, .possessive: []
        }
    }

    /// Set in a token's memo once its mask is known (no lexicon uses this bit).
    static let knownBit: UInt64 = 1 << 63
    /// Set in a token's memo when the token is a quotation mark of a found quote (no lexicon uses this bit).
    static let quoteMarkBit: UInt64 = 1 << 62
    /// The bits lexicons use.
    static let lexiconBits: UInt64 = (1 << 61) - 1

    /// Every word of the lists and verb tables with the bits of the lexicons that hold it.
    private static let table: [String: UInt64] = {
        var table: [String: UInt64] = [:]
        table.reserveCapacity(4_096)
        for lexicon in allCases {
            for word in lexicon.words { table[word, default: 0] |= lexicon.bit }
        }
        for (word, form) in SpeechLexicon.verbForms {
            table[word, default: 0] |= form == .finite ? finiteVerb.bit : nonFiniteVerb.bit
        }
        for word in SpeechLexicon.phrasalVerbs.keys { table[word, default: 0] |= phrasalVerb.bit }
        return table
    }()

    /// The bits of every lexicon that holds `lower` (a word in lower case).
    static func mask(of lower: String) -> UInt64 {
        var mask = table[lower] ?? 0
        assert(mask & ~lexiconBits == 0)
        // Either suffix ends the UTF-8 bytes with "'s" or "’s", so the byte test is a necessary condition and
        // `hasSuffix` (which compares characters) decides only for the few words that pass it.
        let utf8 = lower.utf8
        if utf8.last == 0x73, endsWithApostropheS(utf8), lower.hasSuffix("'s") || lower.hasSuffix("’s") { mask |= possessive.bit }
        return mask
    }

    private static func endsWithApostropheS(_ utf8: String.UTF8View) -> Bool {
        var reversed = utf8.reversed().makeIterator()
        guard reversed.next() == 0x73, let mark = reversed.next() else { return false }
        if mark == 0x27 { return true }
        return mark == 0x99 && reversed.next() == 0x80 && reversed.next() == 0xE2
    }

    /// The table's words by ``QuoteTokenReader/hash(ofLowercased:)``, in open addressing, for ASCII tokens
    /// whose lower-case hash is computed without building a string (``QuoteTokenReader/lexicons(_:)``).
    struct HashedTable {
        /// Slot → entry index + 1 (0: empty).
        private var slots: [Int32]
        private var slotMask: Int
        private(set) var hashes: [UInt64] = []
        private(set) var words: [[UInt8]] = []
        private(set) var masks: [UInt64] = []
        /// Hashes shared by two table words: those look-ups go through the string table.
        private(set) var ambiguous: Set<UInt64> = []

        init(_ table: [String: UInt64]) {
            var capacity = 16
            while capacity < table.count * 4 { capacity <<= 1 }
            slots = Array(repeating: 0, count: capacity)
            slotMask = capacity - 1
            for (word, mask) in table {
                let hash = QuoteTokenReader.hash(ofLowercased: word)
                if let existing = entry(forHash: hash) {
                    if words[existing] != Array(word.utf8) { ambiguous.insert(hash) }
                    continue
                }
                var i = Self.home(hash, slotMask)
                while slots[i] != 0 { i = (i + 1) & slotMask }
                hashes.append(hash)
                words.append(Array(word.utf8))
                masks.append(mask)
                slots[i] = Int32(hashes.count)
            }
        }

        private static func home(_ hash: UInt64, _ mask: Int) -> Int {
            Int(truncatingIfNeeded: (hash ^ (hash >> 32)) &* 0x9E37_79B9_7F4A_7C15 >> 7) & mask
        }

        /// The index of the entry with `hash`, if any.
        func entry(forHash hash: UInt64) -> Int? {
            var i = Self.home(hash, slotMask)
            while true {
                let slot = Int(slots[i])
                if slot == 0 { return nil }
                if hashes[slot - 1] == hash { return slot - 1 }
                i = (i + 1) & slotMask
            }
        }
    }

    /// ``table`` by word hash.
    static let hashedTable = HashedTable(table)

    /// The lexicon bits of an ASCII word given as bytes in any case: `mask(of:)` of the word in lower case,
    /// less the possessive bit; `nil` when the word has other bytes or its hash is one two table words share.
    static func mask(ofASCIIWord bytes: UnsafeBufferPointer<UInt8>) -> UInt64? {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            guard byte < 0x80 else { return nil }
            hash = (hash ^ UInt64(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)) &* 0x0000_0100_0000_01B3
        }
        let table = hashedTable
        if !table.ambiguous.isEmpty, table.ambiguous.contains(hash) { return nil }
        guard let entry = table.entry(forHash: hash) else { return 0 }
        let word = table.words[entry]
        guard word.count == bytes.count else { return 0 }
        for (n, letter) in word.enumerated() {
            let byte = bytes[n]
            if (byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) != letter { return 0 }
        }
        return table.masks[entry] & ~possessive.bit
    }

    /// The speech-verb form a mask records.
    static func verbForm(inMask mask: UInt64) -> SpeechLexicon.VerbForm? {
        if mask & finiteVerb.bit != 0 { return .finite }
        if mask & nonFiniteVerb.bit != 0 { return .nonFinite }
        return nil
    }
}
