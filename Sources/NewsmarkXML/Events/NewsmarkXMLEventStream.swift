internal import CNewsmarkLibXML2
import Foundation
import NewsmarkModel

/// Reads a Newsmark XML document as a stream of events with libxml2's `xmlTextReader`, optionally
/// validating it against a compiled schema in the same pass. The building block of
/// ``XMLArticleReader`` and of the validator.
///
/// ```swift
/// let stream = try NewsmarkXMLEventStream(data: data, fileName: "a.xml",
///                                         options: .init(schema: try NewsmarkSchemas.xsd()))
/// while let event = try stream.next() {
///     switch event {
///     case .startElement(let start): …   // start.localName, start.attributes, start.location
///     case .text(let text): …            // text.textSpan: code points in the article text
///     case .endElement(let end): …
///     }
/// }
/// let problems = stream.drainSchemaErrors()   // validity errors, with line and column
/// ```
///
/// **What it guarantees.**
/// - Parsing is safe: no network (`XML_PARSE_NONET`), no entity substitution, no DTD loading, no
///   XInclude, libxml2's default size limits; a document with a DOCTYPE is refused with an error
///   (which also stops external entities and entity-expansion bombs). Nothing is printed.
/// - Not well-formed input makes ``next()`` throw a ``NewsmarkError`` (`invalidInput`) with the
///   file, line and column libxml2 reports. Reading stops there.
/// - Schema validity errors do not stop reading: they are collected (up to
///   ``Options/maximumSchemaErrors``) with their line and the column of the node being read.
/// - Every event has an exact line and column for UTF-8 input (the norm); for other encodings the
///   column is libxml2's parser position when on the same line, else 0.
/// - Offsets: the article text is the text of the `p` elements joined by `"\n\n"`. Each text run
///   inside a `p` carries its span in that text, in Unicode code points; start and end events carry
///   the offset where they stand. Offsets are counted in one forward pass.
/// - Memory stays bounded by the largest text node (libxml2 caps nodes at 10 MB): the stream keeps
///   no text; the caller decides what to keep.
///
/// Whitespace-only text outside paragraphs and the `meta` fields (indentation) is skipped unless
/// ``Options/reportsIgnorableWhitespace`` is set. Comments and processing instructions are skipped.
///
/// A stream is not thread-safe; use one per document and thread.
public final class NewsmarkXMLEventStream {
    /// How to read.
    public struct Options: Sendable {
        /// A compiled schema to validate against while reading (``NewsmarkSchemas/xsd()``).
        public var schema: CompiledSchema?
        /// Whether whitespace-only text outside paragraphs produces text events.
        public var reportsIgnorableWhitespace: Bool
        /// How many schema errors to keep; later ones are only counted.
        public var maximumSchemaErrors: Int

        public init(schema: CompiledSchema? = nil, reportsIgnorableWhitespace: Bool = false, maximumSchemaErrors: Int = 1000) {
            self.schema = schema
            self.reportsIgnorableWhitespace = reportsIgnorableWhitespace
            self.maximumSchemaErrors = maximumSchemaErrors
        }
    }

    /// The file name used in locations (`nil` for a string or standard input).
    public let fileName: String?
    /// The options the stream was made with.
    public let options: Options
    /// The length of the article text read so far, in code points.
    public private(set) var articleTextLength = 0
    /// The number of paragraphs started so far.
    public private(set) var paragraphCount = 0
    /// How many schema errors were found in all (including those beyond the kept maximum).
    public private(set) var schemaErrorCount = 0

    private let reader: xmlTextReaderPtr
    private let input: ParserInput
    private let errors = LibXML2ErrorCollector()
    private var tracker: SourcePositionTracker
    private var schemaErrors: [NewsmarkError] = []
    private var pendingEnd: NewsmarkXMLEvent?
    private var paragraphDepth = 0
    /// Whether the innermost open element holds character data (`published`, `source`, `url`,
    /// `rights`), where white space is content, not indentation.
    private var inTextField = false
    private var finished = false
    private let newsmarkNamespace: UnsafePointer<xmlChar>?
    private let xmlnsNamespace: UnsafePointer<xmlChar>?
    private let paragraphName: UnsafePointer<xmlChar>?
    private let names: InternedNames

    /// The parser options: no network, line numbers above 65,535; nothing that loads or expands.
    static let parserOptions = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_BIG_LINES.rawValue)

    /// Prepares to read `data` (a whole document, in any encoding XML allows).
    ///
    /// - Throws: ``NewsmarkError`` if libxml2 cannot create a reader or the schema cannot be attached.
    public init(data: Data, fileName: String?, options: Options = Options()) throws {
        LibXML2.prepareThread()
        self.fileName = fileName
        self.options = options
        input = ParserInput(data)
        tracker = SourcePositionTracker(data: data)
        if data.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) {
            throw NewsmarkError(.invalidInput, data.isEmpty ? "the file is empty" : "the file holds only white space",
                                location: SourceLocation(file: fileName, line: 1, column: 1))
        }
        if let doctype = tracker.doctypeInProlog() {
            throw NewsmarkXMLEventStream.doctypeError(at: SourceLocation(file: fileName, line: doctype.line, column: doctype.column))
        }
        let context = Unmanaged.passUnretained(input).toOpaque()
        guard let reader = xmlReaderForIO(ParserInput.readCallback, ParserInput.closeCallback, context, nil, nil,
                                          NewsmarkXMLEventStream.parserOptions) else {
            throw NewsmarkError(.invalidInput, "cannot start reading the XML", location: SourceLocation(file: fileName))
        }
        self.reader = reader
        errors.reader = reader
        xmlTextReaderSetStructuredErrorHandler(reader, LibXML2ErrorCollector.callback,
                                               Unmanaged.passUnretained(errors).toOpaque())
        newsmarkNamespace = xmlTextReaderConstString(reader, NewsmarkVocabulary.namespace)
        xmlnsNamespace = xmlTextReaderConstString(reader, NewsmarkVocabulary.xmlnsNamespace)
        paragraphName = xmlTextReaderConstString(reader, "p")
        names = InternedNames(reader: reader)
        if let schema = options.schema {
            let status: Int32
            switch schema.storage {
            case .xsd(let compiled): status = xmlTextReaderSetSchema(reader, compiled)
            case .relaxNG(let compiled): status = xmlTextReaderRelaxNGSetSchema(reader, compiled)
            }
            if status != 0 {
                xmlFreeTextReader(reader)
                throw NewsmarkError(.invalidInput, "cannot attach the schema to the reader", location: SourceLocation(file: fileName))
            }
        }
    }

    deinit { xmlFreeTextReader(reader) }

    /// The next event, or `nil` at the end of the document.
    ///
    /// - Throws: ``NewsmarkError`` (`invalidInput`) with file, line and column when the document is
    ///   not well-formed or has a DOCTYPE. After an error, the stream is finished.
    public func next() throws -> NewsmarkXMLEvent? {
        if let pending = pendingEnd {
            pendingEnd = nil
            return pending
        }
        while !finished {
            let status: Int32
            if options.schema != nil {
                // Attaching an XSD plugs libxml2's validator into the parser's SAX handler, and that
                // copy has no structured error callback (setting one there would receive the wrong
                // context): parse errors then go to the thread's structured handler, so route that
                // to this stream's collector while reading.
                xmlSetStructuredErrorFunc(Unmanaged.passUnretained(errors).toOpaque(), LibXML2ErrorCollector.callback)
                status = xmlTextReaderRead(reader)
                xmlSetStructuredErrorFunc(nil, nil)
            } else {
                status = xmlTextReaderRead(reader)
            }
            if let fatal = errors.fatal {
                finished = true
                // libxml2 says "document is empty" when no element starts the content (binary data, plain text).
                let message = fatal.message == "document is empty"
                    ? "not an XML document: no root element found (\(fatal.message))" : fatal.message
                throw NewsmarkError(.invalidInput, message,
                                    location: SourceLocation(file: fileName, line: fatal.line, column: fatal.column))
            }
            if status < 0 {
                finished = true
                throw NewsmarkError(.invalidInput, "the XML cannot be read", location: currentParserLocation())
            }
            if status == 0 {
                finished = true
                resolveValidityErrors(markup: nil)
                return nil
            }
            if let event = try event(for: xmlTextReaderNodeType(reader)) {
                return event
            }
        }
        return nil
    }

    /// The schema errors found so far and not yet drained, in document order, each with the file,
    /// line and column. Removes them from the stream. Before the end of the document, errors the
    /// parser found ahead of the reader's position are kept until the reader gets there.
    public func drainSchemaErrors() -> [NewsmarkError] {
        if finished { resolveValidityErrors(markup: nil) }
        defer { schemaErrors.removeAll(keepingCapacity: true) }
        return schemaErrors
    }

    /// Whether the schema found no error so far (always `true` without a schema).
    public var isValidSoFar: Bool { schemaErrorCount == 0 && errors.pendingValidity.isEmpty }

    /// Reads to the end, calling `body` for each event.
    public func forEach(_ body: (NewsmarkXMLEvent) throws -> Void) throws {
        while let event = try next() { try body(event) }
    }

    // MARK: - Nodes to events

    private func event(for type: Int32) throws -> NewsmarkXMLEvent? {
        switch UInt32(type) {
        case XML_READER_TYPE_ELEMENT.rawValue:
            return startElement()
        case XML_READER_TYPE_END_ELEMENT.rawValue:
            let location = nodeLocation(.endTag)
            return .endElement(endElement(location: location))
        case XML_READER_TYPE_TEXT.rawValue, XML_READER_TYPE_CDATA.rawValue:
            let location = type == Int32(XML_READER_TYPE_CDATA.rawValue) ? nodeLocation(.cdata) : textLocation()
            return .text(text(location: location, isWhitespaceNode: false))
        case XML_READER_TYPE_WHITESPACE.rawValue, XML_READER_TYPE_SIGNIFICANT_WHITESPACE.rawValue:
            let location = textLocation()
            guard paragraphDepth > 0 || inTextField || options.reportsIgnorableWhitespace else { return nil }
            return .text(text(location: location, isWhitespaceNode: true))
        case XML_READER_TYPE_COMMENT.rawValue:
            _ = nodeLocation(.comment)
            return nil
        case XML_READER_TYPE_PROCESSING_INSTRUCTION.rawValue:
            _ = nodeLocation(.processingInstruction)
            return nil
        case XML_READER_TYPE_DOCUMENT_TYPE.rawValue:
            finished = true
            throw NewsmarkXMLEventStream.doctypeError(at: location(nodeLocation(.doctype)))
        case XML_READER_TYPE_ENTITY_REFERENCE.rawValue:
            finished = true
            throw NewsmarkError(.invalidInput, "entity references other than the five predefined ones are not allowed",
                                location: location(textLocation()))
        default:
            return nil
        }
    }

    private func startElement() -> NewsmarkXMLEvent {
        let position = nodeLocation(.startTag)
        let isParagraph = isNewsmarkElement(named: paragraphName)
        if isParagraph {
            if paragraphDepth == 0 {
                if paragraphCount > 0 { articleTextLength += 2 }
                paragraphCount += 1
            }
            paragraphDepth += 1
        }
        let namespacePointer = xmlTextReaderConstNamespaceUri(reader)
        let namespaceURI = namespace(namespacePointer)
        let (localName, element) = names.elementName(xmlTextReaderConstLocalName(reader))
        let depth = Int(xmlTextReaderDepth(reader))
        let isEmpty = xmlTextReaderIsEmptyElement(reader) == 1
        inTextField = !isEmpty && namespacePointer != nil && namespacePointer == newsmarkNamespace
            && element?.holdsText == true
        var attributes: [XMLAttribute] = []
        if xmlTextReaderHasAttributes(reader) == 1 {
            attributes.reserveCapacity(Int(xmlTextReaderAttributeCount(reader)))
            while xmlTextReaderMoveToNextAttribute(reader) == 1 {
                let namespacePointer = xmlTextReaderConstNamespaceUri(reader)
                if namespacePointer != nil, namespacePointer == xmlnsNamespace { continue }
                let localName = names.name(xmlTextReaderConstLocalName(reader))
                // An attribute without a namespace has no prefix: its qualified name is its local name.
                let qualifiedName = namespacePointer == nil ? localName : LibXML2.string(xmlTextReaderConstName(reader)) ?? ""
                attributes.append(XMLAttribute(
                    namespaceURI: LibXML2.string(namespacePointer), localName: localName, qualifiedName: qualifiedName,
                    value: LibXML2.string(xmlTextReaderConstValue(reader)) ?? ""))
            }
            xmlTextReaderMoveToElement(reader)
        }
        let start = XMLStartElement(
            namespaceURI: namespaceURI, localName: localName, attributes: attributes, location: location(position),
            depth: depth, textOffset: articleTextLength, isEmptyElementTag: isEmpty)
        if isEmpty {
            if isParagraph { paragraphDepth -= 1 }
            pendingEnd = .endElement(XMLEndElement(
                namespaceURI: namespaceURI, localName: localName, location: start.location, depth: depth,
                textOffset: articleTextLength))
        }
        return .startElement(start)
    }

    private func endElement(location position: (line: Int, column: Int)) -> XMLEndElement {
        inTextField = false
        if isNewsmarkElement(named: paragraphName), paragraphDepth > 0 { paragraphDepth -= 1 }
        return XMLEndElement(
            namespaceURI: currentNamespace(), localName: names.name(xmlTextReaderConstLocalName(reader)),
            location: location(position), depth: Int(xmlTextReaderDepth(reader)), textOffset: articleTextLength)
    }

    private func text(location position: (line: Int, column: Int), isWhitespaceNode: Bool) -> XMLText {
        let pointer = xmlTextReaderConstValue(reader)
        var value = ""
        var codePoints = 0
        var whitespaceOnly = true
        var firstLineBreak: Int?
        if let pointer {
            var length = 0
            while pointer[length] != 0 {
                let b = pointer[length]
                if b == 0x0A || b == 0x0D {
                    if firstLineBreak == nil { firstLineBreak = codePoints }
                } else if b != 0x20, b != 0x09 {
                    whitespaceOnly = false
                }
                if b & 0xC0 != 0x80 { codePoints += 1 }
                length += 1
            }
            value = String(decoding: UnsafeBufferPointer(start: pointer, count: length), as: UTF8.self)
        }
        let inParagraph = paragraphDepth > 0
        let start = articleTextLength
        if inParagraph { articleTextLength += codePoints }
        return XMLText(
            value: value, location: location(position), context: inParagraph ? .articleText : .other,
            textSpan: TextSpan(start: start, end: articleTextLength), isWhitespace: isWhitespaceNode || whitespaceOnly,
            firstLineBreak: firstLineBreak)
    }

    static func doctypeError(at location: SourceLocation) -> NewsmarkError {
        NewsmarkError(.invalidInput,
                      "a DOCTYPE declaration is not allowed in a Newsmark file (no DTDs, no entity declarations); remove it",
                      location: location)
    }

    // MARK: - Names

    private func isNewsmarkElement(named name: UnsafePointer<xmlChar>?) -> Bool {
        xmlTextReaderConstLocalName(reader) == name && xmlTextReaderConstNamespaceUri(reader) == newsmarkNamespace
    }

    private func currentNamespace() -> String? {
        namespace(xmlTextReaderConstNamespaceUri(reader))
    }

    private func namespace(_ pointer: UnsafePointer<xmlChar>?) -> String? {
        guard let pointer else { return nil }
        return pointer == newsmarkNamespace ? NewsmarkVocabulary.namespace : String(cString: pointer)
    }

    // MARK: - Locations

    /// The position of the markup node just read: exact from the tracker, else libxml2's. Also
    /// resolves the validity errors that belong to the node.
    private func nodeLocation(_ markup: SourcePositionTracker.Markup) -> (line: Int, column: Int) {
        guard let start = tracker.advance(toMarkup: markup), let end = tracker.current else {
            resolveValidityErrors(markup: nil)
            return fallbackPosition()
        }
        resolveValidityErrors(markup: (start, end))
        return start
    }

    private func textLocation() -> (line: Int, column: Int) {
        tracker.current ?? fallbackPosition()
    }

    private func fallbackPosition() -> (line: Int, column: Int) {
        let parserLine = Int(xmlTextReaderGetParserLineNumber(reader))
        var line = parserLine
        if let node = xmlTextReaderCurrentNode(reader) {
            let nodeLine = Int(xmlGetLineNo(node))
            if nodeLine > 0 { line = nodeLine }
        }
        let column = line == parserLine ? Int(xmlTextReaderGetParserColumnNumber(reader)) : 0
        return (line, column)
    }

    private func currentParserLocation() -> SourceLocation {
        SourceLocation(file: fileName, line: Int(xmlTextReaderGetParserLineNumber(reader)),
                       column: Int(xmlTextReaderGetParserColumnNumber(reader)))
    }

    private func location(_ position: (line: Int, column: Int)) -> SourceLocation {
        SourceLocation(file: fileName, line: position.line, column: position.column)
    }

    /// Gives pending validity errors their position and moves them to the kept list.
    ///
    /// libxml2 raises a validity error when its parser has just read the tag at fault, and the
    /// collector records the parser's position then: inside that tag (at its closing `>`). So an
    /// error whose position lies within a start or end tag belongs to that tag, and gets the
    /// position of its `<`.
    /// Errors are resolved once the reader has passed their position (the parser runs ahead);
    /// `markup` is the start and end of the markup node just read, or `nil` to resolve all.
    private func resolveValidityErrors(markup: (start: (line: Int, column: Int), end: (line: Int, column: Int))?) {
        guard !errors.pendingValidity.isEmpty else { return }
        var resolved = 0
        for reported in errors.pendingValidity {
            var line = reported.line
            var column = reported.column
            if let markup {
                let position = (reported.line, reported.column)
                if position >= (markup.end.line, markup.end.column) { break }
                if position >= (markup.start.line, markup.start.column)
                    || (reported.column == 0 && reported.line == markup.start.line) {
                    line = markup.start.line
                    column = markup.start.column
                }
            }
            resolved += 1
            schemaErrorCount += 1
            guard schemaErrors.count < options.maximumSchemaErrors else { continue }
            schemaErrors.append(NewsmarkError(
                .invalidInput, reported.message, location: SourceLocation(file: fileName, line: line, column: column)))
        }
        errors.pendingValidity.removeFirst(resolved)
    }
}
