/// Escaping for HTML that is also well-formed XML (XHTML-compatible): text and attribute values.
enum HTMLEscaping {
    /// `text` with `&`, `<`, `>` and (for attributes) `"` escaped; characters XML forbids become U+FFFD.
    static func escape(_ text: String, attribute: Bool = false) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for c in text.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"" where attribute: out += "&quot;"
            case "\n" where attribute: out += "&#10;"
            default:
                if c.isXMLCharacter { out.unicodeScalars.append(c) } else { out += "\u{FFFD}" }
            }
        }
        return out
    }

    /// A CSS class name made from a label (letters, digits, `-` and `_`; anything else becomes `_`).
    static func className(_ label: String) -> String {
        String(String.UnicodeScalarView(label.unicodeScalars.map { c in
            (c.value < 0x80 && (c.properties.isAlphabetic || ("0"..."9").contains(c))) || c == "-" || c == "_" ? c : "_"
        }))
    }
}
