/// NM117: no paragraph contains a line break. The article text joins paragraphs with a blank line, so a
/// line break inside one would make a second paragraph that the markup does not show.
public struct ParagraphsOnOneLine: ValidationRule {
    public static let descriptor = RuleDescriptor(
        id: "NM117", name: "paragraph-line-breaks", defaultSeverity: .error, category: .semantic,
        summary: "No paragraph contains a line break.",
        help: "Split the paragraph into two <p> elements, or replace the line break with a space.")

    public init() {}

    public mutating func check(paragraph: ParagraphRecord, index: DocumentIndex, findings: inout Findings) {
        guard paragraph.text.lineBreaks > 0 else { return }
        let name = paragraph.id.map { "paragraph '\(index.string(of: $0))'" } ?? "a paragraph"
        let count = paragraph.text.lineBreaks
        report("\(name) contains \(count == 1 ? "a line break" : "\(count) line breaks")", at: paragraph.position, &findings)
    }
}

extension ParagraphsOnOneLine {
    public static var hooks: RuleHooks { [.header, .paragraphs, .finish] }
}
