import NewsmarkModel

/// The article's text as plain text: the headline, then every paragraph, separated by one blank line.
public struct PlainTextExporter: Sendable {
    public init() {}

    /// The plain text of `article`, ending in a newline.
    public func export(_ article: Article) -> String { article.text.isEmpty ? "" : article.text + "\n" }
}
