import NewsmarkModel

/// One finding of the validator: a parse error, a schema error or a rule violation, with its location.
///
/// Locations are 1-based; a line or column of 0 means "unknown" (JSON-form findings have no line).
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
    /// How serious a finding is.
    public enum Severity: String, Sendable, Hashable, Codable, Comparable {
        case warning
        case error

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs == .warning && rhs == .error }
    }

    /// The rule id (`NM101`), or an `NM0xx` id for well-formedness, encoding and schema findings.
    public var ruleID: String
    public var severity: Severity
    /// A complete sentence about what is wrong, naming the offending value.
    public var message: String
    /// Where the problem is.
    public var location: SourceLocation

    public init(ruleID: String, severity: Severity, message: String, location: SourceLocation) {
        self.ruleID = ruleID
        self.severity = severity
        self.message = message
        self.location = location
    }

    /// The compiler-style line: `file:line:col: error[NM101]: message`.
    public var description: String {
        "\(location): \(severity.rawValue)[\(ruleID)]: \(message)"
    }

    /// Orders diagnostics of one file by position, then rule id, then message: the order reports use.
    public static func positionalOrder(_ lhs: Diagnostic, _ rhs: Diagnostic) -> Bool {
        if lhs.location.line != rhs.location.line { return lhs.location.line < rhs.location.line }
        if lhs.location.column != rhs.location.column { return lhs.location.column < rhs.location.column }
        if lhs.ruleID != rhs.ruleID { return lhs.ruleID < rhs.ruleID }
        return lhs.message < rhs.message
    }
}
