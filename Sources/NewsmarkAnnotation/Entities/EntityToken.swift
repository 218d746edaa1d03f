import NewsmarkModel

/// What the entity rules need to know about one token: where it is, and its ``EntityTokenForm`` (its
/// text and everything that follows from the text), which every token written the same way shares.
struct EntityToken {
    /// The token's span in the article text.
    let span: TextSpan
    let kind: Token.Kind
    /// The token's written form, shared with every token of the article written the same way.
    let form: EntityTokenForm

    /// The token as written.
    var text: String { form.text }
    /// The token lower-cased.
    var lower: String { form.lower }
    /// The token lower-cased without a possessive `'s` / `’s` ending (`russia's` → `russia`).
    var stem: String { form.stem }
    /// Where the token ends without its possessive ending.
    var stemEnd: Int { span.end - form.possessiveLength }
    /// Whether the first character is an upper-case letter.
    var isCapitalized: Bool { form.isCapitalized }
    /// Whether every letter is upper case (and there are at least two letters, or one letter and a period).
    var isAllCaps: Bool { form.isAllCaps }
    /// Whether the token contains a letter.
    var hasLetter: Bool { form.hasLetter }
    /// `text.count` (characters), computed once: for ASCII tokens it is the span's length.
    var characterCount: Int { form.characterCount }

    /// Whether the token is a word (letters, possibly with digits and inner marks).
    var isWord: Bool { kind == .word }
    /// Whether the token has a possessive ending.
    var isPossessive: Bool { form.possessiveLength != 0 }
}
