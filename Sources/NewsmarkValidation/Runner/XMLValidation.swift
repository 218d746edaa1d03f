import Foundation
import NewsmarkModel
import NewsmarkXML

/// The XML checks of one document in one streaming pass: libxml2 reads the document (well-formedness,
/// encoding) and validates it against the compiled XSD while the events feed the semantic rules.
struct XMLValidation {
    let schema: CompiledSchema?
    let rules: [any ValidationRule.Type]

    /// Every finding for `data`; `file` is the name used in locations. `progress` learns the line of
    /// each element start (the mapped input drops pages behind it).
    func validate(_ data: Data, file: String, progress: ((Int) -> Void)? = nil) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var indexer = XMLStreamIndexer(file: file, rules: rules, byteCount: data.count)
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
        if completed {
            let findings = indexer.finish()
            // A version or namespace this release does not understand makes every other rule's verdict
            // meaningless: report only that.
            let unsupported = findings.filter { $0.ruleID == SupportedVersion.descriptor.id }
            diagnostics.append(contentsOf: unsupported.isEmpty ? findings : unsupported)
        }
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
