/// Whether a paragraph's characters are its scalars: every scalar is a `Character` of its own (no
/// combining marks, joiners or other extenders, no CR LF pair), and no character is canonically
/// equivalent to an ASCII one but itself. For such text, the layout tests that split or search by
/// `Character` (words between spaces, the first `|` or `,`) give the same answers on UTF-8 bytes.
///
/// Allowed: every scalar below U+0300 except carriage return, general punctuation (U+2010–U+2027,
/// U+2030–U+205E: dashes, quotation marks, the ellipsis) and currency signs (U+20A0–U+20C0): the
/// characters of news text in English and most Latin-script languages. Anything else (a combining
/// mark, an emoji sequence, Hangul, a line or paragraph separator) makes the tests take the
/// `Character` path.
enum SimpleCharacters {
    static func hold(in text: String) -> Bool {
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x300 {
                if value == 0x0D { return false }
                continue
            }
            switch value {
            case 0x2010...0x2027, 0x2030...0x205E, 0x20A0...0x20C0: continue
            default: return false
            }
        }
        return true
    }
}
