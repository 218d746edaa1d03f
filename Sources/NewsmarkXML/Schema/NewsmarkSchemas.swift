import NewsmarkModel

/// The Newsmark 1.0 schemas, compiled into the library and compiled by libxml2 once per process.
///
/// Both schemas are compiled together in one guarded initialiser, on whichever thread first asks,
/// so libxml2's schema type tables are never initialised concurrently.
public enum NewsmarkSchemas {
    private struct Pair: Sendable {
        let xsd: CompiledSchema
        let relaxNG: CompiledSchema
    }

    private static let compiled: Result<Pair, NewsmarkError> = {
        do {
            let xsd = try CompiledSchema(.xsd, text: EmbeddedSchema.xsd, name: "newsmark.xsd")
            let relaxNG = try CompiledSchema(.relaxNG, text: EmbeddedSchema.relaxNG, name: "newsmark.rng")
            return .success(Pair(xsd: xsd, relaxNG: relaxNG))
        } catch let error as NewsmarkError {
            return .failure(error)
        } catch {
            return .failure(NewsmarkError(.invalidInput, "the built-in schemas do not compile: \(error)"))
        }
    }()

    /// The W3C XML Schema (what the validator runs).
    public static func xsd() throws -> CompiledSchema { try compiled.get().xsd }

    /// The RELAX NG schema (for editors; libxml2's RELAX NG messages are less precise).
    public static func relaxNG() throws -> CompiledSchema { try compiled.get().relaxNG }

    /// Compiles both schemas now, so the cost and any failure come at start-up rather than at the
    /// first file.
    public static func prepare() throws { _ = try compiled.get() }
}
