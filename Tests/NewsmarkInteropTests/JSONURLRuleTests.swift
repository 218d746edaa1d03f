import Foundation
import NewsmarkInterop
import NewsmarkModel
import NewsmarkXML
import Testing

/// `meta.url` is an `xs:anyURI` in the XML Schema: the JSON reader must accept exactly the URLs the schema does.
@Suite("JSON form: meta.url follows xs:anyURI")
struct JSONURLRuleTests {
    static let urls = [
        "https://example.org/a?b=1&c=2", "https://example.org/a?[b=1", "https://example.org/a#x#y", "http://[::1]:8080/x",
        "http://[::1/x", "http://host:80a/", "http://user:pw@host/p", "mailto:desk@example.org", "urn:isbn:0451450523",
        "/relative/path", "relative/path", "a:b:c", "1abc:x", "://x", "http://example.org/%41%zz", "http://example.org/%4",
        "http://example.org/ü", "  https://example.org/  ", "https://example.org/a b", "https://example.org/{x}|^`",
        "https://example.org/a?q=x y#f", "https://example.org/[x]", "#only-fragment", "?only=query", "", "//host/p",
        "http://ex ample.org/", "http://example.org:/", "https://example.org/~user/a_b-c.d!$&'()*+,;=:@",
        "tel:+1-201-555-0123", "https://例え.jp/パス", "http://[v1.fe]/", "http://[]/", "x:", "file:///tmp/a",
    ]

    @Test("the reader accepts a URL exactly when the XML Schema does", arguments: urls)
    func agreesWithSchema(_ url: String) throws {
        var article = Article(id: "u", metadata: ArticleMetadata(url: url), blocks: [(.body, "Text.")])
        article.tagSet = .standard
        let xml = try XMLArticleWriter().write(article)
        let schemaAccepts = try SchemaValidator.xsd().validate(xml).isEmpty
        var jsonAccepts = true
        do {
            _ = try JSONArticleCodec().decode(JSONArticleCodec().encode(article))
        } catch let error as NewsmarkError {
            jsonAccepts = false
            #expect(error.message.hasPrefix("$.meta.url: "))
        }
        #expect(jsonAccepts == schemaAccepts, "\(url): JSON \(jsonAccepts), XSD \(schemaAccepts)")
    }
}
