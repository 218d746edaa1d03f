import Testing
import NewsmarkModel
import NewsmarkTestSupport
@testable import NewsmarkAnnotation

/// The byte-level shortcuts of the structure and clean-up stages give the answers of the code they replace.
@Suite("Structure: byte-level shortcuts")
struct StructureFastPathTests {
    /// Random text from pieces that stress separators, marks and digits.
    static func randomText(_ seed: UInt64) -> String {
        var random = SplitMix64(seed: seed)
        let pieces = ["a", "Jane", " ", "  ", "\t", "\u{A0}", "\u{301}", "é", "’", "1998", "May", ",", ".", "|", "©",
                      "cookie", "COPYRIGHT", "(c) ", "rights reserved", "c", "r", "(", "\u{1F600}", "x\u{308}"]
        var text = ""
        for _ in 0..<Int(random.next() % 40) { text += pieces[Int(random.next() % UInt64(pieces.count))] }
        return text
    }

    @Test("a byline's word count equals the count of the character split")
    func wordCount() {
        for seed in 0..<3000 as Range<UInt64> {
            let text = Self.randomText(seed)
            let expected = text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\u{A0}" }).count
            #expect(BylineDetector.wordCount(text) == expected, "\(text.debugDescription)")
        }
    }

    @Test("the notice-keyword scan equals a plain scan")
    func noticeScan() {
        let needles = BoilerplateMatcher.noticeKeywords
        for seed in 0..<3000 as Range<UInt64> {
            var text = Self.randomText(seed)
            let lowered = Array(text.utf8).map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
            let expected = needles.contains { needle in
                lowered.count >= needle.count && (0...(lowered.count - needle.count)).contains { Array(lowered[$0..<($0 + needle.count)]) == needle }
            }
            let found = text.withUTF8 { UTF8Scanning.containsAnyIgnoringASCIICase($0, needles) }
            #expect(found == expected, "\(text.debugDescription)")
        }
    }

    @Test("code points counted on UTF-8 equal the scalar count")
    func codePoints() {
        for seed in 0..<500 as Range<UInt64> {
            var text = Self.randomText(seed)
            #expect(text.withUTF8 { UTF8Scanning.codePointCount($0) } == text.unicodeScalars.count)
        }
    }

    @Test("an article assembled from paragraphs matches the model's own assembly")
    func assembly() {
        let paragraphs = (0..<20 as Range<UInt64>).map { RawParagraph(text: "P" + Self.randomText($0), line: Int($0) + 1) }
        let roles = paragraphs.indices.map { $0 == 0 ? BlockRole.headline : .body }
        let fast = ArticleAssembler.article(id: "a1", language: "en", metadata: ArticleMetadata(), roles: roles, paragraphs: paragraphs)
        let reference = Article(id: "a1", language: "en", metadata: ArticleMetadata(),
                                blocks: zip(roles, paragraphs).map { (role: $0, text: $1.text) })
        #expect(fast == reference)
    }
}
