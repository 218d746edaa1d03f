/// NM101: every id is used once in the document, across all elements (article, paragraphs, annotators,
/// entities, mentions, quotes, dates).
public struct UniqueIDs: ValidationRule {
    public static let descriptor = RuleDescriptor(
        id: "NM101", name: "unique-ids", defaultSeverity: .error, category: .semantic,
        summary: "Every id is unique in the document.",
        help: "Give the second element a new id (and update references that meant it).")

    public init() {}

    public mutating func finish(index: DocumentIndex, findings: inout Findings) {
        for duplicate in index.duplicates {
            let first = duplicate.first.position
            let place = first.line > 0 ? " at line \(first.line), column \(first.column)" : ""
            report("id '\(duplicate.id)' is already used by \(duplicate.first.kind)\(place)", at: duplicate.position, &findings)
        }
    }
}

extension UniqueIDs {
    public static var hooks: RuleHooks { [.header, .finish] }
}
