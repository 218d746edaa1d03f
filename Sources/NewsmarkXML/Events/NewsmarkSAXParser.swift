internal import CNewsmarkLibXML2
import Foundation
import NewsmarkModel

/// Reads a Newsmark XML document with libxml2's SAX2 push parser and, in the same pass, validates it
/// against a compiled XSD plugged into the parse (`xmlSchemaSAXPlug`): no tree, no reader nodes, no
/// Swift string for text. The validator's fast path; ``NewsmarkXMLEventStream`` stays the general reader.
///
/// It takes only what it can report exactly like the event stream: UTF-8 input that is well-formed
/// and has no DOCTYPE. For anything else ``parse(_:fileName:handler:progress:)`` returns `nil` and the
/// caller reads the document with ``NewsmarkXMLEventStream`` instead (which reports the problem).
///
/// The same guarantees as the event stream: no network (`XML_PARSE_NONET`), no entity substitution, no
/// DTD loading, libxml2's default size limits, nothing printed. Start tags carry the exact line and
/// column of their `<` (found from libxml2's byte position, counted in one forward pass); schema
/// errors get the positions the event stream gives them.
public struct NewsmarkSAXParser {
    /// What a completed parse found besides the handler's events.
    public struct Result {
        /// Schema errors in document order (at most ``NewsmarkSAXParser/maximumSchemaErrors``), with
        /// file, line and column.
        public var schemaErrors: [NewsmarkError]
        /// How many schema errors there were in all.
        public var schemaErrorCount: Int
    }

    /// The compiled XSD to validate against, or `nil` for none.
    public let schema: CompiledSchema?
    /// How many schema errors to keep; later ones are only counted.
    public let maximumSchemaErrors: Int

    /// How much input libxml2 gets per call.
    static let chunkSize = 64 * 1024

    public init(schema: CompiledSchema?, maximumSchemaErrors: Int = 1000) {
        self.schema = schema
        self.maximumSchemaErrors = maximumSchemaErrors
    }

    /// Whether `data` is a document this parser takes (UTF-8, no DOCTYPE before the root).
    public static func accepts(_ data: Data) -> Bool {
        guard !data.isEmpty, SourcePositionTracker.isUTF8(data) else { return false }
        return SourcePositionTracker(data: data).doctypeInProlog() == nil
    }

    /// Parses `data`, calling `handler` for every event, and returns the schema errors; `nil` when the
    /// document is not one this parser reports exactly (see the type's description): the handler may
    /// then have received part of the document, and the caller starts again with the event stream.
    ///
    /// - Parameter progress: told the byte offset parsed so far, after each chunk.
    public func parse(_ data: Data, fileName: String?, handler: any NewsmarkSAXHandler,
                      progress: ((Int) -> Void)? = nil) -> Result? {
        guard Self.accepts(data) else { return nil }
        var compiled: xmlSchemaPtr?
        if let schema {
            guard case .xsd(let xsd) = schema.storage else { return nil }
            compiled = xsd
        }
        LibXML2.prepareThread()
        return data.withUnsafeBytes { raw -> Result? in
            guard let base = raw.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return nil }
            let state = SAXParseState(bytes: base, count: raw.count, handler: handler)
            return run(state, schema: compiled, fileName: fileName, progress: progress)
        }
    }

    private func run(_ state: SAXParseState, schema: xmlSchemaPtr?, fileName: String?, progress: ((Int) -> Void)?) -> Result? {
        let saxStorage = UnsafeMutablePointer<xmlSAXHandler>.allocate(capacity: 1)
        saxStorage.initialize(to: SAXParseState.handlerTable())
        defer { saxStorage.deinitialize(count: 1); saxStorage.deallocate() }
        let statePointer = Unmanaged.passUnretained(state).toOpaque()
        let collectorPointer = Unmanaged.passUnretained(state.errors).toOpaque()
        var sax: xmlSAXHandlerPtr? = saxStorage
        var userData: UnsafeMutableRawPointer? = statePointer

        var validation: xmlSchemaValidCtxtPtr?
        var plug: xmlSchemaSAXPlugPtr?
        if let schema {
            guard let context = xmlSchemaNewValidCtxt(schema) else { return nil }
            validation = context
            xmlSchemaSetValidStructuredErrors(context, LibXML2ErrorCollector.callback, collectorPointer)
            guard let plugged = xmlSchemaSAXPlug(context, &sax, &userData) else {
                xmlSchemaFreeValidCtxt(context)
                return nil
            }
            plug = plugged
            xmlSchemaValidateSetLocator(context, SAXParseState.locator, statePointer)
        }
        defer {
            if let plug { xmlSchemaSAXUnplug(plug) }
            if let validation { xmlSchemaFreeValidCtxt(validation) }
        }

        // Like the reader: the first four bytes create the parser (encoding detection), the rest follows.
        let count = state.count
        let head = min(4, count)
        let created: xmlParserCtxtPtr? = state.bytes.withMemoryRebound(to: CChar.self, capacity: count) { chars in
            xmlCreatePushParserCtxt(sax, userData, chars, Int32(head), nil)
        }
        guard let parser = created else { return nil }
        defer {
            if let document = parser.pointee.myDoc { xmlFreeDoc(document) }
            xmlFreeParserCtxt(parser)
        }
        xmlCtxtUseOptions(parser, NewsmarkXMLEventStream.parserOptions)
        state.attach(parser)
        state.errors.parser = parser
        state.errors.anchor = { [unowned state] in state.anchor }

        // Parse errors reach libxml2's per-thread structured handler once a schema is plugged in (the
        // plug's handler table has none of its own): route it to this parse's collector meanwhile.
        xmlSetStructuredErrorFunc(UnsafeMutableRawPointer(collectorPointer), LibXML2ErrorCollector.callback)
        defer { xmlSetStructuredErrorFunc(nil, nil) }
        var offset = head
        var status: Int32 = 0
        var placer = ValidityErrorPlacer(
            data: Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: state.bytes), count: count, deallocator: .none),
            fileName: fileName, maximum: maximumSchemaErrors)
        while status == 0, !state.mustStop {
            let length = min(Self.chunkSize, count - offset)
            let terminate: Int32 = offset + length >= count ? 1 : 0
            status = state.bytes.advanced(by: offset).withMemoryRebound(to: CChar.self, capacity: max(length, 1)) { chars in
                xmlParseChunk(parser, chars, Int32(length), terminate)
            }
            offset += length
            if !state.mustStop { state.handler.endOfChunk() }
            // Place the schema errors found so far while the pages they point into are at hand.
            if !state.errors.pendingValidity.isEmpty {
                placer.place(state.errors.pendingValidity)
                state.errors.pendingValidity.removeAll(keepingCapacity: true)
            }
            progress?(offset)
            if terminate == 1 { break }
        }
        guard status == 0, !state.mustStop, state.errors.fatal == nil, parser.pointee.wellFormed != 0 else { return nil }
        placer.place(state.errors.pendingValidity)
        return Result(schemaErrors: placer.kept, schemaErrorCount: placer.placedCount)
    }
}

/// The state of one SAX parse, reached from libxml2's callbacks through their context pointer. What
/// changes during the parse lives behind a pointer: a class's stored properties would cost a dynamic
/// exclusivity check on every event.
private final class SAXParseState {
    let bytes: UnsafePointer<UInt8>
    let count: Int
    let handler: any NewsmarkSAXHandler
    let errors = LibXML2ErrorCollector()
    /// Dictionary pointers of ``NewsmarkAttributeName``'s local names, in case order.
    private let attributeNames: UnsafeMutablePointer<UnsafePointer<xmlChar>?>
    private let fields: UnsafeMutablePointer<Fields>

    private enum Run { case none, text, cdata }

    private struct Fields {
        var parser: xmlParserCtxtPtr?
        var cursor: LineColumnCursor
        /// Set when the parse must end and the document go to the event stream (a DOCTYPE, an entity
        /// reference, positions out of step).
        var mustStop = false
        var names: [UnsafePointer<xmlChar>] = []
        var nameStrings: [String] = []
        var nameElements: [NewsmarkElement?] = []
        var paragraphName: UnsafePointer<xmlChar>?
        var newsmarkNamespace: UnsafePointer<xmlChar>?
        var paragraphDepth = 0
        var inTextField = false
        var run = Run.none
        var sawStartTag = false
    }

    /// Element names outside ``NewsmarkElement`` that the format uses.
    private static let otherNames = ["quoteKind", "timexType"]

    init(bytes: UnsafePointer<UInt8>, count: Int, handler: any NewsmarkSAXHandler) {
        self.bytes = bytes
        self.count = count
        self.handler = handler
        let hasByteOrderMark = count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
        fields = .allocate(capacity: 1)
        fields.initialize(to: Fields(cursor: LineColumnCursor(offset: hasByteOrderMark ? 3 : 0)))
        attributeNames = .allocate(capacity: NewsmarkAttributeName.allCases.count)
        attributeNames.initialize(repeating: nil, count: NewsmarkAttributeName.allCases.count)
    }

    deinit {
        fields.deinitialize(count: 1)
        fields.deallocate()
        attributeNames.deinitialize(count: NewsmarkAttributeName.allCases.count)
        attributeNames.deallocate()
    }

    var mustStop: Bool { fields.pointee.mustStop }

    /// The start of the last start tag read (nil before the first).
    var anchor: LibXML2ErrorCollector.MarkupAnchor? {
        let cursor = fields.pointee.cursor
        guard fields.pointee.sawStartTag else { return nil }
        return LibXML2ErrorCollector.MarkupAnchor(offset: cursor.offset, line: cursor.line, column: cursor.column)
    }

    /// Learns the parser and the dictionary pointers of the vocabulary's names (libxml2 hands names
    /// out of that dictionary, so a known name is recognised by its pointer).
    func attach(_ parser: xmlParserCtxtPtr) {
        fields.pointee.parser = parser
        guard let dictionary = parser.pointee.dict else { return }
        // Most frequent first: the table is searched linearly.
        let order: [NewsmarkElement] = [.mention, .p, .timex, .quote, .entity, .place, .agency, .dateline]
        for element in order + NewsmarkElement.allCases.filter({ !order.contains($0) }) {
            intern(element.rawValue, element: element, in: dictionary)
        }
        for name in Self.otherNames { intern(name, element: nil, in: dictionary) }
        fields.pointee.paragraphName = xmlDictLookup(dictionary, NewsmarkElement.p.rawValue, -1)
        for name in NewsmarkAttributeName.allCases {
            attributeNames[name.rawValue] = xmlDictLookup(dictionary, name.localName, -1)
        }
    }

    private func intern(_ name: String, element: NewsmarkElement?, in dictionary: xmlDictPtr) {
        guard let pointer = xmlDictLookup(dictionary, name, -1) else { return }
        fields.pointee.names.append(pointer)
        fields.pointee.nameStrings.append(name)
        fields.pointee.nameElements.append(element)
    }

    private func stop() {
        fields.pointee.mustStop = true
        if let parser = fields.pointee.parser { xmlStopParser(parser) }
    }

    private func isNewsmark(_ uri: UnsafePointer<xmlChar>?) -> Bool {
        guard let uri else { return false }
        if uri == fields.pointee.newsmarkNamespace { return true }
        guard strcmp(UnsafeRawPointer(uri).assumingMemoryBound(to: CChar.self), NewsmarkVocabulary.namespace) == 0 else { return false }
        fields.pointee.newsmarkNamespace = uri
        return true
    }

    private func endRun() {
        guard fields.pointee.run != .none else { return }
        fields.pointee.run = .none
        handler.endOfTextRun()
    }

    // MARK: - Events

    func startElement(_ localName: UnsafePointer<xmlChar>?, _ uri: UnsafePointer<xmlChar>?, _ attributeCount: Int32,
                      _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) {
        guard !fields.pointee.mustStop, let parser = fields.pointee.parser, let input = parser.pointee.input, let localName else {
            return stop()
        }
        endRun()
        // libxml2 calls back with its position on the tag's closing '>' (or "/>"); the last '<' before
        // it starts the tag, since '<' cannot occur in attribute values.
        let here = Int(input.pointee.consumed) + Int(bitPattern: input.pointee.cur) - Int(bitPattern: input.pointee.base)
        let floor = fields.pointee.cursor.offset
        guard here > 0, here < count, bytes[here] == 0x3E || bytes[here] == 0x2F else { return stop() }
        guard let start = Self.lastLessThanSign(in: bytes, from: floor, to: here) else { return stop() }
        fields.pointee.cursor.advance(to: start, in: bytes)
        fields.pointee.sawStartTag = true

        var name: String?
        var element: NewsmarkElement?
        // Read in place: a copy of the array would cost a retain and a release per start tag.
        let found = fields.pointee.names.withUnsafeBufferPointer { names -> Int? in
            for i in names.indices where names[i] == localName { return i }
            return nil
        }
        if let found {
            name = fields.pointee.nameStrings[found]
            element = fields.pointee.nameElements[found]
        }
        let localNameString = name ?? String(cString: localName)
        if name == nil { element = NewsmarkElement(rawValue: localNameString) }
        let inNewsmark = isNewsmark(uri)
        let isEmpty = bytes[here] == 0x2F
        if inNewsmark, localName == fields.pointee.paragraphName { fields.pointee.paragraphDepth += 1 }
        fields.pointee.inTextField = !isEmpty && inNewsmark && element?.holdsText == true
        handler.startElement(SAXStartElement(
            localName: localNameString, element: element, isNewsmarkNamespace: inNewsmark, line: fields.pointee.cursor.line,
            column: fields.pointee.cursor.column, isEmptyElementTag: isEmpty, namespacePointer: uri, attributes: attributes,
            attributeCount: Int(attributeCount), internedAttributeNames: attributeNames))
    }

    /// The offset of the last `<` in `bytes[floor..<end]`, looking eight bytes at a time.
    private static func lastLessThanSign(in bytes: UnsafePointer<UInt8>, from floor: Int, to end: Int) -> Int? {
        var i = end
        let raw = UnsafeRawPointer(bytes)
        while i - floor >= 8 {
            let word = raw.loadUnaligned(fromByteOffset: i - 8, as: UInt64.self) ^ 0x3C3C_3C3C_3C3C_3C3C
            // A zero byte in `word` is a '<' in the input.
            if (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080 != 0 { break }
            i -= 8
        }
        while i > floor {
            i -= 1
            if bytes[i] == 0x3C { return i }
        }
        return nil
    }

    func endElement(_ localName: UnsafePointer<xmlChar>?, _ uri: UnsafePointer<xmlChar>?) {
        guard !fields.pointee.mustStop else { return }
        endRun()
        fields.pointee.inTextField = false
        if localName == fields.pointee.paragraphName, fields.pointee.paragraphDepth > 0, isNewsmark(uri) {
            fields.pointee.paragraphDepth -= 1
        }
        handler.endElement()
    }

    func characters(_ text: UnsafePointer<xmlChar>?, _ length: Int32, isCDATA: Bool) {
        guard !fields.pointee.mustStop, let text, length > 0 else { return }
        let kind: Run = isCDATA ? .cdata : .text
        if fields.pointee.run != kind {
            endRun()
            fields.pointee.run = kind
        }
        handler.characters(UnsafeBufferPointer(start: text, count: Int(length)),
                           context: SAXTextContext(inParagraph: fields.pointee.paragraphDepth > 0,
                                                   inTextField: fields.pointee.inTextField, isCDATA: isCDATA))
    }

    func markup() {
        guard !fields.pointee.mustStop else { return }
        endRun()
    }

    /// A DOCTYPE or a reference to an entity other than the predefined ones: the event stream reports them.
    func refused() { stop() }

    var line: Int { fields.pointee.parser.flatMap { $0.pointee.input.map { Int($0.pointee.line) } } ?? 0 }

    // MARK: - libxml2 callbacks

    /// Runs `body` on the state behind `context` without retaining it: the parse holds it for the
    /// whole of every callback, and a retain and release per event would be millions of atomic operations.
    @inline(__always)
    private static func with(_ context: UnsafeMutableRawPointer?, _ body: (SAXParseState) -> Void) {
        guard let context else { return }
        Unmanaged<SAXParseState>.fromOpaque(context)._withUnsafeGuaranteedRef(body)
    }

    private static func state(_ context: UnsafeMutableRawPointer?) -> SAXParseState? {
        guard let context else { return nil }
        return Unmanaged<SAXParseState>.fromOpaque(context).takeUnretainedValue()
    }

    /// The handler table: SAX2 callbacks for elements, character data and the markup that separates
    /// runs of it; a DOCTYPE or an entity reference stops the parse.
    static func handlerTable() -> xmlSAXHandler {
        var sax = xmlSAXHandler()
        sax.initialized = UInt32(XML_SAX2_MAGIC)
        sax.startElementNs = { context, localName, _, uri, _, _, attributeCount, _, attributes in
            SAXParseState.with(context) { $0.startElement(localName, uri, attributeCount, attributes) }
        }
        sax.endElementNs = { context, localName, _, uri in
            SAXParseState.with(context) { $0.endElement(localName, uri) }
        }
        sax.characters = { context, text, length in
            SAXParseState.with(context) { $0.characters(text, length, isCDATA: false) }
        }
        sax.ignorableWhitespace = sax.characters
        sax.cdataBlock = { context, text, length in
            SAXParseState.with(context) { $0.characters(text, length, isCDATA: true) }
        }
        sax.comment = { context, _ in SAXParseState.state(context)?.markup() }
        sax.processingInstruction = { context, _, _ in SAXParseState.state(context)?.markup() }
        sax.internalSubset = { context, _, _, _ in SAXParseState.state(context)?.refused() }
        sax.reference = { context, _ in SAXParseState.state(context)?.refused() }
        return sax
    }

    /// The schema validator's locator: the parser's line (as libxml2's reader gives it).
    static let locator: xmlSchemaValidityLocatorFunc = { context, file, line in
        file?.pointee = nil
        line?.pointee = UInt(SAXParseState.state(context)?.line ?? 0)
        return 0
    }
}
