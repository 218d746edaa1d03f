/// `file:line:col: error[NM101]: message`, one line per finding, then `N files, N errors, N warnings`.
public struct TextReporter: ValidationReporter {
    public init() {}

    public var needsAllReports: Bool { false }

    public mutating func report(_ file: FileReport) -> String {
        var out = ""
        if let failure = file.failure {
            out += "\(failure.location?.description ?? file.input.displayName): error: \(failure.message)\n"
        }
        for diagnostic in file.diagnostics { out += diagnostic.description + "\n" }
        return out
    }

    public mutating func finish(_ files: [FileReport], summary: ValidationSummary) -> String {
        summary.line + "\n"
    }
}
