/// NM112: the document's format version and namespace are ones this release understands.
public struct SupportedVersion: ValidationRule {
    public static let descriptor = RuleDescriptor(
        id: "NM112", name: "supported-version", defaultSeverity: .error, category: .semantic,
        summary: "The format version (and, in XML, the namespace) is one this release understands.",
        help: "Migrate older files to the current version; upgrade newsmark for newer ones.")

    /// The versions this release reads.
    public static let supportedVersions = ["1.0"]
    /// The current version.
    public static let currentVersion = "1.0"
    /// The namespace of a version.
    public static func namespace(of version: String) -> String { "urn:newsmark:\(version)" }

    public init() {}

    public mutating func checkHeader(index: DocumentIndex, findings: inout Findings) {
        let position = index.documentPosition
        let versionName = index.form == .xml ? "version attribute" : "'newsmark' member"
        guard let version = index.version else {
            report("the document has no \(versionName); this release understands version \(Self.currentVersion)", at: position, &findings)
            return
        }
        if !Self.supportedVersions.contains(version) {
            switch Self.compare(version, Self.currentVersion) {
            case .some(.orderedAscending):
                report("format version \(version) is older than this release understands (\(Self.currentVersion)); migrate the file "
                       + "to version \(Self.currentVersion) (see docs/FORMAT.md)", at: position, &findings)
            case .some(.orderedDescending):
                report("format version \(version) is newer than this release understands (\(Self.currentVersion)); upgrade newsmark",
                       at: position, &findings)
            default:
                report("'\(version)' is not a format version (expected \(Self.currentVersion))", at: position, &findings)
            }
            return
        }
        if index.form == .xml {
            let expected = Self.namespace(of: version)
            if index.namespace != expected {
                let actual = index.namespace.map { "namespace '\($0)'" } ?? "no namespace"
                report("the root element is in \(actual); version \(version) documents use '\(expected)'", at: position, &findings)
            }
        }
    }

    /// Orders two `major.minor` versions, or `nil` when either is not one.
    static func compare(_ a: String, _ b: String) -> ComparisonResult? {
        func parts(_ v: String) -> [Int]? {
            let fields = v.split(separator: ".", omittingEmptySubsequences: false)
            guard (1...3).contains(fields.count) else { return nil }
            let numbers = fields.compactMap { $0.isEmpty || $0.utf8.count > 6 ? nil : Int($0) }
            return numbers.count == fields.count ? numbers : nil
        }
        guard var x = parts(a), var y = parts(b) else { return nil }
        while x.count < y.count { x.append(0) }
        while y.count < x.count { y.append(0) }
        for (p, q) in zip(x, y) where p != q { return p < q ? .orderedAscending : .orderedDescending }
        return .orderedSame
    }

    /// The result of ``compare(_:_:)``.
    enum ComparisonResult { case orderedAscending, orderedSame, orderedDescending }
}

extension SupportedVersion {
    public static var hooks: RuleHooks { [.header, .finish] }
}
