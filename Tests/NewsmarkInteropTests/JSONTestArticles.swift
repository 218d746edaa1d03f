import Foundation
import NewsmarkInterop
import NewsmarkModel
import NewsmarkTestSupport

/// Articles for the JSON-form tests: hand-made ones covering every member, and generated ones with random
/// text (ASCII, accents, CJK, emoji, astral letters, combining marks) and random well-formed annotations.
enum JSONTestArticles {
    static let words = [
        "the", "minister", "said", "on", "Tuesday", "that", "talks", "would", "resume", "Zürich", "café", "naïve",
        "北京", "会谈", "😀", "𝔘nion", "👍🏽", "e\u{301}lan", "🇺🇸", "Δελφοί", "Москва", "—", "“well”", "2024",
        "نعم", "x", "A.", "«oui»", "tab\u{A0}nbsp", "\u{1F9D1}\u{200D}\u{1F4BB}",
    ]

    static let timexValues: [(TimexType, String)] = [
        (.date, "1998-05-20"), (.date, "2024-W07"), (.date, "PRESENT_REF"), (.date, "1998-Q2"), (.time, "2024-02-29T14:30"),
        (.duration, "P2W"), (.duration, "PT3H30M"), (.set, "XXXX-WXX-1"), (.set, "P1W"), (.date, "199"),
    ]

    /// A hand-made article with one of everything, astral characters before and inside annotations.
    static func complete() -> Article {
        var article = Article(
            id: "sample-1", language: "en",
            metadata: ArticleMetadata(published: "2024-02-29", source: "Wire 😀", url: "https://example.org/a?b=1&c=2", rights: "CC BY 4.0"),
            blocks: [
                (.headline, "𝔘nion talks resume in Zürich"),
                (.body, "ZÜRICH, 29 Feb 2024 (Wire) — 👍🏽 “We will 𝔘nite,” said Anna Berg on Thursday."),
                (.body, "“Again,” she said, “we hope.” Talks last two weeks."),
            ])
        let text = ScalarText(article.text)
        func span(_ needle: String, in block: Int, from: Int = 0) -> TextSpan {
            let blockSpan = article.blocks[block].span
            let target = Array(needle.unicodeScalars)
            var start = blockSpan.start + from
            while start + target.count <= blockSpan.end {
                if Array(text.scalars[start..<(start + target.count)]) == target {
                    return TextSpan(start: start, end: start + target.count)
                }
                start += 1
            }
            preconditionFailure("test fixture: \(needle) not found")
        }
        article.annotators = [
            Annotator(id: "tool1", kind: .tool, name: "newsmark-test", version: "1.0", mode: .automatic),
            Annotator(id: "ann1", kind: .person, name: "ann1", mode: .reviewed),
        ]
        article.tagSet = TagSet(entityTypes: ["person", "organization", "location", "misc", "event"])
        article.discourseEntities = [
            DiscourseEntity(id: "e1", type: "person", name: "Anna Berg", knowledgeBaseID: "wikidata:Q1",
                            provenance: Provenance(annotatorID: "ann1", confidence: 0.9)),
            DiscourseEntity(id: "e2", type: "location", name: "Zürich"),
        ]
        article.dateline = Dateline(span: span("ZÜRICH, 29 Feb 2024 (Wire) —", in: 1), place: span("ZÜRICH", in: 1), source: span("Wire", in: 1))
        article.mentions = [
            EntityMention(id: "m1", type: "location", span: span("Zürich", in: 0), entityID: "e2", provenance: Provenance(annotatorID: "tool1")),
            EntityMention(id: "m2", type: "person", span: span("Anna Berg", in: 1), entityID: "e1",
                          provenance: Provenance(annotatorID: "ann1", confidence: 1)),
            EntityMention(id: "m3", type: "location", span: span("ZÜRICH", in: 1), entityID: "e2"),
            EntityMention(id: "m4", type: "event", span: span("𝔘nite", in: 1), provenance: Provenance(confidence: 0.25)),
        ]
        article.quotes = [
            Quote(id: "q1", span: span("“We will 𝔘nite,”", in: 1), kind: .direct, speakerID: "e1", cue: "said",
                  provenance: Provenance(annotatorID: "ann1", confidence: 0.75)),
            Quote(id: "q2", span: span("“Again,”", in: 2), kind: .direct, speakerID: "e1", cue: "said", continues: "q1"),
            Quote(id: "q3", span: span("“we hope.”", in: 2), kind: .direct, speakerID: "e1", continues: "q2"),
        ]
        article.temporalExpressions = [
            TemporalExpression(id: "t1", span: span("29 Feb 2024", in: 1), type: .date, value: "2024-02-29",
                               provenance: Provenance(annotatorID: "tool1", confidence: 0.5)),
            TemporalExpression(id: "t2", span: span("Thursday", in: 1), type: .date, value: "2024-02-29", mod: "APPROX", anchorID: "t1"),
            TemporalExpression(id: "t3", span: span("two weeks", in: 2), type: .duration, value: "P2W"),
            TemporalExpression(id: "t4", span: span("last", in: 2), type: .set, value: "P1W", quant: "EVERY", freq: "1X"),
        ]
        article.sortAnnotations()
        return article
    }

    /// Annotations sharing exactly the same span (the order of such elements in XML must come back the same).
    static func identicalSpans() -> Article {
        var article = Article(id: "same-spans", blocks: [(.body, "Geneva 😀 said Monday")])
        let geneva = TextSpan(start: 0, end: 6)
        let monday = TextSpan(start: 14, end: 20)
        article.mentions = [
            EntityMention(id: "m2", type: "location", span: geneva),
            EntityMention(id: "m1", type: "organization", span: geneva),
            EntityMention(id: "m3", type: "misc", span: monday),
        ]
        article.quotes = [Quote(id: "q1", span: geneva, kind: .scare), Quote(id: "q2", span: TextSpan(start: 0, end: 20), kind: .scare)]
        article.temporalExpressions = [TemporalExpression(id: "t1", span: monday, type: .date, value: "XXXX-WXX-1")]
        article.sortAnnotations()
        return article
    }

    /// A random article with well-formed annotations (nested and disjoint, never crossing).
    static func generated(seed: UInt64) -> Article {
        var random = SplitMix64(seed: seed)
        let blockCount = 1 + random.below(6)
        var blocks: [(role: BlockRole, text: String)] = []
        var blockWords: [[String]] = []
        for index in 0..<blockCount {
            let count = 1 + random.below(14)
            let chosen = (0..<count).map { _ in random.pick(words) }
            blockWords.append(chosen)
            let role: BlockRole = index == 0 && random.chance(60) ? .headline : random.pick([.body, .body, .body, .subheadline, .byline, .dateline])
            blocks.append((role, chosen.joined(separator: " ")))
        }
        var metadata = ArticleMetadata()
        if random.chance(70) { metadata.published = random.pick(["1998-05-20", "2024-02-29T14:30", "2001-09-11T08:46:40Z"]) }
        if random.chance(50) { metadata.source = random.pick(["RFE/RL", "AP", "Agence 🇫🇷"]) }
        if random.chance(30) { metadata.url = "https://example.org/\(seed)" }
        if random.chance(20) { metadata.rights = "© 2024" }
        var article = Article(id: "gen\(seed)", language: random.pick(["en", "de-CH", "zh-Hans"]), metadata: metadata, blocks: blocks)
        article.annotators = [Annotator(id: "auto", kind: .tool, name: "gen", version: "0.1", mode: .automatic)]
        if random.chance(50) { article.annotators.append(Annotator(id: "human", kind: .person, name: "h1", mode: .manual)) }
        let entityCount = random.below(4)
        article.discourseEntities = (0..<entityCount).map { n in
            DiscourseEntity(id: "e\(n + 1)", type: random.pick(["person", "organization", "location", "misc"]),
                            name: random.pick(words) + " \(n)", knowledgeBaseID: random.chance(40) ? "wikidata:Q\(n + 7)" : nil,
                            provenance: randomProvenance(&random, annotators: article.annotators))
        }
        var ids = IDAllocator(article: article)
        for (blockIndex, block) in article.blocks.enumerated() {
            // Word boundaries (code-point offsets) of the block.
            var starts: [Int] = []
            var ends: [Int] = []
            var offset = block.span.start
            for word in blockWords[blockIndex] {
                starts.append(offset)
                offset += word.unicodeScalars.count
                ends.append(offset)
                offset += 1
            }
            var word = 0
            if blockIndex == 1, article.dateline == nil, starts.count >= 3, random.chance(50) {
                article.dateline = Dateline(span: TextSpan(start: starts[0], end: ends[2]), place: TextSpan(start: starts[0], end: ends[0]),
                                            source: random.chance(50) ? TextSpan(start: starts[2], end: ends[2]) : nil)
                word = 3
            }
            while word < starts.count {
                let length = 1 + random.below(min(4, starts.count - word))
                let span = TextSpan(start: starts[word], end: ends[word + length - 1])
                switch random.below(5) {
                case 0:
                    let previous = article.quotes.last
                    var quote = Quote(id: ids.next("q"), span: span, kind: random.pick(QuoteKind.allCases),
                                      speakerID: entityCount > 0 && random.chance(70) ? "e\(1 + random.below(entityCount))" : nil,
                                      cue: random.chance(50) ? random.pick(["said", "told", "according to"]) : nil,
                                      provenance: randomProvenance(&random, annotators: article.annotators))
                    if let previous, previous.span.end <= span.start, random.chance(40),
                       !article.quotes.contains(where: { $0.continues == previous.id }) {
                        quote.continues = previous.id
                    }
                    article.quotes.append(quote)
                    if length > 1, random.chance(50) {  // a mention nested inside the quote
                        article.mentions.append(EntityMention(id: ids.next("m"), type: "person", span: TextSpan(start: starts[word + 1], end: ends[word + 1])))
                    }
                case 1, 2:
                    article.mentions.append(EntityMention(
                        id: ids.next("m"), type: random.pick(article.tagSet.entityTypes), span: span,
                        entityID: entityCount > 0 && random.chance(60) ? "e\(1 + random.below(entityCount))" : nil,
                        provenance: randomProvenance(&random, annotators: article.annotators)))
                case 3:
                    let (type, value) = random.pick(timexValues)
                    let anchor = article.temporalExpressions.isEmpty || !random.chance(40) ? nil : random.pick(article.temporalExpressions).id
                    article.temporalExpressions.append(TemporalExpression(
                        id: ids.next("t"), span: span, type: type, value: value,
                        mod: random.chance(20) ? random.pick(["APPROX", "START", "MORE_THAN"]) : nil, anchorID: anchor,
                        quant: type == .set && random.chance(50) ? "EVERY" : nil, freq: type == .set && random.chance(30) ? "2X" : nil,
                        provenance: randomProvenance(&random, annotators: article.annotators)))
                default:
                    break
                }
                word += length
            }
        }
        article.sortAnnotations()
        return article
    }

    private static func randomProvenance(_ random: inout SplitMix64, annotators: [Annotator]) -> Provenance {
        Provenance(annotatorID: random.chance(60) ? random.pick(annotators).id : nil,
                   confidence: random.chance(40) ? random.pick([0, 0.1, 0.5, 0.875, 1, 0.333]) : nil)
    }

    /// The JSON form of `article` as a mutable JSON object, for tests that break one member.
    static func jsonObject(_ article: Article) throws -> [String: Any] {
        let data = try JSONArticleCodec().encode(article)
        return try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
    }
}
