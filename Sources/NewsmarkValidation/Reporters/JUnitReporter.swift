import NewsmarkModel

/// JUnit XML: one `testsuite`, one `testcase` per file; a file with errors has a `failure` listing them,
/// an unreadable file an `error`; warnings go to the test case's `system-out`.
public struct JUnitReporter: ValidationReporter {
    public init() {}

    public var needsAllReports: Bool { true }

    public mutating func report(_ file: FileReport) -> String { "" }

    public mutating func finish(_ files: [FileReport], summary: ValidationSummary) -> String {
        let cases = files.filter { !$0.skipped }
        let failures = cases.count { $0.failure == nil && $0.errorCount > 0 }
        let errors = cases.count { $0.failure != nil }
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<testsuites name=\"newsmark validate\" tests=\"\(cases.count)\" failures=\"\(failures)\" errors=\"\(errors)\">\n"
        out += "  <testsuite name=\"newsmark validate\" tests=\"\(cases.count)\" failures=\"\(failures)\" errors=\"\(errors)\" skipped=\"0\">\n"
        for file in cases {
            let name = Self.escape(file.input.displayName)
            out += "    <testcase classname=\"newsmark.validate\" name=\"\(name)\" file=\"\(name)\">\n"
            if let failure = file.failure {
                out += "      <error type=\"io\" message=\"\(Self.escape(failure.message))\">\(Self.escape(failure.description))</error>\n"
            }
            let errorLines = file.diagnostics.filter { $0.severity == .error }.map(\.description)
            if !errorLines.isEmpty {
                let first = file.diagnostics.first { $0.severity == .error }
                let message = "\(errorLines.count) error\(errorLines.count == 1 ? "" : "s"): \(first?.message ?? "")"
                out += "      <failure type=\"\(Self.escape(first?.ruleID ?? ""))\" message=\"\(Self.escape(message))\">"
                    + Self.escape(errorLines.joined(separator: "\n")) + "</failure>\n"
            }
            let warnings = file.diagnostics.filter { $0.severity == .warning }.map(\.description)
            if !warnings.isEmpty {
                out += "      <system-out>\(Self.escape(warnings.joined(separator: "\n")))</system-out>\n"
            }
            out += "    </testcase>\n"
        }
        out += "  </testsuite>\n</testsuites>\n"
        return out
    }

    /// Escapes text for XML content and attributes; characters XML 1.0 forbids become U+FFFD.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\n": out += "&#10;"
            default:
                out.unicodeScalars.append(scalar.isXMLCharacter ? scalar : "\u{FFFD}")
            }
        }
        return out
    }
}
