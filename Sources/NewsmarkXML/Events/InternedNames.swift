internal import CNewsmarkLibXML2

/// Swift strings for the element and attribute names of the Newsmark vocabulary, looked up by the
/// pointer libxml2's reader hands out rather than built from its bytes for every node.
///
/// The reader keeps every element and attribute name in its dictionary, one copy per distinct name, and
/// `xmlTextReaderConstString` returns the dictionary's copy: so a name the reader reports is a known name
/// exactly when its pointer equals the one interned here. Names outside the vocabulary miss the table and
/// are built from their bytes (correct, only slower).
struct InternedNames {
    private var pointers: [UnsafePointer<xmlChar>] = []
    private var names: [String] = []
    private var elements: [NewsmarkElement?] = []

    /// Attribute names the format uses (element names come from ``NewsmarkElement``).
    private static let attributeNames = [
        "id", "type", "role", "entity", "kind", "speaker", "cue", "continues", "resp", "cert", "value", "mod",
        "anchor", "quant", "freq", "name", "kb", "version", "mode", "lang",
    ]

    init(reader: xmlTextReaderPtr) {
        for element in NewsmarkElement.allCases {
            add(element.rawValue, element: element, reader: reader)
        }
        for name in Self.attributeNames where NewsmarkElement(rawValue: name) == nil {
            add(name, element: nil, reader: reader)
        }
    }

    private mutating func add(_ name: String, element: NewsmarkElement?, reader: xmlTextReaderPtr) {
        guard let pointer = xmlTextReaderConstString(reader, name) else { return }
        pointers.append(pointer)
        names.append(name)
        elements.append(element)
    }

    @inline(__always)
    private func index(of pointer: UnsafePointer<xmlChar>) -> Int? {
        var i = 0
        let count = pointers.count
        while i < count {
            if pointers[i] == pointer { return i }
            i += 1
        }
        return nil
    }

    /// The name at `pointer` (`""` for a null pointer).
    func name(_ pointer: UnsafePointer<xmlChar>?) -> String {
        guard let pointer else { return "" }
        if let i = index(of: pointer) { return names[i] }
        return String(cString: pointer)
    }

    /// The name at `pointer` and, for a Newsmark element name, the element (whatever the namespace:
    /// callers check it).
    func elementName(_ pointer: UnsafePointer<xmlChar>?) -> (name: String, element: NewsmarkElement?) {
        guard let pointer else { return ("", nil) }
        if let i = index(of: pointer) { return (names[i], elements[i]) }
        let name = String(cString: pointer)
        return (name, NewsmarkElement(rawValue: name))
    }
}
