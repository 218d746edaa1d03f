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

    init(token: Token, text: ScalarText) {
        span = token.span
        kind = token.kind
        let written = text.string(token.span)
        self.text = written
        let lower = written.lowercased()
        self.lower = lower
        var letters = 0
        var upper = 0
        var firstUpper = false
        var first = true
        for scalar in text.scalars[token.span.start..<token.span.end] {
            let properties = scalar.properties
            if properties.isAlphabetic {
                letters += 1
                if properties.isUppercase { upper += 1 }
                if first { firstUpper = properties.isUppercase }
                first = false
            } else if first && token.kind == .word && !Tokenizer.isDigit(scalar) {
                first = false
            }
        }
        hasLetter = letters > 0
        isCapitalized = firstUpper
        isAllCaps = letters > 0 && upper == letters && (letters >= 2 || written.hasSuffix("."))
        if token.kind == .word, written.count > 2, written.hasSuffix("'s") || written.hasSuffix("\u{2019}s") {
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
