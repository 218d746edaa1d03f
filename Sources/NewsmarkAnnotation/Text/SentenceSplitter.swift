import NewsmarkModel

/// A deterministic sentence splitter for news English. Blocks are never joined: each block ends its last
/// sentence. Within a block, a sentence ends after a terminator token when the next token can start one.
///
/// Terminators: `.`, `!`, `?`, `…`, `...`, and a word that ends with its own period (an initialism such as
/// `U.S.`, an initial such as `F.`). Closing quotes and brackets right after the terminator belong to the
/// sentence it ends (`… he said."`).
///
/// The next token can start a sentence when it begins with an upper-case letter, a digit, or an opening
/// quote or bracket. A period that follows:
/// - a **title** (`Mr.`, `Gen.`, `Sen.`, `Gov.`, `Dr.`, `St.` …) never ends a sentence;
/// - `e.g.`, `i.e.`, `cf.` never ends a sentence;
/// - a **number abbreviation** (`No.`, `Nos.`, `Vol.`, `p.`, `pp.`, `Fig.`, `Art.`) or a **month**
///   (`Jan.`, `Sept.` …) does not end a sentence before a number (`No. 10`, `Jan. 5`), and otherwise ends
///   one only before a common sentence opener;
/// - an **initialism** (`U.S.`, `p.m.`), an **initial** (`F.`) or another **abbreviation** (`Inc.`, `Corp.`,
///   `Calif.`, `etc.`) ends a sentence only before a common sentence opener ("The", "He", "But", …) or an
///   opening quote: "the U.S. Army" stays one sentence, "in the U.S. The talks" is two;
/// - any other word ends a sentence.
/// A terminator inside a matched pair of parentheses ends a sentence only when the closing parenthesis
/// follows it right away ("(He declined to comment.) The …"), so "(see p. 3. Also …)" is not split inside.
public enum SentenceSplitter {
    /// Titles before names: a period after them never ends a sentence (lower-cased, without the period).
    public static let titles: Set<String> = [
        "mr", "mrs", "ms", "messrs", "mme", "mlle", "dr", "prof", "sen", "sens", "rep", "reps", "gov", "govs", "gen",
        "lt", "col", "maj", "capt", "cmdr", "cdr", "adm", "sgt", "cpl", "pvt", "brig", "rev", "fr", "st", "ste", "hon",
        "pres", "supt", "insp", "det", "amb", "atty", "lieut", "cmdt", "msgr", "sr", "sra", "pfc", "spc",
    ]

    /// Abbreviations that do not end a sentence before a number.
    public static let numberAbbreviations: Set<String> = [
        "no", "nos", "vol", "vols", "p", "pp", "fig", "figs", "art", "arts", "ch", "sec", "para", "ed", "eds", "op",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]

    /// Other abbreviations: a period after them ends a sentence only before a common sentence opener.
    public static let abbreviations: Set<String> = [
        "inc", "corp", "ltd", "co", "plc", "llc", "bros", "jr", "vs", "v", "etc", "al", "approx", "est", "dept",
        "univ", "assn", "ave", "blvd", "rd", "mt", "ft", "hwy", "gov't", "intl", "natl", "min", "max",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "kans", "ky", "la",
        "mass", "md", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "tex", "va",
        "vt", "wis", "wyo", "n.h", "n.j", "n.m", "n.y", "n.c", "n.d", "s.c", "s.d", "r.i", "w.va",
        "d.c",
    ]

    /// Whether `word` (lower-cased, without its period) is an abbreviation of any kind this splitter knows:
    /// a title, a number abbreviation, a month, another abbreviation, or one that never ends a sentence.
    public static func isAbbreviation(_ word: String) -> Bool {
        titles.contains(word) || numberAbbreviations.contains(word) || abbreviations.contains(word)
            || continuingAbbreviations.contains(word)
    }

    /// Abbreviations after which a period never ends a sentence.
    public static let continuingAbbreviations: Set<String> = ["e.g", "i.e", "cf", "viz", "ca"]

    /// Words that commonly open a sentence: after an abbreviation, initialism or initial, a capitalized
    /// word from this list means a new sentence.
    public static let sentenceOpeners: Set<String> = [
        "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "his", "her", "its", "their", "our", "my",
        "your", "this", "that", "these", "those", "there", "here", "but", "and", "or", "so", "yet", "in", "on", "at",
        "for", "with", "as", "if", "when", "while", "after", "before", "since", "although", "though", "because",
        "however", "meanwhile", "still", "also", "now", "then", "today", "yesterday", "tomorrow", "last", "next",
        "some", "many", "most", "all", "no", "not", "what", "who", "why", "how", "where", "officials", "police",
        "both", "each", "every", "such", "one", "two", "three", "several", "other", "others", "another", "by",
        "from", "to", "under", "during", "despite", "instead", "indeed", "thus", "later", "earlier", "asked",
        "mr", "mrs", "ms", "dr", "according", "until", "once", "among", "analysts", "critics", "experts",
    ]

    /// Appends the sentences over `tokens[range]` (one block) to `sentences`.
    public static func split(
        _ text: ScalarText, tokens: [Token], range: Range<Int>, blockIndex: Int, into sentences: inout [Sentence]
    ) {
        guard !range.isEmpty else { return }
        text.scalars.withUnsafeBufferPointer { scalars in
            tokens.withUnsafeBufferPointer { tokens in
                split(scalars, tokens: tokens, range: range, blockIndex: blockIndex, into: &sentences)
            }
        }
    }

    private static func split(
        _ text: UnsafeBufferPointer<Unicode.Scalar>, tokens: UnsafeBufferPointer<Token>, range: Range<Int>,
        blockIndex: Int, into sentences: inout [Sentence]
    ) {
        let closingParenthesis = matchedParentheses(text, tokens: tokens, range: range)
        var openParentheses: [Int] = []  // indices of the matched "(" we are inside
        var first = range.lowerBound
        var i = range.lowerBound
        while i < range.upperBound {
            if let closingParenthesis, let close = closingParenthesis[i - range.lowerBound] { openParentheses.append(close) }
            if let innermost = openParentheses.last, innermost == i { openParentheses.removeLast() }
            guard mayTerminate(text, tokens[i]), let strength = terminator(text, tokens: tokens, at: i) else {
                i += 1
                continue
            }
            // Take closing quotes and brackets that follow the terminator.
            var last = i
            while last + 1 < range.upperBound, isCloser(text, tokens[last + 1]),
                  tokens[last + 1].span.start == tokens[last].span.end {
                last += 1
                if let innermost = openParentheses.last, innermost == last { openParentheses.removeLast() }
            }
            let insideParentheses = !openParentheses.isEmpty
            if !insideParentheses, last + 1 < range.upperBound, startsSentence(text, tokens, last + 1, after: strength) {
                append(first..<(last + 1))
                first = last + 1
            }
            i = last + 1
        }
        append(first..<range.upperBound)

        func append(_ r: Range<Int>) {
            guard !r.isEmpty else { return }
            sentences.append(Sentence(
                span: TextSpan(start: tokens[r.lowerBound].span.start, end: tokens[r.upperBound - 1].span.end),
                tokenRange: r, blockIndex: blockIndex))
        }
    }

    /// Whether the token ends in a character a terminator ends in (`.` `!` `?` `…` `‼` `⁉`): the cheap test
    /// that lets most tokens skip ``terminator(_:tokens:at:)``.
    @inline(__always) private static func mayTerminate(_ text: UnsafeBufferPointer<Unicode.Scalar>, _ token: Token) -> Bool {
        let end = token.span.end
        guard end >= 1, end <= text.count else { return false }
        switch text[end - 1].value {
        case 0x2E, 0x21, 0x3F, 0x2026, 0x203C, 0x2049: return true
        default: return false
        }
    }

    /// How sure a terminator is to end a sentence.
    enum Strength {
        /// `!`, `?`, `…`, or a period after an ordinary word.
        case strong
        /// A period after an abbreviation, initialism or initial: ends a sentence only before an opener.
        case weak
        /// A period after a number abbreviation or month: like `.weak`, and never before a number.
        case beforeNumber
    }

    /// The strength of the terminator at token `i`, or `nil` if it is not one.
    static func terminator(_ text: ScalarText, tokens: [Token], at i: Int) -> Strength? {
        text.scalars.withUnsafeBufferPointer { scalars in
            tokens.withUnsafeBufferPointer { terminator(scalars, tokens: $0, at: i) }
        }
    }

    private static func terminator(_ text: UnsafeBufferPointer<Unicode.Scalar>, tokens: UnsafeBufferPointer<Token>,
                                   at i: Int) -> Strength? {
        let token = tokens[i]
        let span = token.span
        guard span.end - 1 >= 0, span.end - 1 < text.count else { return nil }
        let last = text[span.end - 1]
        let kind = token.kind
        if kind == .punctuation {
            if last == "!" || last == "?" || last == "…" || last == "‼" || last == "⁉" { return .strong }
            if span.length == 3, last == "." { return .strong }  // "..."
            guard last == ".", span.length == 1 else { return nil }
            guard i > 0, tokens[i - 1].span.end == span.start, tokens[i - 1].kind == .word else { return .strong }
            let wordSpan = tokens[i - 1].span
            let classes = wordClasses(text, wordSpan)
            if classes.contains(.title) || classes.contains(.continuing) { return nil }
            if classes.contains(.number) { return .beforeNumber }
            if classes.contains(.abbreviation) { return .weak }
            if wordSpan.length == 1, wordSpan.start >= 0, isUppercase(text[wordSpan.start]) { return .weak }
            return .strong
        }
        // A word with its own final period: "U.S.", "p.m.", "F.", "e.g.".
        guard kind == .word, last == ".", span.length >= 2 else { return nil }
        let classes = wordClasses(text, TextSpan(start: span.start, end: span.end - 1))
        if classes.contains(.continuing) || classes.contains(.title) { return nil }
        return .weak
    }

    /// The lists the lower-cased word over `span` is in: from ``SentenceWordTable`` for an ASCII word,
    /// else from the sets themselves.
    private static func wordClasses(_ text: UnsafeBufferPointer<Unicode.Scalar>, _ span: TextSpan) -> SentenceWordTable.Classes {
        if let classes = SentenceWordTable.shared.classes(of: text, span) { return classes }
        let lowerBound = max(0, min(span.start, text.count))
        let upperBound = max(lowerBound, min(span.end, text.count))
        let lower = ScalarText(scalars: Array(text[lowerBound..<upperBound])).string.lowercased()
        var classes: SentenceWordTable.Classes = []
        if titles.contains(lower) { classes.insert(.title) }
        if continuingAbbreviations.contains(lower) { classes.insert(.continuing) }
        if numberAbbreviations.contains(lower) { classes.insert(.number) }
        if abbreviations.contains(lower) { classes.insert(.abbreviation) }
        if sentenceOpeners.contains(lower) { classes.insert(.opener) }
        return classes
    }

    @inline(__always) private static func isUppercase(_ c: Unicode.Scalar) -> Bool {
        c.value < 0x80 ? c.value >= 0x41 && c.value <= 0x5A : c.isNewsmarkUppercase
    }

    /// Whether token `index` can start a sentence after a terminator of `strength`.
    static func startsSentence(_ text: ScalarText, _ tokens: [Token], _ index: Int, after strength: Strength) -> Bool {
        text.scalars.withUnsafeBufferPointer { scalars in
            tokens.withUnsafeBufferPointer { startsSentence(scalars, $0, index, after: strength) }
        }
    }

    private static func startsSentence(_ text: UnsafeBufferPointer<Unicode.Scalar>, _ tokens: UnsafeBufferPointer<Token>,
                                       _ index: Int, after strength: Strength) -> Bool {
        let token = tokens[index]
        let start = token.span.start
        guard start >= 0, start < text.count else { return false }
        let c = text[start]
        let isOpener: Bool
        switch c {
        case "\"", "“", "‘", "'", "«", "„", "(", "[": isOpener = true
        default: isOpener = false
        }
        switch strength {
        case .strong:
            return isUppercase(c) || Tokenizer.isDigit(c) || isOpener
        case .weak, .beforeNumber:
            if Tokenizer.isDigit(c) { return false }
            if isOpener { return true }
            guard isUppercase(c), token.kind == .word else { return false }
            return wordClasses(text, token.span).contains(.opener)
        }
    }

    static func isCloser(_ text: ScalarText, _ token: Token) -> Bool {
        text.scalars.withUnsafeBufferPointer { isCloser($0, token) }
    }

    @inline(__always) private static func isCloser(_ text: UnsafeBufferPointer<Unicode.Scalar>, _ token: Token) -> Bool {
        let span = token.span
        guard token.kind == .punctuation, span.length == 1, span.start >= 0, span.start < text.count else { return false }
        switch text[span.start] {
        case "\"", "”", "’", "'", ")", "]", "»": return true
        default: return false
        }
    }

    /// For each token of `range` (by offset from its start): the index of its matching `)` if it is a `(`
    /// that is closed within the block.
    static func matchedParentheses(_ text: ScalarText, tokens: [Token], range: Range<Int>) -> [Int?] {
        text.scalars.withUnsafeBufferPointer { scalars in
            tokens.withUnsafeBufferPointer {
                matchedParentheses(scalars, tokens: $0, range: range) ?? [Int?](repeating: nil, count: range.count)
            }
        }
    }

    /// ``matchedParentheses(_:tokens:range:)``, or `nil` when no `(` is closed in the range (most blocks).
    private static func matchedParentheses(_ text: UnsafeBufferPointer<Unicode.Scalar>, tokens: UnsafeBufferPointer<Token>,
                                           range: Range<Int>) -> [Int?]? {
        var result: [Int?]?
        var stack: [Int] = []
        for i in range {
            let token = tokens[i]
            let span = token.span
            guard token.kind == .punctuation, span.length == 1, span.start >= 0, span.start < text.count else { continue }
            switch text[span.start] {
            case "(": stack.append(i)
            case ")":
                if let open = stack.popLast() {
                    if result == nil { result = [Int?](repeating: nil, count: range.count) }
                    result?[open - range.lowerBound] = i
                }
            default: break
            }
        }
        return result
    }
}
