import NewsmarkModel
import Testing

@Suite("Unicode.Scalar letter, case, mark and punctuation tests")
struct ScalarLetterClassTests {
    /// Every code point below U+3100 (both table ranges and what lies around them) and every 97th above.
    static let probes: [Unicode.Scalar] = (Array(0..<0x3100) + Array(stride(from: 0x3100, through: 0x10FFFF, by: 97)))
        .compactMap(Unicode.Scalar.init)

    @Test func agreesWithTheUnicodeProperties() {
        var disagreements: [String] = []
        for scalar in Self.probes {
            let properties = scalar.properties
            let category = properties.generalCategory
            let isMark = category == .nonspacingMark || category == .spacingMark
            let isPunctuation = [Unicode.GeneralCategory.connectorPunctuation, .dashPunctuation, .openPunctuation,
                                 .closePunctuation, .initialPunctuation, .finalPunctuation, .otherPunctuation]
                .contains(category)
            if scalar.isNewsmarkLetter != properties.isAlphabetic
                || scalar.isNewsmarkUppercase != properties.isUppercase
                || scalar.isNewsmarkLowercase != properties.isLowercase
                || scalar.isNewsmarkCombiningMark != isMark
                || scalar.isNewsmarkPunctuation != isPunctuation {
                disagreements.append(String(scalar.value, radix: 16))
            }
        }
        #expect(disagreements.isEmpty, "code points answered differently: \(disagreements.prefix(20))")
    }

    @Test func answersTheCommonCasesOfNewsText() {
        #expect("é".unicodeScalars.first!.isNewsmarkLetter)
        #expect("É".unicodeScalars.first!.isNewsmarkUppercase)
        #expect("ß".unicodeScalars.first!.isNewsmarkLowercase)
        #expect("\u{0301}".unicodeScalars.first!.isNewsmarkCombiningMark)
        #expect("\u{2019}".unicodeScalars.first!.isNewsmarkPunctuation)
        #expect("\u{2014}".unicodeScalars.first!.isNewsmarkPunctuation)
        #expect(!"\u{20AC}".unicodeScalars.first!.isNewsmarkPunctuation)  // the euro sign is a symbol
        #expect("漢".unicodeScalars.first!.isNewsmarkLetter)
        #expect(!"7".unicodeScalars.first!.isNewsmarkLetter)
    }
}
