import NewsmarkModel

/// Writes the JSON form of an article straight into one growing byte buffer.
///
/// The output is byte for byte what Foundation's `JSONEncoder` gives for `JSONArticle` with `.sortedKeys`
/// and `.withoutEscapingSlashes` (plus `.prettyPrinted` when `pretty`): keys in byte order, `"key":value`
/// compact or `"key" : value` indented by two spaces, empty containers as `[]` or `[`, blank line, `]`,
/// strings escaped as `\"`, `\\`, `\b`, `\f`, `\n`, `\r`, `\t` and `\u00xx` for the other control
/// characters (everything else, `/` and non-ASCII included, written as is), whole doubles without `.0`.
/// It avoids the encoder's boxing of every value: for a 1 MB article it takes about a sixth of the
/// encoder's instructions. The bytes go into a ``ByteBuffer``, a capacity check and a copy per piece.
struct JSONArticleWriter: ~Copyable {
    /// The bytes written so far.
    private var bytes: ByteBuffer
    private let pretty: Bool
    private var depth = 0
    /// True until the first member or element of the innermost open container is written.
    private var containerIsEmpty = true
    /// The written form of each confidence met so far: articles use few distinct values, many times over.
    private var doubleForms: [UInt64: [UInt8]] = [:]

    init(pretty: Bool, capacity: Int = 0) {
        self.pretty = pretty
        bytes = ByteBuffer(capacity: capacity)
    }

    /// The JSON form of `article`; throws when a confidence is not a finite number (JSON has no NaN).
    static func encode(_ article: JSONArticle, pretty: Bool) throws -> [UInt8] {
        var writer = JSONArticleWriter(pretty: pretty, capacity: article.text.utf8.count * 3 + 4096)
        try writer.write(article)
        return writer.bytes.array
    }

    // MARK: The document, members in sorted key order

    mutating func write(_ a: JSONArticle) throws {
        beginObject()
        key("annotators"); array(a.annotators) { w, x in w.write(x) }
        if let dateline = a.dateline { key("dateline"); write(dateline) }
        key("dates"); try array(a.dates) { w, x in try w.write(x) }
        key("discourseEntities"); try array(a.discourseEntities) { w, x in try w.write(x) }
        key("entities"); try array(a.entities) { w, x in try w.write(x) }
        key("id"); string(a.id)
        key("lang"); string(a.lang)
        key("meta"); write(a.meta)
        key("newsmark"); string(a.newsmark)
        key("offsets"); string(a.offsets)
        key("paragraphs"); array(a.paragraphs) { w, x in w.write(x) }
        key("quotes"); try array(a.quotes) { w, x in try w.write(x) }
        key("tagset"); array(a.tagset) { w, x in w.string(x) }
        key("text"); string(a.text)
        endObject()
    }

    private mutating func write(_ m: JSONArticle.Meta) {
        beginObject()
        optional("headline", m.headline)
        optional("published", m.published)
        optional("rights", m.rights)
        optional("source", m.source)
        optional("url", m.url)
        endObject()
    }

    private mutating func write(_ p: JSONArticle.Paragraph) {
        beginObject()
        key("end"); integer(p.end)
        key("id"); string(p.id)
        key("role"); string(p.role)
        key("start"); integer(p.start)
        endObject()
    }

    private mutating func write(_ d: JSONArticle.Dateline) {
        beginObject()
        key("end"); integer(d.end)
        if let place = d.place { key("place"); write(place) }
        if let source = d.source { key("source"); write(source) }
        key("start"); integer(d.start)
        key("text"); string(d.text)
        endObject()
    }

    private mutating func write(_ s: JSONArticle.Span) {
        beginObject()
        key("end"); integer(s.end)
        key("start"); integer(s.start)
        key("text"); string(s.text)
        endObject()
    }

    private mutating func write(_ a: JSONArticle.JSONAnnotator) {
        beginObject()
        key("id"); string(a.id)
        key("kind"); string(a.kind)
        key("mode"); string(a.mode)
        key("name"); string(a.name)
        optional("version", a.version)
        endObject()
    }

    private mutating func write(_ e: JSONArticle.DiscourseEntityMember) throws {
        beginObject()
        try optional("cert", e.cert)
        key("id"); string(e.id)
        optional("kb", e.kb)
        key("name"); string(e.name)
        optional("resp", e.resp)
        key("type"); string(e.type)
        endObject()
    }

    private mutating func write(_ m: JSONArticle.Mention) throws {
        beginObject()
        try optional("cert", m.cert)
        key("end"); integer(m.end)
        optional("entity", m.entity)
        key("id"); string(m.id)
        optional("resp", m.resp)
        key("start"); integer(m.start)
        key("text"); string(m.text)
        key("type"); string(m.type)
        endObject()
    }

    private mutating func write(_ q: JSONArticle.QuoteMember) throws {
        beginObject()
        try optional("cert", q.cert)
        optional("continues", q.continues)
        optional("cue", q.cue)
        key("end"); integer(q.end)
        key("id"); string(q.id)
        key("kind"); string(q.kind)
        optional("resp", q.resp)
        optional("speaker", q.speaker)
        key("start"); integer(q.start)
        key("text"); string(q.text)
        endObject()
    }

    private mutating func write(_ d: JSONArticle.DateMember) throws {
        beginObject()
        optional("anchor", d.anchor)
        try optional("cert", d.cert)
        key("end"); integer(d.end)
        optional("freq", d.freq)
        key("id"); string(d.id)
        optional("mod", d.mod)
        optional("quant", d.quant)
        optional("resp", d.resp)
        key("start"); integer(d.start)
        key("text"); string(d.text)
        key("type"); string(d.type)
        key("value"); string(d.value)
        endObject()
    }

    // MARK: Containers and layout

    private mutating func beginObject() {
        bytes.append(UInt8(ascii: "{"))
        depth += 1
        containerIsEmpty = true
    }

    private mutating func endObject() { close(UInt8(ascii: "}")) }

    private mutating func array<T>(_ items: [T], _ element: (inout JSONArticleWriter, T) throws -> Void) rethrows {
        bytes.append(UInt8(ascii: "["))
        depth += 1
        containerIsEmpty = true
        for item in items {
            separate()
            try element(&self, item)
        }
        close(UInt8(ascii: "]"))
    }

    private mutating func close(_ bracket: UInt8) {
        depth -= 1
        if pretty {
            if containerIsEmpty { bytes.append(0x0A) }
            newline()
        }
        bytes.append(bracket)
        containerIsEmpty = false
    }

    /// Starts a member or element: a comma after the previous one, then a new indented line when pretty.
    private mutating func separate() {
        if !containerIsEmpty { bytes.append(UInt8(ascii: ",")) }
        containerIsEmpty = false
        if pretty { newline() }
    }

    private mutating func newline() {
        bytes.append(0x0A)
        bytes.append(repeating: 0x20, count: depth * 2)
    }

    /// Writes `"name":` (`"name" : ` when pretty). Member names are plain ASCII and need no escaping.
    private mutating func key(_ name: StaticString) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        bytes.append(name)
        bytes.append(UInt8(ascii: "\""))
        if pretty { bytes.append(0x20) }
        bytes.append(UInt8(ascii: ":"))
        if pretty { bytes.append(0x20) }
    }

    private mutating func optional(_ name: StaticString, _ value: String?) {
        guard let value else { return }
        key(name)
        string(value)
    }

    private mutating func optional(_ name: StaticString, _ value: Double?) throws {
        guard let value else { return }
        key(name)
        try double(value)
    }

    // MARK: Values

    private mutating func integer(_ value: Int) {
        if value < 0 {
            bytes.append(UInt8(ascii: "-"))
        }
        var magnitude = value.magnitude
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[19 - count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
                count += 1
            } while magnitude > 0
            bytes.append(UnsafeRawBufferPointer(rebasing: buffer[(20 - count)...]))
        }
    }

    /// A double as `JSONEncoder` writes it: Swift's shortest round-trip form, without a trailing `.0`.
    private mutating func double(_ value: Double) throws {
        guard value.isFinite else {
            throw NewsmarkError(.invalidInput, "the confidence \(value) is not a finite number, which JSON cannot represent")
        }
        if let form = doubleForms[value.bitPattern] {
            bytes.append(form)
            return
        }
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        let form = Array(text.utf8)
        doubleForms[value.bitPattern] = form
        bytes.append(form)
    }

    /// A quoted string, escaped in one pass over its UTF-8: unescaped runs are copied whole.
    private mutating func string(_ value: String) {
        bytes.append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { utf8 in
            var runStart = 0
            for index in 0..<utf8.count {
                let byte = utf8[index]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                if runStart < index { bytes.append(UnsafeBufferPointer(rebasing: utf8[runStart..<index])) }
                runStart = index + 1
                escape(byte)
            }
            if runStart < utf8.count { bytes.append(UnsafeBufferPointer(rebasing: utf8[runStart...])) }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    private mutating func escape(_ byte: UInt8) {
        switch byte {
        case UInt8(ascii: "\""): bytes.append("\\\"" as StaticString)
        case UInt8(ascii: "\\"): bytes.append("\\\\" as StaticString)
        case 0x08: bytes.append("\\b" as StaticString)
        case 0x09: bytes.append("\\t" as StaticString)
        case 0x0A: bytes.append("\\n" as StaticString)
        case 0x0C: bytes.append("\\f" as StaticString)
        case 0x0D: bytes.append("\\r" as StaticString)
        default:
            bytes.append("\\u00" as StaticString)
            bytes.append(Self.hexDigits[Int(byte >> 4)])
            bytes.append(Self.hexDigits[Int(byte & 0x0F)])
        }
    }
}
