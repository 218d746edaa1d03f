internal import CNewsmarkLibXML2
import Foundation
import NewsmarkModel

/// A thin, throwing wrapper over libxml2's `xmlTextWriter` that writes into memory.
///
/// libxml2 escapes `&`, `<`, `>` (and `"` and line breaks in attributes); callers check characters
/// against XML 1.0 first (``XMLCharacterCheck``). Indentation is written explicitly by the caller,
/// so that mixed content (`<p>`) is never reformatted.
final class LibXML2TextWriter {
    /// Where libxml2 writes: the `Data` that ``finish()`` returns (no copy at the end), reserved for the
    /// expected size and grown by doubling, so writing is linear in the output size.
    private final class Sink {
        var data = Data()
    }

    private let sink = Sink()
    private var writer: xmlTextWriterPtr?
    /// Canonical `cert` spellings already formatted, by the confidence's bit pattern (annotators use a
    /// handful of confidences, and formatting a `Double` is costly).
    private var certainties: [UInt64: String] = [:]

    init(expectedSize: Int) throws {
        LibXML2.prepareThread()
        sink.data = Data(capacity: expectedSize)
        let write: xmlOutputWriteCallback = { context, buffer, length in
            guard let context, let buffer, length > 0 else { return 0 }
            let sink = Unmanaged<Sink>.fromOpaque(context).takeUnretainedValue()
            buffer.withMemoryRebound(to: UInt8.self, capacity: Int(length)) { pointer in
                sink.data.append(pointer, count: Int(length))
            }
            return length
        }
        let close: xmlOutputCloseCallback = { _ in 0 }
        guard let output = xmlOutputBufferCreateIO(write, close, Unmanaged.passUnretained(sink).toOpaque(), nil),
              let writer = xmlNewTextWriter(output) else {
            throw NewsmarkError(.io, "cannot create the XML writer")
        }
        self.writer = writer
    }

    deinit { if let writer { xmlFreeTextWriter(writer) } }

    /// Finishes the document and returns its bytes.
    func finish() throws -> Data {
        try check(xmlTextWriterEndDocument(writer), "end the document")
        xmlFreeTextWriter(writer)
        writer = nil
        let data = sink.data
        sink.data = Data()
        return data
    }

    /// Writes the XML declaration and declares UTF-8, which also tells libxml2 to write non-ASCII
    /// characters in attribute values as themselves (without an encoding it writes `&#xFC;`).
    func startDocument() throws {
        try check(xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil), "start the document")
    }

    func processingInstruction(target: String, content: String) throws {
        try Self.withXMLChars(target) { t in
            try Self.withXMLChars(content) { c in try check(xmlTextWriterWritePI(writer, t, c), "write a processing instruction") }
        }
    }

    func startElement(_ name: String) throws {
        try Self.withXMLChars(name) { try check(xmlTextWriterStartElement(writer, $0), "start <\(name)>") }
    }

    func endElement() throws {
        try check(xmlTextWriterEndElement(writer), "end an element")
    }

    /// Writes an attribute; `value` must already be checked against XML 1.0.
    func attribute(_ name: String, _ value: String) throws {
        try Self.withXMLChars(name) { n in
            try Self.withXMLChars(value) { v in try check(xmlTextWriterWriteAttribute(writer, n, v), "write the attribute \(name)") }
        }
    }

    /// Writes an optional attribute when it has a value.
    func attribute(_ name: String, _ value: String?) throws {
        if let value { try attribute(name, value) }
    }

    /// Writes escaped character data.
    func text(_ value: String) throws {
        var scratch: [UInt8] = []
        var copy = value
        try copy.withUTF8 { try text(utf8: $0, scratch: &scratch) }
    }

    /// Writes character data from UTF-8 bytes, escaping only what element content requires:
    /// `&`, `<`, `>` (so `]]>` never appears) and carriage return (which parsers would turn into a
    /// line feed). Quotes stay as they are, so news text reads naturally in the file.
    func text(utf8 bytes: UnsafeBufferPointer<UInt8>, scratch: inout [UInt8]) throws {
        guard !bytes.isEmpty, let base = bytes.baseAddress else { return }
        // Runs without a character to escape go to libxml2 as they are (no copy); only the escapes are
        // written separately.
        var runStart = 0
        for index in 0..<bytes.count {
            let escape: [UInt8]
            switch bytes[index] {
            case UInt8(ascii: "&"): escape = Self.ampersand
            case UInt8(ascii: "<"): escape = Self.lessThan
            case UInt8(ascii: ">"): escape = Self.greaterThan
            case 0x0D: escape = Self.carriageReturn
            default: continue
            }
            if index > runStart {
                try check(xmlTextWriterWriteRawLen(writer, base + runStart, Int32(index - runStart)), "write text")
            }
            try escape.withUnsafeBufferPointer { buffer in
                try check(xmlTextWriterWriteRawLen(writer, buffer.baseAddress, Int32(buffer.count)), "write text")
            }
            runStart = index + 1
        }
        if bytes.count > runStart {
            try check(xmlTextWriterWriteRawLen(writer, base + runStart, Int32(bytes.count - runStart)), "write text")
        }
    }

    private static let ampersand = Array("&amp;".utf8)
    private static let lessThan = Array("&lt;".utf8)
    private static let greaterThan = Array("&gt;".utf8)
    private static let carriageReturn = Array("&#13;".utf8)

    /// Writes bytes as they are (markup built by ``MarkupBuffer``), closing an open start tag first.
    func raw(_ bytes: [UInt8]) throws {
        guard !bytes.isEmpty else { return }
        try bytes.withUnsafeBufferPointer { buffer in
            try check(xmlTextWriterWriteRawLen(writer, buffer.baseAddress, Int32(buffer.count)), "write markup")
        }
    }

    /// ``raw(_:)`` for bytes in place.
    func raw(_ bytes: UnsafeBufferPointer<UInt8>) throws {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
        try check(xmlTextWriterWriteRawLen(writer, base, Int32(bytes.count)), "write markup")
    }

    /// ``raw(_:)`` for markup that needs nothing from libxml2: the open start tag is closed and what
    /// libxml2 holds is flushed to the output, then the bytes are appended to the output directly,
    /// without passing through libxml2's buffer and its UTF-8 to UTF-8 output conversion. The output
    /// bytes are the same.
    func markup(_ bytes: UnsafeBufferPointer<UInt8>) throws {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
        try check(xmlTextWriterWriteRawLen(writer, base, 0), "write markup")
        try check(xmlTextWriterFlush(writer), "write markup")
        sink.data.append(base, count: bytes.count)
    }

    /// The canonical spelling of a `cert` value (``CertaintyValue/format(_:)``), or `nil` outside 0…1.
    func certainty(_ confidence: Double) -> String? {
        if let known = certainties[confidence.bitPattern] { return known }
        guard let formatted = CertaintyValue.format(confidence) else { return nil }
        certainties[confidence.bitPattern] = formatted
        return formatted
    }

    /// A line break followed by sixteen steps of indentation; ``newline(indent:)`` writes a prefix.
    private static let indentation: [UInt8] = Array(("\n" + String(repeating: "  ", count: 16)).utf8)

    /// Writes a line break and `level` steps of two-space indentation.
    func newline(indent level: Int) throws {
        guard level <= 16 else {
            try Self.withXMLChars("\n" + String(repeating: "  ", count: level)) {
                try check(xmlTextWriterWriteRaw(writer, $0), "write indentation")
            }
            return
        }
        try Self.indentation.withUnsafeBufferPointer { buffer in
            try check(xmlTextWriterWriteRawLen(writer, buffer.baseAddress, Int32(1 + 2 * level)), "write indentation")
        }
    }

    /// Writes `<name>text</name>`.
    func element(_ name: String, text value: String) throws {
        try startElement(name)
        if !value.isEmpty { try text(value) }
        try endElement()
    }

    /// Throws when libxml2 reports a failure; `action` is described only then.
    @inline(__always)
    private func check(_ status: Int32, _ action: @autoclosure () -> String) throws {
        if status < 0 { throw NewsmarkError(.io, "libxml2 could not \(action())") }
    }

    private static func withXMLChars<R>(_ string: String, _ body: (UnsafePointer<xmlChar>) throws -> R) rethrows -> R {
        try string.withCString { pointer in
            try body(UnsafeRawPointer(pointer).assumingMemoryBound(to: xmlChar.self))
        }
    }
}
