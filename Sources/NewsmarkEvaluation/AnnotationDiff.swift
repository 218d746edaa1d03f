import NewsmarkModel

/// The differences between two annotated versions of one article, for reviewing manual work.
///
/// Annotations are paired by id (within a layer), then the rest by identical span; what remains is added or removed.
/// Paired annotations whose compared fields differ are changed. Provenance is not compared.
public struct AnnotationDiff: Sendable, Hashable, Codable {
    /// One difference.
    public struct Entry: Sendable, Hashable, Codable {
        public enum Change: String, Sendable, Hashable, Codable {
            case added, removed, changed
        }
        public var change: Change
        /// `entities` (discourse entities), `mentions`, `dates` or `quotes`.
        public var layer: String
        /// The id in the first version (removed, changed) or the second (added).
        public var id: String
        /// The id in the second version when a change paired different ids by span.
        public var newID: String?
        /// The label: entity type, TIMEX3 type or quote kind.
        public var label: String
        /// The span (in the second version for added and changed), or `nil` for discourse entities.
        public var start: Int?
        public var end: Int?
        /// The covered text, or the entity's name.
        public var text: String
        /// For changes: `field: old → new` for every field that differs.
        public var fields: [FieldChange]
    }

    /// One changed field.
    public struct FieldChange: Sendable, Hashable, Codable {
        public var field: String
        public var old: String?
        public var new: String?
    }

    /// The differences, layer by layer, in text order.
    public var entries: [Entry]
    /// Where the two texts first differ (`line:column`), if they do.
    public var textDifference: String?

    /// Compares `old` with `new`.
    public init(old: Article, new: Article) {
        entries = []
        textDifference = old.text == new.text ? nil : Self.firstDifference(old.text, new.text)
        let oldText = ScalarText(old.text)
        let newText = ScalarText(new.text)
        let oldNames = Dictionary(old.discourseEntities.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        let newNames = Dictionary(new.discourseEntities.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        func name(_ id: String?, _ names: [String: String]) -> String? { id.map { names[$0].map { "\($0) (\(id ?? ""))" } ?? $0 } }

        entries += Self.compare(
            layer: "entities", old: old.discourseEntities, new: new.discourseEntities, id: \.id, span: { _ in nil },
            describe: { ($0.type, $0.name) }, describeNew: { ($0.type, $0.name) },
            fields: { a, b in
                [("type", a.type, b.type), ("name", a.name, b.name), ("kb", a.knowledgeBaseID, b.knowledgeBaseID)]
            })
        entries += Self.compare(
            layer: "mentions", old: old.mentions, new: new.mentions, id: \.id, span: { $0.span },
            describe: { ($0.type, oldText.string($0.span)) }, describeNew: { ($0.type, newText.string($0.span)) },
            fields: { a, b in
                [("type", a.type, b.type), ("span", a.span.description, b.span.description),
                 ("entity", name(a.entityID, oldNames), name(b.entityID, newNames))]
            })
        entries += Self.compare(
            layer: "dates", old: old.temporalExpressions, new: new.temporalExpressions, id: \.id, span: { $0.span },
            describe: { ($0.type.rawValue, oldText.string($0.span)) }, describeNew: { ($0.type.rawValue, newText.string($0.span)) },
            fields: { a, b in
                [("type", a.type.rawValue, b.type.rawValue), ("span", a.span.description, b.span.description), ("value", a.value, b.value),
                 ("mod", a.mod, b.mod), ("anchor", a.anchorID, b.anchorID), ("quant", a.quant, b.quant), ("freq", a.freq, b.freq)]
            })
        entries += Self.compare(
            layer: "quotes", old: old.quotes, new: new.quotes, id: \.id, span: { $0.span },
            describe: { ($0.kind.rawValue, oldText.string($0.span)) }, describeNew: { ($0.kind.rawValue, newText.string($0.span)) },
            fields: { a, b in
                [("kind", a.kind.rawValue, b.kind.rawValue), ("span", a.span.description, b.span.description),
                 ("speaker", name(a.speakerID, oldNames), name(b.speakerID, newNames)), ("cue", a.cue, b.cue),
                 ("continues", a.continues, b.continues)]
            })
    }

    /// Whether the two versions have the same annotations.
    public var isEmpty: Bool { entries.isEmpty && textDifference == nil }

    static func compare<T>(
        layer: String, old: [T], new: [T], id: (T) -> String, span: (T) -> TextSpan?,
        describe: (T) -> (String, String), describeNew: (T) -> (String, String),
        fields: (T, T) -> [(String, String?, String?)]
    ) -> [Entry] {
        var newIndexByID: [String: Int] = [:]
        for (index, item) in new.enumerated() where newIndexByID[id(item)] == nil { newIndexByID[id(item)] = index }
        var pairedNew = Set<Int>()
        var pairs: [(Int, Int)] = []
        var unpairedOld: [Int] = []
        for (index, item) in old.enumerated() {
            if let match = newIndexByID[id(item)], !pairedNew.contains(match) {
                pairedNew.insert(match)
                pairs.append((index, match))
            } else {
                unpairedOld.append(index)
            }
        }
        var newBySpan: [TextSpan: [Int]] = [:]
        for (index, item) in new.enumerated().reversed() where !pairedNew.contains(index) {
            if let s = span(item) { newBySpan[s, default: []].append(index) }
        }
        var removed: [Int] = []
        for index in unpairedOld {
            if let s = span(old[index]), let match = newBySpan[s]?.popLast() {
                pairedNew.insert(match)
                pairs.append((index, match))
            } else {
                removed.append(index)
            }
        }
        var entries: [(TextSpan?, Int, Entry)] = []
        func entry(_ change: Entry.Change, _ item: T, description: (String, String), newID: String? = nil, changes: [FieldChange] = []) -> Entry {
            let s = span(item)
            return Entry(change: change, layer: layer, id: id(item), newID: newID, label: description.0, start: s?.start, end: s?.end,
                         text: description.1, fields: changes)
        }
        for (a, b) in pairs {
            let changes = fields(old[a], new[b]).filter { $0.1 != $0.2 }.map { FieldChange(field: $0.0, old: $0.1, new: $0.2) }
            let renamed = id(old[a]) != id(new[b])
            guard !changes.isEmpty || renamed else { continue }
            var e = entry(.changed, new[b], description: describeNew(new[b]), newID: renamed ? id(new[b]) : nil, changes: changes)
            e.id = id(old[a])
            entries.append((span(new[b]), 1, e))
        }
        for index in removed { entries.append((span(old[index]), 0, entry(.removed, old[index], description: describe(old[index])))) }
        for (index, item) in new.enumerated() where !pairedNew.contains(index) {
            entries.append((span(item), 2, entry(.added, item, description: describeNew(item))))
        }
        entries.sort { a, b in
            let sa = a.0 ?? TextSpan(start: 0, end: 0)
            let sb = b.0 ?? TextSpan(start: 0, end: 0)
            return sa != sb ? sa < sb : a.1 != b.1 ? a.1 < b.1 : a.2.id < b.2.id
        }
        return entries.map(\.2)
    }

    /// A readable listing: one line per difference, grouped by layer, and a summary line.
    public func rendered() -> String {
        var lines: [String] = []
        if let textDifference { lines.append("! the texts differ (first at \(textDifference)); spans may not be comparable") }
        var currentLayer = ""
        for entry in entries {
            if entry.layer != currentLayer {
                currentLayer = entry.layer
                lines.append(currentLayer)
            }
            let mark = entry.change == .added ? "+" : entry.change == .removed ? "-" : "~"
            let where_ = entry.start.map { " [\($0),\(entry.end ?? $0))" } ?? ""
            var line = "  \(mark) \(entry.id)\(entry.newID.map { " → \($0)" } ?? "") \(entry.label)\(where_) \(Self.quoted(entry.text))"
            if !entry.fields.isEmpty {
                line += ": " + entry.fields.map { "\($0.field) \($0.old ?? "none") → \($0.new ?? "none")" }.joined(separator: ", ")
            }
            lines.append(line)
        }
        let count = { (c: Entry.Change) in entries.filter { $0.change == c }.count }
        lines.append(isEmpty ? "no differences" : "\(count(.added)) added, \(count(.removed)) removed, \(count(.changed)) changed")
        return lines.joined(separator: "\n") + "\n"
    }

    static func quoted(_ text: String) -> String {
        var out = "\""
        for c in text.unicodeScalars {
            switch c {
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            default: out.unicodeScalars.append(c)
            }
        }
        return out + "\""
    }

    static func firstDifference(_ a: String, _ b: String) -> String {
        var line = 1
        var column = 1
        var ia = a.unicodeScalars.makeIterator()
        var ib = b.unicodeScalars.makeIterator()
        while true {
            let x = ia.next()
            let y = ib.next()
            if x != y || x == nil { break }
            if x == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        return "line \(line), column \(column)"
    }
}
