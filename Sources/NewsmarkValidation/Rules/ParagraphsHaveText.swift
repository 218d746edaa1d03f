/// NM111: every paragraph has text other than white space.
public struct ParagraphsHaveText: ValidationRule {
    public static let descriptor = RuleDescriptor(
        id: "NM111", name: "paragraph-text", defaultSeverity: .error, category: .semantic,
        summary: "No paragraph is empty or only white space.",
        help: "Delete the empty paragraph; blank lines between paragraphs are implied by the format.")

    public init() {}

    public mutating func check(paragraph: ParagraphRecord, index: DocumentIndex, findings: inout Findings) {
        guard paragraph.text.visible == 0 else { return }
        let name = paragraph.id.map { "paragraph '\(index.string(of: $0))'" } ?? "a paragraph"
        report("\(name) has no text", at: paragraph.position, &findings)
    }
}

extension ParagraphsHaveText {
    public static var hooks: RuleHooks { [.header, .paragraphs, .finish] }
}
