import Foundation
import Newsmark
import NewsmarkTestSupport
import Testing

/// Arbitrary text — control characters, every kind of line break, dashes, quotes, bylines and datelines
/// in odd places — converts to an article the XML writer accepts and the reader gives back unchanged, or
/// fails with a `NewsmarkError`; never a crash.
@Suite("convert: robustness on generated text")
struct ConvertRobustnessTests {
    static let pieces: [String] = [
        "The council met on Monday.", "By Jane Doe", "WASHINGTON (AP) —", "LONDON, March 3 (Reuters) - ", "Advertisement",
        "Skip to content", "\n", "\n\n", "\r\n", "\r", "\u{2028}", "\u{2029}", "\u{85}", "\u{0B}", "\u{0C}", "\t", " ",
        "\u{0}", "\u{1}", "\u{1B}", "\u{FFFE}", "\u{FEFF}", "\u{A0}", "\u{3000}", "—", "--", "-", "_", "(", ")", "“", "”",
        "\"", "'", "é", "e\u{301}", "🚀", "👩‍👩‍👧", "𝔐", "Łódź", "U.S.", "Gen.", "Jan. 5", "20 May 1998", "©", "|",
        "Read more:", "Share this", "word", "Word", "CAPS", "multi-", "1998-05-20", ":", ".", "?", "…", "   ", ",",
        "( )", "PARIS", "By ", "https://example.org", "a@b.co", "\n\u{2014} ",
    ]

    @Test("generated texts convert and survive XML write and read")
    func generated() throws {
        var generator = SplitMix64(state: 20_261_129)
        var converted = 0
        for _ in 0..<400 {
            var text = ""
            for _ in 0..<Int(generator.next() % 40) { text += generator.pick(Self.pieces) }
            let result: RawTextConverter.Result
            do {
                result = try RawTextConverter(options: .init(published: "1998-05-20")).convert(text, id: "gen")
            } catch is NewsmarkError {
                continue
            }
            converted += 1
            let article = result.article
            #expect(article.text.unicodeScalars.allSatisfy { $0.isXMLCharacter })
            let scalars = ScalarText(article.text)
            for block in article.blocks {
                #expect(!scalars.string(block.span).unicodeScalars.contains { $0 == "\n" || $0 == "\r" || $0 == "\u{2028}" })
            }
            let xml = try XMLArticleWriter().write(article)
            let again = try XMLArticleReader().read(xml, fileName: "generated.xml")
            #expect(again == article, "\(text.debugDescription)")
        }
        #expect(converted > 100)
    }
}
