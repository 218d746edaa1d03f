import Foundation

/// A validator for the part of JSON Schema 2020-12 that `Schema/newsmark.schema.json` uses. It refuses any
/// keyword it does not implement, so the schema cannot grow a rule these tests silently ignore.
struct JSONSchemaSubsetValidator {
    static let keywords: Set<String> = [
        "$schema", "$id", "$comment", "$defs", "$ref", "title", "description", "type", "properties", "required",
        "additionalProperties", "items", "minItems", "uniqueItems", "enum", "const", "minimum", "maximum", "pattern",
        "minLength",
    ]

    let root: [String: Any]

    /// Every keyword of `schema` and its subschemas that this validator does not know.
    func unknownKeywords(in schema: Any? = nil) -> Set<String> {
        guard let schema = (schema ?? root) as? [String: Any] else { return [] }
        var unknown = Set(schema.keys).subtracting(Self.keywords)
        for key in ["properties", "$defs"] {
            for (_, sub) in schema[key] as? [String: Any] ?? [:] { unknown.formUnion(unknownKeywords(in: sub)) }
        }
        if let items = schema["items"] { unknown.formUnion(unknownKeywords(in: items)) }
        return unknown
    }

    /// The problems of `value` against the schema, each as "PATH: what".
    func problems(_ value: Any, schema: Any? = nil, path: String = "$") -> [String] {
        guard var schema = (schema ?? root) as? [String: Any] else { return ["\(path): schema is not an object"] }
        if let ref = schema["$ref"] as? String {
            let name = ref.replacingOccurrences(of: "#/$defs/", with: "")
            guard let target = (root["$defs"] as? [String: Any])?[name] as? [String: Any] else { return ["\(path): unresolved \(ref)"] }
            schema = target
        }
        var found: [String] = []
        if let type = schema["type"] as? String, !Self.has(value, type: type) { return ["\(path): not of type \(type)"] }
        if let constant = schema["const"], !Self.equal(value, constant) { found.append("\(path): not \(constant)") }
        if let choices = schema["enum"] as? [Any], !choices.contains(where: { Self.equal(value, $0) }) {
            found.append("\(path): \(value) is not one of \(choices)")
        }
        if let string = value as? String {
            if let minimum = schema["minLength"] as? Int, string.unicodeScalars.count < minimum { found.append("\(path): too short") }
            if let pattern = schema["pattern"] as? String {
                let regex = try? NSRegularExpression(pattern: pattern)
                let range = NSRange(string.startIndex..., in: string)
                if regex?.firstMatch(in: string, range: range) == nil { found.append("\(path): \(string) does not match \(pattern)") }
            }
        }
        if let number = (value as? NSNumber)?.doubleValue, !(value is String) {
            if let minimum = (schema["minimum"] as? NSNumber)?.doubleValue, number < minimum { found.append("\(path): below \(minimum)") }
            if let maximum = (schema["maximum"] as? NSNumber)?.doubleValue, number > maximum { found.append("\(path): above \(maximum)") }
        }
        if let object = value as? [String: Any] {
            for name in schema["required"] as? [String] ?? [] where object[name] == nil {
                found.append("\(path): missing \(name)")
            }
            let properties = schema["properties"] as? [String: Any] ?? [:]
            for (name, member) in object {
                if let sub = properties[name] {
                    found += problems(member, schema: sub, path: "\(path).\(name)")
                } else if schema["additionalProperties"] as? Bool == false {
                    found.append("\(path).\(name): not allowed")
                }
            }
        }
        if let array = value as? [Any] {
            if let minimum = schema["minItems"] as? Int, array.count < minimum { found.append("\(path): fewer than \(minimum) items") }
            if schema["uniqueItems"] as? Bool == true {
                for (i, a) in array.enumerated() where array[..<i].contains(where: { Self.equal($0, a) }) {
                    found.append("\(path)[\(i)]: duplicate")
                }
            }
            if let items = schema["items"] {
                for (i, item) in array.enumerated() { found += problems(item, schema: items, path: "\(path)[\(i)]") }
            }
        }
        return found
    }

    private static func has(_ value: Any, type: String) -> Bool {
        switch type {
        case "object": return value is [String: Any]
        case "array": return value is [Any]
        case "string": return value is String
        case "number": return !(value is String) && value is NSNumber
        case "integer":
            guard !(value is String), let number = value as? NSNumber else { return false }
            return number.doubleValue == number.doubleValue.rounded()
        default: return false
        }
    }

    private static func equal(_ a: Any, _ b: Any) -> Bool {
        if let a = a as? String, let b = b as? String { return a == b }
        if let a = a as? NSNumber, let b = b as? NSNumber { return a == b }
        return false
    }
}
