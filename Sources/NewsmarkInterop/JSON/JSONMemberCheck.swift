/// Any JSON member name, to see every member an object holds (a typed container hides unknown ones).
struct AnyMemberKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }

    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}

/// The error thrown for a member the JSON form does not define; carries the path of the object.
struct UnknownMemberError: Error {
    var codingPath: [any CodingKey]
    var member: String
    var known: [String]
}

extension Decoder {
    /// A keyed container that first rejects members not among `Keys`, so a misspelt member is an error
    /// instead of being dropped.
    func strictContainer<Keys: CodingKey & CaseIterable>(keyedBy type: Keys.Type) throws -> KeyedDecodingContainer<Keys> {
        let everything = try container(keyedBy: AnyMemberKey.self)
        let known = Set(Keys.allCases.map(\.stringValue))
        // Sorted, so that the member reported is the same on every run.
        if let unknown = everything.allKeys.map(\.stringValue).filter({ !known.contains($0) }).sorted().first {
            throw UnknownMemberError(codingPath: codingPath, member: unknown, known: Keys.allCases.map(\.stringValue))
        }
        return try container(keyedBy: type)
    }
}

extension KeyedDecodingContainer {
    /// A code-point offset: a whole number. A fraction is reported at its own path (Foundation's own error for
    /// `22.5` read as an integer has no path).
    func decodeOffset(forKey key: Key) throws -> Int {
        if let offset = try? decode(Int.self, forKey: key) { return offset }
        let number: Double
        do {
            number = try decode(Double.self, forKey: key)
        } catch DecodingError.typeMismatch(_, let context) {
            throw DecodingError.typeMismatch(Int.self, context)
        }
        throw DecodingError.dataCorruptedError(
            forKey: key, in: self, debugDescription: "an offset is a whole number of code points, found \(number)")
    }
}

/// JSON paths in the `$.quotes[3].speaker` notation used in every JSON-form message.
enum JSONPath {
    /// The path of a decoder coding path.
    static func of(_ codingPath: [any CodingKey]) -> String {
        var path = "$"
        for key in codingPath {
            if let index = key.intValue {
                path += "[\(index)]"
            } else {
                path += member(key.stringValue)
            }
        }
        return path
    }

    /// `.name`, or `["name"]` when the name is not a plain identifier.
    static func member(_ name: String) -> String {
        let plain = !name.isEmpty && name.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "_"
        }
        if plain { return "." + name }
        var escaped = ""
        for scalar in name.unicodeScalars {
            switch scalar {
            case "\"": escaped += "\\\""
            case "\\": escaped += "\\\\"
            default:
                if scalar.value < 0x20 { escaped += "\\u" + String(scalar.value, radix: 16).leftPadded(to: 4) } else {
                    escaped.unicodeScalars.append(scalar)
                }
            }
        }
        return "[\"" + escaped + "\"]"
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
