/// The letter-case tests the quote rules make on single scalars, answered for ASCII without the Unicode
/// property tables (a property look-up costs a few hundred instructions; news text is mostly ASCII).
///
/// For ASCII the Unicode properties are plain: only `A`–`Z` and `a`–`z` are alphabetic, only `A`–`Z` are
/// upper case and only `a`–`z` are lower case, so each test agrees with `Unicode.Scalar.Properties`.
enum QuoteScalarCase {
    /// `c.properties.isAlphabetic`.
    @inline(__always)
    static func isAlphabetic(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 {
            let folded = v | 0x20
            return folded >= 0x61 && folded <= 0x7A
        }
        return c.properties.isAlphabetic
    }

    /// `c.properties.isUppercase`.
    @inline(__always)
    static func isUppercase(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 { return v >= 0x41 && v <= 0x5A }
        return c.properties.isUppercase
    }

    /// `c.properties.isLowercase`.
    @inline(__always)
    static func isLowercase(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 { return v >= 0x61 && v <= 0x7A }
        return c.properties.isLowercase
    }
}
