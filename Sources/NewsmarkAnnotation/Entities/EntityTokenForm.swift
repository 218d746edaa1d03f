import NewsmarkModel

/// One written form of a token (its exact code points and kind) and what the entity rules derive from
/// it: its strings, its shape and its gazetteer look-ups. An article repeats most of its words, so
/// the forms are built once per distinct form (``EntityTokenForms``) and shared by the tokens, instead
/// of three strings and a dozen hash look-ups per token.
///
/// The look-ups that only some rules need are made on first use and remembered; a form belongs to one
/// article's ``MentionFinder`` and is used by one thread.
final class EntityTokenForm {
    /// The token as written.
    let text: String
    /// The token lower-cased.
    let lower: String
    /// The token lower-cased without a possessive `'s` / `’s` ending.
    let stem: String
    /// 2 when the token ends in a possessive `'s` / `’s`, else 0.
    let possessiveLength: Int
    /// Whether the first character is an upper-case letter.
    let isCapitalized: Bool
    /// Whether every letter is upper case (and there are at least two letters, or one letter and a period).
    let isAllCaps: Bool
    /// Whether the token contains a letter.
    let hasLetter: Bool
    /// `text.count` (characters).
    let characterCount: Int
    /// Whether the lower-cased text holds a hyphen-minus.
    let hasHyphen: Bool
    /// Whether the form is a word token with a letter that is not capitalized: the document writes
    /// `lower` in lower case.
    let isLowercaseWord: Bool
    /// The number of letters (`isAlphabetic` code points).
    let letterCount: Int
    /// The UTF-8 of `lower` and of `stem`, for phrase keys built as bytes.
    let lowerUTF8: [UInt8]
    let stemUTF8: [UInt8]
    /// The number of the form's stem among the article's distinct stems (set by ``EntityTokenForms``):
    /// two forms have the same number exactly when their stems are equal strings.
    var stemID: Int32 = -1

    private let gazetteer: Gazetteer
    /// Look-ups made so far: bit `2k` says look-up `k` was made, bit `2k + 1` holds its answer.
    private var cache: UInt64 = 0
    private var cachedLongestPhrase = -1
    /// Whether `stem` is a word the document writes in lower case (set once every form is known).
    var stemIsLowercaseWord = false

    init(token: Token, text: ScalarText, gazetteer: Gazetteer) {
        self.gazetteer = gazetteer
        var letters = 0
        var upper = 0
        var firstUpper = false
        var first = true
        var ascii = true
        for offset in token.span.start..<token.span.end {
            let scalar = text.scalars[offset]
            let value = scalar.value
            if value < 0x80 {
                // ASCII: arithmetic instead of Unicode property look-ups (most news text).
                let byte = UInt8(value)
                let isUpper = byte >= 0x41 && byte <= 0x5A
                let isLower = byte >= 0x61 && byte <= 0x7A
                if isUpper || isLower {
                    letters += 1
                    if isUpper { upper += 1 }
                    if first { firstUpper = isUpper }
                    first = false
                } else if first && token.kind == .word && !(byte >= 0x30 && byte <= 0x39) {
                    first = false
                }
                continue
            }
            ascii = false
            let properties = scalar.properties
            if properties.isAlphabetic {
                letters += 1
                if properties.isUppercase { upper += 1 }
                if first { firstUpper = properties.isUppercase }
                first = false
            } else if first && token.kind == .word {
                first = false
            }
        }
        // ASCII tokens are built straight from bytes (no scalar appends; short ones need no heap).
        let written = ascii ? text.fastString(token.span) : text.string(token.span)
        // An ASCII token without upper-case letters is its own lower-case form (no second string).
        let lower = ascii ? (upper == 0 ? written : text.fastLowercasedString(token.span)) : written.lowercased()
        self.text = written
        characterCount = ascii ? token.span.length : written.count
        self.lower = lower
        hasLetter = letters > 0
        isCapitalized = firstUpper
        let lastScalar = token.span.length > 0 ? text.scalars[token.span.end - 1] : " "
        let beforeLast = token.span.length > 1 ? text.scalars[token.span.end - 2] : " "
        isAllCaps = letters > 0 && upper == letters && (letters >= 2 || lastScalar == ".")
        if token.kind == .word, token.span.length > 2, lastScalar == "s" || lastScalar == "S",
           beforeLast == "'" || beforeLast == "\u{2019}" {
            stem = String(lower.dropLast(2))
            possessiveLength = 2
        } else {
            stem = lower
            possessiveLength = 0
        }
        hasHyphen = lower.utf8.contains(0x2D)
        isLowercaseWord = token.kind == .word && letters > 0 && !firstUpper
        letterCount = letters
        lowerUTF8 = Array(lower.utf8)
        stemUTF8 = possessiveLength == 0 ? lowerUTF8 : Array(stem.utf8)
    }

    // MARK: - Look-ups, made once per form

    @inline(__always)
    private func cached(_ bit: UInt64, _ compute: () -> Bool) -> Bool {
        let known: UInt64 = 1 << (2 * bit)
        let answer: UInt64 = 1 << (2 * bit + 1)
        if cache & known != 0 { return cache & answer != 0 }
        let value = compute()
        cache |= known | (value ? answer : 0)
        return value
    }

    /// `gazetteer.commonWords.contains(stem)`.
    var stemIsGazetteerCommonWord: Bool { cached(0) { gazetteer.commonWords.contains(stem) } }
    /// `gazetteer.nonNames.contains(stem)`.
    var stemIsNonName: Bool { cached(1) { gazetteer.nonNames.contains(stem) } }
    /// `gazetteer.givenNames.contains(stem)`.
    var stemIsGivenName: Bool { cached(2) { gazetteer.givenNames.contains(stem) } }
    /// `gazetteer.surnames.contains(stem)`.
    var stemIsSurname: Bool { cached(3) { gazetteer.surnames.contains(stem) } }
    /// `gazetteer.sportsWords.contains(lower)`.
    var isSportsWord: Bool { cached(4) { gazetteer.sportsWords.contains(lower) } }
    /// `MentionFinder.titleCaseFunctionWords.contains(lower)`.
    var isTitleCaseFunctionWord: Bool { cached(5) { MentionFinder.titleCaseFunctionWords.contains(lower) } }
    /// `MentionFinder.particles.contains(lower)`.
    var isParticle: Bool { cached(6) { MentionFinder.particles.contains(lower) } }
    /// `MentionFinder.phraseConnectors.contains(lower)`.
    var isPhraseConnector: Bool { cached(7) { MentionFinder.phraseConnectors.contains(lower) } }
    /// `MentionFinder.placePrepositions.contains(lower)`.
    var isPlacePreposition: Bool { cached(8) { MentionFinder.placePrepositions.contains(lower) } }

    /// Whether the text holds an ASCII digit.
    var hasDigit: Bool { cached(9) { text.unicodeScalars.contains { Tokenizer.isDigit($0) } } }
    /// Whether the text is `(` (and `)` below).
    var isOpeningBracket: Bool { cached(10) { text == "(" } }
    var isClosingBracket: Bool { cached(11) { text == ")" } }
    /// Whether the text is `.` (a lone period, left out of a mention's words).
    var isPeriod: Bool { cached(13) { text == "." } }
    /// `DocumentMemory.companyWords.contains(stem)`.
    var stemIsCompanyWord: Bool { cached(12) { DocumentMemory.companyWords.contains(stem) } }

    /// A common word here: in the common-word list, written in lower case in the document, or a known
    /// non-name (all by the stem).
    var isCommonWord: Bool { stemIsGazetteerCommonWord || stemIsLowercaseWord || stemIsNonName }
    /// A known given name or surname (by the stem).
    var isPersonNameWord: Bool { stemIsSurname || stemIsGivenName }

    /// `gazetteer.longestPhrase(startingWith: lower)`.
    var longestPhrase: Int {
        if cachedLongestPhrase < 0 { cachedLongestPhrase = gazetteer.longestPhrase(startingWith: lower) }
        return cachedLongestPhrase
    }
}

/// The tokens of an article for the entity rules, each with its shared ``EntityTokenForm``, and the
/// lower-cased words the document writes in lower case.
struct EntityTokenForms {
    let tokens: [EntityToken]
    /// Lower-cased words that the document writes in lower case somewhere.
    let lowercaseWords: Set<String>
    /// The stem of each stem number (``EntityTokenForm/stemID``).
    let stems: [String]
    /// The stem number of "the", or -1 when no token has that stem.
    let theStemID: Int32

    /// Finds each token's form: tokens with the same kind and code points share one, found through a
    /// ``ScalarFormTable`` (no string is built for a form seen before).
    init(analysis: TextAnalysis, gazetteer: Gazetteer) {
        let text = analysis.text
        var forms: [EntityTokenForm] = []
        var table = ScalarFormTable()
        var tokens: [EntityToken] = []
        tokens.reserveCapacity(analysis.tokens.count)
        text.scalars.withUnsafeBufferPointer { s in
            for token in analysis.tokens {
                let (index, isNew) = table.form(start: token.span.start, end: token.span.end,
                                                tag: EntityTokenForms.kindCode(token.kind), in: s)
                if isNew { forms.append(EntityTokenForm(token: token, text: text, gazetteer: gazetteer)) }
                tokens.append(EntityToken(span: token.span, kind: token.kind, form: forms[index]))
            }
        }
        var lowercase = Set<String>()
        for form in forms where form.isLowercaseWord { lowercase.insert(form.lower) }
        if !lowercase.isEmpty {
            for form in forms { form.stemIsLowercaseWord = lowercase.contains(form.stem) }
        }
        var stemIDs: [String: Int32] = [:]
        stemIDs.reserveCapacity(forms.count)
        var stems: [String] = []
        stems.reserveCapacity(forms.count)
        for form in forms {
            let next = Int32(stems.count)
            form.stemID = stemIDs[form.stem, default: next]
            if form.stemID == next {
                stemIDs[form.stem] = next
                stems.append(form.stem)
            }
        }
        self.tokens = tokens
        self.lowercaseWords = lowercase
        self.stems = stems
        self.theStemID = stemIDs["the"] ?? -1
    }

    private static func kindCode(_ kind: Token.Kind) -> UInt8 {
        switch kind {
        case .word: return 1
        case .number: return 2
        case .punctuation: return 3
        case .symbol: return 4
        }
    }
}
