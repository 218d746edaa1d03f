import NewsmarkModel

/// What the entity rules need to know about one token, computed once per article.
struct EntityToken: Sendable {
    /// The token's span in the article text.
    let span: TextSpan
    let kind: Token.Kind
    /// The token as written.
    let text: String
    /// The token lower-cased.
    let lower: String
    /// The token lower-cased without a possessive `'s` / `’s` ending (`russia's` → `russia`).
    let stem: String
    /// Where the token ends without its possessive ending.
    let stemEnd: Int
    /// Whether the first character is an upper-case letter.
    let isCapitalized: Bool
    /// Whether every letter is upper case (and there are at least two letters, or one letter and a period).
    let isAllCaps: Bool
    /// Whether the token contains a letter.
    let hasLetter: Bool
    /// `text.count` (characters), computed once: for ASCII tokens it is the span's length.
    let characterCount: Int

    init(token: Token, text: ScalarText) {
        span = token.span
        kind = token.kind
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
            stemEnd = token.span.end - 2
        } else {
            stem = lower
            stemEnd = token.span.end
        }
    }

    /// Whether the token is a word (letters, possibly with digits and inner marks).
    var isWord: Bool { kind == .word }
    /// Whether the token has a possessive ending.
    var isPossessive: Bool { stemEnd != span.end }
}
