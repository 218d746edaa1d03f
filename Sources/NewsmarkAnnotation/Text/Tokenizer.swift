import NewsmarkModel

/// A deterministic tokenizer for news English.
///
/// Rules, in order, at each non-space position:
/// 1. Digits start a number; `.` `,` `:` continue it when a digit follows (`3.5`, `1,000`, `15:30`).
/// 2. Letters start a word; a word continues over letters, digits, combining marks, and an apostrophe
///    (`'` or `’`), hyphen or period that is followed by a letter or digit (`NATO's`, `multi-national`).
///    A period after a single letter continues an initialism (`U.S.`, `U.N.`): the final period belongs
///    to the word when the word so far is letter-period pairs.
/// 3. `--` and `...` are one punctuation token; every other punctuation character is a token of its own.
/// 4. Anything else that is not white space is a one-character symbol.
///
/// Before these, a web address (`http://…`, `https://…`, `www.…`) or an e-mail address (`name@host.org`) is
/// one symbol token, up to the next white space, without trailing punctuation (`.` `,` `;` `:` `!` `?` and
/// closing quotes and brackets), so that "example.com" is never taken for words.
public enum Tokenizer {
    /// Appends the tokens of `text` within `span` to `tokens`.
    public static func tokenize(_ text: ScalarText, in span: TextSpan, into tokens: inout [Token]) {
        text.scalars.withUnsafeBufferPointer { tokenize($0, from: max(0, span.start), to: min(span.end, $0.count), into: &tokens) }
    }

    /// ``tokenize(_:in:into:)`` over the scalars' buffer, with ASCII classified by table.
    private static func tokenize(_ s: UnsafeBufferPointer<Unicode.Scalar>, from first: Int, to end: Int, into tokens: inout [Token]) {
        var i = first
        // The next `@` at or after `i` (or `end`): without one ahead, only a token starting with h or w
        // can be an address, so the others skip the address test (most tokens of news text).
        var nextAt = -1
        while i < end {
            let c = s[i]
            if c.isNewsmarkWhitespace {
                i += 1
                continue
            }
            let start = i
            if nextAt < i {
                nextAt = i
                while nextAt < end, s[nextAt] != "@" { nextAt += 1 }
            }
            let lead = c.value | 0x20
            // Without an `@` ahead, only `http://`, `https://` or `www.` make an address: the second
            // letter must be a t or a w (the test below reads it again, fully).
            if nextAt < end || (lead == 0x68 || lead == 0x77) && i + 1 < end && s[i + 1].value < 0x80
                && s[i + 1].value | 0x20 == (lead == 0x68 ? 0x74 : 0x77),
                let urlEnd = webAddressEnd(s, from: i, end: end) {
                i = urlEnd
                tokens.append(Token(span: TextSpan(start: start, end: i), kind: .symbol))
                continue
            }
            if isDigit(c) {
                i += 1
                while i < end {
                    let d = s[i]
                    if isDigit(d) { i += 1; continue }
                    if d == "." || d == "," || d == ":", i + 1 < end, isDigit(s[i + 1]) { i += 2; continue }
                    break
                }
                // "1990s", "20th", "3rd": letters glued to a number make it a word.
                if i < end, isLetter(s[i]) {
                    while i < end, isLetter(s[i]) || isDigit(s[i]) { i += 1 }
                    tokens.append(Token(span: TextSpan(start: start, end: i), kind: .word))
                } else {
                    tokens.append(Token(span: TextSpan(start: start, end: i), kind: .number))
                }
                continue
            }
            if isLetter(c) {
                i += 1
                var initialism = true  // letter-period pairs so far
                var lettersSinceDot = 1
                while i < end {
                    let d = s[i]
                    if isWordCharacter(d) {
                        lettersSinceDot += 1
                        if lettersSinceDot > 1 { initialism = false }
                        i += 1
                        continue
                    }
                    if d == "." && initialism && lettersSinceDot == 1 {
                        i += 1
                        lettersSinceDot = 0
                        if i < end, isLetter(s[i]) { continue }
                        // "U.S." ends here, final period included; a single initial ("F.") keeps its period too.
                        break
                    }
                    if d == "'" || d == "\u{2019}" || d == "-" || d == "\u{2010}" || d == ".", i + 1 < end,
                        isLetter(s[i + 1]) || isDigit(s[i + 1]) {
                        initialism = false
                        i += 2
                        lettersSinceDot = 1
                        continue
                    }
                    break
                }
                tokens.append(Token(span: TextSpan(start: start, end: i), kind: .word))
                continue
            }
            if c == "-", i + 1 < end, s[i + 1] == "-" {
                i += 2
                tokens.append(Token(span: TextSpan(start: start, end: i), kind: .punctuation))
                continue
            }
            if c == ".", i + 2 < end, s[i + 1] == ".", s[i + 2] == "." {
                i += 3
                tokens.append(Token(span: TextSpan(start: start, end: i), kind: .punctuation))
                continue
            }
            i += 1
            tokens.append(Token(span: TextSpan(start: start, end: i), kind: isPunctuation(c) ? .punctuation : .symbol))
        }
    }

    /// A letter, digit or combining mark: what continues a word.
    @inline(__always) private static func isWordCharacter(_ c: Unicode.Scalar) -> Bool {
        if c.value < 0x80 {
            let v = c.value | 0x20
            return (v >= 0x61 && v <= 0x7A) || (c.value >= 0x30 && c.value <= 0x39)
        }
        return c.isNewsmarkLetter || isMark(c)
    }

    /// ``webAddressEnd(_:from:end:)`` over an array.
    static func webAddressEnd(_ s: [Unicode.Scalar], from i: Int, end: Int) -> Int? {
        s.withUnsafeBufferPointer { webAddressEnd($0, from: i, end: end) }
    }

    /// The end of a web or e-mail address starting at `i`, or `nil` if none starts there.
    static func webAddressEnd(_ s: UnsafeBufferPointer<Unicode.Scalar>, from i: Int, end: Int) -> Int? {
        let c = s[i]
        guard c == "h" || c == "w" || c == "H" || c == "W" || isLetter(c) || isDigit(c) else { return nil }
        if i > 0, !s[i - 1].isNewsmarkWhitespace, !isAddressOpener(s[i - 1]) { return nil }
        func hasPrefix(_ prefix: String) -> Bool {
            var k = i
            for p in prefix.unicodeScalars {
                guard k < end, s[k].value < 0x80, Unicode.Scalar(UInt8(s[k].value | 0x20)) == p || s[k] == p else { return false }
                k += 1
            }
            return true
        }
        var j = i
        var hasAt = false
        while j < end, !s[j].isNewsmarkWhitespace {
            if s[j] == "@" { hasAt = true }
            j += 1
        }
        // Neither `http`, `https` or `www` (first letter h or w) nor an `@`: no address (most words).
        let lead = c.value | 0x20
        if !hasAt && lead != 0x68 && lead != 0x77 { return nil }
        let isWeb = hasPrefix("http://") || hasPrefix("https://") || (hasPrefix("www.") && j - i > 6)
        if !isWeb {
            // name@host.tld: letters, digits, . _ - + before @; a dot after it.
            guard let at = s[i..<j].firstIndex(of: "@"), at > i, s[(at + 1)..<j].contains(".") else { return nil }
            guard s[i..<at].allSatisfy({ isLetter($0) || isDigit($0) || "._-+".unicodeScalars.contains($0) }) else { return nil }
        }
        while j > i, isAddressTrailer(s[j - 1]) { j -= 1 }
        return j > i + 4 ? j : nil
    }

    /// What may stand right before a web or e-mail address: `(` `"` `'` `“` `‘` `<` `[`.
    @inline(__always) static func isAddressOpener(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "(", "\"", "'", "\u{201C}", "\u{2018}", "<", "[": return true
        default: return false
        }
    }

    /// Punctuation trimmed from the end of an address: `.` `,` `;` `:` `!` `?` `"` `'` `”` `’` `)` `]` `>`.
    @inline(__always) static func isAddressTrailer(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case ".", ",", ";", ":", "!", "?", "\"", "'", "\u{201D}", "\u{2019}", ")", "]", ">": return true
        default: return false
        }
    }

    @inlinable static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 0x30 && c.value <= 0x39 }

    @inline(__always) static func isLetter(_ c: Unicode.Scalar) -> Bool {
        if c.value < 0x80 { return (c.value | 0x20) >= 0x61 && (c.value | 0x20) <= 0x7A }
        return c.isNewsmarkLetter
    }

    static func isMark(_ c: Unicode.Scalar) -> Bool { c.isNewsmarkCombiningMark }

    static func isPunctuation(_ c: Unicode.Scalar) -> Bool {
        if c.value < 0x80 {
            switch c {
            case "!", "\"", "#", "%", "&", "'", "(", ")", "*", ",", "-", ".", "/", ":", ";", "?", "@", "[", "\\", "]", "_", "{", "}":
                return true
            default:
                return false
            }
        }
        return c.isNewsmarkPunctuation
    }
}
