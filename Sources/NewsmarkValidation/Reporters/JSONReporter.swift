import Foundation

/// One JSON document:
/// `{"files":[{"path":…,"valid":…,"diagnostics":[{"rule":…,"severity":…,"message":…,"line":…,"column":…}]}],
///   "summary":{"files":…,"errors":…,"warnings":…}}`. Keys are sorted; output is stable.
public struct JSONReporter: ValidationReporter {
    public init() {}

    public var needsAllReports: Bool { true }

    public mutating func report(_ file: FileReport) -> String { "" }

    public mutating func finish(_ files: [FileReport], summary: ValidationSummary) -> String {
        let fileObjects: [[String: Any]] = files.filter { !$0.skipped }.map { file in
            var object: [String: Any] = [
                "path": file.input.displayName,
                "valid": file.isValid,
                "errors": file.errorCount,
                "warnings": file.warningCount,
                "diagnostics": file.diagnostics.map { d -> [String: Any] in
                    ["rule": d.ruleID, "severity": d.severity.rawValue, "message": d.message,
                     "line": d.location.line, "column": d.location.column]
                },
            ]
            if let failure = file.failure { object["failure"] = failure.message }
            return object
        }
        let document: [String: Any] = [
            "files": fileObjects,
            "summary": ["files": summary.files, "errors": summary.errors, "warnings": summary.warnings,
                        "invalidFiles": summary.invalidFiles],
        ]
        return JSONOutput.string(document)
    }
}

/// Serialises report documents (sorted keys, no escaped slashes, trailing newline).
enum JSONOutput {
    static func string(_ object: Any) -> String {
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]),
              let text = String(data: data, encoding: .utf8) else { return "{}\n" }
        return text + "\n"
    }
}
