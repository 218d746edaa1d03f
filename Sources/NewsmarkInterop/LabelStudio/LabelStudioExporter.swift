import Foundation
import NewsmarkAnnotation
import NewsmarkModel

/// Writes articles as Label Studio tasks (JSON), one task per article, with the annotations as pre-annotated
/// results for the labeling configuration of ``LabelStudioConfig``.
///
/// - The task's `data` holds `text` and `newsmark_id` (the article id, used to merge back).
/// - Every mention, date and quote is a `labels` region whose region id is its Newsmark id; a date's value is a
///   per-region `textarea` result and a quote's kind a per-region `choices` result with the same id.
/// - A quote's speaker is a `speaker` relation to the speaker entity's mention nearest the quote (or, when the
///   entity has no mention, `speaker=e3` in the region's meta text); a continued quote a `continues` relation.
/// - Offsets count code points, as Label Studio does for `Text` regions (its editor converts the browser's UTF-16
///   positions; its own tests check offsets after emoji in code points). Versions from before that fix counted
///   UTF-16 units; ``LabelStudioReader`` recognizes those by the region text.
public struct LabelStudioExporter: Sendable {
    /// Where the annotations go in the task.
    public enum Target: String, Sendable, CaseIterable {
        /// `predictions`: shown as pre-annotations the annotator accepts or corrects (the default).
        case predictions
        /// `annotations`: imported as finished annotations.
        case annotations
    }

    /// The fields Label Studio carries.
    public static let fields: ToolFields = [.dateValue, .quoteKind, .speaker, .continues]

    public var target: Target

    public init(target: Target = .predictions) { self.target = target }

    /// The JSON array of tasks for `articles`.
    public func export(_ articles: [Article], pretty: Bool = true) throws -> Data {
        var data = try JSONValue.array(articles.map(task)).encoded(pretty: pretty)
        data.append(0x0A)
        return data
    }

    /// The task for one article.
    public func task(for article: Article) -> JSONValue {
        let text = ScalarText(article.text)
        let items = ToolProjection.project(article, fields: Self.fields)
        var mentionsByEntity: [String: [ToolAnnotation]] = [:]
        for mention in article.mentions {
            if let entity = mention.entityID {
                mentionsByEntity[entity, default: []].append(ToolAnnotation(key: mention.id, id: mention.id, label: mention.type, span: mention.span))
            }
        }
        var results: [JSONValue] = []
        var relations: [JSONValue] = []
        for item in items {
            let start = JSONValue.number(Double(item.span.start))
            let end = JSONValue.number(Double(item.span.end))
            let covered = JSONValue.string(text.string(item.span))
            var meta: [String] = []
            if item.layer == .quote, case .newsmark(let entity)? = item.speaker {
                if let mention = ToolProjection.nearest(mentionsByEntity[entity] ?? [], to: item.span) {
                    relations.append(Self.relation(from: item.key, to: mention.key, label: LabelStudioConfig.speakerRelation))
                } else {
                    meta.append("speaker=\(entity)")
                }
            }
            if item.layer == .quote, case .newsmark(let previous)? = item.continues {
                relations.append(Self.relation(from: item.key, to: previous, label: LabelStudioConfig.continuesRelation))
            }
            var region: [String: JSONValue] = [
                "id": .string(item.key), "from_name": .string(LabelStudioConfig.labelsName), "to_name": .string(LabelStudioConfig.textName),
                "type": .string("labels"),
                "value": .object(["start": start, "end": end, "text": covered, "labels": .array([.string(item.label)])]),
            ]
            if !meta.isEmpty { region["meta"] = .object(["text": .array(meta.map(JSONValue.string))]) }
            results.append(.object(region))
            if item.layer == .date, let value = item.value {
                results.append(.object([
                    "id": .string(item.key), "from_name": .string(LabelStudioConfig.valueName), "to_name": .string(LabelStudioConfig.textName),
                    "type": .string("textarea"),
                    "value": .object(["start": start, "end": end, "text": .array([.string(value)])]),
                ]))
            }
            if item.layer == .quote, let kind = item.kind {
                results.append(.object([
                    "id": .string(item.key), "from_name": .string(LabelStudioConfig.kindName), "to_name": .string(LabelStudioConfig.textName),
                    "type": .string("choices"),
                    "value": .object(["start": start, "end": end, "text": covered, "choices": .array([.string(kind.rawValue)])]),
                ]))
            }
        }
        var data: [String: JSONValue] = ["text": .string(article.text), "newsmark_id": .string(article.id)]
        if let headline = article.headline { data["headline"] = .string(headline) }
        let resultSet = JSONValue.object([
            "model_version": .string("newsmark-\(AnnotationPipeline.toolVersion)"),
            "result": .array(results + relations),
        ])
        return .object(["data": .object(data), target.rawValue: .array([resultSet])])
    }

    static func relation(from: String, to: String, label: String) -> JSONValue {
        .object([
            "from_id": .string(from), "to_id": .string(to), "type": .string("relation"), "direction": .string("right"),
            "labels": .array([.string(label)]),
        ])
    }
}
