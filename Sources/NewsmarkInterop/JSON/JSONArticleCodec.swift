import Foundation
import NewsmarkModel

/// Reads and writes the JSON form of a Newsmark article: standoff annotations over one text, offsets in
/// Unicode code points, end exclusive (see docs/FORMAT.md, "JSON form").
///
/// Writing is deterministic: keys sorted, annotations in text order, absent optional members left out, so
/// the same article always gives the same bytes. Reading parses with Foundation's `JSONDecoder`, then checks
/// the document as strictly as the XML reader does; every error names the JSON path of the member at fault.
public struct JSONArticleCodec: Sendable {
    public init() {}

    /// The JSON bytes of `article`; `pretty` indents for reading. Keys are always sorted, so output is stable.
    public func encode(_ article: Article, pretty: Bool = false) throws -> Data {
        do {
            return Data(try JSONArticleWriter.encode(JSONArticle(article), pretty: pretty))
        } catch let error as NewsmarkError {
            throw NewsmarkError(.invalidInput, "cannot encode article \(JSONArticleChecker.quotedText(article.id)) as JSON: \(error.message)")
        }
    }

    /// The same bytes as `encode(_:pretty:)`, written by Foundation's `JSONEncoder` from the Codable
    /// document. Kept as the reference the direct writer is checked against; it takes about six times the
    /// instructions.
    func encodeWithFoundation(_ article: Article, pretty: Bool = false) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        do {
            return try encoder.encode(JSONArticle(article))
        } catch {
            throw NewsmarkError(.invalidInput, "cannot encode article \(JSONArticleChecker.quotedText(article.id)) as JSON: \(error)")
        }
    }

    /// Parses and checks the JSON form. `fileName` is used in error locations; messages start with the JSON
    /// path of the offending member (`$.quotes[3].speaker: no discourse entity "e9" in $.discourseEntities`).
    public func decode(_ data: Data, fileName: String? = nil) throws -> Article {
        let document: JSONArticle
        do {
            document = try JSONDecoder().decode(JSONArticle.self, from: data)
        } catch let error as UnknownMemberError {
            let path = JSONPath.of(error.codingPath)
            throw NewsmarkError(.invalidInput, "\(path)\(JSONPath.member(error.member)): unknown member (the members of \(path) are \(error.known.joined(separator: ", ")))",
                                location: SourceLocation(file: fileName))
        } catch let error as DecodingError {
            throw JSONDecodingErrorReport.error(for: error, data: data, fileName: fileName)
        } catch {
            throw NewsmarkError(.invalidInput, "cannot read the JSON: \(error)", location: SourceLocation(file: fileName))
        }
        var checker = JSONArticleChecker(document: document, fileName: fileName)
        return try checker.article()
    }
}
