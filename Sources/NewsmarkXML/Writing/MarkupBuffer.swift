import NewsmarkModel

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
/// checked against XML 1.0 by the caller, or by ``checkedAttribute(_:_:)``.
///
/// The bytes live in a ``ByteBuffer`` (one growing allocation the buffer owns), so that each piece of
/// markup is a capacity check and a copy rather than an array append.
struct MarkupBuffer: ~Copyable {
    private var out: ByteBuffer
    /// The number of bytes written since the last ``removeBytes()``.
    var count: Int { out.count }
    /// Whether the last start tag still waits for its `>` (or `/>` if the element stays empty).
    private var startTagOpen = false
    /// The names of the open elements.
    private var open: [StaticString] = []

    init(capacity: Int) {
        out = ByteBuffer(capacity: capacity)
    }

    /// A copy of the bytes written so far.
    var bytes: [UInt8] { out.array }

    /// Calls `body` with the bytes written so far (valid only during the call).
    func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        try out.withBytes(body)
    }

    /// Forgets the bytes written so far (after they were handed on); open elements stay open.
    mutating func removeBytes() { out.truncate(to: 0) }

    /// Starts element `name`.
    mutating func startElement(_ name: StaticString) {
        closeStartTag()
        put(UInt8(ascii: "<"))
        put(name)
        open.append(name)
        startTagOpen = true
    }

    /// Writes ` name="value"` into the open start tag, escaping the value as libxml2 does.
    mutating func attribute(_ name: StaticString, _ value: String) {
        attributeStart(name)
        if let done: Void = value.utf8.withContiguousStorageIfAvailable({ appendEscapedAttribute($0) }) {
            _ = done
        } else {
            var copy = value
            copy.withUTF8 { appendEscapedAttribute($0) }
        }
        put(UInt8(ascii: "\""))
    }

    /// Writes the attribute when it has a value.
    mutating func attribute(_ name: StaticString, _ value: String?) {
        if let value { attribute(name, value) }
    }

    /// Writes ` name="value"` when every character of `value` is allowed in XML 1.0, checking and escaping
    /// in one pass; returns `false`, writing nothing, when one is not (the caller reports it).
    mutating func checkedAttribute(_ name: StaticString, _ value: String) -> Bool {
        let verdict = value.utf8.withContiguousStorageIfAvailable { utf8 -> Bool in
            let mark = count
            attributeStart(name)
            var runStart = 0
            var checkedAll = false
            for index in 0..<utf8.count {
                let byte = utf8[index]
                // Everything above `>` needs no reference; a non-ASCII byte sends the whole value through
                // the XML 1.0 check once.
                if byte > UInt8(ascii: ">") {
                    if byte >= 0x80, !checkedAll {
                        guard XMLCharacterCheck.firstInvalid(in: value) == nil else {
                            out.truncate(to: mark)
                            return false
                        }
                        checkedAll = true
                    }
                    continue
                }
                let escape: StaticString
                switch byte {
                case UInt8(ascii: "&"): escape = "&amp;"
                case UInt8(ascii: "<"): escape = "&lt;"
                case UInt8(ascii: ">"): escape = "&gt;"
                case UInt8(ascii: "\""): escape = "&quot;"
                case 0x0D: escape = "&#13;"
                case 0x09: escape = "&#9;"
                case 0x0A: escape = "&#10;"
                case 0..<0x20:
                    // A control character XML 1.0 does not allow.
                    out.truncate(to: mark)
                    return false
                default: continue
                }
                put(UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                put(escape)
                runStart = index + 1
            }
            put(UnsafeBufferPointer(rebasing: utf8[runStart...]))
            put(UInt8(ascii: "\""))
            return true
        }
        if let verdict { return verdict }
        guard XMLCharacterCheck.firstInvalid(in: value) == nil else { return false }
        attribute(name, value)
        return true
    }

    /// The bytes written since `mark` (a ``count`` read earlier).
    func bytes(since mark: Int) -> [UInt8] { out.bytes(from: mark) }

    /// Appends attribute markup made earlier by this kind of buffer (` name="value"…`, already escaped)
    /// into the open start tag.
    mutating func appendAttributeMarkup(_ markup: [UInt8]) { out.append(markup) }

    /// Ends the innermost open element.
    mutating func endElement() {
        guard let name = open.popLast() else { return }
        if startTagOpen {
            put(UInt8(ascii: "/"))
            put(UInt8(ascii: ">"))
            startTagOpen = false
            return
        }
        put(UInt8(ascii: "<"))
        put(UInt8(ascii: "/"))
        put(name)
        put(UInt8(ascii: ">"))
    }

    /// Writes character data (nothing for empty text, so that an element can stay empty).
    mutating func text(utf8 text: UnsafeBufferPointer<UInt8>) {
        guard !text.isEmpty else { return }
        closeStartTag()
        appendEscaped(text, inAttribute: false)
    }

    /// Writes a line break and `level` steps of two-space indentation (closing an open start tag).
    mutating func newline(indent level: Int) {
        closeStartTag()
        out.append(0x0A)
        out.append(repeating: 0x20, count: 2 * level)
    }

    /// Appends an attribute value escaped as libxml2's `xmlTextWriterWriteAttribute` escapes it.
    mutating func appendEscapedAttribute(_ value: UnsafeBufferPointer<UInt8>) {
        appendEscaped(value, inAttribute: true)
    }

    /// Appends `value` with `&`, `<`, `>` and carriage returns as references, and in an attribute value
    /// also `"`, tabs and line feeds, as libxml2's writer does. Runs without a character to escape are
    /// copied in one go.
    @inline(__always)
    private mutating func appendEscaped(_ value: UnsafeBufferPointer<UInt8>, inAttribute: Bool) {
        var runStart = 0
        for index in 0..<value.count {
            let byte = value[index]
            // Everything above `>` and most of ASCII needs no reference.
            if byte > UInt8(ascii: ">") { continue }
            let escape: StaticString
            switch byte {
            case UInt8(ascii: "&"): escape = "&amp;"
            case UInt8(ascii: "<"): escape = "&lt;"
            case UInt8(ascii: ">"): escape = "&gt;"
            case 0x0D: escape = "&#13;"
            case UInt8(ascii: "\""): guard inAttribute else { continue }; escape = "&quot;"
            case 0x09: guard inAttribute else { continue }; escape = "&#9;"
            case 0x0A: guard inAttribute else { continue }; escape = "&#10;"
            default: continue
            }
            put(UnsafeBufferPointer(rebasing: value[runStart..<index]))
            put(escape)
            runStart = index + 1
        }
        put(UnsafeBufferPointer(rebasing: value[runStart...]))
    }

    // MARK: - Bytes

    /// ` name="` (the start tag is open).
    @inline(__always)
    private mutating func attributeStart(_ name: StaticString) {
        out.append(UInt8(ascii: " "))
        out.append(name)
        out.append("=\"" as StaticString)
    }

    private mutating func closeStartTag() {
        if startTagOpen {
            out.append(UInt8(ascii: ">"))
            startTagOpen = false
        }
    }

    @inline(__always)
    private mutating func put(_ byte: UInt8) { out.append(byte) }

    @inline(__always)
    private mutating func put(_ piece: UnsafeBufferPointer<UInt8>) { out.append(piece) }

    @inline(__always)
    private mutating func put(_ name: StaticString) { out.append(name) }
}
