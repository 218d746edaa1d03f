/// Checks `meta.url` the way the XML Schema's `xs:anyURI` does, so that a URL the JSON reader accepts is also
/// valid once written as XML.
///
/// As libxml2 does for `xs:anyURI`: leading and trailing white space is ignored, characters that are never
/// allowed raw in a URI (spaces, controls, non-ASCII, `<>"{}|\^`'`) count as escaped, and what remains must
/// be an RFC 3986 URI reference (scheme, authority with an optional `[IP-literal]` host and numeric port,
/// path, query, fragment; `%` followed by two hex digits), with libxml2's two departures: a port's `:` must be
/// followed by digits, and an empty `[]` host is accepted.
enum JSONURIReference {
    /// Why `value` is not a URI reference, or `nil`.
    static func problem(_ value: String) -> String? {
        let trimmed = Array(value.utf8.drop { isSpace($0) }.reversed().drop { isSpace($0) }.reversed())
        // Characters libxml2 escapes before parsing stand for an allowed character.
        let bytes = trimmed.map { isTolerated($0) ? UInt8(ascii: "_") : $0 }
        var rest = bytes[...]
        if let hash = rest.firstIndex(of: UInt8(ascii: "#")) {
            guard allSatisfy(rest[(hash + 1)...], { isPathCharacter($0) || $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "?") }) else {
                return "the fragment (after #) holds a character a URI cannot hold"
            }
            rest = rest[..<hash]
        }
        if let question = rest.firstIndex(of: UInt8(ascii: "?")) {
            guard allSatisfy(rest[(question + 1)...], { isPathCharacter($0) || $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "?") }) else {
                return "the query (after ?) holds a character a URI cannot hold"
            }
            rest = rest[..<question]
        }
        if let colon = rest.firstIndex(of: UInt8(ascii: ":")), !rest[..<colon].contains(UInt8(ascii: "/")) {
            let scheme = rest[..<colon]
            guard let first = scheme.first, isLetter(first),
                  scheme.allSatisfy({ isLetter($0) || isDigit($0) || $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ".") }) else {
                return "the scheme before ':' is not a letter followed by letters, digits, '+', '-' or '.'"
            }
            rest = rest[(colon + 1)...]
        }
        if rest.starts(with: [UInt8(ascii: "/"), UInt8(ascii: "/")]) {
            rest = rest.dropFirst(2)
            let end = rest.firstIndex(of: UInt8(ascii: "/")) ?? rest.endIndex
            if let problem = authorityProblem(rest[..<end]) { return problem }
            rest = rest[end...]
        }
        guard allSatisfy(rest, { isPathCharacter($0) || $0 == UInt8(ascii: "/") }) else {
            return "the path holds a character a URI cannot hold"
        }
        return nil
    }

    private static func authorityProblem(_ authority: ArraySlice<UInt8>) -> String? {
        var host = authority
        if let at = host.firstIndex(of: UInt8(ascii: "@")) {
            guard allSatisfy(host[..<at], { isUnreserved($0) || isSubDelimiter($0) || $0 == UInt8(ascii: ":") }) else {
                return "the user information (before @) holds a character a URI cannot hold"
            }
            host = host[(at + 1)...]
        }
        var port: ArraySlice<UInt8>?
        if host.first == UInt8(ascii: "[") {
            guard let close = host.firstIndex(of: UInt8(ascii: "]")) else { return "an IP-literal host '[' has no ']'" }
            let literal = host[(host.startIndex + 1)..<close]
            guard literal.allSatisfy({ isUnreserved($0) || isSubDelimiter($0) || $0 == UInt8(ascii: ":") }) else {
                return "the IP-literal host holds a character it cannot hold"
            }
            let after = host[(close + 1)...]
            if let first = after.first {
                guard first == UInt8(ascii: ":") else { return "only ':' and a port can follow an IP-literal host" }
                port = after.dropFirst()
            }
        } else {
            if let colon = host.lastIndex(of: UInt8(ascii: ":")) {
                port = host[(colon + 1)...]
                host = host[..<colon]
            }
            guard allSatisfy(host, { isUnreserved($0) || isSubDelimiter($0) }) else {
                return "the host holds a character a URI cannot hold"
            }
        }
        // libxml2, stricter than RFC 3986 here, wants digits after a port's ':'.
        if let port, port.isEmpty || !port.allSatisfy(isDigit) { return "the port is not a number" }
        return nil
    }

    /// Whether every byte of `bytes` passes `test`, `%XX` escapes counting as one allowed character.
    private static func allSatisfy(_ bytes: ArraySlice<UInt8>, _ test: (UInt8) -> Bool) -> Bool {
        var index = bytes.startIndex
        while index < bytes.endIndex {
            if bytes[index] == UInt8(ascii: "%") {
                guard index + 2 < bytes.endIndex, isHexDigit(bytes[index + 1]), isHexDigit(bytes[index + 2]) else { return false }
                index += 3
                continue
            }
            guard test(bytes[index]) else { return false }
            index += 1
        }
        return true
    }

    private static func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D }
    private static func isLetter(_ c: UInt8) -> Bool { (c | 0x20) >= UInt8(ascii: "a") && (c | 0x20) <= UInt8(ascii: "z") }
    private static func isDigit(_ c: UInt8) -> Bool { c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") }
    private static func isHexDigit(_ c: UInt8) -> Bool { isDigit(c) || ((c | 0x20) >= UInt8(ascii: "a") && (c | 0x20) <= UInt8(ascii: "f")) }
    private static func isUnreserved(_ c: UInt8) -> Bool {
        isLetter(c) || isDigit(c) || c == UInt8(ascii: "-") || c == UInt8(ascii: ".") || c == UInt8(ascii: "_") || c == UInt8(ascii: "~")
    }
    private static func isSubDelimiter(_ c: UInt8) -> Bool { "!$&'()*+,;=".utf8.contains(c) }
    private static func isPathCharacter(_ c: UInt8) -> Bool {
        isUnreserved(c) || isSubDelimiter(c) || c == UInt8(ascii: ":") || c == UInt8(ascii: "@")
    }
    /// Characters never allowed raw in a URI that `xs:anyURI` nevertheless accepts (they stand for their escape).
    private static func isTolerated(_ c: UInt8) -> Bool {
        c < 0x20 || c >= 0x7F || "<>\"{}|\\^`' ".utf8.contains(c)
    }
}
