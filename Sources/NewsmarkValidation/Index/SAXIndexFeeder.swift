import NewsmarkXML

/// Fills an ``XMLStreamIndexer`` from ``NewsmarkSAXParser``'s events, handing it exactly the text the
/// event-stream path does: every piece inside a paragraph, and elsewhere a run of character data
/// unless it is only white space (indentation), which reaches the indexer only inside `published`.
/// Text the indexer would ignore (outside paragraphs and `published`) is not looked at.
///
/// Its state lives behind a pointer: a class's stored properties would cost a dynamic exclusivity check
/// on every event, and there are millions.
final class SAXIndexFeeder: NewsmarkSAXHandler {
    fileprivate struct State {
        var indexer: XMLStreamIndexer
        /// Whether the last event was the start of a `published` element (white space there is its value).
        var inPublished = false
        /// White-space-only pieces of the current run, held until the run shows other text (then the run
        /// counts whole) or ends (then they are dropped).
        var held: [UInt8] = []
        /// Whether the current run is known to reach the indexer whole.
        var runPasses = false
    }

    private let state: UnsafeMutablePointer<State>
    /// Repeated attribute values (types, kinds, annotators), apart from `state`: the indexer reads them
    /// while it is being changed.
    private let memo: UnsafeMutablePointer<AttributeValueMemo>

    init(indexer: XMLStreamIndexer) {
        state = .allocate(capacity: 1)
        state.initialize(to: State(indexer: indexer))
        memo = .allocate(capacity: 1)
        memo.initialize(to: AttributeValueMemo())
    }

    deinit {
        state.deinitialize(count: 1)
        state.deallocate()
        memo.deinitialize(count: 1)
        memo.deallocate()
    }

    /// The indexer, with everything handed over so far.
    var indexer: XMLStreamIndexer { state.pointee.indexer }

    /// Ends the document and returns the rules' findings (in place: a copy of the indexer would share,
    /// and then copy, the storage its checker hands on to the next document).
    func finish() -> [Diagnostic] { state.pointee.indexer.finish() }

    func startElement(_ element: SAXStartElement) {
        state.pointee.inPublished = element.element == .published
        state.pointee.indexer.startElement(localName: element.localName, element: element.element, namespaceURI: element.namespaceURI,
                                           line: element.line, column: element.column,
                                           attributes: SAXAttributes(element: element, memo: memo))
    }

    func characters(_ utf8: UnsafeBufferPointer<UInt8>, context: SAXTextContext) {
        state.pointee.characters(utf8, context: context)
    }

    func endOfTextRun() {
        state.pointee.runPasses = false
        if !state.pointee.held.isEmpty { state.pointee.held.removeAll(keepingCapacity: true) }
    }

    func endElement() {
        state.pointee.inPublished = false
        state.pointee.indexer.endElement()
    }

    func endOfChunk() {
        state.pointee.indexer.runPendingRules()
    }
}

/// A start tag's attributes for the indexer: repeated values through the memo, ids and references as
/// bytes in place.
private struct SAXAttributes: StartTagAttributes {
    let element: SAXStartElement
    let memo: UnsafeMutablePointer<AttributeValueMemo>

    @inline(__always)
    func string(_ name: NewsmarkAttributeName) -> String? { element.attribute(name, memo: &memo.pointee) }

    @inline(__always)
    func withUTF8<Result>(_ name: NewsmarkAttributeName, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result? {
        element.withAttributeUTF8(name, body)
    }
}

extension SAXIndexFeeder.State {
    mutating func characters(_ utf8: UnsafeBufferPointer<UInt8>, context: SAXTextContext) {
        guard indexer.acceptsText else { return }
        // A white-space-only run passes inside a paragraph; in `published`, as a CDATA section or as text
        // directly in the field (the event stream's rules for white-space nodes).
        if runPasses || context.inParagraph || (inPublished && (context.isCDATA || context.inTextField)) {
            indexer.text(utf8: utf8)
            return
        }
        guard !SAXIndexFeeder.isWhitespace(utf8) else {
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

}

extension SAXIndexFeeder {
    /// Whether `utf8` holds only XML white space (space, tab, line feed, carriage return).
    fileprivate static func isWhitespace(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        for b in utf8 where b != 0x20 && b != 0x09 && b != 0x0A && b != 0x0D { return false }
        return true
    }
}
