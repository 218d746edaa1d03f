import NewsmarkModel

/// A deterministic sentence splitter for news English.
///
/// A sentence ends after `.`, `!`, `?` or `…` (and any closing quotes or brackets right after it) when the
/// next token starts a new sentence: it begins with an upper-case letter, a digit or an opening quote.
/// A period does not end a sentence after a known abbreviation that is usually followed by a name or
/// number (`Gen.`, `Mr.`, `Jan.`, `No.`) or after a single initial (`John F. Kennedy`). Initialisms such
/// as `U.S.` end a sentence only when the next word is capitalized and is not a name-like continuation.
/// Blocks are never joined: each block ends its last sentence.
public enum SentenceSplitter {
    /// Abbreviations (without the period, lower-cased) after which a period does not end a sentence.
    public static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "maj", "capt", "cmdr", "adm",
        "sgt", "cpl", "pvt", "rev", "fr", "st", "hon", "pres", "supt", "insp", "det", "amb", "atty", "messrs",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        "no", "nos", "vol", "pp", "p", "fig", "approx", "est", "dept", "univ", "assn", "bros", "corp", "inc",
        "ltd", "co", "jr", "sr", "vs", "v", "etc", "e.g", "i.e", "cf", "al", "ave", "blvd", "rd", "mt", "ft",
        "ariz", "calif", "colo", "conn", "fla", "ga", "ill", "ind", "kan", "ky", "la", "mass", "md", "mich",
        "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "tex", "va", "vt", "wash",
        "wis", "wyo",
    ]

    /// Abbreviations that end the sentence when they are its last word (`Inc.`, `Co.`, `etc.`) are still
    /// split when the next word is capitalized and not a name cue.
    static let sentenceFinalAbbreviations: Set<String> = ["inc", "corp", "ltd", "co", "etc", "jr", "sr", "bros"]

    /// Appends the sentences over `tokens[range]` (one block) to `sentences`.
    public static func split(
        _ text: ScalarText, tokens: [Token], range: Range<Int>, blockIndex: Int, into sentences: inout [Sentence]
    ) {
        guard !range.isEmpty else { return }
        var first = range.lowerBound
        var i = range.lowerBound
        while i < range.upperBound {
            if endsSentence(text, tokens: tokens, at: i, limit: range.upperBound) {
                // Take closing quotes and brackets that follow the terminator.
                var last = i
                while last + 1 < range.upperBound, isCloser(text, tokens[last + 1]),
                    tokens[last + 1].span.start == tokens[last].span.end {
                    last += 1
                }
                if last + 1 < range.upperBound, startsSentence(text, tokens[last + 1]) {
                    append(first..<(last + 1))
                    first = last + 1
                    i = last + 1
                    continue
                }
                i = last + 1
                continue
            }
            i += 1
        }
        append(first..<range.upperBound)

        func append(_ r: Range<Int>) {
            guard !r.isEmpty else { return }
            sentences.append(Sentence(
                span: TextSpan(start: tokens[r.lowerBound].span.start, end: tokens[r.upperBound - 1].span.end),
                tokenRange: r, blockIndex: blockIndex))
        }
    }

    static func endsSentence(_ text: ScalarText, tokens: [Token], at i: Int, limit: Int) -> Bool {
        let token = tokens[i]
        let s = text.string(token.span)
        if s == "!" || s == "?" || s == "…" || s == "..." { return true }
        if token.kind == .word, s.hasSuffix("."), s.count > 1 {
            // An initialism ("U.S.") at the end of a sentence.
            let bare = String(s.dropLast()).lowercased()
            if s.count == 2 { return false }  // a single initial: "F."
            if abbreviations.contains(bare) { return false }
            return true
        }
        guard s == "." else { return false }
        guard i > 0, tokens[i - 1].span.end == token.span.start else { return true }
        let previous = tokens[i - 1]
        let word = text.string(previous.span)
        if previous.kind == .word {
            let lower = word.lowercased()
            if word.count == 1, word.first!.isUppercase { return false }  // an initial
            if sentenceFinalAbbreviations.contains(lower) { return true }
            if abbreviations.contains(lower) { return false }
        }
        return true
    }

    static func startsSentence(_ text: ScalarText, _ token: Token) -> Bool {
        guard let c = text[token.span.start] else { return false }
        if c.properties.isUppercase || Tokenizer.isDigit(c) { return true }
        return "\"“‘'«„([".unicodeScalars.contains(c)
    }

    static func isCloser(_ text: ScalarText, _ token: Token) -> Bool {
        guard token.kind == .punctuation, token.span.length == 1, let c = text[token.span.start] else { return false }
        return "\"”’')]»".unicodeScalars.contains(c)
    }
}
