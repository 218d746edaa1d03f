import NewsmarkModel

/// One finding of the validator: a schema error, a rule violation or a parse error, with its location.
public struct Diagnostic: Hashable, Sendable {
    /// How serious a finding is.
    public enum Severity: String, Sendable, Hashable, Codable, Comparable {
        case warning
        case error

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs == .warning && rhs == .error }
    }

    /// The rule id (`NM101`), or `NM001`-style ids for well-formedness and schema findings.
    public var ruleID: String
    public var severity: Severity
    public var message: String
    public var location: SourceLocation

    public init(ruleID: String, severity: Severity, message: String, location: SourceLocation) {
        self.ruleID = ruleID
        self.severity = severity
        self.message = message
        self.location = location
    }
}
