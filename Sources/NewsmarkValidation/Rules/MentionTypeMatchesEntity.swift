/// NM115: a mention linked to an entity has the entity's type.
public struct MentionTypeMatchesEntity: ValidationRule {
    public static let descriptor = RuleDescriptor(
        id: "NM115", name: "mention-entity-type", defaultSeverity: .warning, category: .semantic,
        summary: "A mention linked to an entity has the same type as the entity.",
        help: "Correct the mention's type or its 'entity' link.")

    private var pending: [AnnotationRecord] = []

    public init() {}

    public mutating func check(annotation: AnnotationRecord, index: DocumentIndex, findings: inout Findings) {
        guard annotation.kind == .mention, let target = annotation.entity else { return }
        guard let entity = index.entity(target) else { pending.append(annotation); return }
        judge(annotation, target, entity, index, &findings)
    }

    public mutating func finish(index: DocumentIndex, findings: inout Findings) {
        for annotation in pending { judge(annotation, index, &findings) }
    }

    private func judge(_ mention: AnnotationRecord, _ index: DocumentIndex, _ findings: inout Findings) {
        guard let target = mention.entity, let entity = index.entity(target) else { return }
        judge(mention, target, entity, index, &findings)
    }

    private func judge(_ mention: AnnotationRecord, _ target: IDSymbol, _ entity: DocumentIndex.EntityFacts, _ index: DocumentIndex,
                       _ findings: inout Findings) {
        guard let entityType = entity.type, let type = mention.type, type != entityType else { return }
        report("\(index.displayName(of: mention)) has type '\(type)' but its entity '\(index.string(of: target))' has type '\(entityType)'",
               at: mention.position, &findings)
    }
}

extension MentionTypeMatchesEntity {
    public static var hooks: RuleHooks { [.header, .annotations, .finish] }
    public static var annotationKinds: [AnnotationRecord.Kind] { [.mention] }
}
