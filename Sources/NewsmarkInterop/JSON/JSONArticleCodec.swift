import Foundation
import NewsmarkModel

/// Reads and writes the JSON form of a Newsmark article: standoff annotations over one text, offsets in
/// Unicode code points, end exclusive.
public struct JSONArticleCodec: Sendable {
    public init() {}

    /// The JSON bytes of `article`; `pretty` indents for reading. Keys are always sorted, so output is stable.
    public func encode(_ article: Article, pretty: Bool = false) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        do {
            return try encoder.encode(JSONArticle(article))
        } catch {
            throw NewsmarkError(.invalidInput, "cannot encode the article as JSON: \(error)")
        }
    }

    /// Parses the JSON form. `fileName` is used in error locations.
    public func decode(_ data: Data, fileName: String? = nil) throws -> Article {
        throw NewsmarkError(.usage, "reading the JSON form is not available yet", location: SourceLocation(file: fileName))
    }
}
