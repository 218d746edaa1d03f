import NewsmarkModel
import Testing
@testable import NewsmarkAnnotation

@Suite("Text: tokenizer")
struct TextTokenizerTests {
    private func tokens(_ string: String) -> [String] {
        let text = ScalarText(string)
        var tokens: [Token] = []
        Tokenizer.tokenize(text, in: TextSpan(start: 0, end: text.count), into: &tokens)
        return tokens.map { text.string($0.span) }
    }

    @Test("words keep inner apostrophes, hyphens and periods")
    func words() {
        #expect(tokens("NATO's multi-national e-mail don't") == ["NATO's", "multi-national", "e-mail", "don't"])
        #expect(tokens("O’Neill’s") == ["O’Neill’s"])
    }

    @Test("initialisms keep their final period; abbreviations do not")
    func initialisms() {
        #expect(tokens("the U.S. and U.N. forces") == ["the", "U.S.", "and", "U.N.", "forces"])
        #expect(tokens("at 3 p.m. on") == ["at", "3", "p.m.", "on"])
        #expect(tokens("Gen. Smith") == ["Gen", ".", "Smith"])
        #expect(tokens("John F. Kennedy") == ["John", "F.", "Kennedy"])
    }

    @Test("numbers with separators, and numbers glued to letters")
    func numbers() {
        #expect(tokens("1,000 3.5 15:30 1990s 20th") == ["1,000", "3.5", "15:30", "1990s", "20th"])
        #expect(tokens("$2.99, 40%.") == ["$", "2.99", ",", "40", "%", "."])
    }

    @Test("quotes, brackets and dashes are their own tokens")
    func punctuation() {
        #expect(tokens("\"Go,\" he said (quietly) -- then… ‘no’") ==
                ["\"", "Go", ",", "\"", "he", "said", "(", "quietly", ")", "--", "then", "…", "‘", "no", "’"])
        #expect(tokens("wait...") == ["wait", "..."])
        #expect(tokens("'Partnership for Peace'") == ["'", "Partnership", "for", "Peace", "'"])
    }

    @Test("non-Latin letters and combining marks stay in words; emoji are symbols")
    func unicode() {
        #expect(tokens("Łódź Zürich café 🚀") == ["Łódź", "Zürich", "café", "🚀"])
        #expect(tokens("cafe\u{301}") == ["cafe\u{301}"])
    }

    @Test("web and e-mail addresses are one token, without trailing punctuation")
    func addresses() {
        #expect(tokens("See https://example.org/a?b=1, or www.example.com.") ==
                ["See", "https://example.org/a?b=1", ",", "or", "www.example.com", "."])
        #expect(tokens("(write to news@example.org)") == ["(", "write", "to", "news@example.org", ")"])
        #expect(tokens("what@ever") == ["what", "@", "ever"])
    }

    @Test("tokens cover only the requested span")
    func span() {
        let text = ScalarText("one two three")
        var tokens: [Token] = []
        Tokenizer.tokenize(text, in: TextSpan(start: 4, end: 7), into: &tokens)
        #expect(tokens.map { text.string($0.span) } == ["two"])
    }
}
