import NewsmarkAnnotation
import NewsmarkModel

/// Merges CoNLL columns edited by an annotator back onto the original article (entities only).
///
/// The tokens must be the original's tokens, in order (CoNLL does not keep the text, so the tokens are what is
/// compared); a difference stops the merge with the line of the CoNLL file and the place in the original text.
/// A file with several documents is searched for the one whose tokens are the article's.
public enum CoNLLMerge {
    public static func merge(_ text: String, onto original: Article, annotatorID: String = "annotator", file: String? = nil) throws -> MergeResult {
        let documents = try CoNLLReader().read(text, file: file)
        let analysis = TextAnalysis(article: original)
        let originalTokens = analysis.tokens.map { analysis.string($0) }
        guard let document = documents.first(where: { $0.tokens.map(\.text) == originalTokens }) else {
            throw conflict(documents.first?.tokens ?? [], originalTokens, analysis: analysis, original: original, file: file)
        }
        let entities = TokenAlignedEntities.entities(original.mentions, analysis: analysis)
        // What was exported: the representable mentions, with their original spans; an imported entity on the same
        // tokens with the same type stands for the original span.
        var exported: [ToolAnnotation] = []
        var originalSpan: [TokenKey: TextSpan] = [:]
        for entity in entities {
            exported.append(ToolAnnotation(key: entity.id, id: entity.id, label: entity.label, span: entity.span))
            originalSpan[TokenKey(tokens: entity.tokens, label: entity.label)] = entity.span
        }
        var imported: [ToolAnnotation] = []
        for (number, entity) in document.entities.enumerated() {
            let span = originalSpan[TokenKey(tokens: entity.tokens, label: entity.type)]
                ?? TextSpan(start: analysis.tokens[entity.tokens.lowerBound].span.start, end: analysis.tokens[entity.tokens.upperBound - 1].span.end)
            var item = ToolAnnotation(key: "E\(number + 1)", label: entity.type, span: span,
                                      location: SourceLocation(file: file, line: document.tokens[entity.tokens.lowerBound].line, column: 1))
            item.layer = .entity
            imported.append(item)
        }
        let edited = ToolDocument(text: nil, annotations: imported, source: file)
        return try AnnotationMerger(annotatorID: annotatorID).merge(edited, onto: original, exported: exported, fields: [])
    }

    static func conflict(_ tokens: [CoNLLReader.Token], _ originalTokens: [String], analysis: TextAnalysis, original: Article, file: String?) -> NewsmarkError {
        var index = 0
        while index < tokens.count, index < originalTokens.count, tokens[index].text == originalTokens[index] { index += 1 }
        let offset = index < analysis.tokens.count ? analysis.tokens[index].span.start : analysis.text.count
        var line = 1
        var column = 1
        for scalar in analysis.text.scalars.prefix(offset) {
            if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        let found = index < tokens.count ? "'\(tokens[index].text)'" : "the end of the document"
        let expected = index < originalTokens.count ? "'\(originalTokens[index])'" : "the end of the article"
        let fileLine = index < tokens.count ? tokens[index].line : (tokens.last?.line ?? 0)
        return NewsmarkError(.invalidInput, "the CoNLL tokens differ from the original's at token \(index + 1): \(found) where the original "
            + "has \(expected) (original text line \(line), column \(column)); annotations are not shifted, so nothing was merged",
            location: SourceLocation(file: file, line: fileLine, column: 1))
    }
}

private struct TokenKey: Hashable {
    var tokens: Range<Int>
    var label: String
}
