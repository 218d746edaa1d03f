import NewsmarkModel

/// A unit of text the date matchers look at: a token, or a part of a hyphenated word ("two-week" is
/// `two`, `-`, `week`), lower-cased, with what the matchers need to know about its surroundings.
struct TemporalPiece: Sendable, Equatable {
    enum Kind: Sendable, Equatable { case word, number, punctuation, other }

    var start: Int
    var end: Int
    /// Whether white space separates this piece from the previous one.
    var spaceBefore: Bool
    /// The quotation the piece lies in (0: outside any quotation).
    var quoteRegion: Int
    /// What the piece's text decides, shared by the pieces written alike.
    var form: TemporalPieceForm

    var kind: Kind { form.kind }
    /// Lower-cased text; a possessive `'s` is removed (`year's` → `year`).
    var lower: String { form.lower }
    /// Whether the first letter is upper-case.
    var isCapitalized: Bool { form.isCapitalized }
    /// Whether the piece ends in a possessive `'s` / `’s` (or a bare `'` after an `s`).
    var isPossessive: Bool { form.isPossessive }
    /// The value of a piece made only of ASCII digits.
    var number: Int? { form.number }
    /// The number of digits when `number` is set.
    var digitCount: Int { form.digitCount }
    /// What the word can be in a temporal expression (empty for words the matchers never start at).
    var classes: TemporalWordClass { form.classes }
    /// Whether the piece is a word that starts with a digit ("1990s", "20th", "3pm").
    var startsWithDigit: Bool { form.startsWithDigit }
    /// What the lexicon says about the piece's word (``TemporalWordFacts``).
    var facts: TemporalWordFacts { form.facts }
}

/// What the date lexicon says about a lower-cased word, looked up once per form so that the matchers
/// read fields instead of hashing strings: month and day names, number and ordinal words, calendar
/// units, and a numeric ordinal ("20th").
struct TemporalWordFacts: Sendable, Equatable {
    /// The month a month name or abbreviation names (``TemporalLexicon/months``), 0 for none.
    var month: Int8 = 0
    /// The ISO weekday a full day name names (``TemporalLexicon/weekdays``), 0 for none.
    var weekday: Int8 = 0
    /// The value of a cardinal number word (``TemporalLexicon/numberWords``), -1 for none.
    var numberWord: Int16 = -1
    /// The value of an ordinal word (``TemporalLexicon/ordinalWords``), 0 for none.
    var ordinalWord: Int16 = 0
    /// The value of a numeric ordinal ("20th", "1st": `numericOrdinal`), -1 for none.
    var numericOrdinal: Int32 = -1
    /// The calendar unit a unit word names (``TemporalLexicon/units``).
    var unit: TimexUnit?
    /// Whether the unit word is plural.
    var unitIsPlural = false
    /// Whether the piece is an apostrophe (`'` or `’`), which may open a short year ("'98").
    var isApostrophe = false
    /// Whether the word starts with "fy" (a fiscal year: "FY1998").
    var startsWithFY = false
    /// Whether the word can be the head of a quarter or half ("quarter", "quarters", "half", "period",
    /// "q1"–"q4"): a sentence without one has no quarter expression.
    var isQuarterHead = false
    /// Whether the word, after "the", can make a relative date (``TemporalMatcher/deictic(at:)``:
    /// "the next day", "the same week", "the year").
    var continuesDeicticThe = false

    init() {}

    init(lower: String) {
        if let m = TemporalLexicon.months[lower] { month = Int8(m) }
        if let d = TemporalLexicon.weekdays[lower] { weekday = Int8(d) }
        if let n = TemporalLexicon.numberWords[lower] { numberWord = Int16(n) }
        if let n = TemporalLexicon.ordinalWords[lower] { ordinalWord = Int16(n) }
        if let n = Self.numericOrdinal(lower) { numericOrdinal = Int32(n) }
        if let (u, plural) = TemporalLexicon.units[lower] {
            unit = u
            unitIsPlural = plural
        }
        isApostrophe = lower == "'" || lower == "\u{2019}"
        startsWithFY = lower.hasPrefix("fy")
        switch lower {
        case "quarter", "quarters", "half", "period", "q1", "q2", "q3", "q4": isQuarterHead = true
        default: break
        }
        continuesDeicticThe = TemporalMatcher.deicticWordsAfterThe.contains(lower)
    }

    /// "20th", "1st", "22nd", "3rd" → the number: one to four digits and an English ordinal suffix.
    static func numericOrdinal(_ word: String) -> Int? {
        let utf8 = Array(word.utf8)
        guard utf8.count >= 3, utf8.count <= 6 else { return nil }
        var n = 0
        var k = 0
        while k < utf8.count, utf8[k] >= 48, utf8[k] <= 57 {
            n = n * 10 + Int(utf8[k] - 48)
            k += 1
        }
        guard k > 0, k <= 4 else { return nil }
        let suffix = String(decoding: utf8[k...], as: UTF8.self)
        guard ["st", "nd", "rd", "th"].contains(suffix) else { return nil }
        return n
    }
}

/// What a piece's code points and kind alone determine: everything but its position, its spacing and
/// its quotation region. Pieces written alike share one form (``TemporalPieceForms``), by reference, so
/// that a piece is small and copying it costs one reference count.
final class TemporalPieceForm: Sendable, Equatable {
    let kind: TemporalPiece.Kind
    let lower: String
    let isCapitalized: Bool
    let isPossessive: Bool
    let number: Int?
    let digitCount: Int
    let classes: TemporalWordClass
    let startsWithDigit: Bool
    let facts: TemporalWordFacts
    /// Whether the text has a hyphen (`-`, `‐`): a word token with one is split into pieces at it.
    let hasHyphen: Bool
    /// Whether no expression starts at a piece of this form, whatever follows it: no class that
    /// starts one, no number, no digit in front, no apostrophe ("'98") and no "FY" (``TemporalMatcher/mayStart(at:)``).
    let startsNothing: Bool
    /// Whether the form can follow a function word that starts an expression only before a word that
    /// continues one ("the", "a", "about": ``TemporalWordClass/needsSuccessor``).
    let continuesFunctionWord: Bool
    /// Whether a number's text has a period ("3.5", "20.05.1998") or a colon ("15:30"); `false` for
    /// pieces of other kinds, whose matchers do not ask.
    let numberHasPeriod: Bool
    let numberHasColon: Bool
    /// Whether the piece ends a clause for the tense search (``ClauseTense/isBoundary(_:)``): clause
    /// punctuation, or a word that starts a new clause.
    let isClauseBoundary: Bool

    static func == (a: TemporalPieceForm, b: TemporalPieceForm) -> Bool {
        a === b || (a.kind == b.kind && a.lower == b.lower && a.isCapitalized == b.isCapitalized && a.isPossessive == b.isPossessive
            && a.number == b.number && a.digitCount == b.digitCount && a.classes == b.classes
            && a.startsWithDigit == b.startsWithDigit && a.facts == b.facts && a.hasHyphen == b.hasHyphen
            && a.isClauseBoundary == b.isClauseBoundary && a.numberHasPeriod == b.numberHasPeriod
            && a.numberHasColon == b.numberHasColon && a.startsNothing == b.startsNothing
            && a.continuesFunctionWord == b.continuesFunctionWord)
    }

    /// Derives the form of `s[start..<end]` as a piece of `kind` (`start < end`).
    init(start: Int, end: Int, kind: TemporalPiece.Kind, in s: UnsafeBufferPointer<Unicode.Scalar>) {
        var allDigits = true
        var ascii = true
        var hyphen = false
        var value = 0
        var digits = 0
        for j in start..<end {
            let v = s[j].value
            if v >= 0x30 && v <= 0x39 {
                if digits < 9 { value = value * 10 + Int(v - 0x30) }
                digits += 1
            } else {
                allDigits = false
                if v >= 0x80 { ascii = false }
                if v == 0x2D || v == 0x2010 { hyphen = true }
            }
        }
        var text: String
        if ascii {
            text = String(unsafeUninitializedCapacity: end - start) { buffer in
                for j in start..<end {
                    let v = UInt8(truncatingIfNeeded: s[j].value)
                    buffer[j - start] = v >= 0x41 && v <= 0x5A ? v + 0x20 : v
                }
                return end - start
            }
        } else {
            var lower = String.UnicodeScalarView()
            for j in start..<end {
                let c = s[j]
                if c == "\u{2019}" {
                    lower.append("'")
                } else if c.value < 0x80 {
                    lower.append(Unicode.Scalar(c.value >= 0x41 && c.value <= 0x5A ? c.value + 0x20 : c.value)!)
                } else {
                    for l in c.properties.lowercaseMapping.unicodeScalars { lower.append(l) }
                }
            }
            text = String(lower)
        }
        var possessive = false
        let isNumber = allDigits && digits > 0
        if kind == .word, !isNumber, end - start > 2 {
            if text.hasSuffix("'s") {
                text.removeLast(2)
                possessive = true
            } else if text.hasSuffix("s'") {
                text.removeLast()
                possessive = true
            }
        }
        let first = s[start]
        let firstIsDigit = first.value >= 0x30 && first.value <= 0x39
        let firstIsUpper = first.value < 0x80 ? (first.value >= 0x41 && first.value <= 0x5A) : first.properties.isUppercase
        self.kind = isNumber ? .number : kind
        lower = text
        isCapitalized = firstIsUpper
        isPossessive = possessive
        number = isNumber && digits <= 9 ? value : nil
        digitCount = isNumber ? digits : 0
        classes = kind == .word && !isNumber ? TemporalPieceBuilder.wordClasses(text) : []
        startsWithDigit = kind == .word && !isNumber && firstIsDigit
        facts = isNumber ? TemporalWordFacts() : TemporalWordFacts(lower: text)
        hasHyphen = hyphen
        // (A number token with separators, "15:30", is a number piece without being all digits.)
        let numberKind = isNumber || kind == .number
        numberHasPeriod = numberKind && text.contains(".")
        numberHasColon = numberKind && text.contains(":")
        let starting = !classes.subtracting(.notStarting).isEmpty || self.kind == .number || startsWithDigit
        switch self.kind {
        case .punctuation: startsNothing = !starting && !facts.isApostrophe
        case .word: startsNothing = !starting && !facts.startsWithFY
        default: startsNothing = !starting
        }
        continuesFunctionWord = starting || text == "-" || facts.isApostrophe || classes.contains(.successor)
        switch self.kind {
        case .punctuation: isClauseBoundary = ClauseTense.boundaryMarks.contains(text)
        case .word: isClauseBoundary = ClauseTense.boundaryWords.contains(text)
        default: isClauseBoundary = false
        }
    }
}

/// Piece forms: pieces with the same code points and kind share one ``TemporalPieceForm``, so the
/// lower-cased string and the lexicon look-ups are made once per distinct form instead of once per
/// piece. A form depends on nothing but its code points and kind, so the forms outlive the article:
/// the date stage takes them from ``pool`` and gives them back, and later articles find the words
/// they share with earlier ones already derived.
///
/// One-scalar ASCII pieces (punctuation, "a", single digits) are found directly by their kind and
/// scalar; longer ones are numbered by a ``ScalarFormTable`` (no string is built to find a form seen
/// before).
struct TemporalPieceForms: ReusableFormMemo {
    /// The forms kept between the articles of this process.
    static let pool = FormMemoPool<TemporalPieceForms>()

    private var table = ScalarFormTable()
    private var forms: [TemporalPieceForm] = []
    /// Pieces of two to eight ASCII scalars, keyed by their scalars, length and tag packed into a word
    /// (``packedKey(start:end:tag:in:)``): most words, found without hashing and comparing code points.
    private var packed = PackedKeyMap(capacity: 1024)
    private var packedForms: [TemporalPieceForm] = []
    /// The forms of one-scalar ASCII pieces: `singles[tag * 128 + scalar]`.
    private var singles = [TemporalPieceForm?](repeating: nil, count: 5 * 128)
    private var singleCount = 0
    /// Whether forms are shared; `false` derives every piece's form anew (the reference the tests
    /// compare the shared forms with).
    let sharing: Bool

    init(sharing: Bool = true) { self.sharing = sharing }

    /// The number of distinct forms derived so far (with `sharing`).
    var count: Int { forms.count + packedForms.count + singleCount }

    var formCount: Int { count }

    /// The form of `s[start..<end]` as a piece of `kind` (`0 <= start < end <= s.count`).
    mutating func form(start: Int, end: Int, kind: TemporalPiece.Kind, in s: UnsafeBufferPointer<Unicode.Scalar>) -> TemporalPieceForm {
        guard sharing else { return TemporalPieceForm(start: start, end: end, kind: kind, in: s) }
        let tag = Self.tag(kind)
        if end == start + 1, s[start].value < 128 {
            let slot = Int(tag) &* 128 &+ Int(s[start].value)
            if let known = singles[slot] { return known }
            let form = TemporalPieceForm(start: start, end: end, kind: kind, in: s)
            singles[slot] = form
            singleCount += 1
            return form
        }
        if let key = Self.packedKey(start: start, end: end, tag: tag, in: s) {
            if let known = packed[key] { return packedForms[Int(known)] }
            let form = TemporalPieceForm(start: start, end: end, kind: kind, in: s)
            packed.set(key, Int32(packedForms.count))
            packedForms.append(form)
            return form
        }
        let (index, isNew) = table.form(start: start, end: end, tag: tag, in: s)
        if !isNew { return forms[index] }
        let form = TemporalPieceForm(start: start, end: end, kind: kind, in: s)
        forms.append(form)
        return form
    }

    /// The key of a piece of at most eight ASCII scalars: seven bits per scalar (bits 0–55), the
    /// length (bits 56–59) and the tag (bits 60–62), which together name the piece's text exactly;
    /// `nil` for a longer piece or one with another scalar.
    @inline(__always)
    static func packedKey(start: Int, end: Int, tag: UInt8, in s: UnsafeBufferPointer<Unicode.Scalar>) -> UInt64? {
        let length = end &- start
        guard length > 0, length <= 8 else { return nil }
        var key: UInt64 = 0
        var high: UInt32 = 0
        var j = start
        while j < end {
            let v = s[j].value
            high |= v
            key = key &<< 7 | UInt64(v & 0x7F)
            j &+= 1
        }
        guard high < 0x80 else { return nil }
        return key | UInt64(tag) &<< 60 | UInt64(length) &<< 56
    }

    private static func tag(_ kind: TemporalPiece.Kind) -> UInt8 {
        switch kind {
        case .word: return 1
        case .number: return 2
        case .punctuation: return 3
        case .other: return 4
        }
    }
}

/// Builds pieces from tokens.
enum TemporalPieceBuilder {
    /// The pieces of `tokens[range]`; `regions[k]` is the quotation region of token `k`. `forms` holds
    /// the article's piece forms, shared by its sentences.
    static func pieces(text: ScalarText, tokens: [Token], range: Range<Int>, regions: [Int],
                       forms: inout TemporalPieceForms) -> [TemporalPiece] {
        var result: [TemporalPiece] = []
        fill(&result, text: text, tokens: tokens, range: range, regions: regions, forms: &forms)
        return result
    }

    /// Replaces the contents of `result` with the pieces of `tokens[range]` (see
    /// ``pieces(text:tokens:range:regions:forms:)``), keeping its storage for the next sentence.
    static func fill(_ result: inout [TemporalPiece], text: ScalarText, tokens: [Token], range: Range<Int>, regions: [Int],
                     forms: inout TemporalPieceForms) {
        result.removeAll(keepingCapacity: true)
        result.reserveCapacity(range.count + 4)
        var previousEnd = -1
        text.scalars.withUnsafeBufferPointer { s in
            for k in range {
                let token = tokens[k]
                let region = regions[k]
                switch token.kind {
                case .word:
                    // A word without a hyphen is one piece; one with is split at its hyphens.
                    let whole = token.span
                    guard whole.start < whole.end else { continue }
                    let form = forms.form(start: whole.start, end: whole.end, kind: .word, in: s)
                    if !form.hasHyphen {
                        result.append(TemporalPiece(start: whole.start, end: whole.end, spaceBefore: previousEnd != whole.start,
                                                    quoteRegion: region, form: form))
                        previousEnd = whole.end
                        continue
                    }
                    var partStart = token.span.start
                    var i = token.span.start
                    while i < token.span.end {
                        let c = s[i]
                        if c == "-" || c == "\u{2010}" {
                            append(partStart, i, .word, region, s, &result, &forms, &previousEnd)
                            append(i, i + 1, .punctuation, region, s, &result, &forms, &previousEnd)
                            partStart = i + 1
                        }
                        i += 1
                    }
                    append(partStart, token.span.end, .word, region, s, &result, &forms, &previousEnd)
                case .number: append(token.span.start, token.span.end, .number, region, s, &result, &forms, &previousEnd)
                case .punctuation: append(token.span.start, token.span.end, .punctuation, region, s, &result, &forms, &previousEnd)
                case .symbol: append(token.span.start, token.span.end, .other, region, s, &result, &forms, &previousEnd)
                }
            }
        }
    }

    /// Appends the piece `s[start..<end]` of `kind` (nothing when empty).
    @inline(__always)
    private static func append(_ start: Int, _ end: Int, _ kind: TemporalPiece.Kind, _ region: Int, _ s: UnsafeBufferPointer<Unicode.Scalar>,
                               _ result: inout [TemporalPiece], _ forms: inout TemporalPieceForms, _ previousEnd: inout Int) {
        guard start < end else { return }
        let form = forms.form(start: start, end: end, kind: kind, in: s)
        result.append(TemporalPiece(start: start, end: end, spaceBefore: previousEnd != start, quoteRegion: region, form: form))
        previousEnd = end
    }

    /// The classes of a lower-cased word, with the "-ed" and "'ll" forms the table cannot list.
    static func wordClasses(_ text: String) -> TemporalWordClass {
        var classes = TemporalLexicon.wordClasses[text] ?? []
        let utf8 = text.utf8
        let count = utf8.count
        guard count >= 3 else { return classes }
        return utf8.withContiguousStorageIfAvailable { bytes -> TemporalWordClass in
            let last = bytes[count - 1], second = bytes[count - 2]
            if count >= 5, second == UInt8(ascii: "e"), last == UInt8(ascii: "d"), !classes.contains(.notPastForm) {
                classes.insert(.edForm)
            }
            if last == UInt8(ascii: "l"), second == UInt8(ascii: "l"), bytes[count - 3] == UInt8(ascii: "'") {
                classes.insert(.futureCue)
            }
            return classes
        } ?? classes
    }

    /// The quotation region of every token: a counter that increases at each opening mark, 0 outside
    /// quotations. Straight double quotes toggle; curly and guillemet quotes open and close. Regions
    /// never run past the end of a block.
    static func quoteRegions(text: ScalarText, tokens: [Token], sentences: [Sentence]) -> [Int] {
        var regions = [Int](repeating: 0, count: tokens.count)
        var counter = 0
        var current = 0
        var block = -1
        for sentence in sentences {
            if sentence.blockIndex != block {
                block = sentence.blockIndex
                current = 0
            }
            for k in sentence.tokenRange {
                let token = tokens[k]
                if token.kind == .punctuation, token.span.length == 1, let c = text[token.span.start] {
                    switch c {
                    case "\"":
                        if current == 0 {
                            counter += 1
                            current = counter
                            regions[k] = current
                        } else {
                            regions[k] = current
                            current = 0
                        }
                        continue
                    case "\u{201C}", "\u{00AB}":
                        counter += 1
                        current = counter
                    case "\u{201D}", "\u{00BB}":
                        regions[k] = current
                        current = 0
                        continue
                    default: break
                    }
                }
                regions[k] = current
            }
        }
        return regions
    }
}
