import NewsmarkModel

/// Runs annotators over an article in a fixed order: dates, then entities, then quotes (quote speakers
/// are linked to the entities found before them).
public struct AnnotationPipeline: Sendable {
    /// The version of Newsmark's annotators, recorded in their provenance.
    public static let toolVersion = "1.0.0"

    /// Which layers to annotate.
    public struct Layers: OptionSet, Sendable, Hashable {
        public let rawValue: Int
        public init(rawValue: Int) { self.rawValue = rawValue }
        public static let dates = Layers(rawValue: 1 << 0)
        public static let entities = Layers(rawValue: 1 << 1)
        public static let quotes = Layers(rawValue: 1 << 2)
        public static let all: Layers = [.dates, .entities, .quotes]
    }

    /// The stages, in the order they run.
    public var stages: [any ArticleAnnotator]

    public init(stages: [any ArticleAnnotator]) { self.stages = stages }

    /// The standard pipeline with the chosen layers.
    public static func standard(layers: Layers = .all) -> AnnotationPipeline {
        var stages: [any ArticleAnnotator] = []
        if layers.contains(.dates) { stages.append(DateAnnotator()) }
        if layers.contains(.entities) { stages.append(EntityAnnotator()) }
        if layers.contains(.quotes) { stages.append(QuoteAnnotator()) }
        return AnnotationPipeline(stages: stages)
    }

    /// Runs every stage over `article`, declaring each stage's annotator, drops annotations that cannot
    /// nest with the others (see ``NestingRepair``), and leaves the annotation lists in text order.
    public func run(on article: inout Article) throws {
        guard !stages.isEmpty else {
            article.sortAnnotations()
            return
        }
        let analysis = TextAnalysis(article: article)
        for stage in stages {
            article.declare(stage.annotator)
            try stage.annotate(&article, analysis: analysis)
        }
        NestingRepair.repair(&article)
        article.sortAnnotations()
    }
}
