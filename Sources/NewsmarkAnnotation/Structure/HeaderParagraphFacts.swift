/// What the layout rules ask about one paragraph at the top of an article — is it a dateline, a byline, a
/// date line, how many words has it — each worked out at most once.
///
/// ``ArticleLayoutDetector`` tests the first paragraph as a headline and then again as a header marker,
/// and the same parsers run in both tests; this keeps their answers for the paragraph.
struct HeaderParagraphFacts {
    /// The paragraph's text.
    let text: String
    private var datelineResult: DatelineMatch??
    private var bylineResult: Bool?
    private var headerDateResult: CalendarDate??
    private var featuresResult: LineFeatures?

    init(_ text: String) { self.text = text }

    /// ``DatelineParser/parse(_:)`` of the text.
    mutating func dateline() -> DatelineMatch? {
        if let known = datelineResult { return known }
        let result = DatelineParser.parse(text)
        datelineResult = .some(result)
        return result
    }

    /// ``BylineDetector/isByline(_:)`` of the text.
    mutating func isByline() -> Bool {
        if let known = bylineResult { return known }
        let result = BylineDetector.isByline(text)
        bylineResult = result
        return result
    }

    /// ``ArticleLayoutDetector/headerDate(_:)`` of the text.
    mutating func headerDate() -> CalendarDate? {
        if let known = headerDateResult { return known }
        let result = ArticleLayoutDetector.headerDate(text)
        headerDateResult = .some(result)
        return result
    }

    /// The clean-up stage's ``LineFeatures`` of the text (word count, length, sentence ending).
    mutating func features() -> LineFeatures {
        if let known = featuresResult { return known }
        let result = LineFeatures(text)
        featuresResult = result
        return result
    }
}
