// swift-tools-version: 6.0
import PackageDescription

// Data flows one way: import → store → code → aggregate → render.
// Each library target has one job; `mediamon` is a thin command line over them.
let package = Package(
    name: "mediamon",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "mediamon", targets: ["mediamon"]),
        .executable(name: "mediamon-bench", targets: ["mediamon-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
        .package(url: "https://github.com/apple/swift-crypto", "3.12.3"..<"4.0.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.0.0"),
    ],
    targets: [
        // C shim over the system ICU: its C API renames every function with a
        // version suffix through macros Swift cannot import.
        .target(
            name: "CICU",
            linkerSettings: [.linkedLibrary("icuuc"), .linkedLibrary("icui18n")]
        ),
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),

        // The readers' languages and every string a reader sees, per language; numbers and dates
        // written each language's way. Foundation only, so reports, CLI and server share it.
        .target(name: "MediaLocale"),
        // Codebook, outlets, segments, codings, tone, genre, validation. No I/O.
        .target(name: "MediaModel", dependencies: ["MediaLocale", "Yams"]),
        // Decode, normalize, fold, tokenize, transliterate, find mentions.
        .target(name: "MediaText", dependencies: ["CICU", "MediaModel"]),
        // One reader per input format, producing plain values for the store.
        .target(name: "MediaImport", dependencies: ["MediaModel", "MediaText", "CLibXML2", "Yams",
                                               .product(name: "Crypto", package: "swift-crypto")]),
        // The monitoring database: migrations, writes with validation, queries, audit log.
        .target(name: "MediaStore", dependencies: ["MediaModel", .product(name: "GRDB", package: "GRDB.swift"),
                                              .product(name: "GRDBSQLite", package: "GRDB.swift")]),
        // The interactive coder: screen state, keys, layout, terminal raw mode.
        .target(name: "MediaCoder", dependencies: ["MediaModel", "MediaStore", "MediaText"]),
        // Aggregation (pure functions over coded rows) and renderers.
        .target(name: "MediaReports", dependencies: ["MediaModel", "ZIPFoundation"]),
        // Inter-coder reliability: Krippendorff's alpha, agreement, disagreements, double-coding samples.
        .target(name: "MediaReliability", dependencies: ["MediaModel"]),
        // The shipped codebook and demonstration data set, as bundle resources, and the demo's presentation.
        .target(name: "MediaSamples", dependencies: ["MediaModel", "MediaImport", "MediaStore", "MediaReports"], path: "Samples", exclude: ["README.md"], resources: [.copy("data")]),
        .target(name: "MediaCodebooks", path: "Codebooks", exclude: ["README.md"], resources: [.copy("kz-2012-majilis.yaml")]),

        // The team server: HTTP, accounts and sessions, media with ranges, JSON API, the pages (bundle resources).
        .target(name: "MediaServer",
                dependencies: ["MediaModel", "MediaLocale", "MediaText", "MediaStore", "MediaReports", "MediaReliability", "MediaCoder",
                               .product(name: "Hummingbird", package: "hummingbird"),
                               .product(name: "HummingbirdAuth", package: "hummingbird-auth"),
                               .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                               .product(name: "Crypto", package: "swift-crypto"),
                               .product(name: "_CryptoExtras", package: "swift-crypto")],
                resources: [.copy("Pages")]),

        .executableTarget(
            name: "mediamon",
            dependencies: [
                "MediaModel", "MediaText", "MediaImport", "MediaStore", "MediaReports", "MediaReliability", "MediaCoder",
                "MediaSamples", "MediaCodebooks",
                "MediaServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        // Parsers under libFuzzer (scripts/fuzz.sh); built normally, a replay tool for crash files.
        .executableTarget(
            name: "mediamon-fuzz",
            dependencies: ["MediaModel", "MediaText", "MediaImport", "MediaCodebooks", "CFuzzing"]
        ),
        .target(name: "CFuzzing"),

        // The performance suite: generates seeded inputs, runs each case in a child process
        // (the `mediamon` binary itself for imports and reports) and prints time, rate and peak memory.
        .executableTarget(
            name: "mediamon-bench",
            dependencies: ["MediaModel", "MediaText", "MediaStore", "MediaCoder", "MediaCodebooks",
                           .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),

        // Helpers the test targets share (a test's temporary folder, removed when it ends).
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "MediaLocaleTests", dependencies: ["MediaLocale"]),
        .testTarget(name: "MediaModelTests", dependencies: ["MediaModel", "MediaCodebooks"]),
        .testTarget(name: "MediaTextTests", dependencies: ["TestSupport", "MediaText", "MediaModel", "MediaCodebooks", "CICU"]),
        .testTarget(name: "MediaImportTests", dependencies: ["TestSupport", "MediaImport", "MediaModel", "MediaCodebooks"]),
        .testTarget(name: "MediaStoreTests", dependencies: ["TestSupport", "MediaStore", "MediaImport", "MediaModel", "MediaCodebooks"]),
        .testTarget(name: "MediaCoderTests", dependencies: ["MediaCoder", "MediaStore", "MediaModel", "MediaText", "MediaCodebooks",
                                                      .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(name: "MediaReportsTests", dependencies: ["MediaReports", "MediaModel", "ZIPFoundation", "MediaSamples", "MediaStore", "MediaImport", "MediaCodebooks"]),
        .testTarget(name: "MediaReliabilityTests", dependencies: ["MediaReliability", "MediaModel"]),
        .testTarget(name: "MediaServerTests", dependencies: ["TestSupport", "MediaServer", "MediaStore", "MediaModel", "MediaLocale", "MediaCodebooks", "MediaSamples",
                                                       .product(name: "HummingbirdTesting", package: "hummingbird"),
                                                       .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(name: "EndToEndTests", dependencies: ["mediamon", "MediaCoder", "MediaModel"]),
        // Inputs that try to crash, hang or trick the parsers (files in Tests/HostileInputs).
        .testTarget(name: "HostileInputTests", dependencies: ["MediaImport", "MediaModel", "MediaCodebooks"]),
    ]
)
