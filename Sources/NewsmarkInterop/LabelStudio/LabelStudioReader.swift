import Foundation
import NewsmarkModel

/// Reads a Label Studio JSON export (an array of tasks, or one task) into ``ToolDocument``s.
///
/// For each task the result set used is the last submitted annotation that was not cancelled; a task nobody
/// annotated falls back to its first prediction (so an untouched export reads back unchanged).
///
/// Offsets: Label Studio counts code points in `Text` regions; versions before its emoji fix counted UTF-16 code
/// units (JavaScript string positions). Each region's `text` is checked against the task text: when the
/// code-point reading does not give that text but a UTF-16 reading does, the UTF-16 reading is used. A region that
/// fits neither is an error.
public struct LabelStudioReader: Sendable {
    public init() {}

    /// Every task in `data`. `file` is used in error messages.
    public func read(_ data: Data, file: String? = nil) throws -> [ToolDocument] {
        let json = try JSONValue.parse(data, file: file)
        let tasks: [JSONValue]
        if let array = json.array {
            tasks = array
        } else if json.object != nil {
            tasks = [json]
        } else {
            throw NewsmarkError(.invalidInput, "a Label Studio export is a JSON array of tasks", location: SourceLocation(file: file))
        }
        return try tasks.enumerated().map { try readTask($0.element, number: $0.offset + 1, file: file) }
    }

    /// The task for `articleID`: the task whose `newsmark_id` is the id, or the only task.
    public func read(_ data: Data, articleID: String, file: String? = nil) throws -> ToolDocument {
        let documents = try read(data, file: file)
        if let match = documents.first(where: { $0.articleID == articleID }) { return match }
        if documents.count == 1 { return documents[0] }
        throw NewsmarkError(.invalidInput, "no task has newsmark_id '\(articleID)' (\(documents.count) tasks)", location: SourceLocation(file: file))
    }

    func readTask(_ task: JSONValue, number: Int, file: String?) throws -> ToolDocument {
        let place = "task \(number)"
        func fail(_ message: String) -> NewsmarkError {
            NewsmarkError(.invalidInput, "\(place): \(message)", location: SourceLocation(file: file))
        }
        guard let data = task["data"], let text = data["text"]?.string else { throw fail("the task has no data.text") }
        let scalars = ScalarText(text)
        let units = UTF16OffsetMap(scalars)

        let submitted = (task["annotations"]?.array ?? task["completions"]?.array ?? []).filter { $0["was_cancelled"]?.bool != true }
        let chosen = submitted.last ?? task["predictions"]?.array?.first
        let results = chosen?["result"]?.array ?? []

        var items: [ToolAnnotation] = []
        var indexOfRegion: [String: Int] = [:]
        var extras: [(String, JSONValue)] = []
        var relations: [JSONValue] = []
        for (number, result) in results.enumerated() {
            let type = result["type"]?.string ?? ""
            if type == "relation" { relations.append(result); continue }
            guard let regionID = result["id"]?.string ?? result["id"]?.int.map(String.init) else {
                throw fail("result \(number + 1) has no region id")
            }
            guard type == "labels" || type == "hypertextlabels" else { extras.append((regionID, result)); continue }
            guard let value = result["value"], let labels = value["labels"]?.array?.compactMap(\.string), let label = labels.first else {
                throw fail("region \(regionID) has no label")
            }
            guard labels.count == 1 else { throw fail("region \(regionID) has several labels (\(labels.joined(separator: ", "))); keep one") }
            let span = try Self.span(of: value, text: scalars, units: units, region: regionID, fail: fail)
            guard indexOfRegion[regionID] == nil else { throw fail("region id \(regionID) is used by two labelled regions") }
            indexOfRegion[regionID] = items.count
            var item = ToolAnnotation(key: regionID, id: regionID, label: label, span: span)
            for note in result["meta"]?["text"]?.array?.compactMap(\.string) ?? [] {
                if let speaker = note.split(separator: "\n").compactMap({ Self.pair($0, key: "speaker") }).first {
                    item.speaker = .newsmark(speaker)
                }
            }
            items.append(item)
        }
        for (regionID, result) in extras {
            guard let index = indexOfRegion[regionID] else { continue }
            let from = result["from_name"]?.string
            if from == LabelStudioConfig.valueName, items[index].layer == .date {
                let typed = result["value"]?["text"]?.array?.compactMap(\.string).joined(separator: " ") ?? result["value"]?["text"]?.string
                let value = typed?.trimmingNewsmarkWhitespace()
                items[index].value = (value?.isEmpty ?? true) ? nil : value
            } else if from == LabelStudioConfig.kindName, items[index].layer == .quote {
                guard let choice = result["value"]?["choices"]?.array?.first?.string else { continue }
                guard let kind = QuoteKind(rawValue: choice) else { throw fail("region \(regionID) has the unknown quote kind '\(choice)'") }
                items[index].kind = kind
            }
        }
        for relation in relations {
            guard let from = relation["from_id"]?.string, let to = relation["to_id"]?.string else { continue }
            let labels = relation["labels"]?.array?.compactMap(\.string) ?? []
            guard let index = indexOfRegion[from] else { throw fail("a relation starts at the unknown region \(from)") }
            guard indexOfRegion[to] != nil else { throw fail("a relation ends at the unknown region \(to)") }
            if labels.contains(LabelStudioConfig.continuesRelation) {
                items[index].continues = .tool(to)
            } else if labels.contains(LabelStudioConfig.speakerRelation) || labels.isEmpty {
                guard items[index].layer == .quote else { throw fail("a speaker relation starts at region \(from), which is not a quote") }
                items[index].speaker = .tool(to)
            }
        }
        return ToolDocument(articleID: data["newsmark_id"]?.string, text: text, annotations: items, source: file)
    }

    /// The code-point span of a region value, trying code points first and UTF-16 units second (see the type's notes).
    static func span(
        of value: JSONValue, text: ScalarText, units: UTF16OffsetMap, region: String, fail: (String) -> NewsmarkError
    ) throws -> TextSpan {
        guard let start = value["start"]?.int, let end = value["end"]?.int, start >= 0, start < end else {
            throw fail("region \(region) has no valid start and end")
        }
        let expected = value["text"]?.string
        if end <= text.count {
            let span = TextSpan(start: start, end: end)
            if expected == nil || text.string(span) == expected { return span }
        }
        if units.hasAstralCharacters, let s = units.codePointOffset(ofUTF16: start), let e = units.codePointOffset(ofUTF16: end) {
            let span = TextSpan(start: s, end: e)
            if let expected, text.string(span) == expected { return span }
        }
        throw fail("region \(region) [\(start), \(end)) does not cover its text \"\(expected ?? "")\" in code points or UTF-16 units")
    }

    static func pair(_ line: Substring, key: String) -> String? {
        let parts = line.split(separator: "=", maxSplits: 1)
        guard parts.count == 2, parts[0].trimmingNewsmarkWhitespace() == key else { return nil }
        let value = parts[1].trimmingNewsmarkWhitespace()
        return value.isEmpty ? nil : value
    }
}
