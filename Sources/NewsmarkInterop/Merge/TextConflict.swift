import NewsmarkModel

/// Where the text an annotation tool returned first differs from the original article text.
///
/// Annotations are never shifted to fit a changed text: a difference stops the merge with this report.
public struct TextConflict: Sendable, Hashable, CustomStringConvertible {
    /// The code-point offset of the first difference.
    public var offset: Int
    /// 1-based line of the first difference in the original text.
    public var line: Int
    /// 1-based column (in code points) of the first difference in the original text.
    public var column: Int
    /// A few characters of the original from the difference on.
    public var originalExcerpt: String
    /// A few characters of the edited text from the difference on.
    public var editedExcerpt: String

    /// Compares the two texts; `nil` when they are identical.
    public static func find(original: String, edited: String) -> TextConflict? {
        if original == edited { return nil }
        let a = Array(original.unicodeScalars)
        let b = Array(edited.unicodeScalars)
        var i = 0
        var line = 1
        var column = 1
        while i < a.count, i < b.count, a[i] == b[i] {
            if a[i] == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
            i += 1
        }
        return TextConflict(offset: i, line: line, column: column,
                            originalExcerpt: excerpt(a, from: i), editedExcerpt: excerpt(b, from: i))
    }

    private static func excerpt(_ scalars: [Unicode.Scalar], from start: Int) -> String {
        guard start < scalars.count else { return "(end of text)" }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[start..<min(scalars.count, start + 30)])
        let text = String(view)
        return "\"" + text.replacingNewlines() + (start + 30 < scalars.count ? "…" : "") + "\""
    }

    public var description: String {
        "the annotation tool's text differs from the original at line \(line), column \(column) (offset \(offset)): "
            + "original \(originalExcerpt), edited \(editedExcerpt); annotations are not shifted, so nothing was merged"
    }

    /// The conflict as an error located in `file`, at the first difference.
    public func error(file: String?) -> NewsmarkError {
        NewsmarkError(.invalidInput, description, location: SourceLocation(file: file, line: line, column: column))
    }
}

extension String {
    /// The string with line breaks and tabs shown as `\n`, `\r`, `\t`, for one-line messages.
    func replacingNewlines() -> String {
        var out = ""
        for c in unicodeScalars {
            switch c {
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }
}
