import NewsmarkModel

/// Renders an article as one self-contained HTML page: the text with entities highlighted by type, quotes marked
/// with their speaker, dates with their normalized value on hover, and a legend. No scripts and no external
/// resources (inline CSS only). The output is XHTML-compatible: it parses as XML.
///
/// Every annotation is an element with `data-id` (its Newsmark id) and a `title` shown on hover; an annotation
/// that crosses another is split into fragments (each with the same `data-id`).
public struct HTMLArticleRenderer: Sendable {
    public init() {}

    /// The page for `article`.
    public func render(_ article: Article) -> String {
        let text = ScalarText(article.text)
        let names = Dictionary(article.discourseEntities.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        let marks = Self.marks(for: article, text: text, names: names)
        let title = article.headline ?? article.id

        var html = "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"\(HTMLEscaping.escape(article.language, attribute: true))\">\n<head>\n"
        html += "<meta charset=\"utf-8\"/>\n<title>\(HTMLEscaping.escape(title))</title>\n"
        html += "<style>\n\(HTMLStyle.css(entityTypes: article.tagSet.entityTypes + article.mentions.map(\.type)))</style>\n</head>\n<body>\n"
        html += metadataBlock(article)
        html += "<main class=\"article\" data-article=\"\(HTMLEscaping.escape(article.id, attribute: true))\">\n"
        let blocks = article.blocks.isEmpty ? [Block(id: "p1", span: TextSpan(start: 0, end: text.count))] : article.blocks
        let marksByBlock = Self.partition(marks, into: blocks)
        for (index, block) in blocks.enumerated() {
            let element = block.role == .headline ? "h1" : block.role == .subheadline ? "h2" : "p"
            let roleClass = block.role == .body ? "" : " class=\"\(block.role.rawValue)\""
            html += "<\(element) id=\"\(HTMLEscaping.escape("block-" + block.id, attribute: true))\"\(roleClass)>"
            html += Self.inline(text: text, block: block.span, marks: marksByBlock[index])
            html += "</\(element)>\n"
        }
        html += "</main>\n"
        html += legend(article)
        html += entityList(article)
        html += "</body>\n</html>\n"
        return html
    }

    // MARK: - Marks

    /// One annotation to draw.
    struct Mark {
        var span: TextSpan
        var rank: Int  // outer layers first on equal spans: quote 0, mention 1, date 2
        var id: String
        var classes: String
        var title: String
        var extra: String  // further attributes, already escaped, with a leading space
        var speaker: String?
    }

    static func marks(for article: Article, text: ScalarText, names: [String: String]) -> [Mark] {
        var marks: [Mark] = []
        let annotators = Dictionary(article.annotators.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        // ` · by NAME` for the tooltip, and ` manual` as a class when a person made the annotation by hand.
        func provenance(_ p: Provenance) -> (title: String, classes: String) {
            guard let id = p.annotatorID else { return ("", "") }
            let annotator = annotators[id]
            var title = " · by \(annotator?.name ?? id)"
            if let confidence = p.confidence { title += " (\(Int((confidence * 100).rounded()))%)" }
            return (title, annotator?.mode == .manual ? " manual" : "")
        }
        for quote in article.quotes where !quote.span.isEmpty {
            let speaker = quote.speakerID.map { names[$0] ?? $0 }
            var title = "\(quote.kind.rawValue) quote"
            if let speaker { title += " · speaker: \(speaker)" }
            if let cue = quote.cue { title += " · cue: \(cue)" }
            if let previous = quote.continues { title += " · continues \(previous)" }
            let by = provenance(quote.provenance)
            title += " · \(quote.id)\(by.title)"
            marks.append(Mark(span: quote.span, rank: 0, id: quote.id, classes: "ann quote quote-\(quote.kind.rawValue)\(by.classes)", title: title,
                              extra: "", speaker: speaker))
        }
        for mention in article.mentions where !mention.span.isEmpty {
            var title = mention.type
            if let entity = mention.entityID { title += " · \(names[entity] ?? entity) (\(entity))" }
            let by = provenance(mention.provenance)
            title += " · \(mention.id)\(by.title)"
            marks.append(Mark(span: mention.span, rank: 1, id: mention.id, classes: "ann ent ent-\(HTMLEscaping.className(mention.type))\(by.classes)",
                              title: title, extra: mention.entityID.map { " data-entity=\"\(HTMLEscaping.escape($0, attribute: true))\"" } ?? ""))
        }
        for timex in article.temporalExpressions where !timex.span.isEmpty {
            var title = "\(timex.type.rawValue): \(timex.value)"
            if let mod = timex.mod { title += " (\(mod))" }
            if let quant = timex.quant { title += " · quant \(quant)" }
            if let freq = timex.freq { title += " · freq \(freq)" }
            if let anchor = timex.anchorID { title += " · anchored to \(anchor)" }
            let by = provenance(timex.provenance)
            title += " · \(timex.id)\(by.title)"
            marks.append(Mark(span: timex.span, rank: 2, id: timex.id, classes: "ann timex timex-\(timex.type.rawValue)\(by.classes)", title: title,
                              extra: " data-value=\"\(HTMLEscaping.escape(timex.value, attribute: true))\""))
        }
        marks.sort { a, b in a.span.start != b.span.start ? a.span.start < b.span.start : a.span.end != b.span.end ? a.span.end > b.span.end : a.rank < b.rank }
        return marks
    }

    /// The marks overlapping each block (a mark over several blocks is in each), in one pass with binary search.
    static func partition(_ marks: [Mark], into blocks: [Block]) -> [[Mark]] {
        var result = [[Mark]](repeating: [], count: blocks.count)
        for mark in marks {
            var low = 0
            var high = blocks.count
            while low < high {
                let mid = (low + high) / 2
                if blocks[mid].span.end <= mark.span.start { low = mid + 1 } else { high = mid }
            }
            var index = low
            while index < blocks.count, blocks[index].span.start < mark.span.end {
                if blocks[index].span.overlaps(mark.span) { result[index].append(mark) }
                index += 1
            }
        }
        return result
    }

    /// The inline HTML of one block: its text with the marks that overlap it, clipped to it and properly nested.
    static func inline(text: ScalarText, block: TextSpan, marks: [Mark]) -> String {
        // Marks that overlap the block, clipped to it.
        var local: [Mark] = []
        for mark in marks where mark.span.overlaps(block) {
            var clipped = mark
            clipped.span = TextSpan(start: max(mark.span.start, block.start), end: min(mark.span.end, block.end))
            if clipped.span.end != mark.span.end { clipped.speaker = nil }
            local.append(clipped)
        }
        var boundaries = Set([block.start, block.end])
        for mark in local {
            boundaries.insert(mark.span.start)
            boundaries.insert(mark.span.end)
        }
        let points = boundaries.sorted()
        var out = ""
        var stack: [Int] = []  // indices into local
        var next = 0
        var fragment = Set<Int>()
        func open(_ index: Int) {
            let mark = local[index]
            let classes = fragment.contains(index) ? mark.classes + " fragment" : mark.classes
            let ending = mark.speaker.map { " data-speaker=\"\(HTMLEscaping.escape($0, attribute: true))\"" } ?? ""
            out += "<span class=\"\(classes)\" data-id=\"\(HTMLEscaping.escape(mark.id, attribute: true))\" title=\"\(HTMLEscaping.escape(mark.title, attribute: true))\"\(mark.extra)\(ending)>"
            fragment.insert(index)
        }
        for (position, point) in points.enumerated() {
            // Close what ends here, reopening what was closed only to keep the nesting.
            if stack.contains(where: { local[$0].span.end == point }) {
                var reopen: [Int] = []
                while let top = stack.last, stack.contains(where: { local[$0].span.end == point }) {
                    stack.removeLast()
                    out += "</span>"
                    if local[top].span.end != point { reopen.append(top) }
                }
                for index in reopen.reversed() {
                    open(index)
                    stack.append(index)
                }
            }
            while next < local.count, local[next].span.start == point {
                open(next)
                stack.append(next)
                next += 1
            }
            if position + 1 < points.count {
                out += HTMLEscaping.escape(text.string(TextSpan(start: point, end: points[position + 1])))
            }
        }
        while stack.popLast() != nil { out += "</span>" }
        return out
    }

    // MARK: - Surroundings

    func metadataBlock(_ article: Article) -> String {
        var rows: [(String, String)] = [("id", article.id)]
        if let published = article.metadata.published { rows.append(("published", published)) }
        if let source = article.metadata.source { rows.append(("source", source)) }
        if let url = article.metadata.url { rows.append(("url", url)) }
        if !article.annotators.isEmpty {
            rows.append(("annotators", article.annotators.map { "\($0.name) (\($0.kind.rawValue), \($0.mode.rawValue))" }.joined(separator: "; ")))
        }
        var html = "<header class=\"meta\">\n<dl>\n"
        for (key, value) in rows { html += "<dt>\(HTMLEscaping.escape(key))</dt><dd>\(HTMLEscaping.escape(value))</dd>\n" }
        return html + "</dl>\n</header>\n"
    }

    func legend(_ article: Article) -> String {
        var counts: [String: Int] = [:]
        for mention in article.mentions { counts[mention.type, default: 0] += 1 }
        for timex in article.temporalExpressions { counts[timex.type.rawValue, default: 0] += 1 }
        var html = "<aside class=\"legend\">\n<h2>Legend</h2>\n<ul>\n"
        var entityTypes = article.tagSet.entityTypes
        for mention in article.mentions where !entityTypes.contains(mention.type) { entityTypes.append(mention.type) }
        for type in entityTypes {
            html += "<li><span class=\"ann ent ent-\(HTMLEscaping.className(type))\">\(HTMLEscaping.escape(type))</span> \(counts[type] ?? 0)</li>\n"
        }
        for type in TimexType.allCases {
            html += "<li><span class=\"ann timex timex-\(type.rawValue)\">\(type.rawValue)</span> \(counts[type.rawValue] ?? 0)</li>\n"
        }
        for kind in QuoteKind.allCases {
            let count = article.quotes.filter { $0.kind == kind }.count
            html += "<li><span class=\"ann quote quote-\(kind.rawValue)\">\(kind.rawValue) quote</span> \(count)</li>\n"
        }
        if article.annotators.contains(where: { $0.mode == .manual }) {
            html += "<li><span class=\"ann ent manual\">made by hand</span></li>\n"
        }
        html += "</ul>\n<p class=\"hint\">Hover over an annotation for its type, entity, value or speaker, and who made it.</p>\n</aside>\n"
        return html
    }

    func entityList(_ article: Article) -> String {
        guard !article.discourseEntities.isEmpty else { return "" }
        var mentionCount: [String: Int] = [:]
        for mention in article.mentions { if let entity = mention.entityID { mentionCount[entity, default: 0] += 1 } }
        var quoteCount: [String: Int] = [:]
        for quote in article.quotes { if let speaker = quote.speakerID { quoteCount[speaker, default: 0] += 1 } }
        var html = "<section class=\"entities\">\n<h2>Entities</h2>\n<table>\n<tr><th>id</th><th>name</th><th>type</th><th>mentions</th><th>quotes</th><th>knowledge base</th></tr>\n"
        for entity in article.discourseEntities {
            html += "<tr data-id=\"\(HTMLEscaping.escape(entity.id, attribute: true))\"><td>\(HTMLEscaping.escape(entity.id))</td>"
            html += "<td>\(HTMLEscaping.escape(entity.name))</td>"
            html += "<td><span class=\"ann ent ent-\(HTMLEscaping.className(entity.type))\">\(HTMLEscaping.escape(entity.type))</span></td>"
            html += "<td>\(mentionCount[entity.id] ?? 0)</td><td>\(quoteCount[entity.id] ?? 0)</td>"
            html += "<td>\(HTMLEscaping.escape(entity.knowledgeBaseID ?? ""))</td></tr>\n"
        }
        return html + "</table>\n</section>\n"
    }
}
