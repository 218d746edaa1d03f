import Foundation
import NewsmarkModel

/// Merges a Label Studio export back onto the article it was made from.
public enum LabelStudioMerge {
    /// Reads the task for `original` from `data` and merges it (see ``AnnotationMerger``).
    public static func merge(_ data: Data, onto original: Article, annotatorID: String = "annotator", file: String? = nil) throws -> MergeResult {
        try merge(try LabelStudioReader().read(data, articleID: original.id, file: file), onto: original, annotatorID: annotatorID)
    }

    /// Merges one document already read from an export (see ``AnnotationMerger``).
    public static func merge(_ edited: ToolDocument, onto original: Article, annotatorID: String = "annotator") throws -> MergeResult {
        let exported = ToolProjection.project(original, fields: LabelStudioExporter.fields)
        return try AnnotationMerger(annotatorID: annotatorID).merge(edited, onto: original, exported: exported, fields: LabelStudioExporter.fields)
    }
}
