/// GitHub Actions workflow commands: `::error file=…,line=…,col=…,title=NM101::message`, which GitHub
/// shows as annotations on the changed lines of a pull request; then the summary as a plain line.
public struct GitHubReporter: ValidationReporter {
    public init() {}

    public var needsAllReports: Bool { false }

    public mutating func report(_ file: FileReport) -> String {
        var out = ""
        if let failure = file.failure {
            out += "::error file=\(Self.property(file.input.displayName)),title=newsmark::\(Self.data(failure.message))\n"
        }
        for diagnostic in file.diagnostics {
            var properties = ["file=\(Self.property(diagnostic.location.file ?? file.input.displayName))"]
            if diagnostic.location.line > 0 {
                properties.append("line=\(diagnostic.location.line)")
                if diagnostic.location.column > 0 { properties.append("col=\(diagnostic.location.column)") }
            }
            properties.append("title=\(Self.property(diagnostic.ruleID))")
            out += "::\(diagnostic.severity == .error ? "error" : "warning") \(properties.joined(separator: ","))::"
                + Self.data(diagnostic.message) + "\n"
        }
        return out
    }

    public mutating func finish(_ files: [FileReport], summary: ValidationSummary) -> String {
        summary.line + "\n"
    }

    /// Escapes a command's message (`%`, CR, LF).
    static func data(_ text: String) -> String {
        var out = ""
        for c in text.unicodeScalars {
            switch c {
            case "%": out += "%25"
            case "\r": out += "%0D"
            case "\n": out += "%0A"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }

    /// Escapes a property value (also `:` and `,`).
    static func property(_ text: String) -> String {
        var out = ""
        for c in data(text).unicodeScalars {
            switch c {
            case ":": out += "%3A"
            case ",": out += "%2C"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }
}
