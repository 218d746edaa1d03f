import NewsmarkModel

/// Finds named-entity mentions and links the mentions of one entity to one discourse entity.
public struct EntityAnnotator: ArticleAnnotator {
    public let annotator = Annotator(
        id: "newsmark-entities", kind: .tool, name: "newsmark-entities", version: AnnotationPipeline.toolVersion, mode: .automatic)

    public init() {}

    public func annotate(_ article: inout Article, analysis: TextAnalysis) throws {
        // Filled in by the entities work.
    }
}
