import NewsmarkModel
import NewsmarkXML

/// Fills a ``DocumentChecker`` from a stream of XML events (start and end of elements with their
/// attributes and position, character data), so that the semantic rules run in the same pass as the
/// parser and the schema, keeping only ids, types and small per-annotation summaries.
///
/// Offsets are counted here, in code points of the article text (paragraph texts joined by `"\n\n"`).
public struct XMLStreamIndexer {
    private enum Element {
        case article, header, meta, published, tagset, body, paragraph, annotation, other
    }

    /// An annotation whose end has not been read (its record waits in the checker's queue).
    private struct OpenAnnotation {
        var start: Int
        var facts = TextFacts()
        /// The first code points of the covered text (UTF-8), and how many there are.
        var prefix: [UInt8] = []
        var prefixCodePoints = 0
        var capturesPrefix: Bool
    }

    private struct OpenParagraph {
        var id: IDSymbol?
        var role: String?
        var position: TextPosition
        var start: Int
        var facts = TextFacts()
    }

    public private(set) var checker: DocumentChecker
    private var stack: [Element] = []
    private var open: [OpenAnnotation] = []
    private var paragraph: OpenParagraph?
    /// Whether `paragraph` is set: tested on every piece of text, where testing the optional copies it.
    private var inParagraph = false
    private var offset = 0
    private var paragraphCount = 0
    private var published: [UInt8]?
    private var tagsetSeen = false

    /// An indexer for one XML document running `rules`.
    /// An indexer for one XML document running `rules`; `byteCount` (the document's size, if known)
    /// sizes the id table.
    /// `ruleBatchLimit` is how many records wait at most before the rules run (see ``DocumentChecker``).
    public init(file: String?, rules: [any ValidationRule.Type] = RuleRegistry.rules, byteCount: Int = 0,
                ruleBatchLimit: Int = DocumentChecker.defaultBatchLimit) {
        // Newsmark XML spends at least ~40 bytes of markup per id; reserving for that many costs only
        // address space for sparser documents.
        checker = DocumentChecker(form: .xml, file: file, rules: rules, expectedIDs: byteCount / 40, batchLimit: ruleBatchLimit)
    }

    /// The start of an element: its local name, namespace, a lookup for its attributes (by qualified
    /// name, `xml:lang` included) and its 1-based position.
    public mutating func startElement(localName: String, namespaceURI: String?, line: Int, column: Int,
                                      attribute: (String) -> String?) {
        startElement(localName: localName, element: NewsmarkElement(rawValue: localName), namespaceURI: namespaceURI,
                     line: line, column: column) { attribute($0.qualifiedName) }
    }

    /// The start of an element whose name is known to be `element` (`nil` for a name outside the
    /// vocabulary), with a look-up of its attributes as strings.
    public mutating func startElement(localName: String, element name: NewsmarkElement?, namespaceURI: @autoclosure () -> String?,
                                      line: Int, column: Int, attribute: (NewsmarkAttributeName) -> String?) {
        withoutActuallyEscaping(attribute) { lookup in
            startElement(localName: localName, element: name, namespaceURI: namespaceURI(), line: line, column: column,
                         attributes: StringStartTagAttributes(lookup: lookup))
        }
    }

    /// The start of an element whose name is known to be `element` (`nil` for a name outside the
    /// vocabulary): the reader's fast entry. The namespace is read only for the root element. Ids and
    /// references become symbols straight from the attributes' bytes.
    public mutating func startElement<Attributes: StartTagAttributes>(
        localName: String, element name: NewsmarkElement?, namespaceURI: @autoclosure () -> String?,
        line: Int, column: Int, attributes: Attributes
    ) {
        let position = TextPosition(line: line, column: column)
        func attribute(_ name: NewsmarkAttributeName) -> String? { attributes.string(name) }
        /// Defines the element's id, if it has one, and returns its symbol.
        func define(_ kind: IDKind) -> IDSymbol? {
            attributes.withUTF8(.id) { checker.define($0, kind: kind, at: position) }
        }
        func reference(_ name: NewsmarkAttributeName) -> IDSymbol? {
            attributes.withUTF8(name) { checker.symbol(for: $0) }
        }
        let element: Element
        switch name {
        case .article? where stack.isEmpty:
            element = .article
            let namespace = namespaceURI()
            checker.updateIndex {
                $0.rootName = localName
                $0.namespace = namespace
                $0.version = attribute(.version)
                $0.language = attribute(.xmlLang)
                $0.rootPosition = position
            }
        case .header?: element = .header; checker.updateIndex { $0.headerPosition = position }
        case .meta?: element = .meta; checker.updateIndex { $0.metaPosition = position }
        case .published? where stack.last == .meta:
            element = .published
            published = []
            checker.updateIndex { $0.publishedPosition = position }
        case .tagset?: element = .tagset; tagsetSeen = true
        case .entityType?:
            element = .other
            declareType(.entity, at: position, attribute: attribute)
        case nil where localName == "quoteKind":
            element = .other
            declareType(.quote, at: position, attribute: attribute)
        case nil where localName == "timexType":
            element = .other
            declareType(.timex, at: position, attribute: attribute)
        case .dateline?:
            element = .other
            checker.updateIndex { $0.datelinePositions.append(position) }
        case .body?:
            element = .body
            checker.headerComplete()
        case .p? where stack.last == .body:
            element = .paragraph
            if paragraphCount > 0 { offset += 2 }
            paragraphCount += 1
            let id = define(.paragraph)
            paragraph = OpenParagraph(id: id, role: attribute(.role), position: position, start: offset)
            inParagraph = true
        case .entity?:
            element = .other
            let type = attribute(.type)
            let resp = reference(.resp)
            let id = define(.entity)
            checker.annotation(AnnotationRecord(kind: .entity, id: id, type: type, position: position, resp: resp))
        case .mention?, .quote?, .timex?:
            guard inParagraph else {
                element = .other  // outside a paragraph: the schema reports it
                break
            }
            element = .annotation
            let kind: AnnotationRecord.Kind = name == .mention ? .mention : name == .quote ? .quote : .timex
            // Read in the order the ids were always looked up (type, resp, references, then the id).
            let type = attribute(kind == .quote ? .kind : .type)
            let resp = reference(.resp)
            var entity: IDSymbol?, speaker: IDSymbol?, continues: IDSymbol?, anchor: IDSymbol?
            var value: String?, mod: String?
            switch kind {
            case .mention: entity = reference(.entity)
            case .quote:
                speaker = reference(.speaker)
                continues = reference(.continues)
            case .timex:
                value = attribute(.value)
                mod = attribute(.mod)
                anchor = reference(.anchor)
            case .entity: break
            }
            let id = define(kind.idKind)
            // Made where it is passed: a record kept in a variable first would be copied into the queue.
            checker.openAnnotation(AnnotationRecord(kind: kind, id: id, type: type, position: position, entity: entity, speaker: speaker,
                                                    continues: continues, anchor: anchor, resp: resp, value: value, mod: mod))
            open.append(OpenAnnotation(start: offset, capturesPrefix: kind == .timex))
        default:
            element = .other
        }
        // Paragraphs and annotations defined their ids above.
        if element != .annotation, element != .paragraph, name != .entity {
            _ = define(element == .article ? .article : name == .annotator ? .annotator : .other)
        }
        stack.append(element)
    }

    private enum DeclaredKind { case entity, quote, timex }

    /// A tag set declaration (`entityType`, `quoteKind`, `timexType`) inside `tagset`.
    private mutating func declareType(_ kind: DeclaredKind, at position: TextPosition, attribute: (NewsmarkAttributeName) -> String?) {
        guard stack.last == .tagset, let name = attribute(.name) else { return }
        checker.updateIndex {
            switch kind {
            case .entity:
                if $0.declaredEntityTypes?.contains(name) == true { $0.repeatedEntityTypes.append((name, position)) }
                $0.declaredEntityTypes = ($0.declaredEntityTypes ?? []) + [name]
            case .quote: $0.declaredQuoteKinds = ($0.declaredQuoteKinds ?? []) + [name]
            case .timex: $0.declaredTimexTypes = ($0.declaredTimexTypes ?? []) + [name]
            }
        }
    }

    /// Whether ``text(utf8:)`` would use text now (inside a paragraph or `published`); text is ignored elsewhere.
    public var acceptsText: Bool { inParagraph || stack.last == .published }

    /// Character data, as UTF-8. Text outside paragraphs is ignored (the schema allows only white space there).
    public mutating func text(utf8: UnsafeBufferPointer<UInt8>) {
        if published != nil, stack.last == .published { published?.append(contentsOf: utf8) }
        guard inParagraph else { return }
        var facts = TextFacts()
        facts.add(utf8: utf8)
        offset += facts.codePoints
        paragraph?.facts.append(facts)
        for i in open.indices {
            open[i].facts.append(facts)
            if open[i].capturesPrefix, open[i].prefixCodePoints < TextFacts.surfacePrefixLimit {
                // Whole code points up to the limit: count the bytes that start one.
                var end = 0
                var taken = open[i].prefixCodePoints
                while end < utf8.count {
                    if utf8[end] & 0xC0 != 0x80 {
                        if taken == TextFacts.surfacePrefixLimit { break }
                        taken += 1
                    }
                    end += 1
                }
                open[i].prefix.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[..<end]))
                open[i].prefixCodePoints = taken
            }
        }
    }

    /// Character data as a string.
    public mutating func text(_ string: String) {
        var string = string
        string.withUTF8 { text(utf8: $0) }
    }

    /// The end of the innermost open element.
    public mutating func endElement() {
        guard let element = stack.popLast() else { return }
        switch element {
        case .published:
            if let bytes = published {
                // A value that starts and ends with a printable ASCII character has nothing to trim.
                let bare = bytes.first.map { $0 > 0x20 && $0 < 0x7F } == true && bytes.last.map { $0 > 0x20 && $0 < 0x7F } == true
                let text = String(decoding: bytes, as: UTF8.self)
                let value = bare ? text : text.trimmingNewsmarkWhitespace()
                checker.updateIndex { $0.published = value }
            }
            published = nil
        case .tagset:
            checker.updateIndex { if $0.declaredEntityTypes == nil { $0.declaredEntityTypes = [] } }
        case .header:
            checker.headerComplete()
        case .paragraph:
            if let p = paragraph {
                checker.paragraph(ParagraphRecord(id: p.id, role: p.role, position: p.position,
                                                  span: TextSpan(start: p.start, end: offset), text: p.facts))
            }
            paragraph = nil
            inParagraph = false
        case .annotation:
            // The record waits in the checker's queue: it is completed there.
            let last = open.count - 1
            guard last >= 0 else { break }
            checker.closeAnnotation(span: TextSpan(start: open[last].start, end: offset), text: open[last].facts,
                                    surfacePrefix: open[last].prefix.isEmpty ? nil : String(decoding: open[last].prefix, as: UTF8.self))
            open.removeLast(1)
        default:
            break
        }
    }

    /// Runs the rules over the annotations and paragraphs read so far (see ``DocumentChecker``): a
    /// reader calls it after each piece of input it parses.
    public mutating func runPendingRules() { checker.runPendingRules() }

    /// Ends the document and returns the rules' findings.
    public mutating func finish() -> [Diagnostic] {
        checker.setTextLength(offset)
        return checker.finish()
    }
}
