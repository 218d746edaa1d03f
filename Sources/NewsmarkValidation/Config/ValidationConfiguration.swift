import Foundation
import NewsmarkModel
internal import TOMLKit

/// The `[validate]` table of a `.newsmark.toml` file:
///
/// ```toml
/// [validate]
/// strict = false                 # warnings count as errors
/// disable = ["NM109"]            # rules that do not run
///
/// [validate.severity]            # per-rule severity: "error", "warning" or "off"
/// NM107 = "error"
/// ```
///
/// Unknown keys and unknown rule ids are errors, so that a typo does not silently disable nothing.
public enum ValidationConfiguration {
    /// The file name looked for in each file's directory and its ancestors.
    public static let fileName = ".newsmark.toml"

    /// Parses the configuration in `text`; `path` is used in error locations.
    public static func parse(_ text: String, path: String) throws -> RuleSettings {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw NewsmarkError(.usage, "invalid TOML: \(error.description)",
                                location: SourceLocation(file: path, line: error.source.begin.line, column: error.source.begin.column))
        } catch {
            throw NewsmarkError(.usage, "invalid TOML: \(error)", location: SourceLocation(file: path))
        }
        var settings = RuleSettings()
        guard let value = table["validate"] else { return settings }
        guard let validate = value.table else {
            throw NewsmarkError(.usage, "'validate' must be a table ([validate])", location: SourceLocation(file: path))
        }
        func fail(_ message: String) -> NewsmarkError { NewsmarkError(.usage, message, location: SourceLocation(file: path)) }
        for key in validate.keys {
            switch key {
            case "strict":
                guard let strict = validate[key]?.bool else { throw fail("'validate.strict' must be true or false") }
                settings.strict = strict
            case "disable":
                guard let list = validate[key]?.array else { throw fail("'validate.disable' must be an array of rule ids") }
                for item in list {
                    guard let id = item.string else { throw fail("'validate.disable' must contain rule ids as strings") }
                    if let problem = RuleSettings.problem(withRuleID: id) { throw fail("in 'validate.disable': \(problem)") }
                    settings.disabled.insert(id.uppercased())
                }
            case "severity":
                guard let severities = validate[key]?.table else { throw fail("'validate.severity' must be a table") }
                for id in severities.keys {
                    if let problem = RuleSettings.problem(withRuleID: id) { throw fail("in 'validate.severity': \(problem)") }
                    switch severities[id]?.string {
                    case "error": settings.severities[id.uppercased()] = .error
                    case "warning": settings.severities[id.uppercased()] = .warning
                    case "off": settings.disabled.insert(id.uppercased())
                    default: throw fail("'validate.severity.\(id)' must be \"error\", \"warning\" or \"off\"")
                    }
                }
            default:
                throw fail("unknown key 'validate.\(key)' (known: strict, disable, severity)")
            }
        }
        return settings
    }

    /// Reads and parses the configuration file at `path`.
    public static func load(path: String) throws -> RuleSettings {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw NewsmarkError(.io, "cannot read the configuration file", location: SourceLocation(file: path))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw NewsmarkError(.usage, "the configuration file is not valid UTF-8", location: SourceLocation(file: path))
        }
        return try parse(text, path: path)
    }
}
