import Foundation
@testable import NewsmarkInterop
import NewsmarkAnnotation
import NewsmarkModel
import NewsmarkTestSupport
import NewsmarkXML
import Testing

/// The direct JSON writer against Foundation's `JSONEncoder` (the reference): the same bytes, compact and
/// pretty, for the samples, converted raw text, generated articles and random articles full of characters
/// that need escaping.
@Suite("JSON writer matches JSONEncoder byte for byte")
struct JSONWriterDifferentialTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func files(in folder: String, suffix: String) -> [URL] {
        let directory = root.appendingPathComponent(folder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasSuffix(suffix) }.sorted().map { directory.appendingPathComponent($0) }
    }

    /// Raw-text articles: the samples, plus any files named in `NEWSMARK_JSON_DIFF_TEXTS` (separated by `:`).
    static let rawTexts: [URL] = files(in: "Samples", suffix: ".txt") +
        (ProcessInfo.processInfo.environment["NEWSMARK_JSON_DIFF_TEXTS"] ?? "").split(separator: ":").map { URL(fileURLWithPath: String($0)) }

    static let xmlFiles: [URL] = files(in: "Samples", suffix: ".xml") + files(in: "Tests/NewsmarkXMLTests/Fixtures/valid", suffix: ".xml")

    /// Both encoders in both modes must agree; returns the compact bytes.
    @discardableResult
    static func expectSameBytes(_ article: Article, _ label: String) throws -> Data {
        let codec = JSONArticleCodec()
        let compact = try codec.encode(article)
        let reference = try codec.encodeWithFoundation(article)
        #expect(compact == reference, "\(label) compact: \(firstDifference(compact, reference))")
        let pretty = try codec.encode(article, pretty: true)
        let prettyReference = try codec.encodeWithFoundation(article, pretty: true)
        #expect(pretty == prettyReference, "\(label) pretty: \(firstDifference(pretty, prettyReference))")
        return compact
    }

    /// Where two outputs part, with a little context from each.
    static func firstDifference(_ a: Data, _ b: Data) -> String {
        let x = [UInt8](a), y = [UInt8](b)
        let index = (0..<min(x.count, y.count)).first { x[$0] != y[$0] } ?? min(x.count, y.count)
        func around(_ bytes: [UInt8]) -> String {
            String(decoding: bytes[max(0, index - 40)..<min(bytes.count, index + 40)], as: UTF8.self)
        }
        return "byte \(index) of \(x.count)/\(y.count): «\(around(x))» vs «\(around(y))»"
    }

    @Test("there are files to compare")
    func filesExist() {
        #expect(!Self.xmlFiles.isEmpty)
        #expect(!Self.rawTexts.isEmpty)
    }

    @Test("XML samples and valid fixtures", arguments: xmlFiles)
    func xmlFile(_ url: URL) throws {
        let article = try XMLArticleReader().read(Data(contentsOf: url), fileName: url.lastPathComponent)
        try Self.expectSameBytes(article, url.lastPathComponent)
    }

    @Test("articles converted from raw text", arguments: rawTexts)
    func rawText(_ url: URL) throws {
        let raw = String(decoding: try Data(contentsOf: url), as: UTF8.self)
        let result = try RawTextConverter().convert(raw, id: url.deletingPathExtension().lastPathComponent, fileName: url.lastPathComponent)
        try Self.expectSameBytes(result.article, url.lastPathComponent)
    }

    @Test("hand-made and generated articles")
    func generated() throws {
        try Self.expectSameBytes(JSONTestArticles.complete(), "complete")
        try Self.expectSameBytes(JSONTestArticles.identicalSpans(), "identical spans")
        try Self.expectSameBytes(Article(id: "empty"), "empty")
        for seed in UInt64(0)..<200 {
            try Self.expectSameBytes(JSONTestArticles.generated(seed: seed), "generated \(seed)")
        }
    }

    @Test("random articles with every kind of character and member", arguments: 0..<8)
    func randomArticles(_ batch: Int) throws {
        for n in 0..<60 {
            let seed = UInt64(batch * 1000 + n)
            var random = SplitMix64(seed: seed &* 0x2545_F491_4F6C_DD1D)
            try Self.expectSameBytes(RandomJSONArticle.make(&random, id: "random\(seed)"), "random seed \(seed)")
        }
    }

    @Test("every byte below 0x80 and a few beyond, alone and in runs")
    func everyCharacter() throws {
        var text = ""
        for value in 0..<0x80 { text.unicodeScalars.append(Unicode.Scalar(UInt8(value))) }
        text += "\u{80}\u{9F}\u{A0}\u{AD}\u{2028}\u{2029}\u{FEFF}\u{FFFD}é😀/\\\"</script>"
        var article = Article(id: text, metadata: ArticleMetadata(published: text, source: "\\", url: "/", rights: "\""))
        article.text = text
        article.blocks = [Block(id: "p\t1", role: .body, span: TextSpan(start: 0, end: text.unicodeScalars.count))]
        article.mentions = (0..<text.unicodeScalars.count).map {
            EntityMention(id: "m\($0)", type: "misc", span: TextSpan(start: $0, end: $0 + 1))
        }
        try Self.expectSameBytes(article, "every character")
        let compact = try JSONArticleCodec().encode(article)
        let parsed = try JSONSerialization.jsonObject(with: compact) as? [String: Any]
        #expect(parsed?["text"] as? String == text)
        #expect(parsed?["id"] as? String == text)
    }

    @Test("confidences print as JSONEncoder prints them")
    func confidences() throws {
        let values: [Double] = [0, -0.0, 1, 0.5, 0.1, 1.0 / 3, 0.1 + 0.2, 0.95, 1e-5, 1e-7, 2.5e-5, 0.000123, 100, 1e15, 1e16,
                                1e21, 123456789.123, 5e-324, .greatestFiniteMagnitude, -0.75, .ulpOfOne]
        var article = Article(id: "cert", blocks: [(.body, "word")])
        article.mentions = values.enumerated().map { index, value in
            EntityMention(id: "m\(index)", type: "misc", span: TextSpan(start: 0, end: 4), provenance: Provenance(confidence: value))
        }
        try Self.expectSameBytes(article, "confidences")
    }

    @Test("a confidence that is not a number is refused, as JSONEncoder refuses it")
    func nonFiniteConfidence() {
        for value in [Double.nan, .infinity, -.infinity] {
            var article = Article(id: "bad", blocks: [(.body, "word")])
            article.mentions = [EntityMention(id: "m1", type: "misc", span: TextSpan(start: 0, end: 4), provenance: Provenance(confidence: value))]
            #expect(throws: NewsmarkError.self) { try JSONArticleCodec().encode(article) }
            #expect(throws: NewsmarkError.self) { try JSONArticleCodec().encodeWithFoundation(article) }
        }
    }

    @Test("JSON Lines records are the compact form")
    func jsonLines() throws {
        var output = Data()
        let writer = JSONLinesWriter(bufferSize: 64) { output.append($0) }
        var expected = Data()
        for seed in UInt64(0)..<20 {
            var random = SplitMix64(seed: seed)
            let article = RandomJSONArticle.make(&random, id: "line\(seed)")
            try writer.write(article)
            expected.append(try JSONArticleCodec().encodeWithFoundation(article))
            expected.append(0x0A)
        }
        try writer.flush()
        #expect(output == expected)
    }
}

/// Random articles for the differential test: strings drawn from pieces that need escaping or are multi-byte,
/// random spans, every optional member sometimes present and sometimes absent.
enum RandomJSONArticle {
    static let pieces: [String] = [
        "a", "Word", " ", "\"", "\\", "/", "//", "\n", "\r\n", "\t", "\u{0}", "\u{1}", "\u{8}", "\u{B}", "\u{C}", "\u{1B}",
        "\u{1F}", "\u{7F}", "\u{85}", "\u{A0}", "é", "e\u{301}", "ß", "Ω", "北京", "😀", "👍🏽", "🇺🇸", "\u{1F9D1}\u{200D}\u{1F4BB}",
        "\u{2028}", "\u{2029}", "\u{FEFF}", "\u{FFFD}", "\u{10FFFF}", "𝔘", "<", ">", "&", "'", "{", "}", "[", "]", ":", ",", "0", "-1",
        "\\u0041", "</script>", "null",
    ]

    static func string(_ random: inout SplitMix64, maxPieces: Int = 8) -> String {
        (0..<random.below(maxPieces + 1)).map { _ in random.pick(pieces) }.joined()
    }

    static func optionalString(_ random: inout SplitMix64) -> String? {
        random.chance(50) ? string(&random) : nil
    }

    static func span(_ random: inout SplitMix64, length: Int) -> TextSpan {
        let start = random.below(length + 1)
        return TextSpan(start: start, end: start + random.below(length - start + 1))
    }

    static func confidence(_ random: inout SplitMix64) -> Double? {
        switch random.below(4) {
        case 0: return nil
        case 1: return random.pick([0, 1, 0.5, 0.25, 0.9, 0.333, 1e-7, 123.0])
        default: return Double(random.next() >> 11) / Double(1 << 53)
        }
    }

    static func provenance(_ random: inout SplitMix64) -> Provenance {
        Provenance(annotatorID: optionalString(&random), confidence: confidence(&random))
    }

    static func make(_ random: inout SplitMix64, id: String) -> Article {
        let text = string(&random, maxPieces: 80)
        let length = text.unicodeScalars.count
        var article = Article(
            id: id + string(&random, maxPieces: 2), language: string(&random, maxPieces: 2),
            metadata: ArticleMetadata(published: optionalString(&random), source: optionalString(&random),
                                      url: optionalString(&random), rights: optionalString(&random)),
            text: text)
        article.blocks = (0..<random.below(4)).map {
            Block(id: "p\($0)" + string(&random, maxPieces: 1), role: random.pick(BlockRole.allCases), span: span(&random, length: length))
        }
        if random.chance(40) {
            article.dateline = Dateline(span: span(&random, length: length),
                                        place: random.chance(50) ? span(&random, length: length) : nil,
                                        source: random.chance(50) ? span(&random, length: length) : nil)
        }
        article.annotators = (0..<random.below(3)).map { _ in
            Annotator(id: string(&random), kind: random.pick(AnnotatorKind.allCases), name: string(&random),
                      version: optionalString(&random), mode: random.pick(AnnotationMode.allCases))
        }
        if random.chance(50) { article.tagSet = TagSet(entityTypes: (0..<random.below(4)).map { _ in string(&random) }) }
        article.discourseEntities = (0..<random.below(4)).map { _ in
            DiscourseEntity(id: string(&random), type: string(&random), name: string(&random),
                            knowledgeBaseID: optionalString(&random), provenance: provenance(&random))
        }
        article.mentions = (0..<random.below(8)).map { _ in
            EntityMention(id: string(&random), type: string(&random), span: span(&random, length: length),
                          entityID: optionalString(&random), provenance: provenance(&random))
        }
        article.quotes = (0..<random.below(5)).map { _ in
            Quote(id: string(&random), span: span(&random, length: length), kind: random.pick(QuoteKind.allCases),
                  speakerID: optionalString(&random), cue: optionalString(&random), continues: optionalString(&random),
                  provenance: provenance(&random))
        }
        article.temporalExpressions = (0..<random.below(5)).map { _ in
            TemporalExpression(id: string(&random), span: span(&random, length: length), type: random.pick(TimexType.allCases),
                               value: string(&random), mod: optionalString(&random), anchorID: optionalString(&random),
                               quant: optionalString(&random), freq: optionalString(&random), provenance: provenance(&random))
        }
        return article
    }
}

/// The span texts of the JSON form, cut from UTF-8 with a forward cursor, against `ScalarText` (the
/// JSONEncoder reference shares the cutting, so it is checked on its own here).
@Suite("JSON span texts")
struct JSONSpanTextCutterTests {
    @Test("spans in any order, inside, at the edges of and beyond the text", arguments: 0..<4)
    func randomSpans(_ batch: Int) {
        var random = SplitMix64(seed: UInt64(batch) &+ 0xC0FFEE)
        for _ in 0..<50 {
            let text = RandomJSONArticle.string(&random, maxPieces: random.chance(50) ? 40 : 1500)
            let scalars = ScalarText(text)
            let count = text.unicodeScalars.count
            var cutter = JSONSpanTextCutter(text)
            var spans = (0..<60).map { _ in
                let start = random.int(-2...(count + 2))
                return TextSpan(start: start, end: start + random.below(random.chance(70) ? 30 : count + 3))
            }
            if random.chance(50) { spans.sort() }
            for span in spans {
                #expect(cutter.string(span) == scalars.string(span), "\(span) of \(count) code points")
            }
        }
    }
}
