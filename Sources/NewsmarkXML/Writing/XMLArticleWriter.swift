import Foundation
import NewsmarkModel

/// Writes an ``Article`` as canonical Newsmark XML with libxml2's text writer.
///
/// The output is byte-stable: the same article always gives the same bytes, and reading a canonical
/// file and writing it again reproduces it exactly. Canonical form (docs/FORMAT.md, "Canonical
/// form"): the XML declaration, the `xml-model` processing instruction, two-space indentation for
/// the structure, attributes in a fixed order, each `<p>` on one line with its exact text, inline
/// elements nested from the standoff annotations (sorted by start, longer first, then dateline,
/// place, agency, quote, mention, timex, then list order), empty `annotators` and `entities` left out.
///
/// The writer refuses, with a ``NewsmarkError`` (`invalidInput`), an article it cannot write
/// faithfully: characters XML 1.0 does not allow (in text or attribute values), blocks that do not
/// partition the text, line breaks inside a block, empty annotations, annotations that cross each
/// other or a paragraph boundary, and a `cert` outside 0…1.
public struct XMLArticleWriter: Sendable {
    /// How the body's paragraphs are written.
    enum BodyWriting: Sendable {
        /// Built as bytes by ``MarkupBuffer`` and handed to libxml2 in large chunks (the default).
        case markupBuffer
        /// Element by element through libxml2's writer: the reference the tests compare against.
        case libxml2
    }

    let bodyWriting: BodyWriting

    public init() { bodyWriting = .markupBuffer }

    init(bodyWriting: BodyWriting) { self.bodyWriting = bodyWriting }

    /// The canonical XML bytes of `article`.
    public func write(_ article: Article) throws -> Data {
        var text = article.text
        let textLength = try text.withUTF8 { try XMLArticleWriter.checkText($0, blocks: article.blocks) }
        let plan = try InlineSpanPlan(article: article, textLength: textLength)
        // The text, its escapes, the paragraphs' tags and about a hundred bytes of markup per inline
        // element and declared entity: the output is then written without growing its buffer.
        let annotations = article.mentions.count + article.quotes.count + article.temporalExpressions.count
            + article.discourseEntities.count
        let writer = try LibXML2TextWriter(
            expectedSize: text.utf8.count + text.utf8.count / 8 + 32 * article.blocks.count + 128 * annotations + 4096)
        try writer.startDocument()
        try writer.processingInstruction(target: "xml-model", content: NewsmarkVocabulary.xmlModelInstruction)
        try writer.newline(indent: 0)
        try writer.startElement("article")
        try writer.attribute("xmlns", NewsmarkVocabulary.namespace)
        try writer.attribute("version", NewsmarkVocabulary.version)
        try writer.attribute("id", checked(article.id, "the article id"))
        try writer.attribute("xml:lang", checked(article.language, "the article language"))
        try writeHeader(article, writer)
        try writer.newline(indent: 1)
        try writer.startElement("body")
        try text.withUTF8 { utf8 in
            switch bodyWriting {
            case .markupBuffer: try writeBodyBuffered(article, plan: plan, utf8: utf8, writer)
            case .libxml2: try writeBody(article, plan: plan, utf8: utf8, writer)
            }
        }
        try writer.newline(indent: 1)
        try writer.endElement()
        try writer.newline(indent: 0)
        try writer.endElement()
        return try writer.finish()
    }

    // MARK: - Header

    private func writeHeader(_ article: Article, _ writer: LibXML2TextWriter) throws {
        try writer.newline(indent: 1)
        try writer.startElement("header")
        try writer.newline(indent: 2)
        try writer.startElement("meta")
        let meta = article.metadata
        let fields: [(String, String?)] = [("published", meta.published), ("source", meta.source), ("url", meta.url), ("rights", meta.rights)]
        var wroteField = false
        for (name, value) in fields {
            guard let value else { continue }
            try writer.newline(indent: 3)
            try writer.element(name, text: checked(value, "<\(name)>"))
            wroteField = true
        }
        if wroteField { try writer.newline(indent: 2) }
        try writer.endElement()

        if !article.annotators.isEmpty {
            try writer.newline(indent: 2)
            try writer.startElement("annotators")
            for annotator in article.annotators {
                func what() -> String { "<annotator id=\"\(annotator.id)\">" }
                try writer.newline(indent: 3)
                try writer.startElement("annotator")
                try writer.attribute("id", checked(annotator.id, "the id of \(what())"))
                try writer.attribute("kind", annotator.kind.rawValue)
                try writer.attribute("name", checked(annotator.name, "the name of \(what())"))
                try writer.attribute("version", checkedIfPresent(annotator.version, "the version of \(what())"))
                try writer.attribute("mode", annotator.mode.rawValue)
                try writer.endElement()
            }
            try writer.newline(indent: 2)
            try writer.endElement()
        }

        try writer.newline(indent: 2)
        try writer.startElement("tagset")
        for type in article.tagSet.entityTypes {
            try writer.newline(indent: 3)
            try writer.startElement("entityType")
            try writer.attribute("name", checked(type, "the entity type '\(type)'"))
            try writer.endElement()
        }
        if !article.tagSet.entityTypes.isEmpty { try writer.newline(indent: 2) }
        try writer.endElement()

        if !article.discourseEntities.isEmpty {
            switch bodyWriting {
            case .markupBuffer: try writeEntitiesBuffered(article.discourseEntities, writer)
            case .libxml2:
                try writer.newline(indent: 2)
                try writer.startElement("entities")
                for entity in article.discourseEntities {
                    func what() -> String { "<entity id=\"\(entity.id)\">" }
                    try writer.newline(indent: 3)
                    try writer.startElement("entity")
                    try writer.attribute("id", checked(entity.id, "the id of \(what())"))
                    try writer.attribute("type", checked(entity.type, "the type of \(what())"))
                    try writer.attribute("name", checked(entity.name, "the name of \(what())"))
                    try writer.attribute("kb", checkedIfPresent(entity.knowledgeBaseID, "the kb of \(what())"))
                    try writeProvenance(entity.provenance, of: what(), writer)
                    try writer.endElement()
                }
                try writer.newline(indent: 2)
                try writer.endElement()
            }
        }
        try writer.newline(indent: 1)
        try writer.endElement()
    }

    /// The `<entities>` section built by a ``MarkupBuffer``, as libxml2's writer writes it element by
    /// element (a corpus of short articles declares tens of entities in each): the same bytes, checks
    /// and messages.
    private func writeEntitiesBuffered(_ entities: [DiscourseEntity], _ writer: LibXML2TextWriter) throws {
        var buffer = MarkupBuffer(capacity: 128 * entities.count + 64)
        var certainties = CertaintyCache()
        buffer.newline(indent: 2)
        buffer.startElement("entities")
        try entities.withUnsafeBufferPointer { entities in
            for index in entities.indices {
                func what() -> String { "<entity id=\"\(entities[index].id)\">" }
                buffer.newline(indent: 3)
                buffer.startElement("entity")
                try checkedAttribute("id", entities[index].id, into: &buffer) { "the id of \(what())" }
                try checkedAttribute("type", entities[index].type, into: &buffer) { "the type of \(what())" }
                try checkedAttribute("name", entities[index].name, into: &buffer) { "the name of \(what())" }
                try checkedAttribute("kb", entities[index].knowledgeBaseID, into: &buffer) { "the kb of \(what())" }
                try provenanceAttributes(entities[index].provenance, into: &buffer, certainties: &certainties, of: what)
                buffer.endElement()
            }
        }
        buffer.newline(indent: 2)
        buffer.endElement()
        try buffer.withBytes { try writer.markup($0) }
    }

    private func writeProvenance(_ provenance: Provenance, of what: @autoclosure () -> String,
                                 _ writer: LibXML2TextWriter) throws {
        try provenanceAttributes(provenance, of: what(), certainty: writer.certainty) { name, value in
            try writer.attribute(name.description, value)
        }
    }

    // MARK: - Body

    private func writeBody(_ article: Article, plan: InlineSpanPlan, utf8: UnsafeBufferPointer<UInt8>,
                           _ writer: LibXML2TextWriter) throws {
        var cursor = TextCursor(utf8: utf8)
        var scratch: [UInt8] = []
        var itemIndex = 0
        let items = plan.items
        var open: [InlineSpanPlan.Item] = []
        for block in article.blocks {
            try writer.newline(indent: 2)
            try writer.startElement("p")
            try writer.attribute("id", checked(block.id, "the id of a paragraph"))
            if block.role != .body { try writer.attribute("role", block.role.rawValue) }
            cursor.skip(to: block.span.start)
            while itemIndex < items.count, items[itemIndex].span.start < block.span.end {
                let item = items[itemIndex]
                while let top = open.last, top.span.end <= item.span.start {
                    try writer.text(utf8: cursor.advance(to: top.span.end), scratch: &scratch)
                    try writer.endElement()
                    open.removeLast()
                }
                try writer.text(utf8: cursor.advance(to: item.span.start), scratch: &scratch)
                try startInline(item, article: article, writer)
                open.append(item)
                itemIndex += 1
            }
            while let top = open.popLast() {
                try writer.text(utf8: cursor.advance(to: top.span.end), scratch: &scratch)
                try writer.endElement()
            }
            try writer.text(utf8: cursor.advance(to: block.span.end), scratch: &scratch)
            try writer.endElement()
        }
    }

    /// The article's annotation lists, read in place while the body is written (an element is not
    /// copied, with every string in it retained and released, to write a few of its fields).
    private struct InlineLists {
        let quotes: UnsafeBufferPointer<Quote>
        let mentions: UnsafeBufferPointer<EntityMention>
        let timexes: UnsafeBufferPointer<TemporalExpression>
    }

    /// ``writeBody(_:plan:utf8:_:)`` with the paragraphs built by a ``MarkupBuffer`` and passed on as
    /// raw bytes, about 64 KB at a time; the bytes are the same.
    private func writeBodyBuffered(_ article: Article, plan: InlineSpanPlan, utf8: UnsafeBufferPointer<UInt8>,
                                   _ writer: LibXML2TextWriter) throws {
        try article.quotes.withUnsafeBufferPointer { quotes in
            try article.mentions.withUnsafeBufferPointer { mentions in
                try article.temporalExpressions.withUnsafeBufferPointer { timexes in
                    let lists = InlineLists(quotes: quotes, mentions: mentions, timexes: timexes)
                    try writeBodyBuffered(article.blocks, plan: plan, utf8: utf8, lists: lists, writer)
                }
            }
        }
    }

    private func writeBodyBuffered(_ blocks: [Block], plan: InlineSpanPlan, utf8: UnsafeBufferPointer<UInt8>,
                                   lists: InlineLists, _ writer: LibXML2TextWriter) throws {
        let chunkSize = 1 << 16
        var buffer = MarkupBuffer(capacity: chunkSize + 4096)
        var cursor = TextCursor(utf8: utf8)
        var itemIndex = 0
        let items = plan.items
        var open: [InlineSpanPlan.Item] = []
        var certainties = CertaintyCache()
        for block in blocks {
            buffer.newline(indent: 2)
            buffer.startElement("p")
            buffer.attribute("id", try checked(block.id, "the id of a paragraph"))
            if block.role != .body { buffer.attribute("role", block.role.rawValue) }
            cursor.skip(to: block.span.start)
            while itemIndex < items.count, items[itemIndex].span.start < block.span.end {
                let item = items[itemIndex]
                while let top = open.last, top.span.end <= item.span.start {
                    buffer.text(utf8: cursor.advance(to: top.span.end))
                    buffer.endElement()
                    open.removeLast()
                }
                buffer.text(utf8: cursor.advance(to: item.span.start))
                try startInline(item, lists: lists, into: &buffer, certainties: &certainties)
                open.append(item)
                itemIndex += 1
            }
            while let top = open.popLast() {
                buffer.text(utf8: cursor.advance(to: top.span.end))
                buffer.endElement()
            }
            buffer.text(utf8: cursor.advance(to: block.span.end))
            buffer.endElement()
            if buffer.count >= chunkSize {
                try buffer.withBytes { try writer.markup($0) }
                buffer.removeBytes()
            }
        }
        if buffer.count > 0 { try buffer.withBytes { try writer.markup($0) } }
    }

    /// ``startInline(_:article:_:)`` into a ``MarkupBuffer``: the same attributes in the same order, the
    /// same checks and messages (the writer's differential tests compare the two). Each checked value is
    /// checked and escaped in one pass; the message is built only when a check fails.
    private func startInline(_ item: InlineSpanPlan.Item, lists: InlineLists, into buffer: inout MarkupBuffer,
                             certainties: inout CertaintyCache) throws {
        buffer.startElement(item.layer.elementName)
        let index = item.index
        switch item.layer {
        case .dateline, .place, .agency:
            break
        case .quote:
            let quotes = lists.quotes
            func what() -> String { "<quote id=\"\(quotes[index].id)\">" }
            try checkedAttribute("id", quotes[index].id, into: &buffer) { "the id of \(what())" }
            buffer.attribute("kind", quotes[index].kind.rawValue)
            try checkedAttribute("speaker", quotes[index].speakerID, into: &buffer) { "the speaker of \(what())" }
            try checkedAttribute("cue", quotes[index].cue, into: &buffer) { "the cue of \(what())" }
            try checkedAttribute("continues", quotes[index].continues, into: &buffer) { "the continues of \(what())" }
            try provenanceAttributes(quotes[index].provenance, into: &buffer, certainties: &certainties, of: what)
        case .mention:
            let mentions = lists.mentions
            func what() -> String { "<mention id=\"\(mentions[index].id)\">" }
            try checkedAttribute("id", mentions[index].id, into: &buffer) { "the id of \(what())" }
            try checkedAttribute("type", mentions[index].type, into: &buffer) { "the type of \(what())" }
            try checkedAttribute("entity", mentions[index].entityID, into: &buffer) { "the entity of \(what())" }
            try provenanceAttributes(mentions[index].provenance, into: &buffer, certainties: &certainties, of: what)
        case .timex:
            let timexes = lists.timexes
            func what() -> String { "<timex id=\"\(timexes[index].id)\">" }
            try checkedAttribute("id", timexes[index].id, into: &buffer) { "the id of \(what())" }
            buffer.attribute("type", timexes[index].type.rawValue)
            try checkedAttribute("value", timexes[index].value, into: &buffer) { "the value of \(what())" }
            try checkedAttribute("mod", timexes[index].mod, into: &buffer) { "the mod of \(what())" }
            try checkedAttribute("anchor", timexes[index].anchorID, into: &buffer) { "the anchor of \(what())" }
            try checkedAttribute("quant", timexes[index].quant, into: &buffer) { "the quant of \(what())" }
            try checkedAttribute("freq", timexes[index].freq, into: &buffer) { "the freq of \(what())" }
            try provenanceAttributes(timexes[index].provenance, into: &buffer, certainties: &certainties, of: what)
        }
    }

    /// ``provenanceAttributes(_:of:certainty:_:)`` into a ``MarkupBuffer``, from the cache when this
    /// provenance was written before.
    private func provenanceAttributes(_ provenance: borrowing Provenance, into buffer: inout MarkupBuffer,
                                      certainties: inout CertaintyCache, of what: () -> String) throws {
        if let markup = certainties.provenanceMarkup.markup(for: provenance) {
            buffer.appendAttributeMarkup(markup)
            return
        }
        let mark = buffer.count
        try checkedAttribute("resp", provenance.annotatorID, into: &buffer) { "the resp of \(what())" }
        if let confidence = provenance.confidence {
            guard let formatted = certainties.spelling(of: confidence) else {
                throw NewsmarkError(.invalidInput, "the cert of \(what()) is \(confidence); a confidence lies between 0 and 1")
            }
            buffer.attribute("cert", formatted)
        }
        certainties.provenanceMarkup.remember(buffer.bytes(since: mark), for: provenance)
    }

    /// Writes `value` (when present) as attribute `name` after checking it against XML 1.0; a value that
    /// fails is reported as ``checked(_:_:)`` reports it.
    @inline(__always)
    private func checkedAttribute(_ name: StaticString, _ value: String?, into buffer: inout MarkupBuffer,
                                  _ what: () -> String) throws {
        guard let value else { return }
        if buffer.checkedAttribute(name, value) { return }
        try XMLCharacterCheck.check(value, what())
        buffer.attribute(name, value)
    }

    private func startInline(_ item: InlineSpanPlan.Item, article: Article, _ writer: LibXML2TextWriter) throws {
        try writer.startElement(item.layer.element.rawValue)
        try inlineAttributes(item, article: article, certainty: writer.certainty) { name, value in
            try writer.attribute(name.description, value)
        }
    }

    /// The attributes of an inline element in canonical order, each value checked before it is passed
    /// to `emit` (a `nil` value is left out by both body writers). The element's description for error
    /// messages is built only when a check fails.
    private func inlineAttributes(_ item: InlineSpanPlan.Item, article: Article,
                                  certainty: (Double) -> String?,
                                  _ emit: (StaticString, String?) throws -> Void) throws {
        switch item.layer {
        case .dateline, .place, .agency:
            break
        case .quote:
            let quote = article.quotes[item.index]
            func what() -> String { "<quote id=\"\(quote.id)\">" }
            try emit("id", checked(quote.id, "the id of \(what())"))
            try emit("kind", quote.kind.rawValue)
            try emit("speaker", checkedIfPresent(quote.speakerID, "the speaker of \(what())"))
            try emit("cue", checkedIfPresent(quote.cue, "the cue of \(what())"))
            try emit("continues", checkedIfPresent(quote.continues, "the continues of \(what())"))
            try provenanceAttributes(quote.provenance, of: what(), certainty: certainty, emit)
        case .mention:
            let mention = article.mentions[item.index]
            func what() -> String { "<mention id=\"\(mention.id)\">" }
            try emit("id", checked(mention.id, "the id of \(what())"))
            try emit("type", checked(mention.type, "the type of \(what())"))
            try emit("entity", checkedIfPresent(mention.entityID, "the entity of \(what())"))
            try provenanceAttributes(mention.provenance, of: what(), certainty: certainty, emit)
        case .timex:
            let timex = article.temporalExpressions[item.index]
            func what() -> String { "<timex id=\"\(timex.id)\">" }
            try emit("id", checked(timex.id, "the id of \(what())"))
            try emit("type", timex.type.rawValue)
            try emit("value", checked(timex.value, "the value of \(what())"))
            try emit("mod", checkedIfPresent(timex.mod, "the mod of \(what())"))
            try emit("anchor", checkedIfPresent(timex.anchorID, "the anchor of \(what())"))
            try emit("quant", checkedIfPresent(timex.quant, "the quant of \(what())"))
            try emit("freq", checkedIfPresent(timex.freq, "the freq of \(what())"))
            try provenanceAttributes(timex.provenance, of: what(), certainty: certainty, emit)
        }
    }

    /// `resp` and, when there is a confidence, `cert` (refused outside 0…1).
    private func provenanceAttributes(_ provenance: Provenance, of what: @autoclosure () -> String,
                                      certainty: (Double) -> String?,
                                      _ emit: (StaticString, String?) throws -> Void) throws {
        try emit("resp", checkedIfPresent(provenance.annotatorID, "the resp of \(what())"))
        if let confidence = provenance.confidence {
            guard let formatted = certainty(confidence) else {
                throw NewsmarkError(.invalidInput, "the cert of \(what()) is \(confidence); a confidence lies between 0 and 1")
            }
            try emit("cert", formatted)
        }
    }

    // MARK: - Checks

    private func checked(_ value: String, _ what: @autoclosure () -> String) throws -> String {
        try XMLCharacterCheck.check(value, what())
        return value
    }

    private func checkedIfPresent(_ value: String?, _ what: @autoclosure () -> String) throws -> String? {
        guard let value else { return nil }
        try XMLCharacterCheck.check(value, what())
        return value
    }

    /// Checks, in one pass over the text, that every character is allowed in XML 1.0, that the
    /// blocks partition the text with `"\n\n"` between them and that no block holds a line break.
    /// Returns the text's length in code points.
    static func checkText(_ utf8: UnsafeBufferPointer<UInt8>, blocks: [Block]) throws -> Int {
        guard !blocks.isEmpty else { throw NewsmarkError(.invalidInput, "the article has no paragraph; Newsmark needs at least one <p>") }
        var expectedStart = 0
        for (index, block) in blocks.enumerated() {
            guard block.span.start == expectedStart else {
                let what = index == 0 ? "the first paragraph \(block.id) starts at \(block.span.start), not 0"
                    : "paragraph \(block.id) starts at \(block.span.start), but blocks are separated by exactly one blank line, so it should start at \(expectedStart)"
                throw NewsmarkError(.invalidInput, "the blocks do not partition the text: \(what)")
            }
            guard !block.span.isEmpty else { throw NewsmarkError(.invalidInput, "paragraph \(block.id) is empty") }
            expectedStart = block.span.end + 2
        }
        var offset = 0
        var blockIndex = 0
        var index = 0
        while index < utf8.count {
            // Fast path: inside the current block, a run of printable ASCII or tabs needs no other check.
            if blockIndex < blocks.count, offset >= blocks[blockIndex].span.start {
                let blockEnd = blocks[blockIndex].span.end
                let runStart = index
                // Eight bytes at a time while they are printable ASCII (no high bit, none below a space).
                if let base = utf8.baseAddress {
                    while offset + 8 <= blockEnd, index + 8 <= utf8.count {
                        let word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
                        let belowSpace = (word &- 0x2020_2020_2020_2020) & ~word & 0x8080_8080_8080_8080
                        guard word & 0x8080_8080_8080_8080 == 0, belowSpace == 0 else { break }
                        offset += 8
                        index += 8
                    }
                }
                while offset < blockEnd, index < utf8.count {
                    let byte = utf8[index]
                    guard (byte >= 0x20 && byte < 0x80) || byte == 0x09 else { break }
                    offset += 1
                    index += 1
                }
                if index > runStart { continue }
            }
            let lead = utf8[index]
            let scalar: UInt32
            let width: Int
            switch lead {
            case 0..<0x80: scalar = UInt32(lead); width = 1
            case 0xC0..<0xE0: scalar = (UInt32(lead & 0x1F) << 6) | UInt32(utf8[index + 1] & 0x3F); width = 2
            case 0xE0..<0xF0:
                scalar = (UInt32(lead & 0x0F) << 12) | (UInt32(utf8[index + 1] & 0x3F) << 6) | UInt32(utf8[index + 2] & 0x3F)
                width = 3
            default:
                scalar = (UInt32(lead & 0x07) << 18) | (UInt32(utf8[index + 1] & 0x3F) << 12)
                    | (UInt32(utf8[index + 2] & 0x3F) << 6) | UInt32(utf8[index + 3] & 0x3F)
                width = 4
            }
            while blockIndex < blocks.count, offset >= blocks[blockIndex].span.end { blockIndex += 1 }
            let inBlock = blockIndex < blocks.count && offset >= blocks[blockIndex].span.start
            if inBlock {
                if scalar == 0x0A || scalar == 0x0D {
                    throw NewsmarkError(.invalidInput, "paragraph \(blocks[blockIndex].id) contains a line break at offset \(offset); a block is one line of text")
                }
                if let valid = Unicode.Scalar(scalar), !valid.isXMLCharacter {
                    throw NewsmarkError(.invalidInput, "paragraph \(blocks[blockIndex].id) contains \(XMLCharacterCheck.name(valid)) at offset \(offset), a character XML 1.0 does not allow")
                }
            } else if scalar != 0x0A {
                throw NewsmarkError(.invalidInput, "the text at offset \(offset) lies between blocks but is not the blank line (\"\\n\\n\") that separates them")
            }
            offset += 1
            index += width
        }
        guard let last = blocks.last, last.span.end == offset else {
            throw NewsmarkError(.invalidInput, "the blocks do not partition the text: the last block ends at \(blocks.last?.span.end ?? 0) but the text has \(offset) code points")
        }
        return offset
    }
}

/// Walks the article's UTF-8 forward by code-point offsets, handing out the bytes in between.
private struct TextCursor {
    let utf8: UnsafeBufferPointer<UInt8>
    private(set) var offset = 0
    private var byteIndex = 0

    init(utf8: UnsafeBufferPointer<UInt8>) { self.utf8 = utf8 }

    /// Moves to code point `target` (never backwards) and returns the bytes passed over. Code points are
    /// counted eight bytes at a time: the bytes that start one are those that are not continuation bytes.
    mutating func advance(to target: Int) -> UnsafeBufferPointer<UInt8> {
        let startByte = byteIndex
        guard offset < target, byteIndex < utf8.count, let base = utf8.baseAddress else {
            return UnsafeBufferPointer(rebasing: utf8[startByte..<byteIndex])
        }
        var need = target - offset
        while need > 0, byteIndex < utf8.count {
            let take = min(need, utf8.count - byteIndex)
            var starts = take
            var index = byteIndex
            let end = byteIndex + take
            while index + 8 <= end {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                starts -= (word & ~(word << 1) & 0x8080_8080_8080_8080).nonzeroBitCount
                index += 8
            }
            while index < end {
                if base[index] & 0xC0 == 0x80 { starts -= 1 }
                index += 1
            }
            byteIndex = end
            need -= starts
        }
        // The last code point's continuation bytes.
        while byteIndex < utf8.count, base[byteIndex] & 0xC0 == 0x80 { byteIndex += 1 }
        offset = target - need
        return UnsafeBufferPointer(rebasing: utf8[startByte..<byteIndex])
    }

    /// Moves to code point `target` without handing out the bytes (the separators between blocks).
    mutating func skip(to target: Int) { _ = advance(to: target) }
}
