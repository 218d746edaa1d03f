import NewsmarkModel

/// One written form of a token (its exact code points and kind) and what the entity rules derive from
/// it: its strings, its shape and its gazetteer look-ups. An article repeats most of its words, so
/// the forms are built once per distinct form (``EntityTokenForms``) and shared by the tokens, instead
/// of three strings and a dozen hash look-ups per token.
///
/// The look-ups that only some rules need are made on first use and remembered. Everything but
/// ``stemID`` and ``stemIsLowercaseWord`` depends on the form and the gazetteer alone, so forms are kept
/// from article to article (``EntityFormMemo``); those two are set anew for each article that uses the
/// form. A form is used by one thread at a time: the article whose memo holds it.
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
    /// The shape bits ``EntityToken`` copies: capitalized (1), all caps (2), has a letter (4),
    /// possessive (8).
    let tokenShape: UInt8
    /// The number of letters (`isAlphabetic` code points).
    let letterCount: Int
    /// Whether the text is ASCII.
    let isASCII: Bool
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
        var hyphen = false
        for offset in token.span.start..<token.span.end {
            let scalar = text.scalars[offset]
            let value = scalar.value
            if value < 0x80 {
                // ASCII: arithmetic instead of Unicode property look-ups (most news text).
                let byte = UInt8(value)
                if byte == 0x2D { hyphen = true }
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
        // Lower-casing neither makes nor removes a hyphen-minus (the only scalar whose UTF-8 holds 0x2D).
        hasHyphen = hyphen
        isLowercaseWord = token.kind == .word && letters > 0 && !firstUpper
        letterCount = letters
        isASCII = ascii
        lowerUTF8 = Array(lower.utf8)
        stemUTF8 = possessiveLength == 0 ? lowerUTF8 : Array(stem.utf8)
        tokenShape = (isCapitalized ? 1 : 0) | (isAllCaps ? 2 : 0) | (hasLetter ? 4 : 0) | (possessiveLength != 0 ? 8 : 0)
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
    /// `MentionFinder.openers.contains(text)` (an opening quote, bracket or dash).
    var isOpener: Bool { cached(14) { MentionFinder.openers.contains(text) } }
    /// Whether the lower-cased text is "the".
    var isThe: Bool { cached(15) { lower == "the" } }
    /// Whether the text starts like a US party-and-state tag: `D-`, `R-` or `I-` and an upper-case
    /// letter ("D-Ore.", "R-Texas"), and has at least three characters.
    var isPartyTagShape: Bool {
        cached(16) {
            guard characterCount >= 3 else { return false }
            let bytes = Array(text.utf8.prefix(3))
            return bytes.count == 3 && (bytes[0] == 0x44 || bytes[0] == 0x52 || bytes[0] == 0x49) && bytes[1] == 0x2D
                && bytes[2] >= 0x41 && bytes[2] <= 0x5A
        }
    }
    /// `MentionFinder.speechVerbs.contains(lower)`.
    var isSpeechVerb: Bool { cached(17) { MentionFinder.speechVerbs.contains(lower) } }
    /// `MentionFinder.organizationNouns.contains(lower)`.
    var isOrganizationNoun: Bool { cached(18) { MentionFinder.organizationNouns.contains(lower) } }
    /// `MentionFinder.organizationFollowers.contains(lower)`.
    var isOrganizationFollower: Bool { cached(19) { MentionFinder.organizationFollowers.contains(lower) } }
    /// `MentionFinder.organizationOfNouns.contains(lower)`.
    var isOrganizationOfNoun: Bool { cached(20) { MentionFinder.organizationOfNouns.contains(lower) } }
    /// `gazetteer.titles.contains(lower)` and `gazetteer.titles.contains(stem)`.
    var lowerIsTitle: Bool { cached(21) { gazetteer.titles.contains(lower) } }
    var stemIsTitle: Bool { cached(22) { gazetteer.titles.contains(stem) } }
    /// `MentionFinder.namingFollowers.contains(lower)`.
    var isNamingFollower: Bool { cached(23) { MentionFinder.namingFollowers.contains(lower) } }
    /// `EntityAnnotator.abbreviatedCompanyWords.contains(lower)`.
    var isAbbreviatedCompanyWord: Bool { cached(24) { EntityAnnotator.abbreviatedCompanyWords.contains(lower) } }
    /// Whether the lower-cased text ends in a hyphen and a word that makes an adjective of a name
    /// ("ohio-based", "communist-led"; see ``MentionFinder/placeAdjectiveSuffixes``).
    var hasPlaceAdjectiveSuffix: Bool {
        cached(25) {
            guard let dash = lower.lastIndex(of: "-") else { return false }
            return MentionFinder.placeAdjectiveSuffixes.contains(String(lower[lower.index(after: dash)...]))
        }
    }
    /// Whether the stem is an inflected common word ("scorers", "automakers", "shipped"): it ends in
    /// `s`, `es`, `ed`, `ing`, `er`, `ers` or `ly`, and what is left (or that and `e`) is a common word.
    var stemLooksInflected: Bool {
        cached(26) {
            let word = stem
            for suffix in ["s", "es", "ed", "ing", "er", "ers", "ly"] where word.count > suffix.count + 2 && word.hasSuffix(suffix) {
                let base = String(word.dropLast(suffix.count))
                if gazetteer.commonWords.contains(base) || gazetteer.commonWords.contains(base + "e") { return true }
            }
            return false
        }
    }
    /// Whether the form is a lower-case prefix on a nationality word ("pan-European", "post-Soviet"):
    /// a hyphenated word not all lower case whose last part is a misc name.
    var isPrefixedNationality: Bool {
        cached(27) {
            guard hasHyphen, text != lower else { return false }
            let parts = stem.split(separator: "-")
            guard parts.count >= 2, let last = parts.last else { return false }
            return gazetteer.entityRef(phrase: String(last))?.kind == .misc
        }
    }
    /// `MentionFinder.particles.contains(lower)` is ``isParticle``; `MentionFinder.acronymConnectors.contains(lower)`.
    var isAcronymConnector: Bool { cached(28) { MentionFinder.acronymConnectors.contains(lower) } }
    /// `MentionFinder.sportsStatistics.contains(stem)`.
    var stemIsSportsStatistic: Bool { cached(29) { MentionFinder.sportsStatistics.contains(stem) } }
    /// `MentionFinder.clubCodes.contains(stem)` and `MentionFinder.clubPrefixes.contains(stem)`.
    var stemIsClubCode: Bool { cached(30) { MentionFinder.clubCodes.contains(stem) } }
    var stemIsClubPrefix: Bool { cached(31) { MentionFinder.clubPrefixes.contains(stem) } }

    /// The gazetteer entity the stem names alone (`gazetteer.entityRef(phrase: stem)`).
    var stemEntity: GazetteerEntityRef? {
        if !stemEntityKnown {
            cachedStemEntity = gazetteer.entityRef(phrase: stem)
            stemEntityKnown = true
        }
        return cachedStemEntity
    }
    private var stemEntityKnown = false
    private var cachedStemEntity: GazetteerEntityRef?

    /// The gazetteer entity the lower-cased token names alone (`gazetteer.entityRef(phrase: lower)`):
    /// the one-token probe of a phrase match.
    var lowerEntity: GazetteerEntityRef? {
        if !lowerEntityKnown {
            cachedLowerEntity = gazetteer.entityRef(phrase: lower)
            lowerEntityKnown = true
        }
        return cachedLowerEntity
    }
    private var lowerEntityKnown = false
    private var cachedLowerEntity: GazetteerEntityRef?

    /// Whether the lower-cased token is the first word (``startsLongerTitle``) or the last word
    /// (``endsLongerTitle``) of a title of more than one word (``Gazetteer/titleFirstWords``).
    var startsLongerTitle: Bool { titleEdges & 2 != 0 }
    var endsLongerTitle: Bool { titleEdges & 4 != 0 }
    private var titleEdges: UInt8 {
        if cachedTitleEdges == 0 {
            let first = lowerUTF8.withUnsafeBufferPointer { gazetteer.titleFirstWords.value(utf8: $0) } != nil
            let last = lowerUTF8.withUnsafeBufferPointer { gazetteer.titleLastWords.value(utf8: $0) } != nil
            cachedTitleEdges = 1 | (first ? 2 : 0) | (last ? 4 : 0)
        }
        return cachedTitleEdges
    }
    private var cachedTitleEdges: UInt8 = 0

    /// The kind a head word gives a name ending in the stem (``MentionFinder/headKind(_:)`` of the stem).
    var stemHeadKind: EntityKind? {
        if cachedStemHeadKind == 0 {
            let kind: EntityKind? = gazetteer.organizationHeads.contains(stem) ? .organization
                : gazetteer.miscHeads.contains(stem) ? .misc : gazetteer.locationHeads.contains(stem) ? .location : nil
            cachedStemHeadKind = switch kind {
            case .organization: 1
            case .misc: 2
            case .location: 3
            default: 4
            }
        }
        switch cachedStemHeadKind {
        case 1: return .organization
        case 2: return .misc
        case 3: return .location
        default: return nil
        }
    }
    private var cachedStemHeadKind: UInt8 = 0

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

/// The tokens of an article for the entity rules, each with its shared ``EntityTokenForm``; the forms'
/// stems numbered (``EntityTokenForm/stemID``), and which of them the document writes in lower case.
struct EntityTokenForms {
    let tokens: [EntityToken]
    /// The stem of each stem number (``EntityTokenForm/stemID``).
    let stems: [String]
    /// The stem number of "the", or -1 when no token has that stem.
    let theStemID: Int32

    /// Finds each token's form: tokens with the same kind and code points share one, found through a
    /// ``ScalarFormTable`` (no string is built for a form seen before). The forms come from a memo of
    /// their own, used by no other article; the entity stage uses ``withPooledMemo(gazetteer:_:)``.
    init(analysis: TextAnalysis, gazetteer: Gazetteer) {
        var memo = EntityFormMemo(gazetteer: gazetteer)
        self.init(analysis: analysis, memo: &memo)
    }

    /// Runs `body` with a memo from ``EntityFormMemo/pool`` and gives the memo back when `body` returns,
    /// not before: the forms' per-article parts (``EntityTokenForm/stemID``,
    /// ``EntityTokenForm/stemIsLowercaseWord``) and their remembered look-ups belong to this article
    /// until then, and another article that took the memo earlier would overwrite them.
    static func withPooledMemo<Result>(gazetteer: Gazetteer, _ body: (inout EntityFormMemo) throws -> Result) rethrows -> Result {
        var memo = EntityFormMemo.pool.take { EntityFormMemo(gazetteer: gazetteer) }
        if memo.gazetteer !== gazetteer {
            // A memo holds the look-ups of one gazetteer: another gazetteer starts from nothing.
            EntityFormMemo.pool.giveBack(memo)
            memo = EntityFormMemo(gazetteer: gazetteer)
        }
        defer { EntityFormMemo.pool.giveBack(memo) }
        return try body(&memo)
    }

    /// Finds each token's form in `memo` (adding the forms it lacks), then numbers the stems of the
    /// forms this article uses and marks which of them it writes in lower case.
    ///
    /// The memo numbers every stem (and every lower-case word's lower form) once, when it first sees
    /// the form, in a numbering of its own that lasts from article to article; an article's stem
    /// numbers are those numbers renumbered in the order the article's forms are first seen, through
    /// an array (no string is hashed for a form seen before).
    init(analysis: TextAnalysis, memo: inout EntityFormMemo) {
        let text = analysis.text
        let gazetteer = memo.gazetteer
        // The distinct forms of this article (their numbers in the memo), in order of first sight.
        var articleForms: [Int32] = []
        var tokens: [EntityToken] = []
        tokens.reserveCapacity(analysis.tokens.count)
        let article = memo.startArticle()
        text.scalars.withUnsafeBufferPointer { s in
            for token in analysis.tokens {
                let (index, isNew) = memo.table.form(start: token.span.start, end: token.span.end,
                                                     tag: EntityTokenForms.kindCode(token.kind), in: s)
                if isNew { memo.add(EntityTokenForm(token: token, text: text, gazetteer: gazetteer)) }
                if memo.lastArticle[index] != article {
                    memo.lastArticle[index] = article
                    articleForms.append(Int32(truncatingIfNeeded: index))
                }
                tokens.append(EntityToken(span: token.span, kind: token.kind, form: memo.forms[index]))
            }
        }
        // The article's number of each memo stem number it uses (valid where `stemArticle` is `article`).
        var stems: [String] = []
        stems.reserveCapacity(articleForms.count)
        memo.reserveStemNumbers()
        for index in articleForms {
            let form = memo.forms[Int(index)]
            let memoStem = Int(memo.formStems[Int(index)])
            if memo.stemArticle[memoStem] != article {
                memo.stemArticle[memoStem] = article
                memo.stemNumberInArticle[memoStem] = Int32(stems.count)
                stems.append(form.stem)
            }
            form.stemID = memo.stemNumberInArticle[memoStem]
        }
        // A stem is a word the document writes in lower case when a lower-case word token's lower-cased
        // form is that stem.
        var lowercaseStems = [Bool](repeating: false, count: stems.count)
        for index in articleForms {
            let memoLower = Int(memo.formLowers[Int(index)])
            if memoLower >= 0, memo.stemArticle[memoLower] == article {
                lowercaseStems[Int(memo.stemNumberInArticle[memoLower])] = true
            }
        }
        for index in articleForms {
            let form = memo.forms[Int(index)]
            form.stemIsLowercaseWord = lowercaseStems[Int(form.stemID)]
        }
        self.tokens = tokens
        self.stems = stems
        let the = Int(memo.theStem)
        self.theStemID = memo.stemArticle[the] == article ? memo.stemNumberInArticle[the] : -1
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

/// The entity stage's token forms, kept from one article to the next: a form's strings and gazetteer
/// look-ups depend on its code points, its kind and the gazetteer alone. An article takes the memo from
/// ``pool``, has it to itself until it gives it back, and sets the per-article parts of the forms it
/// uses (``EntityTokenForm/stemID``, ``EntityTokenForm/stemIsLowercaseWord``) before reading them.
struct EntityFormMemo: ReusableFormMemo, @unchecked Sendable {
    // Unchecked: the forms are mutable objects, only ever used by the one article that took the memo
    // from the pool (``FormMemoPool`` hands a memo to one taker at a time).

    /// The memos kept between the articles of this process.
    static let pool = FormMemoPool<EntityFormMemo>()

    /// The gazetteer the forms' look-ups were made in.
    let gazetteer: Gazetteer
    var table = ScalarFormTable()
    /// The form of each number of `table`.
    private(set) var forms: [EntityTokenForm] = []
    /// For each form, the number of the last article that used it.
    var lastArticle: [UInt32] = []
    private var articleCount: UInt32 = 0
    /// The memo's own numbering of stems, kept from article to article: equal numbers exactly for
    /// equal stem strings (lower-case words' lower forms are numbered in it too).
    private var stemNumbering: EntityStemNumbering
    /// For each form, the memo number of its stem, and of its lower form when it is a lower-case word
    /// (else -1).
    private(set) var formStems: [Int32] = []
    private(set) var formLowers: [Int32] = []
    /// The memo number of "the".
    let theStem: Int32
    /// For each memo stem number, the last article whose forms have that stem, and the stem's number
    /// in that article.
    var stemArticle: [UInt32] = []
    var stemNumberInArticle: [Int32] = []

    init(gazetteer: Gazetteer) {
        self.gazetteer = gazetteer
        stemNumbering = EntityStemNumbering(capacity: 1024)
        theStem = stemNumbering.number("the", utf8: [0x74, 0x68, 0x65])
    }

    var formCount: Int { forms.count }

    /// Adds the form of the next number of `table`, numbering its stem (and lower form).
    mutating func add(_ form: EntityTokenForm) {
        forms.append(form)
        lastArticle.append(0)
        formStems.append(stemNumbering.number(form.stem, utf8: form.stemUTF8))
        formLowers.append(form.isLowercaseWord ? stemNumbering.number(form.lower, utf8: form.lowerUTF8) : -1)
    }

    /// Makes `stemArticle` and `stemNumberInArticle` cover every memo stem number.
    mutating func reserveStemNumbers() {
        let count = stemNumbering.stems.count
        if stemArticle.count < count {
            stemArticle.append(contentsOf: repeatElement(0, count: count - stemArticle.count))
            stemNumberInArticle.append(contentsOf: repeatElement(-1, count: count - stemNumberInArticle.count))
        }
    }

    /// Starts a new article: the number its forms are marked with.
    mutating func startArticle() -> UInt32 {
        if articleCount == UInt32.max {
            articleCount = 0
            for k in lastArticle.indices { lastArticle[k] = 0 }
            for k in stemArticle.indices { stemArticle[k] = 0 }
        }
        articleCount += 1
        return articleCount
    }
}
