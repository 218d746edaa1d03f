import NewsmarkModel
import NewsmarkTestSupport
import Testing
@testable import NewsmarkAnnotation

/// The entity annotator's id numbering read straight from an article's ids equals the numbering
/// read from ``Article/allIDs``.
@Suite struct EntityIDNumberingTests {
    @Test func numberingFromTheArticleEqualsNumberingFromAllIDs() {
        var random = SplitMix64(seed: 5)
        for _ in 0..<30 {
            var article = Article(id: "t", blocks: [(role: .body, text: "Some text."), (role: .body, text: "More text.")])
            func randomID() -> String {
                ["m", "e", "p", "m0", "mm", "e0", "x"][Int(random.next() % 7)] + String(random.next() % 25)
            }
            for _ in 0..<Int(random.next() % 15) {
                article.mentions.append(EntityMention(id: randomID(), type: "person", span: TextSpan(start: 0, end: 4)))
            }
            for _ in 0..<Int(random.next() % 8) {
                article.discourseEntities.append(DiscourseEntity(id: randomID(), type: "person", name: "Some"))
            }
            let used = article.allIDs
            var plainEntities = EntityIDNumbering(prefix: "e", usedIDs: used)
            var plainMentions = EntityIDNumbering(prefix: "m", usedIDs: used)
            var (entities, mentions) = EntityIDNumbering.entitiesAndMentions(in: article)
            for _ in 0..<30 { #expect(entities.next() == plainEntities.next()) }
            for _ in 0..<40 { #expect(mentions.next() == plainMentions.next()) }
        }
    }
}
