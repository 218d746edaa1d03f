import NewsmarkXML

/// Fills an ``XMLStreamIndexer`` from ``NewsmarkSAXParser``'s events, handing it exactly the text the
/// event-stream path does: every piece inside a paragraph, and elsewhere a run of character data
/// unless it is only white space (indentation), which reaches the indexer only inside `published`.
/// Text the indexer would ignore (outside paragraphs and `published`) is not looked at.
final class SAXIndexFeeder: NewsmarkSAXHandler {
    private(set) var indexer: XMLStreamIndexer
    /// Whether the last event was the start of a `published` element (white space there is its value).
    private var inPublished = false
    /// White-space-only pieces of the current run, held until the run shows other text (then the run
    /// counts whole) or ends (then they are dropped).
    private var held: [UInt8] = []
    /// Whether the current run is known to reach the indexer whole.
    private var runPasses = false

    init(indexer: XMLStreamIndexer) { self.indexer = indexer }

    func startElement(_ element: SAXStartElement) {
        inPublished = element.localName == "published"
        indexer.startElement(localName: element.localName, namespaceURI: element.namespaceURI,
                             line: element.line, column: element.column) { name in
            if name == "xml:lang" { return element.attribute("lang", namespaceURI: NewsmarkVocabulary.xmlNamespace) }
            return element.attribute(name)
        }
    }

    func characters(_ utf8: UnsafeBufferPointer<UInt8>, context: SAXTextContext) {
        guard indexer.acceptsText else { return }
        // A white-space-only run passes inside a paragraph; in `published`, as a CDATA section or as text
        // directly in the field (the event stream's rules for white-space nodes).
        if runPasses || context.inParagraph || (inPublished && (context.isCDATA || context.inTextField)) {
            indexer.text(utf8: utf8)
            return
        }
        guard !Self.isWhitespace(utf8) else {
            held.append(contentsOf: utf8)
            return
        }
        runPasses = true
        if !held.isEmpty {
            held.withUnsafeBufferPointer { indexer.text(utf8: $0) }
            held.removeAll(keepingCapacity: true)
        }
        indexer.text(utf8: utf8)
    }

    func endOfTextRun() {
        runPasses = false
        held.removeAll(keepingCapacity: true)
    }

    func endElement() {
        inPublished = false
        indexer.endElement()
    }

    /// Whether `utf8` holds only XML white space (space, tab, line feed, carriage return).
    private static func isWhitespace(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        for b in utf8 where b != 0x20 && b != 0x09 && b != 0x0A && b != 0x0D { return false }
        return true
    }
}
