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
}
