/// Receives what ``NewsmarkSAXParser`` reads, in document order. Text arrives as UTF-8 bytes in
/// pieces (a run of character data may be split anywhere between code points, and references are
/// resolved); nothing is copied into a Swift string unless the handler does it.
public protocol NewsmarkSAXHandler: AnyObject {
    /// A start tag (an empty-element tag is followed at once by ``endElement()``).
    func startElement(_ element: SAXStartElement)
    /// A piece of character data.
    ///
    /// - Parameters:
    ///   - utf8: the characters, valid only during the call.
    ///   - context: where the piece is.
    func characters(_ utf8: UnsafeBufferPointer<UInt8>, context: SAXTextContext)
    /// The end of the innermost open element.
    func endElement()
    /// The end of a run of character data: the next event is markup (or a CDATA section follows
    /// text, or text a CDATA section). Called only after ``characters(_:context:)``.
    func endOfTextRun()
    /// The parser has handed over everything in one piece of input (about 64 KB): a handler that
    /// defers work runs it now, in one stretch rather than between the parser's callbacks.
    func endOfChunk()
}

extension NewsmarkSAXHandler {
    public func endOfChunk() {}
}

/// Where a piece of character data is.
public struct SAXTextContext: Sendable, Hashable {
    /// Whether it is inside a Newsmark `p` (part of the article text).
    public var inParagraph: Bool
    /// Whether the innermost open element is a Newsmark element that holds character data (`published`,
    /// `source`, `url`, `rights`) and no child element ended since it started.
    public var inTextField: Bool
    /// Whether it comes from a CDATA section.
    public var isCDATA: Bool
}
