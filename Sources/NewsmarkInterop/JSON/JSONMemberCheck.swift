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
    /// The members of a JSON object, refusing any member not among `Keys`, so that a misspelt member is an
    /// error instead of being dropped.
    func strictContainer<Keys: CodingKey & CaseIterable>(keyedBy type: Keys.Type) throws -> StrictMembers<Keys> {
        try StrictMembers(self)
    }
}

/// A JSON object's members, read by `Keys`, after checking that the object holds no other member.
///
/// One keyed container (by any name) serves both the check and the reads: Foundation builds a dictionary for
/// each keyed container it hands out, so asking for a second, typed one would double the decoding cost.
struct StrictMembers<Keys: CodingKey & CaseIterable> {
    private let container: KeyedDecodingContainer<AnyMemberKey>

    init(_ decoder: any Decoder) throws {
        container = try decoder.container(keyedBy: AnyMemberKey.self)
        var unknown: [String] = []
        for key in container.allKeys where Keys(stringValue: key.stringValue) == nil { unknown.append(key.stringValue) }
        // Sorted, so that the member reported is the same on every run.
        if let first = unknown.min() {
            throw UnknownMemberError(codingPath: decoder.codingPath, member: first, known: Keys.allCases.map(\.stringValue))
        }
    }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Keys) throws -> T {
        try container.decode(type, forKey: AnyMemberKey(stringValue: key.stringValue))
    }

    /// The member's value, or `nil` when it is absent or `null`.
    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Keys) throws -> T? {
        try container.decodeIfPresent(type, forKey: AnyMemberKey(stringValue: key.stringValue))
    }

    /// A code-point offset: a whole number. A fraction is reported at its own path (Foundation's own error for
    /// `22.5` read as an integer has no path).
    func decodeOffset(forKey key: Keys) throws -> Int {
        let member = AnyMemberKey(stringValue: key.stringValue)
        if let offset = try? container.decode(Int.self, forKey: member) { return offset }
        let number: Double
        do {
            number = try container.decode(Double.self, forKey: member)
        } catch DecodingError.typeMismatch(_, let context) {
            throw DecodingError.typeMismatch(Int.self, context)
        }
        throw DecodingError.dataCorruptedError(
            forKey: member, in: container, debugDescription: "an offset is a whole number of code points, found \(number)")
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

