import NewsmarkModel

/// Finds date and time expressions and normalizes them to TIMEX3 values anchored to the publication date.
public struct DateAnnotator: ArticleAnnotator {
    public let annotator = Annotator(
        id: "newsmark-dates", kind: .tool, name: "newsmark-dates", version: AnnotationPipeline.toolVersion, mode: .automatic)

    public init() {}

    public func annotate(_ article: inout Article, analysis: TextAnalysis) throws {
        // Filled in by the dates work.
    }
}
