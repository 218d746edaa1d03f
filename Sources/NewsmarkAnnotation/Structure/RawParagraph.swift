/// A paragraph found in raw text: one line of text (wrapped lines joined) and where it started.
public struct RawParagraph: Hashable, Sendable {
    /// The paragraph's text: no line breaks, no leading or trailing white space.
    public var text: String
    /// The 1-based input line it starts on.
    public var line: Int
    /// How many input lines were joined into it.
    public var lineCount: Int

    public init(text: String, line: Int, lineCount: Int = 1) {
        self.text = text
        self.line = line
        self.lineCount = lineCount
    }
}
