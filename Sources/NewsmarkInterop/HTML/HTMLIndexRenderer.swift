import NewsmarkModel

/// Renders the index page of a directory of HTML views: one row per article with its counts.
public struct HTMLIndexRenderer: Sendable {
    public init() {}

    /// The index page; `fileName(article)` is the relative file name of each article's page.
    public func render(_ articles: [Article], title: String = "Newsmark articles", fileName: (Article) -> String) -> String {
        var html = "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n"
        html += "<title>\(HTMLEscaping.escape(title))</title>\n<style>\n\(HTMLStyle.css(entityTypes: []))</style>\n</head>\n<body class=\"index\">\n"
        html += "<h1>\(HTMLEscaping.escape(title))</h1>\n<p>\(articles.count) article\(articles.count == 1 ? "" : "s")</p>\n"
        html += "<table class=\"index\">\n<tr><th>article</th><th>headline</th><th>published</th><th>paragraphs</th><th>entities</th><th>mentions</th><th>dates</th><th>quotes</th></tr>\n"
        var totals = [0, 0, 0, 0, 0]
        for article in articles {
            let counts = [article.blocks.count, article.discourseEntities.count, article.mentions.count,
                          article.temporalExpressions.count, article.quotes.count]
            for i in totals.indices { totals[i] += counts[i] }
            html += "<tr><td><a href=\"\(HTMLEscaping.escape(Self.percentEncode(fileName(article)), attribute: true))\">\(HTMLEscaping.escape(article.id))</a></td>"
            html += "<td>\(HTMLEscaping.escape(article.headline ?? ""))</td><td>\(HTMLEscaping.escape(article.metadata.published ?? ""))</td>"
            html += counts.map { "<td class=\"n\">\($0)</td>" }.joined() + "</tr>\n"
        }
        html += "<tr><th colspan=\"3\">total</th>" + totals.map { "<th class=\"n\">\($0)</th>" }.joined() + "</tr>\n"
        html += "</table>\n</body>\n</html>\n"
        return html
    }

    /// A relative file name made safe for an `href` (spaces, `#`, `?`, `%` and non-ASCII percent-encoded).
    static func percentEncode(_ name: String) -> String {
        var out = ""
        for byte in name.utf8 {
            let c = Unicode.Scalar(byte)
            if byte < 0x80, c.properties.isAlphabetic || ("0"..."9").contains(c) || "-_.~/".unicodeScalars.contains(c) {
                out.unicodeScalars.append(c)
            } else {
                out += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return out
    }
}

