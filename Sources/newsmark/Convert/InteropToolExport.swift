import Foundation
import Newsmark

/// An annotation tool's export, read once, to merge back onto one or many originals.
enum InteropToolExport {
    case brat(path: String)
    case labelStudio([ToolDocument], file: String)
    case doccano([ToolDocument], file: String)
    case conll(String, file: String)

    static func load(_ format: InputFormat, input: String, offsets: OffsetUnit) throws -> InteropToolExport {
        switch format {
        case .brat: return .brat(path: input)
        case .labelstudio: return .labelStudio(try LabelStudioReader().read(try FileIO.read(input), file: input), file: input)
        case .doccano: return .doccano(try DoccanoReader(unit: offsets).read(try FileIO.read(input), file: input), file: input)
        case .conll: return .conll(try InteropConversion.readText(input), file: input)
        case .txt, .xml, .json, .jsonl: throw NewsmarkError(.usage, "\(format.rawValue) is not an annotation-tool format")
        }
    }

    /// Merges the export's document for `original`. Not `strict`: a single-document export is taken whatever id it records.
    func merge(onto original: Article, annotatorID: String, strict: Bool) throws -> MergeResult {
        switch self {
        case .brat(let path):
            let (txt, ann) = try InteropConversion.bratFiles(path, articleID: original.id)
            let document = BratDocument(text: try InteropConversion.readText(txt), annotations: try InteropConversion.readText(ann))
            return try BratMerge.merge(document, onto: original, annotatorID: annotatorID, textFile: txt, annotationFile: ann)
        case .labelStudio(let documents, let file):
            return try LabelStudioMerge.merge(try Self.pick(documents, original.id, strict: strict, file: file, unit: "task"),
                                              onto: original, annotatorID: annotatorID)
        case .doccano(let documents, let file):
            return try DoccanoMerge.merge(try Self.pick(documents, original.id, strict: strict, file: file, unit: "line"),
                                          onto: original, annotatorID: annotatorID)
        case .conll(let text, let file):
            return try CoNLLMerge.merge(text, onto: original, annotatorID: annotatorID, file: file)
        }
    }

    /// Merges when the export has `original` (by id; for CoNLL, by its tokens), else `nil`.
    func mergeIfPresent(onto original: Article, annotatorID: String) throws -> MergeResult? {
        switch self {
        case .brat(let path):
            guard ArticleFiles.isDirectory(path) else { return try merge(onto: original, annotatorID: annotatorID, strict: true) }
            let wanted = InteropConversion.fileName(original.id, "ann")
            let walker = FileManager.default.enumerator(atPath: path)
            var found = false
            while !found, let relative = walker?.nextObject() as? String { found = URL(fileURLWithPath: relative).lastPathComponent == wanted }
            return found ? try merge(onto: original, annotatorID: annotatorID, strict: true) : nil
        case .labelStudio(let documents, _), .doccano(let documents, _):
            return documents.contains { $0.articleID == original.id } ? try merge(onto: original, annotatorID: annotatorID, strict: true) : nil
        case .conll:
            do {
                return try merge(onto: original, annotatorID: annotatorID, strict: true)
            } catch let error as NewsmarkError where error.message.hasPrefix("the CoNLL tokens differ") {
                return nil
            }
        }
    }

    static func pick(_ documents: [ToolDocument], _ id: String, strict: Bool, file: String, unit: String) throws -> ToolDocument {
        if let match = documents.first(where: { $0.articleID == id }) { return match }
        if !strict, documents.count == 1 { return documents[0] }
        throw NewsmarkError(.invalidInput, "no \(unit) is article '\(id)' (\(documents.count) \(unit)s)", location: SourceLocation(file: file))
    }
}
