import Foundation
import NewsmarkModel

/// Checks a document in the JSON form: parses it with `JSONSerialization`, reports structural problems
/// (``BuiltInChecks/jsonSyntax``), records every span for the offset and surface-text rules, and hands the
/// same annotation and paragraph records to the semantic rules as the XML stream does.
public struct JSONFormIndexer {
    /// Whether `data` looks like a Newsmark JSON document (an object with a `newsmark` member).
    public static func isJSONForm(_ object: Any) -> Bool {
        (object as? [String: Any])?["newsmark"] != nil
    }

    private var checker: DocumentChecker
    private var structural: [Diagnostic] = []
    private let file: String?

    public init(file: String?, rules: [any ValidationRule.Type] = RuleRegistry.rules) {
        self.file = file
        checker = DocumentChecker(form: .json, file: file, rules: rules)
    }

    /// Checks the parsed JSON `object` and returns every finding.
    public mutating func check(_ object: Any) -> [Diagnostic] {
        guard let root = object as? [String: Any] else {
            problem("the document is not a JSON object")
            return structural
        }
        guard let text = root["text"] as? String else {
            problem("the document has no string member 'text'")
            return structural
        }
        let scalars = ScalarText(text)
        checker.setTextLength(scalars.count)
        let meta = root["meta"] as? [String: Any]
        checker.updateIndex { index in
            index.version = root["newsmark"] as? String
            index.language = root["lang"] as? String
            index.offsetUnit = root["offsets"] as? String
            index.published = meta?["published"] as? String
            if let tagset = root["tagset"] as? [Any] { index.declaredEntityTypes = tagset.compactMap { $0 as? String } }
        }
        if root["newsmark"] != nil, !(root["newsmark"] is String) { problem("'newsmark' is not a string") }
        if let id = root["id"] as? String { checker.define(id, kind: .article, at: .unknown) } else { problem("the document has no string member 'id'") }

        let paragraphs = array(root, "paragraphs")
        for (i, item) in paragraphs.enumerated() {
            guard let p = item as? [String: Any] else { problem("paragraphs[\(i)] is not an object"); continue }
            let id = p["id"] as? String
            let symbol = id.map { checker.define($0, kind: .paragraph, at: .unknown) }
            let path = name("paragraphs", i, id)
            let (start, end) = (int(p["start"]), int(p["end"]))
            checker.recordJSONSpan(.init(path: path, start: start, end: end, recordedText: nil, actualText: nil, withinParagraph: false))
            if let span = Self.span(start, end, scalars.count) {
                checker.paragraph(ParagraphRecord(id: symbol, role: p["role"] as? String, position: .unknown, span: span,
                                                  text: TextFacts(scalars.string(span))))
            }
        }
        for (i, item) in array(root, "annotators").enumerated() {
            guard let a = item as? [String: Any], let id = a["id"] as? String else { problem("annotators[\(i)] has no string 'id'"); continue }
            checker.define(id, kind: .annotator, at: .unknown)
        }
        for (i, item) in array(root, "discourseEntities").enumerated() {
            guard let e = item as? [String: Any] else { problem("discourseEntities[\(i)] is not an object"); continue }
            let id = (e["id"] as? String).map { checker.define($0, kind: .entity, at: .unknown) }
            let resp = (e["resp"] as? String).map { checker.symbol(for: $0) }
            checker.annotation(AnnotationRecord(kind: .entity, id: id, type: e["type"] as? String, position: .unknown, resp: resp))
        }
        checker.headerComplete()
        if let dateline = root["dateline"] as? [String: Any] {
            recordSpan(dateline, path: "dateline", scalars)
            for part in ["place", "source"] {
                if let member = dateline[part] as? [String: Any] { recordSpan(member, path: "dateline.\(part)", scalars) }
            }
        }
        annotations(root, "entities", .mention, scalars)
        annotations(root, "quotes", .quote, scalars)
        annotations(root, "dates", .timex, scalars)
        return structural + checker.finish()
    }

    private mutating func annotations(_ root: [String: Any], _ member: String, _ kind: AnnotationRecord.Kind, _ scalars: ScalarText) {
        for (i, item) in array(root, member).enumerated() {
            guard let a = item as? [String: Any] else { problem("\(member)[\(i)] is not an object"); continue }
            let id = a["id"] as? String
            let symbol = id.map { checker.define($0, kind: kind.idKind, at: .unknown) }
            let span = recordSpan(a, path: name(member, i, id), scalars)
            func reference(_ member: String) -> IDSymbol? { (a[member] as? String).map { checker.symbol(for: $0) } }
            var record = AnnotationRecord(kind: kind, id: symbol, type: a[kind == .quote ? "kind" : "type"] as? String,
                                          position: .unknown, span: span, resp: reference("resp"))
            if let span {
                let covered = scalars.string(span)
                record.text = TextFacts(covered)
                record.surfacePrefix = String(String.UnicodeScalarView(covered.unicodeScalars.prefix(TextFacts.surfacePrefixLimit)))
            }
            switch kind {
            case .mention: record.entity = reference("entity")
            case .quote:
                record.speaker = reference("speaker")
                record.continues = reference("continues")
            case .timex:
                record.value = a["value"] as? String
                record.mod = a["mod"] as? String
                record.anchor = reference("anchor")
            case .entity: break
            }
            checker.annotation(record)
        }
    }

    /// Records a span member for NM113/NM114 and returns it when its offsets are usable.
    @discardableResult
    private mutating func recordSpan(_ object: [String: Any], path: String, _ scalars: ScalarText) -> TextSpan? {
        let (start, end) = (int(object["start"]), int(object["end"]))
        let span = Self.span(start, end, scalars.count)
        checker.recordJSONSpan(.init(path: path, start: start, end: end, recordedText: object["text"] as? String,
                                     actualText: span.map { scalars.string($0) }, withinParagraph: true))
        return span
    }

    private static func span(_ start: Int?, _ end: Int?, _ length: Int) -> TextSpan? {
        guard let start, let end, start >= 0, start <= end, end <= length else { return nil }
        return TextSpan(start: start, end: end)
    }

    private func int(_ value: Any?) -> Int? {
        // Booleans are NSNumbers too; their type encoding is "c".
        guard let number = value as? NSNumber, String(cString: number.objCType) != "c" else { return nil }
        let double = number.doubleValue
        guard double.rounded() == double, abs(double) < 1e15 else { return nil }
        return number.intValue
    }

    private mutating func array(_ root: [String: Any], _ member: String) -> [Any] {
        guard let value = root[member] else { return [] }
        guard let array = value as? [Any] else { problem("'\(member)' is not an array"); return [] }
        return array
    }

    private func name(_ member: String, _ i: Int, _ id: String?) -> String {
        "\(member)[\(i)]" + (id.map { " ('\($0)')" } ?? "")
    }

    private mutating func problem(_ message: String) {
        structural.append(Diagnostic(ruleID: BuiltInChecks.jsonSyntax.id, severity: .error, message: message,
                                     location: SourceLocation(file: file)))
    }
}
