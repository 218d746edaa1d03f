import Foundation
import NewsmarkModel
import NewsmarkXML

/// The XML checks of one document in one streaming pass: libxml2 reads the document (well-formedness,
/// encoding) and validates it against the compiled XSD while the events feed the semantic rules.
struct XMLValidation {
    let schema: CompiledSchema?
    let rules: [any ValidationRule.Type]
    /// How many annotations wait at most before the rules run over them (see ``DocumentChecker``); the
    /// fast path also runs them after each piece of input libxml2 parses.
    var ruleBatchLimit = DocumentChecker.defaultBatchLimit

    /// Every finding for `data`; `file` is the name used in locations. `progress` learns how far the
    /// parser has got, as a byte offset, or `lineProgress` as a line on the general path (the mapped
    /// input drops pages behind it).
    ///
    /// Documents the SAX parser takes (UTF-8, well-formed, no DOCTYPE: nearly all) are checked by
    /// ``NewsmarkSAXParser`` with the schema plugged into the parse; anything else, and any document
    /// the SAX pass gives up on, by the event stream, which reports such documents precisely.
    func validate(_ data: Data, file: String, progress: ((Int) -> Void)? = nil,
                  lineProgress: ((Int) -> Void)? = nil) -> [Diagnostic] {
        if let diagnostics = validateWithSAX(data, file: file, progress: progress) { return diagnostics }
        return validateWithEventStream(data, file: file, progress: lineProgress)
    }

    /// The fast path: one SAX pass; `nil` when the document needs the event stream.
    func validateWithSAX(_ data: Data, file: String, progress: ((Int) -> Void)? = nil) -> [Diagnostic]? {
        let feeder = SAXIndexFeeder(indexer: XMLStreamIndexer(file: file, rules: rules, byteCount: data.count, ruleBatchLimit: ruleBatchLimit))
        guard let result = NewsmarkSAXParser(schema: schema).parse(data, fileName: file, handler: feeder, progress: progress) else {
            return nil
        }
        var diagnostics = result.schemaErrors.map { error in
            Diagnostic(ruleID: BuiltInChecks.schema.id, severity: .error, message: error.message,
                       location: error.location ?? SourceLocation(file: file))
        }
        let dropped = result.schemaErrorCount - result.schemaErrors.count
        if dropped > 0 {
            diagnostics.append(Diagnostic(ruleID: BuiltInChecks.schema.id, severity: .error,
                                          message: "\(dropped) more schema errors not shown", location: SourceLocation(file: file)))
        }
        diagnostics.append(contentsOf: Self.ruleFindings(feeder.finish()))
        return diagnostics
    }

    /// A version or namespace this release does not understand makes every other rule's verdict
    /// meaningless: then only that is reported.
    private static func ruleFindings(_ findings: [Diagnostic]) -> [Diagnostic] {
        let unsupported = findings.filter { $0.ruleID == SupportedVersion.descriptor.id }
        return unsupported.isEmpty ? findings : unsupported
    }

    /// The general path: the event stream over libxml2's reader (any encoding; precise errors for
    /// documents that are not well-formed or have a DOCTYPE).
    func validateWithEventStream(_ data: Data, file: String, progress: ((Int) -> Void)? = nil) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var indexer = XMLStreamIndexer(file: file, rules: rules, byteCount: data.count, ruleBatchLimit: ruleBatchLimit)
        let stream: NewsmarkXMLEventStream
        do {
            stream = try NewsmarkXMLEventStream(data: data, fileName: file, options: .init(schema: schema))
        } catch {
            return [Self.parseDiagnostic(error, file: file)]
        }
        var completed = false
        var inPublished = false
        do {
            while let event = try stream.next() {
                switch event {
                case .startElement(let start):
                    progress?(start.location.line)
                    inPublished = start.localName == "published"
                    indexer.startElement(localName: start.localName, namespaceURI: start.namespaceURI,
                                         line: start.location.line, column: start.location.column) { name in
                        if name == "xml:lang" { return start.attribute("lang", namespaceURI: "http://www.w3.org/XML/1998/namespace") }
                        return start.attribute(name)
                    }
                case .text(let text):
                    // The indexer keeps text inside paragraphs and <published> only; it tracks paragraphs itself, so
                    // a document in another namespace is still measured consistently.
                    if text.context == .articleText || inPublished || !text.isWhitespace { indexer.text(text.value) }
                case .endElement:
                    inPublished = false
                    indexer.endElement()
                }
            }
            completed = true
        } catch {
            var failure = Self.parseDiagnostic(error, file: file)
            // With a schema attached, libxml2 can stop without passing the parse error to the handler;
            // reading again without the schema recovers the precise message (only for broken files).
            if schema != nil, let precise = Self.parseErrorWithoutSchema(data, file: file) { failure = precise }
            diagnostics.append(failure)
        }
        for error in stream.drainSchemaErrors() {
            diagnostics.append(Diagnostic(ruleID: BuiltInChecks.schema.id, severity: .error, message: error.message,
                                          location: error.location ?? SourceLocation(file: file)))
        }
        let dropped = stream.schemaErrorCount - diagnostics.count { $0.ruleID == BuiltInChecks.schema.id }
        if dropped > 0 {
            diagnostics.append(Diagnostic(ruleID: BuiltInChecks.schema.id, severity: .error,
                                          message: "\(dropped) more schema errors not shown", location: SourceLocation(file: file)))
        }
        // Semantic rules judge complete documents only: after a fatal parse error, their findings would
        // be artefacts of the truncation.
        if completed { diagnostics.append(contentsOf: Self.ruleFindings(indexer.finish())) }
        return diagnostics
    }

    /// The first parse error of `data` read without a schema, if any.
    static func parseErrorWithoutSchema(_ data: Data, file: String) -> Diagnostic? {
        do {
            let stream = try NewsmarkXMLEventStream(data: data, fileName: file)
            while try stream.next() != nil {}
            return nil
        } catch {
            return parseDiagnostic(error, file: file)
        }
    }

    /// `text` with line breaks and runs of white space collapsed (libxml2 adds "\nBytes: …" lines).
    static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == " " || $0 == "\t" }).joined(separator: " ")
    }

    /// A parser failure as NM001 (syntax) or NM002 (encoding).
    static func parseDiagnostic(_ error: Error, file: String) -> Diagnostic {
        let newsmarkError = error as? NewsmarkError
        let message = Self.oneLine(newsmarkError?.message ?? "\(error)")
        let lower = message.lowercased()
        let isEncoding = lower.contains("encoding") || lower.contains("utf-8") || lower.contains("utf-16")
            || lower.contains("not proper") || lower.contains("char 0x") || lower.contains("invalid char")
        let check = isEncoding ? BuiltInChecks.encoding : BuiltInChecks.wellFormedness
        var location = newsmarkError?.location ?? SourceLocation(file: file)
        location.file = file
        return Diagnostic(ruleID: check.id, severity: .error, message: message, location: location)
    }
}
