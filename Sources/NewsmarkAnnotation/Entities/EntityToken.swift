import NewsmarkModel

/// What the entity rules need to know about one token: where it is, and its ``EntityTokenForm`` (its
/// text and everything that follows from the text), which every token written the same way shares.
/// The shape tests the rules make on every token are copied into the token itself, so that they read
/// no form (and retain no reference).
struct EntityToken {
    /// The token's span in the article text.
    let span: TextSpan
    let kind: Token.Kind
    /// The form's shape: capitalized (1), all caps (2), has a letter (4), possessive (8).
    private let shape: UInt8
    /// The token's written form, shared with every token of the article written the same way.
    let form: EntityTokenForm

    init(span: TextSpan, kind: Token.Kind, form: EntityTokenForm) {
        self.span = span
        self.kind = kind
        self.form = form
        shape = form.tokenShape
    }

    /// The token as written.
    var text: String { form.text }
    /// The token lower-cased.
    var lower: String { form.lower }
    /// The token lower-cased without a possessive `'s` / `’s` ending (`russia's` → `russia`).
    var stem: String { form.stem }
    /// Where the token ends without its possessive ending.
    var stemEnd: Int { span.end - form.possessiveLength }
    /// Whether the first character is an upper-case letter.
    var isCapitalized: Bool { shape & 1 != 0 }
    /// Whether every letter is upper case (and there are at least two letters, or one letter and a period).
    var isAllCaps: Bool { shape & 2 != 0 }
    /// Whether the token contains a letter.
    var hasLetter: Bool { shape & 4 != 0 }
    /// `text.count` (characters), computed once: for ASCII tokens it is the span's length.
    var characterCount: Int { form.characterCount }

    /// Whether the token is a word (letters, possibly with digits and inner marks).
    var isWord: Bool { kind == .word }
    /// Whether the token has a possessive ending.
    var isPossessive: Bool { shape & 8 != 0 }
    /// Whether the token is a word with a letter that is capitalized or all caps: one that can be
    /// part of a name in a sentence in ordinary case.
    var isCapitalizedWord: Bool { kind == .word && shape & 4 != 0 && shape & 3 != 0 }
}
