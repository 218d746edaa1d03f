/// NM110: a mention, quote or date covers text, and not only white space.
public struct NoEmptyAnnotations: ValidationRule {
    public static let descriptor = RuleDescriptor(
        id: "NM110", name: "no-empty-annotations", defaultSeverity: .error, category: .semantic,
        summary: "No mention, quote or date is empty or covers only white space.",
        help: "Delete the annotation, or extend it over the words it annotates.")

    public init() {}

    public mutating func check(annotation: AnnotationRecord, index: DocumentIndex, findings: inout Findings) {
        guard annotation.kind != .entity, annotation.span != nil || index.form == .xml else { return }
        if annotation.text.isEmpty {
            report("\(index.displayName(of: annotation)) covers no text", at: annotation.position, &findings)
        } else if annotation.text.isOnlyWhitespace {
            report("\(index.displayName(of: annotation)) covers only white space", at: annotation.position, &findings)
        }
    }
}

extension NoEmptyAnnotations {
    public static var hooks: RuleHooks { [.header, .annotations, .finish] }
    public static var annotationKinds: [AnnotationRecord.Kind] { [.mention, .quote, .timex] }
}
