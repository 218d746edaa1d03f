import NewsmarkModel
@testable import NewsmarkAnnotation

/// Runs the entity annotator alone over an article made of `blocks`.
func annotateEntities(_ blocks: [String], roles: [BlockRole]? = nil) throws -> Article {
    let roles = roles ?? Array(repeating: .body, count: blocks.count)
    var article = Article(id: "t", blocks: Array(zip(roles, blocks)).map { (role: $0.0, text: $0.1) })
    let annotator = EntityAnnotator()
    article.declare(annotator.annotator)
    try annotator.annotate(&article, analysis: TextAnalysis(article: article))
    article.sortAnnotations()
    return article
}

extension Article {
    /// The text of each mention with its type, in text order.
    var mentionPairs: [Pair] {
        let scalars = ScalarText(text)
        return mentions.map { Pair(scalars.string($0.span), $0.type) }
    }

    /// The text of a mention.
    func surface(_ mention: EntityMention) -> String { ScalarText(text).string(mention.span) }

    /// The discourse entity of the first mention whose text is `surface`.
    func entity(of surface: String) -> DiscourseEntity? {
        guard let mention = mentions.first(where: { self.surface($0) == surface }), let id = mention.entityID else { return nil }
        return discourseEntity(id: id)
    }
}

/// A mention's text and type, for readable expectations.
struct Pair: Hashable, CustomStringConvertible {
    let text: String
    let type: String
    init(_ text: String, _ type: String) {
        self.text = text
        self.type = type
    }
    var description: String { "\(text)/\(type)" }
}
