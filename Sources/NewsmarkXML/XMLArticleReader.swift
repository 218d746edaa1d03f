import Foundation
import NewsmarkModel

/// Reads Newsmark XML into an ``Article`` with libxml2's streaming reader.
public struct XMLArticleReader: Sendable {
    public init() {}

    /// Parses `data` (a whole Newsmark XML document). `fileName` is used in error locations.
    public func read(_ data: Data, fileName: String? = nil) throws -> Article {
        throw NewsmarkError(.usage, "reading Newsmark XML is not available yet", location: SourceLocation(file: fileName))
    }
}
