import NewsmarkModel

/// Finds quotations, classifies them as direct, partial or scare quotes, and attributes them to speakers.
public struct QuoteAnnotator: ArticleAnnotator {
    public let annotator = Annotator(
        id: "newsmark-quotes", kind: .tool, name: "newsmark-quotes", version: AnnotationPipeline.toolVersion, mode: .automatic)

    public init() {}

    public func annotate(_ article: inout Article, analysis: TextAnalysis) throws {
        // Filled in by the quotes work.
    }
}
