/// Builds the bytes of the body's paragraphs (`<p>` lines with their inline elements) exactly as
/// libxml2's text writer writes them, without a libxml2 call per element and attribute.
///
/// The body has tens of thousands of small inline elements in a long article, and going through
/// `xmlTextWriter` for each start tag, attribute and end tag cost more than the annotation layers'
/// own output. The escaping is libxml2's, reproduced byte for byte (the writer's differential tests
/// compare the two on random text): in attribute values `&` `<` `>` `"` and tab, line feed and
/// carriage return become references; in text `&` `<` `>` and carriage return do (see
/// ``LibXML2TextWriter/text(utf8:scratch:)``). Non-ASCII characters are written as themselves. Like
/// libxml2, an element with no content is written as an empty-element tag (`<p/>`). Characters are
/// checked against XML 1.0 by the caller.
struct MarkupBuffer {
    private(set) var bytes: [UInt8] = []
    /// Whether the last start tag still waits for its `>` (or `/>` if the element stays empty).
    private var startTagOpen = false
    /// The names of the open elements.
    private var open: [StaticString] = []

    init(capacity: Int) { bytes.reserveCapacity(capacity) }

    /// Forgets the bytes written so far (after they were handed on); open elements stay open.
    mutating func removeBytes() { bytes.removeAll(keepingCapacity: true) }

    /// Starts element `name`.
    mutating func startElement(_ name: StaticString) {
        closeStartTag()
        bytes.append(UInt8(ascii: "<"))
        append(name)
        open.append(name)
        startTagOpen = true
    }

    /// Writes ` name="value"` into the open start tag, escaping the value as libxml2 does.
    mutating func attribute(_ name: StaticString, _ value: String) {
        bytes.append(UInt8(ascii: " "))
        append(name)
        bytes.append(UInt8(ascii: "="))
        bytes.append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { MarkupBuffer.appendEscapedAttribute($0, to: &bytes) }
        bytes.append(UInt8(ascii: "\""))
    }

    /// Writes the attribute when it has a value.
    mutating func attribute(_ name: StaticString, _ value: String?) {
        if let value { attribute(name, value) }
    }

    /// Ends the innermost open element.
    mutating func endElement() {
        guard let name = open.popLast() else { return }
        if startTagOpen {
            bytes.append(UInt8(ascii: "/"))
            bytes.append(UInt8(ascii: ">"))
            startTagOpen = false
            return
        }
        bytes.append(UInt8(ascii: "<"))
        bytes.append(UInt8(ascii: "/"))
        append(name)
        bytes.append(UInt8(ascii: ">"))
    }

    /// Writes character data (nothing for empty text, so that an element can stay empty).
    mutating func text(utf8 text: UnsafeBufferPointer<UInt8>) {
        guard !text.isEmpty else { return }
        closeStartTag()
        // Runs without a character to escape are copied in one go.
        var runStart = 0
        for index in 0..<text.count {
            let escape: [UInt8]
            switch text[index] {
            case UInt8(ascii: "&"): escape = MarkupBuffer.ampersand
            case UInt8(ascii: "<"): escape = MarkupBuffer.lessThan
            case UInt8(ascii: ">"): escape = MarkupBuffer.greaterThan
            case 0x0D: escape = MarkupBuffer.carriageReturn
            default: continue
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[runStart..<index]))
            bytes.append(contentsOf: escape)
            runStart = index + 1
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[runStart...]))
    }

    /// Writes a line break and `level` steps of two-space indentation (closing an open start tag).
    mutating func newline(indent level: Int) {
        closeStartTag()
        bytes.append(0x0A)
        for _ in 0..<(2 * level) { bytes.append(0x20) }
    }

    /// Appends an attribute value escaped as libxml2's `xmlTextWriterWriteAttribute` escapes it.
    static func appendEscapedAttribute(_ value: UnsafeBufferPointer<UInt8>, to bytes: inout [UInt8]) {
        var runStart = 0
        for index in 0..<value.count {
            let escape: [UInt8]
            switch value[index] {
            case UInt8(ascii: "&"): escape = ampersand
            case UInt8(ascii: "<"): escape = lessThan
            case UInt8(ascii: ">"): escape = greaterThan
            case UInt8(ascii: "\""): escape = quotation
            case 0x09: escape = tab
            case 0x0A: escape = lineFeed
            case 0x0D: escape = carriageReturn
            default: continue
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: value[runStart..<index]))
            bytes.append(contentsOf: escape)
            runStart = index + 1
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: value[runStart...]))
    }

    private mutating func closeStartTag() {
        if startTagOpen {
            bytes.append(UInt8(ascii: ">"))
            startTagOpen = false
        }
    }

    private mutating func append(_ name: StaticString) {
        name.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    private static let ampersand = Array("&amp;".utf8)
    private static let lessThan = Array("&lt;".utf8)
    private static let greaterThan = Array("&gt;".utf8)
    private static let quotation = Array("&quot;".utf8)
    private static let tab = Array("&#9;".utf8)
    private static let lineFeed = Array("&#10;".utf8)
    private static let carriageReturn = Array("&#13;".utf8)
}
