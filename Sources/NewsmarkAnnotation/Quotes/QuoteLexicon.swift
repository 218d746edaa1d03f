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

    /// The lexicon's bit in a mask.
    var bit: UInt64 { 1 << UInt64(rawValue) }

    /// The words of a list-backed lexicon; empty for the computed ones.
    private var words: Set<String> {
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
        case .finiteVerb, .nonFiniteVerb, .phrasalVerb, .possessive: []
        }
    }

    /// Set in a token's memo once its mask is known (no lexicon uses this bit).
    static let knownBit: UInt64 = 1 << 63
    /// Set in a token's memo once ``abbreviationBit`` is known; asked only of words before a period.
    static let abbreviationKnownBit: UInt64 = 1 << 62
    /// The bits lexicons use.
    static let lexiconBits: UInt64 = (1 << 61) - 1
    /// Whether the word is an abbreviation (``SentenceSplitter/isAbbreviation(_:)``).
    static let abbreviationBit: UInt64 = 1 << 61

    /// Every word of the lists and verb tables with the bits of the lexicons that hold it.
    private static let table: [String: UInt64] = {
        var table: [String: UInt64] = [:]
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
        assert(mask & (knownBit | abbreviationKnownBit | abbreviationBit) == 0)
        // (A string ending in either suffix ends in the byte "s": the test before is exact.)
        if lower.utf8.last == 0x73, lower.hasSuffix("'s") || lower.hasSuffix("’s") { mask |= possessive.bit }
        return mask
    }

    /// The speech-verb form a mask records.
    static func verbForm(inMask mask: UInt64) -> SpeechLexicon.VerbForm? {
        if mask & finiteVerb.bit != 0 { return .finite }
        if mask & nonFiniteVerb.bit != 0 { return .nonFinite }
        return nil
    }
}
