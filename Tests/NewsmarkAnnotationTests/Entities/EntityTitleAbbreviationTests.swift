import NewsmarkAnnotation
import NewsmarkModel
import Testing

@Suite("Entities: abbreviated titles")
struct EntityTitleAbbreviationTests {
    @Test func anAbbreviatedTitleIsNotAPerson() throws {
        var article = Article(id: "a", blocks: [
            (.body, "“We need this law now,” said Sen. Chuck Morgan, who chairs the panel. Gov. Maria Delgado agreed."),
        ])
        try AnnotationPipeline(stages: [EntityAnnotator()]).run(on: &article)
        let text = ScalarText(article.text)
        let names = article.mentions.map { text.string($0.span) }
        #expect(names.contains("Chuck Morgan"))
        #expect(names.contains("Maria Delgado"))
        #expect(!names.contains("Sen"))
        #expect(!names.contains("Gov"))
    }

    @Test func multiWordTitlesStayOutsideTheName() throws {
        var article = Article(id: "b", blocks: [
            (.body, "Welsh First Minister Ffion Rhys met Lord Mayor Tom Keller on Monday. First Lady Ana Ruiz and Senate Majority Leader Paul Hart were absent."),
        ])
        try AnnotationPipeline(stages: [EntityAnnotator()]).run(on: &article)
        let text = ScalarText(article.text)
        let names = article.mentions.map { text.string($0.span) }
        #expect(names.contains("Ffion Rhys"))
        #expect(names.contains("Tom Keller"))
        #expect(names.contains("Ana Ruiz"))
        #expect(names.contains("Paul Hart"))
        #expect(!names.contains("First"))
        #expect(!names.contains("Lord"))
        #expect(!names.contains("First Lady Ana Ruiz"))
    }
}
