import NewsmarkModel

/// Checks strings against the XML 1.0 `Char` production before they are written: libxml2's writer
/// passes characters such as U+0001 through and would produce a file that does not parse.
enum XMLCharacterCheck {
    /// The first character of `value` that XML 1.0 does not allow, with its code-point offset.
    static func firstInvalid(in value: String) -> (scalar: Unicode.Scalar, offset: Int)? {
        // Fast path: ASCII without control characters other than tab, line feed and carriage return
        // (ids, types, values: nearly every string written) is allowed as it is.
        var plain = true
        for byte in value.utf8 where byte >= 0x80 || (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D) {
            plain = false
            break
        }
        if plain { return nil }
        var offset = 0
        for scalar in value.unicodeScalars {
            if !scalar.isXMLCharacter { return (scalar, offset) }
            offset += 1
        }
        return nil
    }

    /// `U+0001` style name of a scalar.
    static func name(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// Throws unless every character of `value` is allowed in XML 1.0. `what` names the value in the
    /// message (`the attribute 'name' of <entity id="e1">`).
    static func check(_ value: String, _ what: @autoclosure () -> String) throws {
        if let (scalar, offset) = firstInvalid(in: value) {
            throw NewsmarkError(.invalidInput, "\(what()) contains \(name(scalar)) at offset \(offset), a character XML 1.0 does not allow")
        }
    }
}
