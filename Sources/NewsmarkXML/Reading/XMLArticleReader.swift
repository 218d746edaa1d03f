import Foundation
import NewsmarkModel

/// Reads Newsmark XML into an ``Article`` with libxml2's streaming reader.
///
/// The reader is strict: a document that is not well-formed, has a DOCTYPE, uses another
/// namespace or version, an unknown element or attribute, a misplaced element, a missing
/// required attribute, an invalid enumerated value, a line break inside a paragraph or an
/// empty annotation is refused with a ``NewsmarkError`` (`invalidInput`) naming the file, line and
/// column. It does not check what only the validator checks (references between ids, TIMEX3 value
/// syntax, the tag set).
public struct XMLArticleReader: Sendable {
    public init() {}

    /// Parses `data` (a whole Newsmark XML document). `fileName` is used in error locations.
    ///
    /// - Throws: ``NewsmarkError`` (`invalidInput`) for any problem, with its location.
    public func read(_ data: Data, fileName: String? = nil) throws -> Article {
        try readDocument(data, fileName: fileName).article
    }

    /// Parses `data` and also returns the location of every identified element; with a `schema`,
    /// validates in the same pass and returns its findings instead of stopping at them.
    ///
    /// - Throws: ``NewsmarkError`` (`invalidInput`) when the document is not well-formed or cannot
    ///   be read as an article.
    public func readDocument(_ data: Data, fileName: String? = nil, schema: CompiledSchema? = nil) throws -> XMLReadResult {
        let stream = try NewsmarkXMLEventStream(data: data, fileName: fileName, options: .init(schema: schema))
        var builder = XMLArticleBuilder(fileName: fileName)
        while let event = try stream.next() {
            try builder.consume(event)
        }
        let (article, locations, dateline) = try builder.finish()
        return XMLReadResult(article: article, locations: locations, datelineLocation: dateline,
                             schemaErrors: stream.drainSchemaErrors())
    }
}
