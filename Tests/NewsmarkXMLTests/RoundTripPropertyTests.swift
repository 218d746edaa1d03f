import Foundation
import NewsmarkModel
import NewsmarkTestSupport
@testable import NewsmarkXML
import PropertyBased
import Testing

/// Random articles: text with markup characters, non-ASCII, combining marks and characters outside
/// the BMP, and random properly nested annotations of every layer.
enum RandomArticle {
    static let alphabet: [String] = [
        "a", "b", "Z", " ", " ", " ", ".", ",", "<", ">", "&", "\"", "'", "]]>", "\t", "ü", "Ł", "ź", "ß", "é", "e\u{301}",
        "𝔘", "🙂", "😀", "👍🏽", "中", "文", "—", "«", "»", "\u{A0}", "0", "9",
    ]

    static func make(seed: UInt64) -> Article {
        var random = SplitMix64(state: seed)
        let blockCount = random.int(1...5)
        var blocks: [(role: BlockRole, text: String)] = []
        for index in 0..<blockCount {
            var text = ""
            for _ in 0..<random.int(1...30) { text += random.pick(alphabet) }
            let role: BlockRole = index == 0 && random.chance(50) ? .headline : random.pick([.body, .body, .body, .byline, .subheadline, .dateline])
            blocks.append((role, text))
        }
        var article = Article(id: "r\(seed % 1000)", language: random.pick(["en", "de", "pl"]), blocks: blocks)
        if random.chance(40) {
            article.metadata = ArticleMetadata(published: "1998-05-20", source: random.chance(50) ? "A & B \"news\"" : nil,
                                               url: random.chance(30) ? "https://example.org/?a=1&b=2" : nil,
                                               rights: random.chance(20) ? "© <owner>" : nil)
        }
        article.annotators = random.chance(50) ? [Annotator(id: "tool", kind: .tool, name: "gen", version: "1", mode: .automatic)] : []
        article.discourseEntities = random.chance(50) ? [DiscourseEntity(id: "e1", type: "person", name: "Ünïcode 𝔘 & co")] : []

        var accepted: [TextSpan] = []
        func nests(_ span: TextSpan) -> Bool {
            if let dateline = article.dateline?.span, span != dateline, span.contains(dateline) { return false }
            return !accepted.contains { $0.crosses(span) }
        }
        // A dateline with place and agency inside, in one block.
        if random.chance(30) {
            let block = article.blocks[random.int(0...article.blocks.count - 1)].span
            if block.length >= 3 {
                let start = block.start + random.int(0...block.length - 3)
                let end = random.int(start + 3...block.end)
                let dateline = TextSpan(start: start, end: end)
                var value = Dateline(span: dateline)
                accepted.append(dateline)
                let placeEnd = random.int(start + 1...end - 1)
                if random.chance(70) { value.place = TextSpan(start: start, end: placeEnd); accepted.append(value.place!) }
                if random.chance(70) { value.source = TextSpan(start: placeEnd, end: end); accepted.append(value.source!) }
                article.dateline = value
            }
        }
        var counter = 0
        for _ in 0..<random.int(0...12) {
            let block = article.blocks[random.int(0...article.blocks.count - 1)].span
            let start = random.int(block.start...block.end - 1)
            let span = TextSpan(start: start, end: random.int(start + 1...block.end))
            guard nests(span) else { continue }
            accepted.append(span)
            counter += 1
            let provenance = Provenance(annotatorID: random.chance(50) ? "tool" : nil,
                                        confidence: random.chance(40) ? Double(random.int(0...1000)) / 1000 : nil)
            switch random.int(0...2) {
            case 0:
                article.mentions.append(EntityMention(id: "m\(counter)", type: random.pick(["person", "location"]), span: span,
                                                      entityID: random.chance(50) ? "e1" : nil, provenance: provenance))
            case 1:
                article.quotes.append(Quote(id: "q\(counter)", span: span, kind: random.pick(QuoteKind.allCases),
                                            cue: random.chance(50) ? "said \"aloud\"" : nil, provenance: provenance))
            default:
                article.temporalExpressions.append(TemporalExpression(
                    id: "t\(counter)", span: span, type: random.pick(TimexType.allCases), value: random.pick(["1998-05-20", "P2W", "PRESENT_REF"]),
                    mod: random.chance(20) ? "APPROX" : nil, provenance: provenance))
            }
        }
        return article
    }
}

@Suite("Round trip (property-based)")
struct RoundTripPropertyTests {
    @Test("write → read → write gives the same bytes and the same article, for random articles")
    func roundTrip() async {
        await propertyCheck(count: 2000, input: Gen.int(in: 0...Int.max)) { seed in
            let article = RandomArticle.make(seed: UInt64(seed))
            do {
                let first = try XMLArticleWriter().write(article)
                let read = try XMLArticleReader().read(first, fileName: "seed-\(seed).xml")
                let second = try XMLArticleWriter().write(read)
                #expect(first == second, "seed \(seed)")
                #expect(try XMLArticleReader().read(second) == read, "seed \(seed): read → write → read changed the article")
                #expect(read.text == article.text, "seed \(seed)")
                #expect(read.blocks == article.blocks, "seed \(seed)")
                #expect(read.dateline == article.dateline, "seed \(seed)")
                #expect(Set(read.mentions.map { $0.id + "\($0.span)" }) == Set(article.mentions.map { $0.id + "\($0.span)" }), "seed \(seed)")
                #expect(Set(read.quotes.map { $0.id + "\($0.span)" }) == Set(article.quotes.map { $0.id + "\($0.span)" }), "seed \(seed)")
                #expect(Set(read.temporalExpressions.map { $0.id + "\($0.span)" })
                        == Set(article.temporalExpressions.map { $0.id + "\($0.span)" }), "seed \(seed)")
                var sortedOriginal = article
                sortedOriginal.sortAnnotations()
                var sortedRead = read
                sortedRead.sortAnnotations()
                #expect(sortedRead.mentions == sortedOriginal.mentions, "seed \(seed)")
                #expect(sortedRead.quotes == sortedOriginal.quotes, "seed \(seed)")
                #expect(sortedRead.temporalExpressions == sortedOriginal.temporalExpressions, "seed \(seed)")
                #expect(read.metadata == article.metadata, "seed \(seed)")
            } catch {
                Issue.record("seed \(seed): \(error)")
            }
        }
    }

    @Test("random articles are valid against the XSD (entity types and references aside)")
    func writtenArticlesAreSchemaValid() async throws {
        let validator = try SchemaValidator.xsd()
        await propertyCheck(count: 300, input: Gen.int(in: 0...Int.max)) { seed in
            let article = RandomArticle.make(seed: UInt64(seed))
            do {
                let data = try XMLArticleWriter().write(article)
                let problems = validator.validate(data, fileName: "seed-\(seed).xml")
                #expect(problems.isEmpty, "seed \(seed): \(problems)")
            } catch {
                Issue.record("seed \(seed): \(error)")
            }
        }
    }
}
