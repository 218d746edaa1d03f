import NewsmarkModel

/// One stage of the annotation pipeline: it reads the article and adds annotations of one layer.
///
/// A stage records its provenance: every annotation it adds names ``annotator`` (declared once in the
/// article header) and, where it can say, a confidence.
public protocol ArticleAnnotator: Sendable {
    /// The annotator record this stage declares and refers to from what it adds.
    var annotator: Annotator { get }

    /// Adds this stage's annotations to `article`. `analysis` is the sentence and token analysis of
    /// `article.text`, computed once by the pipeline.
    func annotate(_ article: inout Article, analysis: TextAnalysis) throws
}

extension Article {
    /// Declares `annotator` in the header unless an annotator with its id is already there.
    public mutating func declare(_ annotator: Annotator) {
        if !annotators.contains(where: { $0.id == annotator.id }) { annotators.append(annotator) }
    }
}
