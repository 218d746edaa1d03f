import NewsmarkModel

/// Reads CoNLL columns (the token first, the entity tag last; 2 to 4 or more columns) into documents of tokens
/// and entity spans over token indices. BIO (IOB2) and IOB1 tags are accepted.
public struct CoNLLReader: Sendable {
    /// One token line.
    public struct Token: Sendable, Hashable {
        public var text: String
        public var tag: String
        /// 1-based line in the file.
        public var line: Int
    }

    /// One document (what follows a `-DOCSTART-` line).
    public struct Document: Sendable {
        public var tokens: [Token]
        /// Entities as token ranges with their (Newsmark) types.
        public var entities: [(tokens: Range<Int>, type: String)]
    }

    public init() {}

    /// The documents in `text`; a file without `-DOCSTART-` is one document.
    public func read(_ text: String, file: String? = nil) throws -> [Document] {
        var documents: [[Token]] = []
        var current: [Token] = []
        var started = false
        var lineNumber = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            var line = rawLine
            if line.hasSuffix("\r") { line = line.dropLast() }
            let columns = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
            if columns.isEmpty { continue }
            if columns[0] == "-DOCSTART-" {
                if started || !current.isEmpty { documents.append(current) }
                current = []
                started = true
                continue
            }
            guard columns.count >= 2 else {
                throw NewsmarkError(.invalidInput, "a token line needs the token and its tag", location: SourceLocation(file: file, line: lineNumber, column: 1))
            }
            current.append(Token(text: String(columns[0]), tag: String(columns[columns.count - 1]), line: lineNumber))
        }
        if started || !current.isEmpty { documents.append(current) }
        return try documents.map { tokens in Document(tokens: tokens, entities: try Self.entities(tokens, file: file)) }
    }

    static func entities(_ tokens: [Token], file: String?) throws -> [(tokens: Range<Int>, type: String)] {
        var result: [(tokens: Range<Int>, type: String)] = []
        var open: (start: Int, type: String)?
        func close(at end: Int) {
            if let current = open { result.append((current.start..<end, current.type)) }
            open = nil
        }
        for (index, token) in tokens.enumerated() {
            if token.tag == "O" {
                close(at: index)
                continue
            }
            let parts = token.tag.split(separator: "-", maxSplits: 1)
            guard parts.count == 2, ["B", "I", "E", "S"].contains(parts[0]) else {
                throw NewsmarkError(.invalidInput, "'\(token.tag)' is not a BIO tag (O, B-TYPE, I-TYPE)",
                                    location: SourceLocation(file: file, line: token.line, column: 1))
            }
            let type = CoNLLLabels.type(for: String(parts[1]))
            if parts[0] == "I" || parts[0] == "E", let current = open, current.type == type {
                if parts[0] == "E" { close(at: index + 1) }
                continue
            }
            close(at: index)
            open = (index, type)
            if parts[0] == "S" { close(at: index + 1) }
        }
        close(at: tokens.count)
        return result
    }
}
