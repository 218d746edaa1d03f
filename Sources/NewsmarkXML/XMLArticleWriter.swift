import Foundation
import NewsmarkModel

/// Writes an ``Article`` as canonical Newsmark XML with libxml2's text writer.
public struct XMLArticleWriter: Sendable {
    public init() {}

    /// The canonical XML bytes of `article`.
    public func write(_ article: Article) throws -> Data {
        throw NewsmarkError(.usage, "writing Newsmark XML is not available yet")
    }
}
