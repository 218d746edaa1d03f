/// NM118: an article has at most one dateline.
public struct SingleDateline: ValidationRule {
    public static let descriptor = RuleDescriptor(
        id: "NM118", name: "single-dateline", defaultSeverity: .error, category: .semantic,
        summary: "An article has at most one <dateline>.",
        help: "Keep the dateline of the first paragraph and remove the other <dateline> markup (keep its text).")

    public init() {}

    public mutating func finish(index: DocumentIndex, findings: inout Findings) {
        guard let first = index.datelinePositions.first else { return }
        for position in index.datelinePositions.dropFirst() {
            report("a second dateline; the article's dateline is at line \(first.line), column \(first.column)", at: position, &findings)
        }
    }
}

extension SingleDateline {
    public static var hooks: RuleHooks { [.header, .finish] }
}
