internal import CNewsmarkLibXML2
import Foundation
import NewsmarkModel

/// A schema compiled by libxml2 (W3C XML Schema or RELAX NG), shared read-only between threads.
///
/// libxml2's schema compilers initialise internal type tables lazily and not thread-safely, so
/// compile schemas on one thread before sharing them; the Newsmark schemas are compiled together,
/// once, by ``NewsmarkSchemas``. Each validation uses its own validation context.
public final class CompiledSchema: @unchecked Sendable {
    /// The schema language.
    public enum Language: String, Sendable {
        case xsd
        case relaxNG
    }

    enum Storage {
        case xsd(xmlSchemaPtr)
        case relaxNG(xmlRelaxNGPtr)
    }

    let storage: Storage

    /// The schema language.
    public var language: Language {
        switch storage {
        case .xsd: .xsd
        case .relaxNG: .relaxNG
        }
    }

    /// Compiles `text` (a whole schema document). Call this on one thread at a time.
    ///
    /// - Throws: ``NewsmarkError`` (`invalidInput`) with the schema's line when it does not compile.
    public init(_ language: Language, text: String, name: String) throws {
        LibXML2.prepareThread()
        let errors = SchemaCompileErrors()
        let context = Unmanaged.passUnretained(errors).toOpaque()
        var bytes = Array(text.utf8)
        let compiled: Storage? = bytes.withUnsafeMutableBufferPointer { buffer -> Storage? in
            let pointer = UnsafeRawPointer(buffer.baseAddress!).assumingMemoryBound(to: CChar.self)
            switch language {
            case .xsd:
                guard let parser = xmlSchemaNewMemParserCtxt(pointer, Int32(buffer.count)) else { return nil }
                defer { xmlSchemaFreeParserCtxt(parser) }
                xmlSchemaSetParserStructuredErrors(parser, SchemaCompileErrors.callback, context)
                return xmlSchemaParse(parser).map { .xsd($0) }
            case .relaxNG:
                guard let parser = xmlRelaxNGNewMemParserCtxt(pointer, Int32(buffer.count)) else { return nil }
                defer { xmlRelaxNGFreeParserCtxt(parser) }
                xmlRelaxNGSetParserStructuredErrors(parser, SchemaCompileErrors.callback, context)
                return xmlRelaxNGParse(parser).map { .relaxNG($0) }
            }
        }
        guard let compiled, errors.first == nil else {
            if let compiled { CompiledSchema.free(compiled) }
            let first = errors.first
            throw NewsmarkError(
                .invalidInput, "the schema does not compile: \(first?.message ?? "unknown error")",
                location: SourceLocation(file: name, line: first?.line ?? 0))
        }
        storage = compiled
    }

    deinit { CompiledSchema.free(storage) }

    private static func free(_ storage: Storage) {
        switch storage {
        case .xsd(let schema): xmlSchemaFree(schema)
        case .relaxNG(let schema): xmlRelaxNGFree(schema)
        }
    }
}

/// Collects the errors of a schema compilation.
private final class SchemaCompileErrors {
    var first: (message: String, line: Int)?

    static let callback: xmlStructuredErrorFunc = { context, error in
        guard let context, let error else { return }
        let errors = Unmanaged<SchemaCompileErrors>.fromOpaque(context).takeUnretainedValue()
        guard error.pointee.level != XML_ERR_WARNING, errors.first == nil else { return }
        let message = LibXML2ErrorCollector.clean(error.pointee.message.map { String(cString: $0) } ?? "unknown error")
        errors.first = (message, Int(error.pointee.line))
    }
}
