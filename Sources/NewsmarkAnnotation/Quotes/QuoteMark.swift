import NewsmarkModel

/// The quotation marks Newsmark recognizes, grouped into families that pair with each other.
///
/// - Double marks: straight `"`, English `“ ”`, German `„ “` (and the mixed pairs typing slips produce).
/// - Guillemets: `« »` (either orientation).
/// - Single marks: straight `'`, `‘ ’`, `‚ ‘`; these double as apostrophes, so ``QuoteSpanScanner``
///   only treats them as marks at word edges.
/// - Single guillemets: `‹ ›`.
enum QuoteMark {
    /// Which marks pair with which.
    enum Family: Sendable, Hashable {
        case double
        case guillemet
        case single
        case singleGuillemet
    }

    /// The family of `c`, or `nil` if `c` is not a quotation mark.
    @inline(__always)
    static func family(of c: Unicode.Scalar) -> Family? {
        switch c.value {
        case 0x22, 0x201C, 0x201D, 0x201E, 0x201F: .double
        case 0xAB, 0xBB: .guillemet
        case 0x27, 0x2018, 0x2019, 0x201A, 0x201B: .single
        case 0x2039, 0x203A: .singleGuillemet
        default: nil
        }
    }

    /// Whether `c` is any quotation mark (or an apostrophe that looks like one).
    @inline(__always)
    static func isMark(_ c: Unicode.Scalar) -> Bool { family(of: c) != nil }

    /// Whether `c` is a letter or digit (the test for "inside a word").
    @inline(__always)
    static func isWordCharacter(_ c: Unicode.Scalar) -> Bool {
        if c.value < 0x80 {
            let v = c.value | 0x20
            return (v >= 0x61 && v <= 0x7A) || (c.value >= 0x30 && c.value <= 0x39)
        }
        return c.properties.isAlphabetic || c.properties.numericType != nil
    }

    /// Whether `c` is an ASCII digit.
    @inline(__always)
    static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 0x30 && c.value <= 0x39 }

    /// Characters after which an opening mark may stand (besides white space and the block start).
    @inline(__always)
    static func isOpeningContext(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x28, 0x5B, 0x7B, 0x2D, 0x2F, 0x3A, 0x2013, 0x2014, 0x2026, 0x2E: true  // ( [ { - / : – — … .
        default: isMark(c)
        }
    }

    /// Characters before which a closing mark may stand (besides white space and the block end).
    @inline(__always)
    static func isClosingContext(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x2E, 0x2C, 0x3B, 0x3A, 0x21, 0x3F, 0x29, 0x5D, 0x7D, 0x2D, 0x2013, 0x2014, 0x2026, 0x2F: true
        default: isMark(c)
        }
    }
}
