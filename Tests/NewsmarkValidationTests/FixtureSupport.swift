import Foundation
import NewsmarkXML
@testable import NewsmarkValidation

/// Where the fixtures are and how the tests validate them.
enum Fixtures {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

    /// The compiled XSD, when the build has one; fixtures are checked against it too.
    static let schema: CompiledSchema? = try? NewsmarkSchemas.xsd()

    /// Validates a fixture with the default settings (or `settings`).
    static func validate(_ name: String, settings: RuleSettings = RuleSettings()) -> FileReport {
        let validator = FileValidator(schema: schema, configuration: ConfigurationResolver(settings: settings), commandLine: RuleSettings())
        let path = path(name)
        return validator.validate(InputFile(path: path, form: FileDiscovery.form(ofPath: path)))
    }

    /// The rule ids of a fixture's findings.
    static func ruleIDs(_ name: String, settings: RuleSettings = RuleSettings()) -> Set<String> {
        Set(validate(name, settings: settings).diagnostics.map(\.ruleID))
    }

    /// Every fixture file name.
    static var all: [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: directory.path))?.sorted() ?? []
    }
}
