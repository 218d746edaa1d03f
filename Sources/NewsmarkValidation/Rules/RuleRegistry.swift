/// Every semantic rule, in id order. Add a new rule here, in `docs/RULES.md`, and a failing and a
/// passing fixture under `Tests/NewsmarkValidationTests/Fixtures/`.
public enum RuleRegistry {
    /// The rule types, in id order.
    public static let rules: [any ValidationRule.Type] = [
        UniqueIDs.self,
        ResolvedReferences.self,
        ContinuationChains.self,
        SpeakerIsPersonOrOrganization.self,
        ValidTimexValues.self,
        PublicationDate.self,
        RelativeDateMatchesAnchor.self,
        DeclaredTypes.self,
        BalancedQuoteMarks.self,
        NoEmptyAnnotations.self,
        ParagraphsHaveText.self,
        SupportedVersion.self,
        JSONOffsetsInRange.self,
        JSONSurfaceText.self,
        MentionTypeMatchesEntity.self,
        ArticleLanguage.self,
        ParagraphsOnOneLine.self,
        SingleDateline.self,
    ]

    /// Every check with an id: built-in checks, then the rules.
    public static var allDescriptors: [RuleDescriptor] { BuiltInChecks.all + rules.map { $0.descriptor } }

    /// The descriptor with `id` (case-insensitive), if any.
    public static func descriptor(id: String) -> RuleDescriptor? {
        let wanted = id.uppercased()
        return allDescriptors.first { $0.id == wanted }
    }

    /// The rule types minus the disabled ids.
    public static func rules(disabling disabled: Set<String>) -> [any ValidationRule.Type] {
        rules.filter { !disabled.contains($0.descriptor.id) }
    }
}
