/// NM102: every reference names a defined element of the right kind: a mention's `entity` and a quote's
/// `speaker` an entity, a quote's `continues` a quote, a date's `anchor` a date, every `resp` an annotator.
public struct ResolvedReferences: ValidationRule {
    public static let descriptor = RuleDescriptor(
        id: "NM102", name: "resolved-references", defaultSeverity: .error, category: .semantic,
        summary: "Every reference (entity, speaker, continues, anchor, resp) names a defined element of the right kind.",
        help: "Declare the missing entity or annotator in the header, or correct the id.")

    private struct Pending {
        var kind: AnnotationRecord.Kind
        var id: IDSymbol?
        var attribute: String
        var target: IDSymbol
        var expected: IDKind
        var position: TextPosition
    }

    private var pending: [Pending] = []
    /// Per reference attribute, the last target found defined and what it names. A definition never
    /// changes once made, and consecutive annotations mostly name the same annotator (`resp`), often the
    /// same entity: comparing with the last target spares most look-ups.
    private var lastResolved: [(target: IDSymbol, kind: IDKind)?] = [nil, nil, nil, nil, nil]

    public init() {}

    public mutating func check(annotation: AnnotationRecord, index: DocumentIndex, findings: inout Findings) {
        func check(_ attribute: String, _ slot: Int, _ target: IDSymbol?, _ expected: IDKind) {
            guard let target else { return }
            var reference: Pending {
                Pending(kind: annotation.kind, id: annotation.id, attribute: attribute, target: target,
                        expected: expected, position: annotation.position)
            }
            let kind: IDKind
            if let last = lastResolved[slot], last.target == target {
                kind = last.kind
            } else if index.isEmpty(target) {
                report("\(index.displayName(of: annotation)) has an empty '\(attribute)' reference", at: annotation.position, &findings)
                return
            } else if let definition = index.definition(of: target) {
                kind = definition.kind
                lastResolved[slot] = (target, kind)
            } else {
                pending.append(reference)  // may be defined later in the document
                return
            }
            if kind != expected { judge(reference, kind, index, &findings) }
        }
        check("entity", 0, annotation.entity, .entity)
        check("speaker", 1, annotation.speaker, .entity)
        check("continues", 2, annotation.continues, .quote)
        check("anchor", 3, annotation.anchor, .timex)
        check("resp", 4, annotation.resp, .annotator)
    }

    public mutating func finish(index: DocumentIndex, findings: inout Findings) {
        for reference in pending {
            if let definition = index.definition(of: reference.target) {
                judge(reference, definition.kind, index, &findings)
            } else {
                report("\(owner(reference, index)) refers in '\(reference.attribute)' to '\(index.string(of: reference.target))', "
                       + "which is not defined (expected \(reference.expected))", at: reference.position, &findings)
            }
        }
    }

    private func owner(_ reference: Pending, _ index: DocumentIndex) -> String {
        AnnotationRecord.displayName(reference.kind, id: reference.id.map(index.string(of:)))
    }

    private func judge(_ reference: Pending, _ kind: IDKind, _ index: DocumentIndex, _ findings: inout Findings) {
        guard kind != reference.expected else { return }
        report("\(owner(reference, index)) refers in '\(reference.attribute)' to '\(index.string(of: reference.target))', "
               + "which is \(kind), not \(reference.expected)", at: reference.position, &findings)
    }
}

extension ResolvedReferences {
    public static var hooks: RuleHooks { [.header, .annotations, .finish] }
}
