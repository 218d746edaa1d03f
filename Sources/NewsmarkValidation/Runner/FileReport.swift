import NewsmarkModel

/// The outcome of validating one input.
public struct FileReport: Sendable {
    public var input: InputFile
    /// Findings after configuration, in position order.
    public var diagnostics: [Diagnostic]
    /// Set when the input could not be read or configured (exit code 2).
    public var failure: NewsmarkError?
    /// Whether the input was skipped (a discovered `*.json` file that is not in the JSON form).
    public var skipped: Bool

    public init(input: InputFile, diagnostics: [Diagnostic] = [], failure: NewsmarkError? = nil, skipped: Bool = false) {
        self.input = input
        self.diagnostics = diagnostics
        self.failure = failure
        self.skipped = skipped
    }

    public var errorCount: Int { diagnostics.count { $0.severity == .error } }
    public var warningCount: Int { diagnostics.count { $0.severity == .warning } }
    /// Whether the file is valid (no error, no failure).
    public var isValid: Bool { failure == nil && errorCount == 0 }
}

/// Totals over a run.
public struct ValidationSummary: Hashable, Sendable {
    public var files = 0
    public var errors = 0
    public var warnings = 0
    /// Inputs that could not be read (their own count; each is also an error).
    public var failures = 0
    public var invalidFiles = 0

    public init() {}

    public init(_ reports: [FileReport]) {
        for report in reports where !report.skipped { add(report) }
    }

    public mutating func add(_ report: FileReport) {
        guard !report.skipped else { return }
        files += 1
        errors += report.errorCount + (report.failure == nil ? 0 : 1)
        warnings += report.warningCount
        if report.failure != nil { failures += 1 }
        if !report.isValid { invalidFiles += 1 }
    }

    /// `N files, N errors, N warnings`.
    public var line: String {
        func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        return "\(plural(files, "file")), \(plural(errors, "error")), \(plural(warnings, "warning"))"
    }

    /// 0 when every file is valid, 1 when some file is invalid, 2 when an input could not be read.
    public var exitCode: Int32 { failures > 0 ? 2 : invalidFiles > 0 ? 1 : 0 }
}
