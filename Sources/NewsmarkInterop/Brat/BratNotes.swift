/// The `key=value; key=value` text Newsmark keeps in brat `AnnotatorNotes`: the Newsmark id and the fields brat
/// has no place for (a date's value, a mention's entity, a quote's cue).
///
/// `%`, `;`, tabs and line breaks inside values are percent-encoded so that a note stays one field on one line.
enum BratNotes {
    /// The note text for `pairs`, leaving out `nil` values.
    static func encode(_ pairs: [(String, String?)]) -> String {
        pairs.compactMap { key, value in value.map { "\(key)=\(escape($0))" } }.joined(separator: "; ")
    }

    /// The pairs of a note; text that is not `key=value` is ignored (a free comment).
    static func decode(_ note: String) -> [String: String] {
        var result: [String: String] = [:]
        for part in note.split(separator: ";") {
            guard let equals = part.firstIndex(of: "=") else { continue }
            let key = part[..<equals].trimmingNewsmarkWhitespace()
            let value = part[part.index(after: equals)...].trimmingNewsmarkWhitespace()
            guard !key.isEmpty, !key.contains(" ") else { continue }
            result[key] = unescape(value)
        }
        return result
    }

    static func escape(_ value: String) -> String {
        var out = ""
        for c in value.unicodeScalars {
            switch c {
            case "%": out += "%25"
            case ";": out += "%3B"
            case "\t": out += "%09"
            case "\n": out += "%0A"
            case "\r": out += "%0D"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }

    static func unescape(_ value: String) -> String {
        guard value.contains("%") else { return value }
        var out = String.UnicodeScalarView()
        let scalars = Array(value.unicodeScalars)
        var i = 0
        while i < scalars.count {
            if scalars[i] == "%", i + 2 < scalars.count,
                let code = UInt8(String(String.UnicodeScalarView(scalars[(i + 1)...(i + 2)])), radix: 16) {
                out.append(Unicode.Scalar(code))
                i += 3
            } else {
                out.append(scalars[i])
                i += 1
            }
        }
        return String(out)
    }
}
