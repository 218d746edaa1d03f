internal import CNewsmarkLibXML2
import Foundation
import NewsmarkModel

/// Receives libxml2's structured errors for one reader: well-formedness errors (fatal) and schema
/// validity errors (collected, reading goes on).
final class LibXML2ErrorCollector {
    /// An error as libxml2 reported it, before its column is known for sure.
    struct Reported {
        var message: String
        var line: Int
        var column: Int
        /// For a SAX parse: the start of the last start tag read when the error came (byte offset, line,
        /// column), a point where the markup can be walked from.
        var anchor: MarkupAnchor?
    }

    /// A markup start with its position.
    struct MarkupAnchor {
        var offset: Int
        var line: Int
        var column: Int
    }

    /// The first fatal (parse) error, if any.
    private(set) var fatal: Reported?
    /// Validity errors not yet given their element's position. libxml2 validates a stream as it
    /// parses, ahead of the reader, and reports a validity error with a line only; the parser's
    /// column at that moment (recorded here) is just past the tag that caused it.
    var pendingValidity: [Reported] = []
    /// The reader the errors come from (to read its position when a validity error has no column).
    var reader: xmlTextReaderPtr?
    /// The SAX parser the errors come from, when there is no reader.
    var parser: xmlParserCtxtPtr?
    /// For a SAX parse: where the last start tag read begins.
    var anchor: (() -> MarkupAnchor?)?

    /// The libxml2 callback, with a collector as its context.
    static let callback: xmlStructuredErrorFunc = { context, error in
        guard let context, let error else { return }
        let collector = Unmanaged<LibXML2ErrorCollector>.fromOpaque(context).takeUnretainedValue()
        collector.receive(error.pointee)
    }

    private func receive(_ error: xmlError) {
        let level = error.level
        if level == XML_ERR_WARNING || level == XML_ERR_NONE { return }
        let message = LibXML2ErrorCollector.clean(error.message.map { String(cString: $0) } ?? "unknown XML error")
        let domain = Int(error.domain)
        let isValidity = domain == Int(XML_FROM_SCHEMASV.rawValue) || domain == Int(XML_FROM_RELAXNGV.rawValue)
            || domain == Int(XML_FROM_VALID.rawValue)
        if isValidity {
            var column = 0
            if let reader, Int(xmlTextReaderGetParserLineNumber(reader)) == Int(error.line) {
                column = Int(xmlTextReaderGetParserColumnNumber(reader))
            } else if reader == nil, let input = parser?.pointee.input, Int(input.pointee.line) == Int(error.line) {
                column = Int(input.pointee.col)
            }
            pendingValidity.append(Reported(message: message, line: Int(error.line), column: column, anchor: anchor?()))
        } else if fatal == nil {
            fatal = Reported(message: message, line: Int(error.line), column: Int(error.int2))
        }
    }

    /// libxml2's message without its trailing newline, starting in lower case like Newsmark's own.
    static func clean(_ message: String) -> String {
        // One line per diagnostic: libxml2 puts details (such as the offending bytes) on a second line.
        var text = message.trimmingCharacters(in: .whitespacesAndNewlines)
            .split(whereSeparator: { $0 == "\n" || $0 == "\r" }).map { $0.trimmingCharacters(in: .whitespaces) }
            .joined(separator: "; ")
        if let first = text.first, first.isUppercase, text.dropFirst().first?.isLowercase == true {
            text = first.lowercased() + text.dropFirst()
        }
        return text
    }
}
