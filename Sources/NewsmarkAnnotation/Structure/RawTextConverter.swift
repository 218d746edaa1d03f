import NewsmarkModel

/// Turns a raw scraped article into an annotated ``Article``. The stages run in this fixed order (see
/// `docs/PIPELINE.md`):
///
/// 1. ``LineSplitter``: line breaks normalized, characters XML cannot hold dropped (with a note), lines trimmed.
/// 2. ``BoilerplateCleaner``: site chrome and boilerplate lines removed (and listed).
/// 3. ``ParagraphSegmenter``: paragraphs from blank-line, one-line-per-paragraph and hard-wrapped layouts.
/// 4. ``ArticleLayoutDetector``: headline, sub-headlines, bylines and the dateline.
/// 5. ``ArticleAssembler``: the article text, blocks, dateline spans and metadata.
/// 6. ``AnnotationPipeline``: tokens and sentences, then the annotators (dates → entities → quotes).
public struct RawTextConverter: Sendable {
    /// What the conversion does.
    public struct Options: Sendable {
        /// The publication date to use instead of the one found in the dateline (`YYYY-MM-DD`).
        public var published: String?
        /// The article's language.
        public var language: String = "en"
        /// The layers to annotate.
        public var layers: AnnotationPipeline.Layers = .all
        public init(published: String? = nil, language: String = "en", layers: AnnotationPipeline.Layers = .all) {
            self.published = published
            self.language = language
            self.layers = layers
        }
    }

    /// The result: the article and what clean-up removed.
    public struct Result: Sendable {
        public var article: Article
        /// The removed lines with their line numbers and rules, in input order.
        public var removed: [RemovedLine]
        /// Notes about the conversion: dropped characters, a dateline date that could not be completed.
        public var notes: [ConversionNote]
        /// The text of the removed lines, in input order.
        public var removedLines: [String] { removed.map(\.text) }

        public init(article: Article, removed: [RemovedLine], notes: [ConversionNote] = []) {
            self.article = article
            self.removed = removed
            self.notes = notes
        }
    }

    public var options: Options

    public init(options: Options = Options()) { self.options = options }

    /// Converts `raw` into an article with id `id`; `fileName` is used in error locations.
    ///
    /// - Throws: ``NewsmarkError`` (`invalidInput`) when no article text is left after clean-up, or when a
    ///   paragraph is longer than ``ArticleAssembler/maximumBlockBytes``.
    public func convert(_ raw: consuming String, id: String, fileName: String? = nil) throws -> Result {
        var result = try structure(raw, id: id, fileName: fileName)
        // The raw text is not needed by the annotators: a long article's input is let go before them.
        _ = consume raw
        try AnnotationPipeline.standard(layers: options.layers).run(on: &result.article)
        return result
    }

    /// Runs stages 1–5 only: the structured article without annotations.
    public func structure(_ raw: String, id: String, fileName: String? = nil) throws -> Result {
        let (lines, lineNotes) = LineSplitter.split(raw)
        let cleaned = BoilerplateCleaner().clean(lines)
        let paragraphs = ParagraphSegmenter.paragraphs(cleaned.lines)
        guard !paragraphs.isEmpty else {
            let what = lines.allSatisfy(\.isBlank) ? "the input has no text" : "no article text is left after clean-up"
            throw NewsmarkError(.invalidInput, what, location: SourceLocation(file: fileName))
        }
        try ArticleAssembler.checkSizes(paragraphs, fileName: fileName)
        let layout = ArticleLayoutDetector.detect(paragraphs.map(\.text))
        let assembler = ArticleAssembler(id: id, language: options.language, published: options.published)
        let (article, notes) = try assembler.assemble(paragraphs, layout: layout, fileName: fileName)
        return Result(article: article, removed: cleaned.removed, notes: lineNotes + notes)
    }
}
