import Foundation
import NewsmarkModel

/// Reads doccano JSONL (one document per line) into ``ToolDocument``s.
///
/// Accepts the sequence-labeling `label` list (`[[start, end, "type"], …]`) and the newer `entities` list
/// (`[{"start_offset", "end_offset", "label"}]`). Newsmark's `newsmark` metadata is read at the top level or
/// under `meta`; a label whose span and type match an entry there gets the entry's id, value and kind.
///
/// Offsets are read in the unit the metadata records (`"offsets"`), else in ``unit`` (UTF-16 code units, doccano's
/// default), and converted to code points.
public struct DoccanoReader: Sendable {
    /// The unit of offsets when the line does not say.
    public var unit: OffsetUnit

    public init(unit: OffsetUnit = .utf16) { self.unit = unit }

    /// Every document in `data`. `file` names the file in errors, which carry the line number.
    public func read(_ data: Data, file: String? = nil) throws -> [ToolDocument] {
        var documents: [ToolDocument] = []
        var lineNumber = 0
        for line in data.split(separator: 0x0A, omittingEmptySubsequences: false) {
            lineNumber += 1
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            let location = SourceLocation(file: file, line: lineNumber, column: 1)
            let json: JSONValue
            do {
                json = try JSONValue.parse(Data(line), file: file)
            } catch let error as NewsmarkError {
                throw NewsmarkError(.invalidInput, error.message, location: location)
            }
            documents.append(try document(json, location: location, file: file))
        }
        return documents
    }

    /// The document for `articleID`: the line whose `newsmark_id` is the id, or the only line.
    public func read(_ data: Data, articleID: String, file: String? = nil) throws -> ToolDocument {
        let documents = try read(data, file: file)
        if let match = documents.first(where: { $0.articleID == articleID }) { return match }
        if documents.count == 1 { return documents[0] }
        throw NewsmarkError(.invalidInput, "no line has newsmark_id '\(articleID)' (\(documents.count) lines)", location: SourceLocation(file: file))
    }

    func document(_ json: JSONValue, location: SourceLocation, file: String?) throws -> ToolDocument {
        func fail(_ message: String) -> NewsmarkError { NewsmarkError(.invalidInput, message, location: location) }
        guard let text = json["text"]?.string else { throw fail("the line has no \"text\"") }
        let scalars = ScalarText(text)
        let metadata = json["newsmark"] ?? json["meta"]?["newsmark"]
        var lineUnit = unit
        if let recorded = metadata?["offsets"]?.string {
            guard let parsed = OffsetUnit(rawValue: recorded) else {
                throw fail("unknown offset unit '\(recorded)' in the newsmark metadata (code-points, utf-16 or graphemes)")
            }
            lineUnit = parsed
        }
        let converter = OffsetConverter(unit: lineUnit, text: scalars)
        var spans: [(Int, Int, String)] = []
        if let labels = json["label"]?.array ?? json["labels"]?.array {
            for label in labels {
                guard let parts = label.array, parts.count == 3, let start = parts[0].int, let end = parts[1].int, let type = parts[2].string else {
                    throw fail("a label is [start, end, \"type\"]")
                }
                spans.append((start, end, type))
            }
        }
        for entity in json["entities"]?.array ?? [] {
            guard let start = entity["start_offset"]?.int, let end = entity["end_offset"]?.int, let type = entity["label"]?.string else {
                throw fail("an entity has start_offset, end_offset and label")
            }
            spans.append((start, end, type))
        }
        var entries: [SpanLabel: JSONValue] = [:]
        for entry in metadata?["annotations"]?.array ?? [] {
            guard let start = entry["start"]?.int, let end = entry["end"]?.int, let label = entry["label"]?.string else { continue }
            entries[SpanLabel(start: start, end: end, label: label)] = entry
        }
        var items: [ToolAnnotation] = []
        for (number, (start, end, type)) in spans.enumerated() {
            guard start < end, let from = converter.codePoint(start), let to = converter.codePoint(end), from < to else {
                throw fail("the label [\(start), \(end), \"\(type)\"] is empty, outside the text or inside a character (offsets in \(lineUnit.rawValue))")
            }
            var item = ToolAnnotation(key: "L\(number + 1)", label: type, span: TextSpan(start: from, end: to), location: location)
            if let entry = entries.removeValue(forKey: SpanLabel(start: start, end: end, label: type)) {
                item.id = entry["id"]?.string
                item.value = entry["value"]?.string
                if let kind = entry["kind"]?.string {
                    guard let parsed = QuoteKind(rawValue: kind) else { throw fail("unknown quote kind '\(kind)' in the newsmark metadata") }
                    item.kind = parsed
                }
            }
            items.append(item)
        }
        let articleID = json["newsmark_id"]?.string ?? json["meta"]?["newsmark_id"]?.string
        return ToolDocument(articleID: articleID, text: text, annotations: items, source: file)
    }
}

private struct SpanLabel: Hashable {
    var start: Int
    var end: Int
    var label: String
}
