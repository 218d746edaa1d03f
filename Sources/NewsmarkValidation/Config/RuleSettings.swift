/// Which rules run and how serious their findings are, after the configuration file and the command line.
public struct RuleSettings: Hashable, Sendable {
    /// Rule ids that do not run.
    public var disabled: Set<String> = []
    /// Severity overrides by rule id.
    public var severities: [String: Diagnostic.Severity] = [:]
    /// Whether warnings count as errors.
    public var strict = false

    public init(disabled: Set<String> = [], severities: [String: Diagnostic.Severity] = [:], strict: Bool = false) {
        self.disabled = disabled
        self.severities = severities
        self.strict = strict
    }

    /// These settings with `other` applied on top (the command line on top of a file): disabled ids add
    /// up, severities of `other` win, strict if either is.
    public func merging(_ other: RuleSettings) -> RuleSettings {
        RuleSettings(disabled: disabled.union(other.disabled),
                     severities: severities.merging(other.severities) { _, new in new },
                     strict: strict || other.strict)
    }

    /// The rule types that run.
    public var enabledRules: [any ValidationRule.Type] { RuleRegistry.rules(disabling: disabled) }

    /// `diagnostics` with disabled rules removed and severities set.
    public func apply(to diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.compactMap { diagnostic in
            guard !disabled.contains(diagnostic.ruleID) else { return nil }
            var copy = diagnostic
            if let severity = severities[diagnostic.ruleID] { copy.severity = severity }
            if strict { copy.severity = .error }
            return copy
        }
    }

    /// Checks that every id names a rule that can be configured; returns the first problem.
    public static func problem(withRuleID id: String) -> String? {
        guard let descriptor = RuleRegistry.descriptor(id: id) else {
            return "unknown rule id '\(id)' (rules: \(RuleRegistry.rules.map { $0.descriptor.id }.joined(separator: ", ")))"
        }
        if descriptor.category == .wellFormedness || descriptor.category == .schema || descriptor.id == BuiltInChecks.jsonSyntax.id {
            return "\(descriptor.id) (\(descriptor.name)) cannot be disabled or downgraded"
        }
        return nil
    }
}
