import NewsmarkModel

/// Checks a decoded JSON-form document against the format's rules and builds the ``Article`` it describes.
///
/// Every problem is reported with the JSON path of the member at fault (`$.quotes[3].speaker: …`). The checks
/// are the ones that make the JSON form exactly as strong as the XML: offsets within the text and in order,
/// `text` members equal to the code-point slice they claim, paragraphs that partition the text, ids that are
/// XML ids and unique, references that resolve, inline annotations that nest inside one paragraph, and known
/// roles, kinds, types and modifiers. Work is linear in the document size (plus a sort of the annotations).
struct JSONArticleChecker {
    let document: JSONArticle
    let fileName: String?

    /// The TIMEX3 modifiers (`mod`).
    static let timexModifiers: Set<String> = [
        "BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER", "LESS_THAN", "MORE_THAN", "EQUAL_OR_LESS",
        "EQUAL_OR_MORE", "START", "MID", "END", "APPROX",
    ]

    private var scalars: [Unicode.Scalar] = []
    /// Every id in the document (they share one space, as XML ids do) and the path that declared it.
    private var ids: [String: String] = [:]

    init(document: JSONArticle, fileName: String?) {
        self.document = document
        self.fileName = fileName
    }

    /// The checked article, annotations in canonical text order.
    mutating func article() throws -> Article {
        let d = document
        guard d.newsmark == Article.formatVersion else {
            throw fail("$.newsmark", "unsupported format version \(quoted(d.newsmark)); this reader reads \(quoted(Article.formatVersion))")
        }
        guard d.offsets == JSONArticle.offsetUnit else {
            throw fail("$.offsets", "unsupported offset unit \(quoted(d.offsets)); offsets must count \(quoted(JSONArticle.offsetUnit))")
        }
        try declare(d.id, at: "$.id")
        try checkLanguage(d.lang)
        scalars = Array(d.text.unicodeScalars)
        if let bad = scalars.firstIndex(where: { !$0.isXMLCharacter }) {
            throw fail("$.text", "code point \(codePoint(scalars[bad])) at offset \(bad) cannot be written in XML")
        }
        let blocks = try paragraphs()
        let metadata = try meta(blocks: blocks)
        let tagSet = try tagset()
        let annotators = try annotatorList()
        let entities = try discourseEntities(tagSet: tagSet)
        let annotatorIDs = Set(annotators.map(\.id))
        let entityIDs = Set(entities.map(\.id))

        var inline: [InlineSpan] = []
        let dateline = try datelineMember(blocks: blocks, inline: &inline)
        let mentions = try d.entities.enumerated().map { index, m in
            let path = "$.entities[\(index)]"
            let span = try textSpan(start: m.start, end: m.end, text: m.text, at: path, blocks: blocks)
            try declare(m.id, at: path + ".id")
            guard tagSet.allowsEntityType(m.type) else {
                throw fail(path + ".type", "\(quoted(m.type)) is not a declared entity type (\(list(tagSet.entityTypes)) in $.tagset)")
            }
            if let entity = m.entity, !entityIDs.contains(entity) {
                throw fail(path + ".entity", "no discourse entity \(quoted(entity)) in $.discourseEntities")
            }
            inline.append(InlineSpan(span: span, path: path))
            return EntityMention(id: m.id, type: m.type, span: span, entityID: m.entity,
                                 provenance: try provenance(m.resp, m.cert, at: path, annotators: annotatorIDs))
        }
        let quotes = try quoteList(blocks: blocks, entityIDs: entityIDs, annotatorIDs: annotatorIDs, inline: &inline)
        let times = try dateList(blocks: blocks, annotatorIDs: annotatorIDs, inline: &inline)
        try checkNesting(inline)

        var article = Article(
            id: d.id, language: d.lang, metadata: metadata, text: d.text, blocks: blocks, dateline: dateline,
            annotators: annotators, tagSet: tagSet, discourseEntities: entities, mentions: mentions, quotes: quotes,
            temporalExpressions: times)
        article.sortAnnotations()
        return article
    }

    // MARK: - Structure

    private mutating func paragraphs() throws -> [Block] {
        var blocks: [Block] = []
        blocks.reserveCapacity(document.paragraphs.count)
        var previousEnd = 0
        for (index, p) in document.paragraphs.enumerated() {
            let path = "$.paragraphs[\(index)]"
            let expectedStart = index == 0 ? 0 : previousEnd + 2
            guard p.start == expectedStart else {
                let why = index == 0
                    ? "the first paragraph starts at 0"
                    : "the previous paragraph ends at \(previousEnd) and one blank line (\"\\n\\n\") separates paragraphs"
                throw fail(path + ".start", "expected \(expectedStart), found \(p.start): \(why)")
            }
            if index > 0 {
                guard expectedStart <= scalars.count, scalars[previousEnd] == "\n", scalars[previousEnd + 1] == "\n" else {
                    throw fail(path + ".start", "the text between $.paragraphs[\(index - 1)] and this paragraph (offsets \(previousEnd)–\(expectedStart)) must be one blank line \"\\n\\n\"")
                }
            }
            let span = try checkedSpan(start: p.start, end: p.end, at: path)
            guard !span.isEmpty else { throw fail(path, "the paragraph is empty; a paragraph holds at least one code point") }
            if let lineBreak = scalars[span.start..<span.end].firstIndex(where: { $0 == "\n" || $0 == "\r" }) {
                throw fail(path, "the paragraph contains a line break at offset \(lineBreak); paragraphs contain none and are separated by one blank line")
            }
            guard let role = BlockRole(rawValue: p.role) else {
                throw fail(path + ".role", "unknown role \(quoted(p.role)) (expected one of \(list(BlockRole.allCases.map(\.rawValue))))")
            }
            try declare(p.id, at: path + ".id")
            blocks.append(Block(id: p.id, role: role, span: span))
            previousEnd = p.end
        }
        guard !document.paragraphs.isEmpty else {
            throw fail("$.paragraphs", "an article has at least one paragraph, and paragraphs cover the whole text")
        }
        guard previousEnd == scalars.count else {
            throw fail("$.paragraphs[\(document.paragraphs.count - 1)].end", "the last paragraph ends at \(previousEnd) but the text has \(scalars.count) code points; paragraphs must cover the whole text")
        }
        return blocks
    }

    private func meta(blocks: [Block]) throws -> ArticleMetadata {
        let m = document.meta
        if let headline = m.headline {
            guard let first = blocks.first, first.role == .headline else {
                throw fail("$.meta.headline", "there is a headline but no paragraph has the role \"headline\"")
            }
            guard scalarsEqual(headline, first.span) else {
                throw fail("$.meta.headline", "\(quoted(headline)) differs from the headline paragraph \(quoted(slice(first.span)))")
            }
        }
        if let published = m.published {
            if let problem = Self.publicationDateProblem(published) { throw fail("$.meta.published", problem) }
        }
        for (name, value) in [("source", m.source), ("url", m.url), ("rights", m.rights)] {
            if let value { try checkXMLText(value, at: "$.meta.\(name)") }
        }
        if let url = m.url, let problem = JSONURIReference.problem(url) {
            throw fail("$.meta.url", "\(quoted(url)) is not a URI reference: \(problem)")
        }
        return ArticleMetadata(published: m.published, source: m.source, url: m.url, rights: m.rights)
    }

    /// Why `value` is not a publication date (`YYYY-MM-DD`, optionally `Thh:mm[:ss[.fff]]` and a zone), or `nil`.
    static func publicationDateProblem(_ value: String) -> String? {
        let bytes = Array(value.utf8)
        let isDigit = { (c: UInt8) in c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") }
        let shapeOK = bytes.count >= 10 && bytes[4] == UInt8(ascii: "-") && bytes[7] == UInt8(ascii: "-")
            && [0, 1, 2, 3, 5, 6, 8, 9].allSatisfy { isDigit(bytes[$0]) }
            && (bytes.count == 10 || bytes[10] == UInt8(ascii: "T"))
        guard shapeOK else { return "\(quotedText(value)) is not a date (YYYY-MM-DD) or date-time (YYYY-MM-DDThh:mm)" }
        if bytes.count > 10, bytes.count < 16 {
            return "\(quotedText(value)): a date-time has at least hours and minutes (YYYY-MM-DDThh:mm)"
        }
        if bytes.count > 16, let sign = bytes[16...].lastIndex(where: { $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "-") }) {
            let zone = bytes[(sign + 1)...]
            guard zone.count == 5, zone[zone.startIndex + 2] == UInt8(ascii: ":") else {
                return "\(quotedText(value)): a time zone is written Z, +hh:mm or -hh:mm"
            }
        }
        return TimexValue.problem(in: value, type: bytes.count == 10 ? .date : .time)
    }

    private mutating func tagset() throws -> TagSet {
        var seen = Set<String>()
        for (index, type) in document.tagset.enumerated() {
            let path = "$.tagset[\(index)]"
            guard Self.isXMLName(type) else {
                throw fail(path, "an entity type is an XML name (a letter or _ then letters, digits, '-', '_' or '.'), found \(quoted(type))")
            }
            guard seen.insert(type).inserted else { throw fail(path, "entity type \(quoted(type)) is declared twice") }
        }
        return TagSet(entityTypes: document.tagset)
    }

    private mutating func annotatorList() throws -> [Annotator] {
        try document.annotators.enumerated().map { index, a in
            let path = "$.annotators[\(index)]"
            try declare(a.id, at: path + ".id")
            guard let kind = AnnotatorKind(rawValue: a.kind) else {
                throw fail(path + ".kind", "unknown annotator kind \(quoted(a.kind)) (expected one of \(list(AnnotatorKind.allCases.map(\.rawValue))))")
            }
            guard let mode = AnnotationMode(rawValue: a.mode) else {
                throw fail(path + ".mode", "unknown annotation mode \(quoted(a.mode)) (expected one of \(list(AnnotationMode.allCases.map(\.rawValue))))")
            }
            try checkNonEmptyText(a.name, at: path + ".name")
            if let version = a.version { try checkXMLText(version, at: path + ".version") }
            return Annotator(id: a.id, kind: kind, name: a.name, version: a.version, mode: mode)
        }
    }

    private mutating func discourseEntities(tagSet: TagSet) throws -> [DiscourseEntity] {
        let annotatorIDs = Set(document.annotators.map(\.id))
        return try document.discourseEntities.enumerated().map { index, e in
            let path = "$.discourseEntities[\(index)]"
            try declare(e.id, at: path + ".id")
            guard tagSet.allowsEntityType(e.type) else {
                throw fail(path + ".type", "\(quoted(e.type)) is not a declared entity type (\(list(tagSet.entityTypes)) in $.tagset)")
            }
            try checkNonEmptyText(e.name, at: path + ".name")
            if let kb = e.kb, !Self.isKnowledgeBaseID(kb) {
                throw fail(path + ".kb", "\(quoted(kb)) is not a knowledge-base id with its prefix (wikidata:Q34453)")
            }
            return DiscourseEntity(id: e.id, type: e.type, name: e.name, knowledgeBaseID: e.kb,
                                   provenance: try provenance(e.resp, e.cert, at: path, annotators: annotatorIDs))
        }
    }

    private func datelineMember(blocks: [Block], inline: inout [InlineSpan]) throws -> Dateline? {
        guard let d = document.dateline else { return nil }
        let span = try textSpan(start: d.start, end: d.end, text: d.text, at: "$.dateline", blocks: blocks)
        inline.append(InlineSpan(span: span, path: "$.dateline"))
        var parts: [TextSpan?] = []
        for (name, part) in [("place", d.place), ("source", d.source)] {
            guard let part else {
                parts.append(nil)
                continue
            }
            let path = "$.dateline.\(name)"
            let partSpan = try textSpan(start: part.start, end: part.end, text: part.text, at: path, blocks: blocks)
            guard span.contains(partSpan) else {
                throw fail(path, "\(partSpan) lies outside the dateline \(span)")
            }
            inline.append(InlineSpan(span: partSpan, path: path))
            parts.append(partSpan)
        }
        return Dateline(span: span, place: parts[0], source: parts[1])
    }

    // MARK: - Annotations

    private mutating func quoteList(blocks: [Block], entityIDs: Set<String>, annotatorIDs: Set<String>,
                                    inline: inout [InlineSpan]) throws -> [Quote] {
        var quotes: [Quote] = []
        quotes.reserveCapacity(document.quotes.count)
        for (index, q) in document.quotes.enumerated() {
            let path = "$.quotes[\(index)]"
            let span = try textSpan(start: q.start, end: q.end, text: q.text, at: path, blocks: blocks)
            try declare(q.id, at: path + ".id")
            guard let kind = QuoteKind(rawValue: q.kind) else {
                throw fail(path + ".kind", "unknown quote kind \(quoted(q.kind)) (expected one of \(list(QuoteKind.allCases.map(\.rawValue))))")
            }
            if let speaker = q.speaker, !entityIDs.contains(speaker) {
                throw fail(path + ".speaker", "no discourse entity \(quoted(speaker)) in $.discourseEntities")
            }
            if let cue = q.cue { try checkNonEmptyText(cue, at: path + ".cue") }
            inline.append(InlineSpan(span: span, path: path))
            quotes.append(Quote(id: q.id, span: span, kind: kind, speakerID: q.speaker, cue: q.cue, continues: q.continues,
                                provenance: try provenance(q.resp, q.cert, at: path, annotators: annotatorIDs)))
        }
        // Continuations: each names an earlier quote part, and a part is continued at most once.
        var byID: [String: Int] = [:]
        for (index, quote) in quotes.enumerated() { byID[quote.id] = index }
        var continuedBy: [String: Int] = [:]
        for (index, quote) in quotes.enumerated() {
            guard let previous = quote.continues else { continue }
            let path = "$.quotes[\(index)].continues"
            guard let target = byID[previous] else { throw fail(path, "no quote \(quoted(previous)) in $.quotes") }
            guard quotes[target].span.end <= quote.span.start else {
                throw fail(path, "quote \(quoted(previous)) \(quotes[target].span) does not end before this part \(quote.span) begins; a part continues an earlier one")
            }
            if let other = continuedBy.updateValue(index, forKey: previous) {
                throw fail(path, "quote \(quoted(previous)) is already continued by $.quotes[\(other)]")
            }
        }
        return quotes
    }

    private mutating func dateList(blocks: [Block], annotatorIDs: Set<String>, inline: inout [InlineSpan]) throws -> [TemporalExpression] {
        var times: [TemporalExpression] = []
        times.reserveCapacity(document.dates.count)
        for (index, t) in document.dates.enumerated() {
            let path = "$.dates[\(index)]"
            let span = try textSpan(start: t.start, end: t.end, text: t.text, at: path, blocks: blocks)
            try declare(t.id, at: path + ".id")
            guard let type = TimexType(rawValue: t.type) else {
                throw fail(path + ".type", "unknown TIMEX3 type \(quoted(t.type)) (expected one of \(list(TimexType.allCases.map(\.rawValue))))")
            }
            if let problem = TimexValue.problem(in: t.value, type: type) { throw fail(path + ".value", problem) }
            if let mod = t.mod, !Self.timexModifiers.contains(mod) {
                throw fail(path + ".mod", "unknown TIMEX3 modifier \(quoted(mod)) (expected one of \(list(Self.timexModifiers.sorted())))")
            }
            if let quant = t.quant, !(quant == "EVERY" || quant == "EACH" || Self.isDigits(quant)) {
                throw fail(path + ".quant", "\(quoted(quant)) is not a TIMEX3 quant (EVERY, EACH or a number)")
            }
            if let freq = t.freq, !(freq.hasSuffix("X") && Self.isDigits(freq.dropLast())) {
                throw fail(path + ".freq", "\(quoted(freq)) is not a TIMEX3 freq (a number and X: 2X)")
            }
            inline.append(InlineSpan(span: span, path: path))
            times.append(TemporalExpression(id: t.id, span: span, type: type, value: t.value, mod: t.mod, anchorID: t.anchor,
                                            quant: t.quant, freq: t.freq,
                                            provenance: try provenance(t.resp, t.cert, at: path, annotators: annotatorIDs)))
        }
        // Anchors name another date expression, and following anchors never comes back to where it started.
        var byID: [String: Int] = [:]
        for (index, time) in times.enumerated() { byID[time.id] = index }
        var state = [UInt8](repeating: 0, count: times.count)  // 0 unvisited, 1 on the current chain, 2 done
        for start in times.indices where state[start] == 0 {
            var chain: [Int] = []
            var current: Int? = start
            while let index = current, state[index] == 0 {
                state[index] = 1
                chain.append(index)
                guard let anchor = times[index].anchorID else { break }
                guard let target = byID[anchor] else {
                    throw fail("$.dates[\(index)].anchor", "no date expression \(quoted(anchor)) in $.dates")
                }
                if state[target] == 1 {
                    throw fail("$.dates[\(index)].anchor", "anchors form a cycle through \(quoted(anchor))")
                }
                current = target
            }
            for index in chain { state[index] = 2 }
        }
        return times
    }

    private func provenance(_ resp: String?, _ cert: Double?, at path: String, annotators: Set<String>) throws -> Provenance {
        if let resp, !annotators.contains(resp) {
            throw fail(path + ".resp", "no annotator \(quoted(resp)) in $.annotators")
        }
        if let cert, !(cert.isFinite && cert >= 0 && cert <= 1) {
            throw fail(path + ".cert", "a confidence lies between 0 and 1, found \(cert)")
        }
        return Provenance(annotatorID: resp, confidence: cert)
    }

    // MARK: - Spans

    /// A span that lies in the text with its start not after its end.
    private func checkedSpan(start: Int, end: Int, at path: String) throws -> TextSpan {
        guard start >= 0 else { throw fail(path + ".start", "offset \(start) is negative") }
        guard end <= scalars.count else {
            throw fail(path + ".end", "offset \(end) is past the end of the text (\(scalars.count) code points)")
        }
        guard start <= end else { throw fail(path, "start \(start) is after end \(end)") }
        return TextSpan(start: start, end: end)
    }

    /// A checked span whose `text` member equals the text it covers and which lies inside one paragraph.
    private func textSpan(start: Int, end: Int, text: String, at path: String, blocks: [Block]) throws -> TextSpan {
        let span = try checkedSpan(start: start, end: end, at: path)
        guard !span.isEmpty else { throw fail(path, "the span \(span) is empty; an annotation covers at least one code point") }
        guard scalarsEqual(text, span) else {
            throw fail(path + ".text", "\(quoted(text)) differs from the text at \(span), \(quoted(slice(span)))")
        }
        // Paragraphs are sorted and disjoint: the candidate is the last one starting at or before `start`.
        var low = 0
        var high = blocks.count
        while low < high {
            let mid = (low + high) / 2
            if blocks[mid].span.start <= span.start { low = mid + 1 } else { high = mid }
        }
        guard low > 0, blocks[low - 1].span.contains(span) else {
            throw fail(path, "\(span) does not lie inside one paragraph")
        }
        return span
    }

    private func scalarsEqual(_ string: String, _ span: TextSpan) -> Bool {
        var offset = span.start
        for scalar in string.unicodeScalars {
            guard offset < span.end, scalars[offset] == scalar else { return false }
            offset += 1
        }
        return offset == span.end
    }

    /// The text of `span`, shortened for messages.
    private func slice(_ span: TextSpan) -> String {
        let limit = 60
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[span.start..<min(span.end, span.start + limit)])
        return String(view) + (span.length > limit ? "…" : "")
    }

    /// An inline annotation's span and path, for the nesting check.
    struct InlineSpan {
        var span: TextSpan
        var path: String
    }

    /// Inline annotations become nested XML elements, so two of them may share code points only if one
    /// contains the other.
    private func checkNesting(_ items: [InlineSpan]) throws {
        let sorted = items.enumerated().sorted { a, b in
            a.element.span != b.element.span ? a.element.span < b.element.span : a.offset < b.offset
        }.map(\.element)
        var open: [InlineSpan] = []
        for item in sorted {
            while let last = open.last, last.span.end <= item.span.start {
                open.removeLast()
            }
            if let last = open.last, item.span.end > last.span.end {
                throw fail(item.path, "\(item.span) overlaps \(last.path) \(last.span) without nesting inside it or containing it; inline annotations must nest")
            }
            open.append(item)
        }
    }

    // MARK: - Values

    /// Records an id; ids are XML ids (NCName) and unique across the document.
    private mutating func declare(_ id: String, at path: String) throws {
        guard Self.isXMLName(id) else {
            throw fail(path, "\(quoted(id)) is not a valid id (a letter or _ then letters, digits, '-', '_' or '.')")
        }
        if let first = ids.updateValue(path, forKey: id) {
            throw fail(path, "id \(quoted(id)) is already used by \(first)")
        }
    }

    /// Whether `id` is an XML NCName (approximated by Unicode properties).
    static func isXMLName(_ id: String) -> Bool {
        var scalars = id.unicodeScalars.makeIterator()
        guard let first = scalars.next(), first.properties.isAlphabetic || first == "_" else { return false }
        while let c = scalars.next() {
            let ok = c.properties.isAlphabetic || c.properties.numericType == .decimal || c == "-" || c == "_" || c == "."
                || c == "\u{B7}" || c.properties.generalCategory == .nonspacingMark
                || c.properties.generalCategory == .spacingMark
            if !ok { return false }
        }
        return true
    }

    private func checkLanguage(_ lang: String) throws {
        let subtags = lang.split(separator: "-", omittingEmptySubsequences: false)
        let valid = !lang.isEmpty && subtags.enumerated().allSatisfy { index, tag in
            (1...8).contains(tag.utf8.count) && tag.unicodeScalars.allSatisfy {
                ("a"..."z").contains($0) || ("A"..."Z").contains($0) || (index > 0 && ("0"..."9").contains($0))
            }
        }
        guard valid else { throw fail("$.lang", "\(quoted(lang)) is not a BCP 47 language tag (en, de-CH, sr-Latn)") }
    }

    private func checkNonEmptyText(_ value: String, at path: String) throws {
        guard !value.isEmpty else { throw fail(path, "the value is empty") }
        try checkXMLText(value, at: path)
    }

    static func isDigits<S: StringProtocol>(_ text: S) -> Bool {
        !text.isEmpty && text.utf8.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
    }

    /// Whether `kb` is `prefix:id` (`wikidata:Q34453`): a letter, then letters, digits, `_`, `.`, `-`; a colon;
    /// then no white space.
    static func isKnowledgeBaseID(_ kb: String) -> Bool {
        guard let colon = kb.firstIndex(of: ":") else { return false }
        let prefix = kb[..<colon].unicodeScalars
        let rest = kb[kb.index(after: colon)...]
        guard let first = prefix.first, first.isASCII, first.properties.isAlphabetic, !rest.isEmpty else { return false }
        let prefixOK = prefix.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "_.-".unicodeScalars.contains($0)) }
        return prefixOK && !rest.unicodeScalars.contains { $0.isNewsmarkWhitespace || !$0.isXMLCharacter }
    }

    private func checkXMLText(_ value: String, at path: String) throws {
        if let bad = value.unicodeScalars.first(where: { !$0.isXMLCharacter }) {
            throw fail(path, "code point \(codePoint(bad)) cannot be written in XML")
        }
    }

    private func codePoint(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    private func quoted(_ value: String) -> String { Self.quotedText(value) }

    /// `value` in double quotes, control characters escaped, so a message stays on one line.
    static func quotedText(_ value: String) -> String {
        var out = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\"": out += "\\\""
            default:
                if scalar.value < 0x20 { out += "\\u{\(String(scalar.value, radix: 16))}" } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out + "\""
    }

    private func list(_ values: [String]) -> String { values.joined(separator: ", ") }

    private func fail(_ path: String, _ message: String) -> NewsmarkError {
        NewsmarkError(.invalidInput, "\(path): \(message)", location: SourceLocation(file: fileName))
    }
}
