import Foundation
import NewsmarkModel

/// Validates documents against a compiled schema in one streaming pass.
///
/// ```swift
/// let problems = try SchemaValidator.xsd().validate(data, fileName: "a.xml")
/// for problem in problems { print(problem) }   // a.xml:12:5: error: Element '{urn:newsmark:1.0}p': …
/// ```
///
/// The validator is `Sendable`: share one between threads; each call makes its own reader and
/// validation context over the shared compiled schema.
public struct SchemaValidator: Sendable {
    /// The compiled schema.
    public let schema: CompiledSchema

    public init(schema: CompiledSchema) { self.schema = schema }

    /// A validator for the built-in W3C XML Schema (what `newsmark validate` runs).
    public static func xsd() throws -> SchemaValidator { SchemaValidator(schema: try NewsmarkSchemas.xsd()) }

    /// A validator for the built-in RELAX NG schema.
    public static func relaxNG() throws -> SchemaValidator { SchemaValidator(schema: try NewsmarkSchemas.relaxNG()) }

    /// Every schema error in `data`, in document order, each with file, line and column; empty when
    /// the document is valid. A document that is not well-formed (or has a DOCTYPE) ends with that
    /// error, since reading stops there.
    ///
    /// - Parameter maximumErrors: how many errors to report at most.
    public func validate(_ data: Data, fileName: String? = nil, maximumErrors: Int = 1000) -> [NewsmarkError] {
        let stream: NewsmarkXMLEventStream
        do {
            stream = try NewsmarkXMLEventStream(
                data: data, fileName: fileName, options: .init(schema: schema, maximumSchemaErrors: maximumErrors))
        } catch let error as NewsmarkError {
            return [error]
        } catch {
            return [NewsmarkError(.invalidInput, "\(error)", location: SourceLocation(file: fileName))]
        }
        var problems: [NewsmarkError] = []
        do {
            while try stream.next() != nil {}
        } catch let error as NewsmarkError {
            problems = stream.drainSchemaErrors()
            problems.append(error)
            return problems
        } catch {
            problems.append(NewsmarkError(.invalidInput, "\(error)", location: SourceLocation(file: fileName)))
        }
        return stream.drainSchemaErrors() + problems
    }

    /// Whether `data` is valid against the schema.
    public func isValid(_ data: Data) -> Bool { validate(data, maximumErrors: 1).isEmpty }
}
