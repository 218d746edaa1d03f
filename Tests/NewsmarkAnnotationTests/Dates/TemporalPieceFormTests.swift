import NewsmarkModel
import Testing
@testable import NewsmarkAnnotation

/// The shared piece forms give every piece exactly what deriving it on its own gives, and the form
/// table numbers forms by their code points and tag.
@Suite struct TemporalPieceFormTests {
    static let paragraphs = [
        "On Monday, May 20, 1998, the two-week talks ended; Monday's session and the year's end came at 3pm.",
        "MONDAY’S vote, the mid-1990s, the 1990s and the late-November trip: 12345678901 people, 1,000 more.",
        "Zürich’s café said on Tuesday that it’ll reopen in the first-quarter; we'll see—on tuesday, or Tuesdays.",
        "The boss’ plan: \"next week\" and «last year», 20th century, FY1998, fy98 — the third-quarter loss.",
        "Monday, May 20, 1998: the two-week talks; Monday's session ended and the year's end came at 3pm again.",
    ]

    static func analysis() -> TextAnalysis {
        TextAnalysis(article: Article(id: "t", blocks: paragraphs.map { (role: BlockRole.body, text: $0) }))
    }

    @Test func sharedFormsEqualEachPieceDerivedOnItsOwn() {
        let analysis = Self.analysis()
        let regions = TemporalPieceBuilder.quoteRegions(text: analysis.text, tokens: analysis.tokens, sentences: analysis.sentences)
        var shared = TemporalPieceForms()
        var total = 0
        for sentence in analysis.sentences {
            var alone = TemporalPieceForms(sharing: false)
            let fast = TemporalPieceBuilder.pieces(text: analysis.text, tokens: analysis.tokens, range: sentence.tokenRange,
                                                   regions: regions, forms: &shared)
            let reference = TemporalPieceBuilder.pieces(text: analysis.text, tokens: analysis.tokens, range: sentence.tokenRange,
                                                        regions: regions, forms: &alone)
            #expect(fast == reference)
            #expect(alone.count == 0)
            total += fast.count
        }
        // Repeated pieces ("Monday", "the", ",", "-") share a form.
        #expect(shared.count > 0 && shared.count < total)
    }

    @Test func piecesKeepTheirFormsDetails() {
        let analysis = TextAnalysis(article: Article(id: "t", blocks: [(role: BlockRole.body, text: "Monday's two-week 1998 MONDAY’S 3pm")]))
        var forms = TemporalPieceForms()
        let pieces = TemporalPieceBuilder.pieces(text: analysis.text, tokens: analysis.tokens, range: 0..<analysis.tokens.count,
                                                 regions: [Int](repeating: 0, count: analysis.tokens.count), forms: &forms)
        #expect(pieces.map(\.lower) == ["monday", "two", "-", "week", "1998", "monday", "3pm"])
        #expect(pieces[0].isPossessive && pieces[5].isPossessive && !pieces[1].isPossessive)
        #expect(pieces[0].classes.contains(.weekday) && pieces[5].classes == pieces[0].classes)
        #expect(pieces[4].kind == .number && pieces[4].number == 1998 && pieces[4].digitCount == 4)
        #expect(pieces[6].startsWithDigit && pieces[0].isCapitalized && !pieces[1].isCapitalized)
        #expect(!pieces[2].spaceBefore && !pieces[3].spaceBefore && pieces[4].spaceBefore)
    }

    @Test func formTableNumbersFormsByCodePointsAndTag() {
        // Enough distinct words to make the table grow several times.
        let words = (0..<3000).map { "w\($0)é" }
        let text = ScalarText(words.joined(separator: " ") + " " + words.joined(separator: " "))
        var table = ScalarFormTable()
        var numbers: [Int] = []
        text.scalars.withUnsafeBufferPointer { s in
            var start = 0
            for offset in 0...s.count where offset == s.count || s[offset] == " " {
                let (index, isNew) = table.form(start: start, end: offset, tag: 1, in: s)
                #expect(isNew == (numbers.count < words.count))
                numbers.append(index)
                start = offset + 1
            }
            // The same code points with another tag are another form.
            let other = table.form(start: 0, end: 3, tag: 2, in: s)
            #expect(other.isNew && other.index == words.count)
        }
        #expect(numbers.count == 2 * words.count)
        #expect(Array(numbers[..<words.count]) == Array(0..<words.count))
        #expect(Array(numbers[words.count...]) == Array(0..<words.count))
        #expect(table.count == words.count + 1)
    }
}
