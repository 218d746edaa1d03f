import NewsmarkModel

/// The last structure step: builds the ``Article`` from paragraphs and their layout — blocks with roles, the
/// dateline as spans over the text, and the publication metadata.
///
/// Metadata: `published` is the `--published` date when given, else the dateline's date when it has a
/// year, else a header date line's. A dateline date without a year takes its year from the given
/// publication date (the year that puts it nearest), or from a header date. `source` is the dateline's
/// agency, else the outlet after a bar in a byline.
public struct ArticleAssembler: Sendable {
    /// The largest block libxml2 can read back as one text node without its `HUGE` option (bytes of UTF-8).
    /// Newsmark refuses longer paragraphs rather than truncate them.
    public static let maximumBlockBytes = 10_000_000

    /// The article's id.
    public var id: String
    /// The article's language (BCP 47).
    public var language: String
    /// The publication date given by the user (`YYYY-MM-DD`), which overrides the dateline's.
    public var published: String?

    public init(id: String, language: String, published: String?) {
        self.id = id
        self.language = language
        self.published = published
    }

    /// Refuses a paragraph longer than ``maximumBlockBytes``.
    public static func checkSizes(_ paragraphs: [RawParagraph], fileName: String? = nil) throws {
        for paragraph in paragraphs where paragraph.text.utf8.count > maximumBlockBytes {
            throw NewsmarkError(
                .invalidInput,
                "the paragraph starting here is \(paragraph.text.utf8.count) bytes long; XML text is limited to "
                    + "\(maximumBlockBytes) bytes per paragraph, and Newsmark does not truncate text",
                location: SourceLocation(file: fileName, line: paragraph.line, column: 1))
        }
    }

    /// The article and notes about what could not be completed.
    public func assemble(
        _ paragraphs: [RawParagraph], layout: ArticleLayout, fileName: String? = nil
    ) throws -> (article: Article, notes: [ConversionNote]) {
        var notes: [ConversionNote] = []
        try Self.checkSizes(paragraphs, fileName: fileName)
        var metadata = ArticleMetadata(published: published)
        let given = published.flatMap(CalendarDate.parseISO)

        var datelineDate = layout.dateline?.date
        if let date = datelineDate, date.year == nil {
            if let reference = given ?? layout.headerDate.flatMap({ $0.year == nil ? nil : $0 }) {
                datelineDate = date.completed(from: reference)
            } else if let line = layout.datelineParagraph.map({ paragraphs[$0].line }) {
                notes.append(ConversionNote(
                    line: line,
                    message: "the dateline's date has no year and no publication date was given (--published): "
                        + "the article has no publication date"))
            }
        }
        if metadata.published == nil {
            metadata.published = datelineDate?.isoString ?? layout.headerDate?.isoString
        }
        var article = Self.article(id: id, language: language, metadata: metadata, roles: layout.roles, paragraphs: paragraphs)

        if let match = layout.dateline, let index = layout.datelineParagraph, index < article.blocks.count {
            let offset = article.blocks[index].span.start
            article.dateline = Dateline(span: match.span.shifted(by: offset), place: match.place?.shifted(by: offset),
                                        source: match.source?.shifted(by: offset))
            if let source = match.source {
                let scalars = paragraphs[index].text.unicodeScalars
                let text = String(String.UnicodeScalarView(scalars.dropFirst(source.start).prefix(source.length)))
                article.metadata.source = text
            }
        }
        if article.metadata.source == nil { article.metadata.source = layout.bylineSource }
        return (article, notes)
    }

    /// The article whose text is the paragraphs joined by blank lines, one block per paragraph (`p1`, `p2`, …):
    /// what `Article(id:language:metadata:blocks:)` builds, with each paragraph's code points counted on its
    /// UTF-8 bytes instead of through the string's scalar view.
    static func article(id: String, language: String, metadata: ArticleMetadata, roles: [BlockRole],
                        paragraphs: [RawParagraph]) -> Article {
        let count = min(roles.count, paragraphs.count)
        var byteCount = 0
        for index in 0..<count { byteCount += paragraphs[index].text.utf8.count + 2 }
        var text = ""
        text.reserveCapacity(byteCount)
        var blocks: [Block] = []
        blocks.reserveCapacity(count)
        var offset = 0
        for index in 0..<count {
            if index > 0 {
                text += Article.blockSeparator
                offset += 2
            }
            var paragraph = paragraphs[index].text
            let length = paragraph.withUTF8 { UTF8Scanning.codePointCount($0) }
            blocks.append(Block(id: "p" + String(index + 1), role: roles[index], span: TextSpan(start: offset, end: offset + length)))
            text += paragraph
            offset += length
        }
        return Article(id: id, language: language, metadata: metadata, text: text, blocks: blocks)
    }
}
