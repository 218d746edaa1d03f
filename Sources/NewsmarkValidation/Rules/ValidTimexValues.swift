import NewsmarkModel

/// NM105: a date expression's value is TIMEX3 syntax for its type and names a real calendar date
/// (no 1998-02-30, no month 13, no week 54).
public struct ValidTimexValues: ValidationRule {
    public static let descriptor = RuleDescriptor(
        id: "NM105", name: "timex-value", defaultSeverity: .error, category: .semantic,
        summary: "A date expression's value is valid TIMEX3 for its type and a real calendar date.",
        help: "Write the value as TIMEX3 (1998-05-20, 1998-W21, P2W, PRESENT_REF) and check the calendar.")

    public init() {}

    public mutating func check(annotation: AnnotationRecord, index: DocumentIndex, findings: inout Findings) {
        guard annotation.kind == .timex, let typeName = annotation.type, let type = TimexType.named(typeName) else { return }
        guard let value = annotation.value else {
            report("\(index.displayName(of: annotation)) has no value", at: annotation.position, &findings)
            return
        }
        // The check reads the value's bytes in place: cheaper than looking its verdict up in a table.
        if let problem = TimexValue.problem(in: value, type: type) {
            report("\(index.displayName(of: annotation)) has an invalid \(typeName) value '\(value)': \(problem)", at: annotation.position, &findings)
        }
    }
}

extension ValidTimexValues {
    public static var hooks: RuleHooks { [.header, .annotations, .finish] }
    public static var annotationKinds: [AnnotationRecord.Kind] { [.timex] }
}
