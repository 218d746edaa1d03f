import NewsmarkModel
import Testing

@Suite struct TextSpanTests {
    @Test func containmentOverlapAndCrossing() {
        let outer = TextSpan(start: 0, end: 10)
        let inner = TextSpan(start: 2, end: 5)
        let crossing = TextSpan(start: 8, end: 12)
        #expect(outer.contains(inner))
        #expect(!inner.contains(outer))
        #expect(outer.overlaps(crossing))
        #expect(outer.crosses(crossing))
        #expect(!outer.crosses(inner))
        #expect(!TextSpan(start: 0, end: 2).overlaps(TextSpan(start: 2, end: 4)))
    }

    @Test func enclosingSpansSortFirst() {
        let spans = [TextSpan(start: 3, end: 4), TextSpan(start: 0, end: 2), TextSpan(start: 0, end: 9)]
        #expect(spans.sorted() == [TextSpan(start: 0, end: 9), TextSpan(start: 0, end: 2), TextSpan(start: 3, end: 4)])
    }

    @Test func offsetsCountCodePointsNotBytesOrUTF16Units() {
        // "Łódź 𝔘 🚀": Ł ó d ź are one code point each; 𝔘 and 🚀 are outside the BMP (two UTF-16 units).
        let text = "Łódź 𝔘 🚀 end"
        #expect(text.codePointCount == 12)
        #expect(text.substring(codePoints: TextSpan(start: 0, end: 4)) == "Łódź")
        #expect(text.substring(codePoints: TextSpan(start: 5, end: 6)) == "𝔘")
        #expect(text.substring(codePoints: TextSpan(start: 7, end: 8)) == "🚀")
        #expect(text.substring(codePoints: TextSpan(start: 9, end: 12)) == "end")
        #expect(text.substring(codePoints: TextSpan(start: 9, end: 13)) == nil)
        let scalars = ScalarText(text)
        #expect(scalars.count == 12)
        #expect(scalars.string(TextSpan(start: 5, end: 8)) == "𝔘 🚀")
    }

    @Test func batchOffsetMappingIsOnePass() throws {
        let text = "a😀b\u{301}c"  // b + combining acute is two code points
        let indices = try #require(text.indices(atCodePointOffsets: [0, 1, 2, 3, 4, 5]))
        #expect(String(text.unicodeScalars[indices[1]..<indices[2]]) == "😀")
        #expect(String(text.unicodeScalars[indices[3]..<indices[4]]) == "\u{301}")
        #expect(text.indices(atCodePointOffsets: [2, 1]) == nil)
        #expect(text.indices(atCodePointOffsets: [6]) == nil)
    }

    @Test func trimmingUsesNewsmarkWhitespace() {
        #expect("\u{A0} Hello world \t".trimmingNewsmarkWhitespace() == "Hello world")
        #expect("   ".trimmingNewsmarkWhitespace() == "")
    }

    @Test func xmlCharacterProduction() {
        #expect(!Unicode.Scalar(0x01)!.isXMLCharacter)
        #expect(Unicode.Scalar(0x09)!.isXMLCharacter)
        #expect(!Unicode.Scalar(0xFFFE)!.isXMLCharacter)
        #expect(Unicode.Scalar(0x1D518)!.isXMLCharacter)
    }
}
