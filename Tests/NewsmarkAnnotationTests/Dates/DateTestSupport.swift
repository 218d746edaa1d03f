import NewsmarkAnnotation
import NewsmarkModel

/// The temporal expressions found in one article, looked up by their text.
struct AnnotatedDates {
    let article: Article
    let text: ScalarText

    /// Annotates `paragraphs` (one block each) published on `published`.
    init(_ paragraphs: [String], published: String? = "1998-05-20") {
        var article = Article(id: "test", metadata: ArticleMetadata(published: published), blocks: paragraphs.map { (BlockRole.body, $0) })
        // Tests run the stage on its own, as the pipeline does.
        try? AnnotationPipeline(stages: [DateAnnotator()]).run(on: &article)
        self.article = article
        text = ScalarText(article.text)
    }

    init(_ paragraph: String, published: String? = "1998-05-20") { self.init([paragraph], published: published) }

    var all: [TemporalExpression] { article.temporalExpressions }

    /// The surface text of each expression, in text order.
    var surfaces: [String] { all.map { text.string($0.span) } }

    /// The expression whose text is exactly `surface` (the `occurrence`-th one, from 0).
    func timex(_ surface: String, occurrence: Int = 0) -> TemporalExpression? {
        let matching = all.filter { text.string($0.span) == surface }
        return occurrence < matching.count ? matching[occurrence] : nil
    }

    /// The value of the expression whose text is exactly `surface`.
    func value(_ surface: String, occurrence: Int = 0) -> String? { timex(surface, occurrence: occurrence)?.value }
}

/// The value the annotator gives `surface` in `sentence` published on `published`.
func timexValue(_ surface: String, in sentence: String, published: String? = "1998-05-20") -> String? {
    AnnotatedDates(sentence, published: published).value(surface)
}
