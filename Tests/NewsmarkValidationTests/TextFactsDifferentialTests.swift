import NewsmarkTestSupport
import NewsmarkValidation
import Testing

/// The eight-bytes-at-a-time path of ``TextFacts/add(utf8:)`` counts exactly what adding the text one
/// code point at a time counts, wherever the text is split into pieces.
@Suite struct TextFactsDifferentialTests {
    private static func scalarByScalar(_ text: String) -> TextFacts {
        var facts = TextFacts()
        for scalar in text.unicodeScalars { facts.add(scalar) }
        return facts
    }

    private static func inPieces(_ text: String, cuts: [Int]) -> TextFacts {
        let bytes = Array(text.utf8)
        var facts = TextFacts()
        var start = 0
        for cut in cuts.sorted() + [bytes.count] where cut >= start && cut <= bytes.count {
            // Pieces end between code points, as parsers deliver them.
            var end = cut
            while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
            var piece = TextFacts()
            bytes[start..<end].withUnsafeBufferPointer { piece.add(utf8: $0) }
            facts.append(piece)
            start = end
        }
        return facts
    }

    @Test func randomTextCountsAlike() {
        var rng = SplitMix64(state: 0x7E47_FAC7)
        let pieces = ["a", "word", " ", "  ", "\t", "\n", "\r\n", "\"", "!", "#", "~", "\u{7F}", "\u{1}", "\u{1F}", "é", "“", "”",
                      "„", "«", "»", "「", "」", "\u{A0}", "\u{2003}", "\u{2028}", "🙂", "0123456789", "ABCDEFGHIJKLMNOP"]
        for _ in 0..<5_000 {
            var text = ""
            for _ in 0..<Int.random(in: 0...40, using: &rng) { text += pieces.randomElement(using: &rng) ?? "" }
            let expected = Self.scalarByScalar(text)
            #expect(TextFacts(text) == expected, "\(text.debugDescription)")
            let count = text.utf8.count
            let cuts = (0..<Int.random(in: 0...4, using: &rng)).map { _ in Int.random(in: 0...max(count, 0), using: &rng) }
            #expect(Self.inPieces(text, cuts: cuts) == expected, "\(text.debugDescription) cut at \(cuts)")
        }
    }

    @Test func longASCIIRunsCountEveryKind() {
        let text = String(repeating: "He said \"no\".\tThen\r\nleft ", count: 50)
        let facts = TextFacts(text)
        #expect(facts == Self.scalarByScalar(text))
        #expect(facts.marks.straightDouble == 100)
        #expect(facts.lineBreaks == 100)
    }
}
