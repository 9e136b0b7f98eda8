// swift-tools-version: 6.1
import PackageDescription

/// Settings shared by every target: Swift 6 mode (strict concurrency) plus
/// upcoming features that keep module interfaces explicit.
let strict: [SwiftSetting] = [
    // Existential types must be spelled `any P` (SE-0335).
    .enableUpcomingFeature("ExistentialAny"),
    // A file sees only the modules it imports itself (SE-0444).
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "Pacto",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "pacto", targets: ["pacto"]),
        .library(name: "PactoModel", targets: ["PactoModel"]),
        .library(name: "PactoReading", targets: ["PactoReading"]),
        .library(name: "PactoExtraction", targets: ["PactoExtraction"]),
        .library(name: "PactoArchives", targets: ["PactoArchives"]),
        .library(name: "PactoChecking", targets: ["PactoChecking"]),
        .library(name: "PactoRecord", targets: ["PactoRecord"]),
        .library(name: "PactoWeb", targets: ["PactoWeb"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        // gzip and raw deflate for WARC files and HTTP bodies (zlib underneath).
        .package(url: "https://github.com/adam-fowler/compress-nio", from: "1.5.0"),
        // ByteBuffer, the currency of compress-nio.
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        // ZIP archives (central directory, entries streamed out).
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        // The web server. No traits: swift-configuration support is not used,
        // and leaving it out shortens the first build.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: []),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        // Named for their header and buffer types; Hummingbird depends on both already.
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        // RFC 4180 CSV for `pacto export --format csv`.
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        // The check page's upload form (multipart/form-data).
        .package(url: "https://github.com/vapor/multipart-kit", from: "4.7.1"),
        // The shared record on a team's PostgreSQL server (`--db postgres://…`).
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
    ],
    targets: [
        // libxml2 through pkg-config; Debian: libxml2-dev.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        .target(
            name: "PactoModel",
            // Compiled into the binary, so a `pacto` copied anywhere still has it.
            exclude: ["Resources/README.md"],
            resources: [.embedInCode("Resources/gazetteer.json")],
            swiftSettings: strict
        ),
        .target(
            name: "PactoReading",
            dependencies: ["CLibXML2", "PactoModel", .product(name: "Crypto", package: "swift-crypto")],
            swiftSettings: strict
        ),
        .target(
            name: "PactoExtraction",
            dependencies: ["PactoModel"],
            swiftSettings: strict
        ),
        // Archives (WARC, ZIP) → a stream of entries with their limits.
        .target(
            name: "PactoArchives",
            dependencies: [
                .product(name: "CompressNIO", package: "compress-nio"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            swiftSettings: strict
        ),
        .target(
            name: "PactoChecking",
            dependencies: ["PactoModel", "PactoExtraction"],
            // The bilingual glossary is an editable data file, compiled into
            // the binary (`--glossary FILE` reads another one).
            resources: [.embedInCode("Resources/glossary.json")],
            swiftSettings: strict
        ),
        .target(
            name: "PactoRecord",
            dependencies: [
                "PactoModel", "PactoReading", "PactoExtraction", "PactoArchives",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "CSV", package: "CSV.swift"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ],
            swiftSettings: strict
        ),
        // `pacto serve`: pages and JSON API over a read-only record.
        .target(
            name: "PactoWeb",
            dependencies: [
                "PactoModel", "PactoReading", "PactoRecord", "PactoChecking",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "MultipartKit", package: "multipart-kit"),
                .product(name: "NIOCore", package: "swift-nio"),
            ],
            // Compiled into the binary, so a copied `pacto` serves pages without its build folder.
            resources: [
                .embedInCode("Templates/check-passage.mustache"), .embedInCode("Templates/check-report.mustache"),
                .embedInCode("Templates/check.mustache"), .embedInCode("Templates/error.mustache"),
                .embedInCode("Templates/event.mustache"), .embedInCode("Templates/footer.mustache"),
                .embedInCode("Templates/header.mustache"), .embedInCode("Templates/pacts.mustache"),
                .embedInCode("Templates/search.mustache"),
                .embedInCode("Static/style.css"), .embedInCode("openapi.yaml"),
            ],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "pacto",
            dependencies: [
                "PactoModel", "PactoReading", "PactoExtraction", "PactoRecord", "PactoChecking", "PactoWeb", "PactoArchives",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strict
        ),
        // Benchmarks: `swift run -c release pacto-bench` (see README).
        .executableTarget(
            name: "pacto-bench",
            // CLibXML2 for the bare-parse floor the import is measured against.
            dependencies: ["CLibXML2", "PactoModel", "PactoReading", "PactoExtraction", "PactoRecord"],
            path: "Benchmarks/PactoBench",
            swiftSettings: strict
        ),
        // Fuzzing: `scripts/fuzz.sh SECONDS` builds it with libFuzzer (see README);
        // a normal build makes a replay tool, `pacto-fuzz FILE...`.
        .target(name: "CFuzzDriver", path: "Fuzz/CFuzzDriver"),
        .executableTarget(
            name: "pacto-fuzz",
            dependencies: ["PactoReading", "PactoExtraction", "PactoArchives", "CFuzzDriver"],
            path: "Fuzz/PactoFuzz",
            swiftSettings: strict
        ),
        .testTarget(
            name: "PactoModelTests",
            dependencies: ["PactoModel"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "PactoExtractionTests",
            dependencies: ["PactoExtraction", "PactoModel", "PactoReading"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "PactoReadingTests",
            // CLibXML2 for the reference parser the tree builder is held to.
            dependencies: ["PactoReading", "PactoModel", "CLibXML2"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "PactoArchiveTests",
            dependencies: [
                "PactoArchives", "PactoRecord", "PactoModel", "PactoReading", "PactoExtraction",
                .product(name: "CompressNIO", package: "compress-nio"),
                .product(name: "NIOCore", package: "swift-nio"),
            ],
            swiftSettings: strict
        ),
        .testTarget(
            name: "PactoCheckingTests",
            dependencies: ["PactoChecking", "PactoReading", "PactoExtraction", "PactoModel"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "PactoRecordTests",
            dependencies: [
                "PactoRecord", "PactoModel", "PactoReading", "PactoExtraction",
                .product(name: "GRDB", package: "GRDB.swift"),
                // Reads the CSV export back.
                .product(name: "CSV", package: "CSV.swift"),
            ],
            swiftSettings: strict
        ),
        .testTarget(
            name: "PactoWebTests",
            dependencies: [
                "PactoWeb", "PactoRecord", "PactoModel", "PactoChecking", "PactoReading",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ],
            swiftSettings: strict
        ),
    ],
    swiftLanguageModes: [.v6]
)
