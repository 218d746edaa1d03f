/// A place in an input file: 1-based line and column, and the file's name when known.
public struct SourceLocation: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The file's path as given by the user, or `nil` (standard input, a string).
    public var file: String?
    /// 1-based line, or 0 when unknown.
    public var line: Int
    /// 1-based column, or 0 when unknown.
    public var column: Int

    public init(file: String? = nil, line: Int = 0, column: Int = 0) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `file:line:col`, leaving out what is unknown.
    public var description: String {
        var text = file ?? "<input>"
        if line > 0 {
            text += ":\(line)"
            if column > 0 { text += ":\(column)" }
        }
        return text
    }
}

/// An error Newsmark reports about its input or output, with a location when it has one.
///
/// Every module throws this one type, so that the command-line tool reports every problem in one form:
/// `FILE:LINE:COL: error: message`.
public struct NewsmarkError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What kind of problem it is; decides the exit code.
    public enum Kind: String, Sendable, Hashable {
        /// The input is not well-formed, not valid, or cannot be understood (exit code 1).
        case invalidInput
        /// The input cannot be read or the output cannot be written (exit code 2).
        case io
        /// The request itself is wrong: an unknown format, a bad option value (exit code 2).
        case usage
    }

    public var kind: Kind
    /// A clear, complete sentence about what is wrong.
    public var message: String
    /// Where, if known.
    public var location: SourceLocation?
    /// A rule or check id (`NM101`), if any.
    public var ruleID: String?

    public init(_ kind: Kind, _ message: String, location: SourceLocation? = nil, ruleID: String? = nil) {
        self.kind = kind
        self.message = message
        self.location = location
        self.ruleID = ruleID
    }

    /// The compiler-style line: `file:line:col: error[ID]: message`.
    public var description: String {
        let place = location.map { "\($0): " } ?? ""
        let id = ruleID.map { "[\($0)]" } ?? ""
        return "\(place)error\(id): \(message)"
    }

    /// The same error located in `file` (keeps line and column).
    public func inFile(_ file: String) -> NewsmarkError {
        var copy = self
        var location = copy.location ?? SourceLocation()
        location.file = file
        copy.location = location
        return copy
    }
}
