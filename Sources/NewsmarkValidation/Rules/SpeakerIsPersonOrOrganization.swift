/// NM104: a quote's speaker is an entity of type `person` or `organization`.
public struct SpeakerIsPersonOrOrganization: ValidationRule {
    public static let descriptor = RuleDescriptor(
        id: "NM104", name: "speaker-type", defaultSeverity: .error, category: .semantic,
        summary: "A quote's speaker is a person or organization entity.",
        help: "Point 'speaker' at the person or organization who said the words, or fix the entity's type.")

    /// The entity types that can speak.
    public static let speakerTypes: Set<String> = ["person", "organization"]

    /// Quotes whose speaker is not declared yet (the quote's id, its speaker, its position).
    private var pending: [(id: IDSymbol?, speaker: IDSymbol, position: TextPosition)] = []

    public init() {}

    public mutating func check(annotation: AnnotationRecord, index: DocumentIndex, findings: inout Findings) {
        guard annotation.kind == .quote, let speaker = annotation.speaker, !index.isEmpty(speaker) else { return }
        if let entity = index.entity(speaker) {
            judge(annotation.id, speaker, entity, annotation.position, index, &findings)
        } else {
            pending.append((annotation.id, speaker, annotation.position))
        }
    }

    public mutating func finish(index: DocumentIndex, findings: inout Findings) {
        for item in pending {
            if let entity = index.entity(item.speaker) { judge(item.id, item.speaker, entity, item.position, index, &findings) }
        }
    }

    /// Reports a speaker that is not a person or organization; the quote's name is built only then.
    private func judge(_ quote: IDSymbol?, _ speaker: IDSymbol, _ entity: DocumentIndex.EntityFacts, _ position: TextPosition,
                       _ index: DocumentIndex, _ findings: inout Findings) {
        guard let type = entity.type, !Self.speakerTypes.contains(type) else { return }
        let name = AnnotationRecord.displayName(.quote, id: quote.map(index.string(of:)))
        report("\(name) has speaker '\(index.string(of: speaker))', an entity of type '\(type)'; a speaker is a person or organization",
               at: position, &findings)
    }
}

extension SpeakerIsPersonOrOrganization {
    public static var hooks: RuleHooks { [.header, .annotations, .finish] }
    public static var annotationKinds: [AnnotationRecord.Kind] { [.quote] }
}
