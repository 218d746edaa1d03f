import Foundation
import NewsmarkModel

/// Writes articles as doccano sequence-labeling JSONL: one line per article,
/// `{"text": …, "label": [[start, end, "type"], …], "newsmark_id": …, "newsmark": {…}}`.
///
/// - Offsets count UTF-16 code units by default, as doccano's editor does (it measures in the browser's JavaScript
///   strings); a project set to count grapheme clusters needs ``OffsetUnit/graphemes``. The unit is recorded in
///   the `newsmark` metadata so merging back reads the offsets the same way.
/// - Labels are entity types, TIMEX3 types and `quote` (enable overlapping spans in the doccano project: quotes
///   contain mentions).
/// - doccano has no attributes, so `newsmark` (kept by doccano as document metadata) lists every exported span with
///   its Newsmark id, a date's value and a quote's kind; edit a value there. Merging back matches labels to these
///   entries by span.
public struct DoccanoExporter: Sendable {
    /// The fields doccano carries (through the `newsmark` metadata).
    public static let fields: ToolFields = [.dateValue, .quoteKind]

    /// What the offsets count.
    public var unit: OffsetUnit

    public init(unit: OffsetUnit = .utf16) { self.unit = unit }

    /// The JSONL bytes for `articles`, one line each.
    public func export(_ articles: [Article]) throws -> Data {
        var data = Data()
        for article in articles {
            data.append(try line(for: article).encoded())
            data.append(0x0A)
        }
        return data
    }

    /// The JSON object for one article.
    public func line(for article: Article) -> JSONValue {
        let items = ToolProjection.project(article, fields: Self.fields)
        let converter = OffsetConverter(unit: unit, text: ScalarText(article.text))
        var labels: [JSONValue] = []
        var entries: [JSONValue] = []
        for item in items {
            let start = JSONValue.number(Double(converter.start(item.span.start)))
            let end = JSONValue.number(Double(converter.end(item.span.end)))
            labels.append(.array([start, end, .string(item.label)]))
            var entry: [String: JSONValue] = ["id": .string(item.key), "start": start, "end": end, "label": .string(item.label)]
            if let value = item.value { entry["value"] = .string(value) }
            if let kind = item.kind { entry["kind"] = .string(kind.rawValue) }
            entries.append(.object(entry))
        }
        return .object([
            "text": .string(article.text),
            "label": .array(labels),
            "newsmark_id": .string(article.id),
            "newsmark": .object(["annotations": .array(entries), "offsets": .string(unit.rawValue)]),
        ])
    }
}
