/// The output formats of `newsmark validate`.
public enum ReportFormat: String, Sendable, CaseIterable {
    /// `file:line:col: error[NM101]: message` lines and a summary (for people and editors).
    case text
    /// One JSON document (for scripts).
    case json
    /// GitHub Actions workflow commands (annotations on pull requests).
    case github
    /// JUnit XML, one test case per file (GitLab, Jenkins, CircleCI test reports).
    case junit
    /// SARIF 2.1.0 (GitHub code scanning and other static-analysis dashboards).
    case sarif

    /// A reporter writing this format.
    public func makeReporter(toolVersion: String) -> any ValidationReporter {
        switch self {
        case .text: TextReporter()
        case .json: JSONReporter()
        case .github: GitHubReporter()
        case .junit: JUnitReporter()
        case .sarif: SARIFReporter(toolVersion: toolVersion)
        }
    }
}

/// Writes validation results. Line-oriented formats write each file's findings as soon as the file is
/// done (``report(_:)``); document formats write everything in ``finish(_:summary:)``.
public protocol ValidationReporter {
    /// Output for one file, in input order (may be empty).
    mutating func report(_ file: FileReport) -> String
    /// The closing output: a summary line, or the whole document.
    mutating func finish(_ files: [FileReport], summary: ValidationSummary) -> String
    /// Whether ``finish(_:summary:)`` needs every report (document formats); otherwise reports are not kept.
    var needsAllReports: Bool { get }
}

/// Location text helpers shared by the reporters.
enum ReportText {
    /// Whether a finding has a line to point at.
    static func hasLine(_ diagnostic: Diagnostic) -> Bool { diagnostic.location.line > 0 }
}
