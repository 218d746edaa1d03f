import Foundation
import NewsmarkModel

/// Turns Foundation's decoding errors into Newsmark errors that name the JSON path, and, for malformed JSON,
/// the line and column.
enum JSONDecodingErrorReport {
    static func error(for error: DecodingError, data: Data, fileName: String?) -> NewsmarkError {
        let location = SourceLocation(file: fileName)
        switch error {
        case .keyNotFound(let key, let context):
            return NewsmarkError(.invalidInput, "\(JSONPath.of(context.codingPath)): missing required member \"\(key.stringValue)\"",
                                 location: location)
        case .valueNotFound(let type, let context):
            return NewsmarkError(.invalidInput, "\(JSONPath.of(context.codingPath)): expected \(describe(type)), found null",
                                 location: location)
        case .typeMismatch(let type, let context):
            return NewsmarkError(.invalidInput, "\(JSONPath.of(context.codingPath)): expected \(describe(type))\(found(context.debugDescription))",
                                 location: location)
        case .dataCorrupted(let context):
            if !context.codingPath.isEmpty {
                return NewsmarkError(.invalidInput, "\(JSONPath.of(context.codingPath)): \(context.debugDescription)", location: location)
            }
            return syntaxError(data: data, fileName: fileName, fallback: context.debugDescription)
        @unknown default:
            return NewsmarkError(.invalidInput, "cannot read the JSON: \(error)", location: location)
        }
    }

    /// The syntax error in `data` with its line and column. `JSONDecoder` on Linux reports neither, so the
    /// (already failed) input is parsed once more with `JSONSerialization`, whose message gives a byte offset.
    static func syntaxError(data: Data, fileName: String?, fallback: String) -> NewsmarkError {
        if data.allSatisfy({ [0x20, 0x09, 0x0A, 0x0D].contains($0) }) {
            return NewsmarkError(.invalidInput, "the JSON is empty", location: SourceLocation(file: fileName))
        }
        var message = fallback
        var location = SourceLocation(file: fileName)
        do {
            _ = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
            // Well-formed JSON that still failed: a value of the wrong kind (a fraction where an integer goes).
            message = "a value does not have the expected kind (offsets are integers): \(fallback)"
        } catch {
            let detail = ((error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String) ?? "\(error)"
            message = "malformed JSON: \(detail)"
            let offset = detail.contains("end of file") ? data.count : byteOffset(in: detail)
            if let offset, offset <= data.count {
                let (line, column) = lineAndColumn(of: offset, in: data)
                location = SourceLocation(file: fileName, line: line, column: column)
                message = "malformed JSON: \(detail.replacingOccurrences(of: " around character \(offset)", with: ""))"
            }
        }
        return NewsmarkError(.invalidInput, message, location: location)
    }

    /// The N in "… around character N.", if any.
    private static func byteOffset(in detail: String) -> Int? {
        guard let range = detail.range(of: "around character ") else { return nil }
        let digits = detail[range.upperBound...].prefix { $0.isASCII && $0.isNumber }
        return Int(digits)
    }

    /// 1-based line and column (in bytes) of a 0-based byte offset.
    private static func lineAndColumn(of offset: Int, in data: Data) -> (Int, Int) {
        var line = 1
        var lineStart = 0
        var index = 0
        for byte in data.prefix(offset) {
            index += 1
            if byte == 0x0A {
                line += 1
                lineStart = index
            }
        }
        return (line, offset - lineStart + 1)
    }

    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Int.Type: "an integer"
        case is Double.Type: "a number"
        case is Bool.Type: "true or false"
        default:
            String(describing: type).contains("Array") ? "an array" : "an object"
        }
    }

    /// ", found a string" from Foundation's "Expected to decode Int but found a string instead."
    private static func found(_ debugDescription: String) -> String {
        guard let range = debugDescription.range(of: "but found ") else { return "" }
        var rest = debugDescription[range.upperBound...]
        if rest.hasSuffix(" instead.") { rest = rest.dropLast(" instead.".count) }
        var noun = String(rest)
        for article in ["a ", "an "] where noun.hasPrefix(article) { noun = String(noun.dropFirst(article.count)) }
        let named = switch noun.lowercased() {
        case "number": "a number"
        case "string": "a string"
        case "array": "an array"
        case "dictionary", "object": "an object"
        case "bool", "boolean": "true or false"
        default: noun
        }
        return ", found " + named
    }
}
