internal import CNewsmarkLibXML2
import Foundation

/// A start tag as ``NewsmarkSAXParser`` reports it: the name, where its `<` is, and lookups into the
/// attributes libxml2 parsed, without building any string the handler does not ask for.
///
/// Valid only during the ``NewsmarkSAXHandler/startElement(_:)`` call it is passed to: it points into
/// the parser's buffers.
public struct SAXStartElement {
    /// The element's name without prefix.
    public let localName: String
    /// The Newsmark element with this name, whatever the namespace (check ``isNewsmarkNamespace``).
    public let element: NewsmarkElement?
    /// Whether the element is in the Newsmark 1.0 namespace.
    public let isNewsmarkNamespace: Bool
    /// Where the tag's `<` is: 1-based line, and column counted in code points.
    public let line: Int
    public let column: Int
    /// Whether the element was written as an empty-element tag (`<x/>`); its end follows at once.
    public let isEmptyElementTag: Bool

    let namespacePointer: UnsafePointer<xmlChar>?
    /// libxml2's SAX2 attribute array: five pointers per attribute (local name, prefix, URI, value, value end).
    let attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
    let attributeCount: Int
    /// The parser's dictionary pointers of ``NewsmarkAttributeName``'s names, in case order.
    let internedAttributeNames: UnsafePointer<UnsafePointer<xmlChar>?>

    /// The element's namespace, or `nil` when it has none.
    public var namespaceURI: String? {
        guard let namespacePointer else { return nil }
        return isNewsmarkNamespace ? NewsmarkVocabulary.namespace : String(cString: namespacePointer)
    }

    /// The value of a Newsmark attribute (unprefixed, or `xml:lang`), if present. Names are compared as
    /// the pointers libxml2's dictionary hands out.
    public func attribute(_ name: NewsmarkAttributeName) -> String? {
        guard let attributes, attributeCount > 0 else { return nil }
        guard let wanted = internedAttributeNames[name.rawValue] else {
            return name == .xmlLang ? attribute("lang", namespaceURI: NewsmarkVocabulary.xmlNamespace) : attribute(name.localName)
        }
        let isXMLLang = name == .xmlLang
        for i in 0..<attributeCount {
            let base = i * 5
            guard attributes[base] == wanted else { continue }
            if let uri = attributes[base + 2] {
                guard isXMLLang, strcmp(UnsafeRawPointer(uri).assumingMemoryBound(to: CChar.self), "http://www.w3.org/XML/1998/namespace") == 0
                else { continue }
            } else if isXMLLang {
                continue
            }
            guard let start = attributes[base + 3], let end = attributes[base + 4] else { return "" }
            return Self.decodedValue(UnsafeBufferPointer(start: start, count: start.distance(to: end)))
        }
        return nil
    }

    /// The value of a Newsmark attribute, as ``attribute(_:)`` gives it, taken from `memo` when the same
    /// value was seen recently (for the attributes the memo keeps; others are decoded as usual).
    public func attribute(_ name: NewsmarkAttributeName, memo: inout AttributeValueMemo) -> String? {
        guard AttributeValueMemo.remembers(name), let attributes, attributeCount > 0,
              let wanted = internedAttributeNames[name.rawValue] else { return attribute(name) }
        for i in 0..<attributeCount {
            let base = i * 5
            guard attributes[base] == wanted, attributes[base + 2] == nil else { continue }
            guard let start = attributes[base + 3], let end = attributes[base + 4] else { return "" }
            return memo.value(of: name, raw: UnsafeBufferPointer(start: start, count: start.distance(to: end)),
                              decode: Self.decodedValue)
        }
        return nil
    }

    /// Calls `body` with the UTF-8 bytes of an unprefixed Newsmark attribute's value, as ``attribute(_:)``
    /// would decode it, without making a string; `nil` when the attribute is absent. The bytes are valid
    /// only during the call.
    public func withAttributeUTF8<Result>(_ name: NewsmarkAttributeName, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result? {
        guard name != .xmlLang, let attributes, attributeCount > 0, let wanted = internedAttributeNames[name.rawValue] else {
            guard var value = attribute(name) else { return nil }
            return value.withUTF8(body)
        }
        for i in 0..<attributeCount {
            let base = i * 5
            guard attributes[base] == wanted, attributes[base + 2] == nil else { continue }
            guard let start = attributes[base + 3], let end = attributes[base + 4] else {
                return body(UnsafeBufferPointer(start: nil, count: 0))
            }
            let raw = UnsafeBufferPointer(start: start, count: start.distance(to: end))
            guard memchr(start, 0x26, raw.count) == nil else {
                var decoded = Self.decodedValue(raw)
                return decoded.withUTF8(body)
            }
            return body(raw)
        }
        return nil
    }

    /// The value of the unprefixed attribute `localName`, if present.
    public func attribute(_ localName: String) -> String? {
        value(of: localName, namespaceURI: nil)
    }

    /// The value of the attribute `localName` in `namespaceURI` (`xml:lang` is `lang` in
    /// ``NewsmarkVocabulary/xmlNamespace``), if present.
    public func attribute(_ localName: String, namespaceURI: String) -> String? {
        value(of: localName, namespaceURI: namespaceURI)
    }

    private func value(of name: String, namespaceURI: String?) -> String? {
        guard let attributes, attributeCount > 0 else { return nil }
        var name = name
        return name.withUTF8 { wanted -> String? in
            for i in 0..<attributeCount {
                let base = i * 5
                guard let attributeName = attributes[base], Self.equals(attributeName, wanted) else { continue }
                let uri = attributes[base + 2]
                if let namespaceURI {
                    guard let uri, String(cString: uri) == namespaceURI else { continue }
                } else if uri != nil {
                    continue
                }
                guard let start = attributes[base + 3], let end = attributes[base + 4] else { return "" }
                return Self.decodedValue(UnsafeBufferPointer(start: start, count: start.distance(to: end)))
            }
            return nil
        }
    }

    /// Whether the NUL-terminated `cString` holds exactly the bytes `wanted`.
    @inline(__always)
    private static func equals(_ cString: UnsafePointer<xmlChar>, _ wanted: UnsafeBufferPointer<UInt8>) -> Bool {
        for i in 0..<wanted.count where cString[i] != wanted[i] { return false }
        return cString[wanted.count] == 0
    }

    /// An attribute value as the document means it. libxml2's SAX2 interface hands values with
    /// references already resolved, except `&` itself, which it re-escapes as `&#38;` (a `&` cannot
    /// occur otherwise: a raw one is not well-formed).
    static func decodedValue(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        guard let base = bytes.baseAddress, memchr(base, 0x26, bytes.count) != nil else {
            return String(decoding: bytes, as: UTF8.self)
        }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            if bytes[i] == 0x26, i + 4 < bytes.count, bytes[i + 1] == 0x23, bytes[i + 2] == 0x33, bytes[i + 3] == 0x38,
               bytes[i + 4] == 0x3B {  // "&#38;"
                out.append(0x26)
                i += 5
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
