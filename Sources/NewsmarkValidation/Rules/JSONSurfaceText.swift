/// NM114: in the JSON form, each recorded `text` equals the slice of the article text its offsets select.
public struct JSONSurfaceText: ValidationRule {
    public static let descriptor = RuleDescriptor(
        id: "NM114", name: "json-surface-text", defaultSeverity: .error, category: .jsonForm,
        summary: "JSON-form 'text' members equal the article text between their offsets.",
        help: "Fix the offsets (code points, end exclusive) or the recorded text; tools counting UTF-16 units shift after emoji.")

    public init() {}

    public mutating func finish(index: DocumentIndex, findings: inout Findings) {
        guard index.form == .json else { return }
        for span in index.jsonSpans {
            guard let recorded = span.recordedText, let actual = span.actualText, recorded != actual else { continue }
            report("\(span.path) records text '\(Self.clip(recorded))' but its offsets select '\(Self.clip(actual))'", at: .unknown, &findings)
        }
    }

    static func clip(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard scalars.count > 60 else { return text }
        return String(String.UnicodeScalarView(scalars.prefix(57))) + "…"
    }
}

extension JSONSurfaceText {
    public static var hooks: RuleHooks { [.header, .finish] }
}
