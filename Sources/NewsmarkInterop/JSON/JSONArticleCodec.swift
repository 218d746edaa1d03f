import Foundation
import NewsmarkModel

/// Reads and writes the JSON form of a Newsmark article.
public struct JSONArticleCodec: Sendable {
    public init() {}

    /// The JSON bytes of `article`; `pretty` indents and sorts keys for reading.
    public func encode(_ article: Article, pretty: Bool = false) throws -> Data {
        throw NewsmarkError(.usage, "writing the JSON form is not available yet")
    }

    /// Parses the JSON form. `fileName` is used in error locations.
    public func decode(_ data: Data, fileName: String? = nil) throws -> Article {
        throw NewsmarkError(.usage, "reading the JSON form is not available yet", location: SourceLocation(file: fileName))
    }
}
