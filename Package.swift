// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Newsmark",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "Newsmark", targets: ["Newsmark"]),
        .executable(name: "newsmark", targets: ["newsmark"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    ],
    targets: [
        // libxml2, the system C library (Debian: libxml2-dev). Shim only.
        .systemLibrary(
            name: "CNewsmarkLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        // The article model: text, blocks and standoff annotations in code points. Pure Swift, no C.
        .target(name: "NewsmarkModel"),
        // The only module that parses or writes XML.
        .target(name: "NewsmarkXML", dependencies: ["NewsmarkModel", "CNewsmarkLibXML2"]),
        // Schema and semantic validation, diagnostics and their report formats.
        .target(
            name: "NewsmarkValidation",
            dependencies: ["NewsmarkModel", "NewsmarkXML", "NewsmarkInterop", .product(name: "TOMLKit", package: "TOMLKit")]
        ),
        // Raw text to annotations: clean-up, structure, sentences, dates, entities, quotes.
        .target(name: "NewsmarkAnnotation", dependencies: ["NewsmarkModel"]),
        // JSON form, JSONL, annotation-tool formats and the HTML view.
        .target(name: "NewsmarkInterop", dependencies: ["NewsmarkModel", "NewsmarkAnnotation"]),
        // Scoring, annotator agreement and diff.
        .target(name: "NewsmarkEvaluation", dependencies: ["NewsmarkModel", "NewsmarkAnnotation"]),
        // The library product: everything above behind one import.
        .target(
            name: "Newsmark",
            dependencies: [
                "NewsmarkModel", "NewsmarkXML", "NewsmarkValidation", "NewsmarkAnnotation",
                "NewsmarkInterop", "NewsmarkEvaluation",
            ]
        ),
        // The command-line tool: thin, one file per sub-command.
        .executableTarget(
            name: "newsmark",
            dependencies: ["Newsmark", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),

        // Shared test helpers (a deterministic random generator); not part of any product.
        .target(name: "NewsmarkTestSupport", path: "Tests/NewsmarkTestSupport"),
        .testTarget(name: "NewsmarkModelTests", dependencies: ["NewsmarkModel", "NewsmarkTestSupport"]),
        .testTarget(
            name: "NewsmarkXMLTests",
            dependencies: ["NewsmarkXML", "NewsmarkModel", "NewsmarkTestSupport", .product(name: "PropertyBased", package: "swift-property-based")],
            exclude: ["Fixtures"]
        ),
        .testTarget(name: "NewsmarkValidationTests", dependencies: ["NewsmarkValidation", "NewsmarkTestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "NewsmarkAnnotationTests", dependencies: ["NewsmarkAnnotation", "NewsmarkTestSupport"]),
        .testTarget(name: "NewsmarkInteropTests", dependencies: ["NewsmarkInterop", "NewsmarkXML", "NewsmarkTestSupport"]),
        .testTarget(name: "NewsmarkEvaluationTests", dependencies: ["NewsmarkEvaluation"]),
        .testTarget(name: "NewsmarkCLITests", dependencies: ["Newsmark", "NewsmarkTestSupport"]),
    ]
)

// Fuzz targets (libFuzzer), built only on request: see scripts/fuzz.sh. Without a `main`, they link only
// with `--sanitize=fuzzer`, so a plain `swift build` must not see them.
if Context.environment["NEWSMARK_FUZZ"] != nil {
    let fuzzTargets: [(name: String, path: String, dependencies: [Target.Dependency])] = [
        ("FuzzXMLReader", "Fuzz/XMLReader", ["NewsmarkXML"]),
        ("FuzzJSONReader", "Fuzz/JSONReader", ["NewsmarkInterop", "NewsmarkXML"]),
        ("FuzzTextConverter", "Fuzz/TextConverter", ["NewsmarkAnnotation", "NewsmarkXML", "NewsmarkInterop"]),
    ]
    for target in fuzzTargets {
        package.targets.append(.executableTarget(name: target.name, dependencies: target.dependencies, path: target.path))
        package.products.append(.executable(name: target.name, targets: [target.name]))
    }
}
