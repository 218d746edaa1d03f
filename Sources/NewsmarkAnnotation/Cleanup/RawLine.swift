/// One line of raw input after line-break normalization: its text without leading and trailing white
/// space, its 1-based line number in the input, and how far it was indented.
public struct RawLine: Hashable, Sendable {
    /// The 1-based line number in the input.
    public var number: Int
    /// The line's text, trimmed at both ends. Empty for a blank line.
    public var text: String
    /// The number of white-space code points the line started with (a tab counts as one).
    public var indentation: Int

    public init(number: Int, text: String, indentation: Int = 0) {
        self.number = number
        self.text = text
        self.indentation = indentation
    }

    /// Whether the line has no text.
    public var isBlank: Bool { text.isEmpty }
}

/// Something a conversion stage did to the input that the user may want to know: a character dropped,
/// a line removed, a date it could not complete.
public struct ConversionNote: Hashable, Sendable, CustomStringConvertible {
    /// The 1-based input line it concerns, or 0.
    public var line: Int
    /// The 1-based column (code points), or 0.
    public var column: Int
    /// A complete sentence.
    public var message: String

    public init(line: Int, column: Int = 0, message: String) {
        self.line = line
        self.column = column
        self.message = message
    }

    /// `line:col: message`, leaving out what is unknown.
    public var description: String {
        var place = ""
        if line > 0 { place = column > 0 ? "\(line):\(column): " : "\(line): " }
        return place + message
    }
}
