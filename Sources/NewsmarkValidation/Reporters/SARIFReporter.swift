/// SARIF 2.1.0 for code-scanning upload (GitHub `upload-sarif`): one run, the tool's rules with ids,
/// names, descriptions and help, and one result per finding with its file, line and column.
public struct SARIFReporter: ValidationReporter {
    public let toolVersion: String

    public init(toolVersion: String) { self.toolVersion = toolVersion }

    public var needsAllReports: Bool { true }

    public mutating func report(_ file: FileReport) -> String { "" }

    public mutating func finish(_ files: [FileReport], summary: ValidationSummary) -> String {
        let descriptors = RuleRegistry.allDescriptors
        var ruleIndex: [String: Int] = [:]
        for (i, d) in descriptors.enumerated() { ruleIndex[d.id] = i }
        let rules: [[String: Any]] = descriptors.map { d in
            [
                "id": d.id,
                "name": d.name,
                "shortDescription": ["text": d.summary],
                "fullDescription": ["text": d.summary],
                "help": ["text": "\(d.help) See \(d.documentationAnchor).", "markdown": "\(d.help) See [\(d.id)](\(d.documentationAnchor))."],
                "defaultConfiguration": ["level": d.defaultSeverity == .error ? "error" : "warning"],
                "properties": ["category": d.category.rawValue],
            ]
        }
        var results: [[String: Any]] = []
        var notifications: [[String: Any]] = []
        for file in files where !file.skipped {
            let uri = Self.uri(file.input.displayName)
            if let failure = file.failure {
                notifications.append([
                    "level": "error",
                    "message": ["text": "\(file.input.displayName): \(failure.message)"],
                    "locations": [["physicalLocation": ["artifactLocation": ["uri": uri]]]],
                ])
            }
            for d in file.diagnostics {
                var physical: [String: Any] = ["artifactLocation": ["uri": uri]]
                if d.location.line > 0 {
                    var region: [String: Any] = ["startLine": d.location.line]
                    if d.location.column > 0 { region["startColumn"] = d.location.column }
                    physical["region"] = region
                }
                var result: [String: Any] = [
                    "ruleId": d.ruleID,
                    "level": d.severity == .error ? "error" : "warning",
                    "message": ["text": d.message],
                    "locations": [["physicalLocation": physical]],
                ]
                if let index = ruleIndex[d.ruleID] { result["ruleIndex"] = index }
                results.append(result)
            }
        }
        var invocation: [String: Any] = ["executionSuccessful": summary.failures == 0]
        if !notifications.isEmpty { invocation["toolExecutionNotifications"] = notifications }
        let document: [String: Any] = [
            "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
            "version": "2.1.0",
            "runs": [[
                "tool": ["driver": [
                    "name": "newsmark",
                    "semanticVersion": toolVersion,
                    "version": toolVersion,
                    "rules": rules,
                ]],
                "invocations": [invocation],
                "columnKind": "unicodeCodePoints",
                "results": results,
            ]],
        ]
        return JSONOutput.string(document)
    }

    /// A relative URI reference for a path: forward slashes, reserved characters percent-encoded.
    static func uri(_ path: String) -> String {
        var trimmed = path
        while trimmed.hasPrefix("./") { trimmed.removeFirst(2) }
        var out = ""
        for byte in trimmed.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                out += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return path.hasPrefix("/") ? "file://" + out : out
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
