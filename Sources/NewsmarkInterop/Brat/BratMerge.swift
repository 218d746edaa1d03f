import NewsmarkModel

/// Merges brat files edited by an annotator back onto the article they were exported from.
public enum BratMerge {
    /// Reads `document` and merges it onto `original` (see ``AnnotationMerger``).
    public static func merge(
        _ document: BratDocument, onto original: Article, annotatorID: String = "annotator",
        textFile: String? = nil, annotationFile: String? = nil
    ) throws -> MergeResult {
        let text = BratReader.articleText(fromTextFile: document.text)
        if let conflict = TextConflict.find(original: original.text, edited: text) { throw conflict.error(file: textFile) }
        let edited = try BratReader().read(text: document.text, annotations: document.annotations,
                                           textFile: textFile, annotationFile: annotationFile)
        let exported = ToolProjection.project(original, fields: BratExporter.fields)
        return try AnnotationMerger(annotatorID: annotatorID).merge(edited, onto: original, exported: exported, fields: BratExporter.fields)
    }
}
