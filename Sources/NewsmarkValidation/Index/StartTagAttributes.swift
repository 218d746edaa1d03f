import NewsmarkXML

/// The attributes of a start tag as ``XMLStreamIndexer`` reads them: values the rules read as text come
/// as strings; ids and references come as UTF-8 bytes, which the indexer turns into symbols of the
/// document's ids without making a string.
public protocol StartTagAttributes {
    /// The value of `name`, if present.
    func string(_ name: NewsmarkAttributeName) -> String?
    /// Calls `body` with the UTF-8 bytes of the value of `name` and returns its result; `nil` when the
    /// attribute is absent.
    func withUTF8<Result>(_ name: NewsmarkAttributeName, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result?
}

/// Attributes given as a look-up returning strings (the event-stream path and tests).
struct StringStartTagAttributes: StartTagAttributes {
    let lookup: (NewsmarkAttributeName) -> String?

    func string(_ name: NewsmarkAttributeName) -> String? { lookup(name) }

    func withUTF8<Result>(_ name: NewsmarkAttributeName, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result? {
        guard var value = lookup(name) else { return nil }
        return value.withUTF8(body)
    }
}
