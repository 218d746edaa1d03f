import Foundation
import NewsmarkModel

/// Merges a doccano JSONL export back onto the article it was made from.
public enum DoccanoMerge {
    /// Reads the line for `original` from `data` and merges it (see ``AnnotationMerger``).
    /// `unit` is what the offsets count when the line's metadata does not say.
    public static func merge(
        _ data: Data, onto original: Article, annotatorID: String = "annotator", file: String? = nil, unit: OffsetUnit = .utf16
    ) throws -> MergeResult {
        try merge(try DoccanoReader(unit: unit).read(data, articleID: original.id, file: file), onto: original, annotatorID: annotatorID)
    }

    /// Merges one document already read from an export (see ``AnnotationMerger``).
    public static func merge(_ edited: ToolDocument, onto original: Article, annotatorID: String = "annotator") throws -> MergeResult {
        let exported = ToolProjection.project(original, fields: DoccanoExporter.fields)
        return try AnnotationMerger(annotatorID: annotatorID).merge(edited, onto: original, exported: exported, fields: DoccanoExporter.fields)
    }
}
