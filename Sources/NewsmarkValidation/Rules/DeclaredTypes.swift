import NewsmarkModel

/// NM108: entity and mention types, quote kinds and date types belong to the document's declared tag set
/// (the `tagset` in the header; without one, the standard entity types; quote kinds and TIMEX3 types
/// unless the tag set declares its own).
public struct DeclaredTypes: ValidationRule {
    public static let descriptor = RuleDescriptor(
        id: "NM108", name: "declared-types", defaultSeverity: .error, category: .semantic,
        summary: "Entity, mention, quote and date types belong to the document's declared tag set.",
        help: "Use a declared type, or declare the type in the header's <tagset>.")

    public init() {}

    public mutating func checkHeader(index: DocumentIndex, findings: inout Findings) {
        for repeated in index.repeatedEntityTypes {
            report("the tag set declares entity type '\(repeated.name)' more than once", at: repeated.position, &findings)
        }
    }

    public mutating func check(annotation: AnnotationRecord, index: DocumentIndex, findings: inout Findings) {
        guard let type = annotation.type else { return }
        // Checked in place (the lists are read, not copied: this runs for every annotation).
        let isDeclared = switch annotation.kind {
        case .entity, .mention: index.declaredEntityTypes?.contains(type) ?? DocumentIndex.isStandardEntityType(type)
        case .quote: index.declaredQuoteKinds?.contains(type) ?? (QuoteKind(rawValue: type) != nil)
        case .timex: index.declaredTimexTypes?.contains(type) ?? (TimexType.named(type) != nil)
        }
        guard !isDeclared else { return }
        let allowed: [String]
        let what: String
        switch annotation.kind {
        case .entity, .mention: allowed = index.entityTypes; what = "type"
        case .quote: allowed = index.quoteKinds; what = "kind"
        case .timex: allowed = index.timexTypes; what = "type"
        }
        report("\(index.displayName(of: annotation)) has \(what) '\(type)', which the document's tag set does not declare "
               + "(declared: \(allowed.joined(separator: ", ")))", at: annotation.position, &findings)
    }
}

extension DeclaredTypes {
    public static var hooks: RuleHooks { [.header, .annotations, .finish] }
}
