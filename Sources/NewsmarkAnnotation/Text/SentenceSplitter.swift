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
        let closingParenthesis = matchedParentheses(text, tokens: tokens, range: range)
        var openParentheses: [Int] = []  // indices of the matched "(" we are inside
        var first = range.lowerBound
        var i = range.lowerBound
        while i < range.upperBound {
            if let close = closingParenthesis[i - range.lowerBound] { openParentheses.append(close) }
            if let innermost = openParentheses.last, innermost == i { openParentheses.removeLast() }
            guard let strength = terminator(text, tokens: tokens, at: i) else {
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
        let token = tokens[i]
        guard let last = text[token.span.end - 1] else { return nil }
        if token.kind == .punctuation {
            if last == "!" || last == "?" || last == "…" || last == "‼" || last == "⁉" { return .strong }
            if token.span.length == 3, last == "." { return .strong }  // "..."
            guard last == ".", token.span.length == 1 else { return nil }
            guard i > 0, tokens[i - 1].span.end == token.span.start, tokens[i - 1].kind == .word else { return .strong }
            let word = text.fastString(tokens[i - 1].span)
            let lower = text.fastLowercasedString(tokens[i - 1].span)
            if titles.contains(lower) || continuingAbbreviations.contains(lower) { return nil }
            if numberAbbreviations.contains(lower) { return .beforeNumber }
            if abbreviations.contains(lower) { return .weak }
            if word.unicodeScalars.count == 1, let c = word.unicodeScalars.first, c.properties.isUppercase { return .weak }
            return .strong
        }
        // A word with its own final period: "U.S.", "p.m.", "F.", "e.g.".
        guard token.kind == .word, last == ".", token.span.length >= 2 else { return nil }
        let bare = text.fastLowercasedString(TextSpan(start: token.span.start, end: token.span.end - 1))
        if continuingAbbreviations.contains(bare) || titles.contains(bare) { return nil }
        return .weak
    }

    /// Whether token `index` can start a sentence after a terminator of `strength`.
    static func startsSentence(_ text: ScalarText, _ tokens: [Token], _ index: Int, after strength: Strength) -> Bool {
        let token = tokens[index]
        guard let c = text[token.span.start] else { return false }
        let isOpener = "\"“‘'«„([".unicodeScalars.contains(c)
        switch strength {
        case .strong:
            return c.properties.isUppercase || Tokenizer.isDigit(c) || isOpener
        case .weak, .beforeNumber:
            if Tokenizer.isDigit(c) { return false }
            if isOpener { return true }
            guard c.properties.isUppercase, token.kind == .word else { return false }
            return sentenceOpeners.contains(text.fastLowercasedString(token.span))
        }
    }

    static func isCloser(_ text: ScalarText, _ token: Token) -> Bool {
        guard token.kind == .punctuation, token.span.length == 1, let c = text[token.span.start] else { return false }
        return "\"”’')]»".unicodeScalars.contains(c)
    }

    /// For each token of `range` (by offset from its start): the index of its matching `)` if it is a `(`
    /// that is closed within the block.
    static func matchedParentheses(_ text: ScalarText, tokens: [Token], range: Range<Int>) -> [Int?] {
        var result = [Int?](repeating: nil, count: range.count)
        var stack: [Int] = []
        for i in range where tokens[i].kind == .punctuation && tokens[i].span.length == 1 {
            switch text[tokens[i].span.start] {
            case "(": stack.append(i)
            case ")": if let open = stack.popLast() { result[open - range.lowerBound] = i }
            default: break
            }
        }
        return result
    }
}
