/// Letter, case, combining-mark and punctuation tests for code points, answered from a table for the
/// first 2,048 code points (ASCII, Latin, Greek, Cyrillic, Hebrew, Arabic: nearly every letter of news
/// text) and the general punctuation block (dashes, curly quotes, ellipsis), and from the Unicode
/// properties elsewhere. They give exactly what `properties.isAlphabetic`, `isUppercase`, `isLowercase`
/// and the general category give; the table only saves the property look-up, which costs hundreds of
/// instructions a call.
extension Unicode.Scalar {
    /// `properties.isAlphabetic`.
    @inlinable public var isNewsmarkLetter: Bool {
        if value < 0x80 { return (value | 0x20) &- 0x61 < 26 }
        if let slot = ScalarLetterClass.slot(value) { return ScalarLetterClass.flags[slot] & ScalarLetterClass.letter != 0 }
        return properties.isAlphabetic
    }

    /// `properties.isUppercase`.
    @inlinable public var isNewsmarkUppercase: Bool {
        if value < 0x80 { return value &- 0x41 < 26 }
        if let slot = ScalarLetterClass.slot(value) { return ScalarLetterClass.flags[slot] & ScalarLetterClass.uppercase != 0 }
        return properties.isUppercase
    }

    /// `properties.isLowercase`.
    @inlinable public var isNewsmarkLowercase: Bool {
        if value < 0x80 { return value &- 0x61 < 26 }
        if let slot = ScalarLetterClass.slot(value) { return ScalarLetterClass.flags[slot] & ScalarLetterClass.lowercase != 0 }
        return properties.isLowercase
    }

    /// Whether the general category is a non-spacing or spacing combining mark (`Mn`, `Mc`): what
    /// continues a word without being a letter.
    @inlinable public var isNewsmarkCombiningMark: Bool {
        if value < 0x300 { return false }
        if let slot = ScalarLetterClass.slot(value) { return ScalarLetterClass.flags[slot] & ScalarLetterClass.mark != 0 }
        let category = properties.generalCategory
        return category == .nonspacingMark || category == .spacingMark
    }

    /// Whether the general category is punctuation (`Pc`, `Pd`, `Ps`, `Pe`, `Pi`, `Pf`, `Po`).
    @inlinable public var isNewsmarkPunctuation: Bool {
        if let slot = ScalarLetterClass.slot(value) { return ScalarLetterClass.flags[slot] & ScalarLetterClass.punctuation != 0 }
        return ScalarLetterClass.isPunctuation(properties.generalCategory)
    }
}

/// The table behind ``Unicode/Scalar/isNewsmarkLetter`` and the other tests: one byte of flags per code
/// point below U+0800 and in the general punctuation block U+2000–U+206F (`flags`, generated from the
/// Unicode properties by `scripts/generate-letter-class-table.swift` into `ScalarLetterClassTable.swift`,
/// so that no process pays for building it).
@usableFromInline enum ScalarLetterClass {
    @usableFromInline static let letter: UInt8 = 1
    @usableFromInline static let uppercase: UInt8 = 2
    @usableFromInline static let lowercase: UInt8 = 4
    @usableFromInline static let mark: UInt8 = 8
    @usableFromInline static let punctuation: UInt8 = 16

    /// The table's first range ends here; the second is U+2000 up to ``punctuationBlockEnd``.
    @usableFromInline static let lowBlockEnd: UInt32 = 0x800
    @usableFromInline static let punctuationBlockStart: UInt32 = 0x2000
    @usableFromInline static let punctuationBlockEnd: UInt32 = 0x2070

    /// The table slot of a code point, or `nil` outside both ranges.
    @inlinable static func slot(_ value: UInt32) -> Int? {
        if value < lowBlockEnd { return Int(value) }
        if value >= punctuationBlockStart && value < punctuationBlockEnd {
            return Int(lowBlockEnd + (value - punctuationBlockStart))
        }
        return nil
    }

    /// Whether a general category is one of the seven punctuation categories.
    @usableFromInline static func isPunctuation(_ category: Unicode.GeneralCategory) -> Bool {
        switch category {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
             .finalPunctuation, .otherPunctuation: true
        default: false
        }
    }
}
