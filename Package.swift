// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "profilelint",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "profilelint", targets: ["profilelint"]),
        .library(name: "ProfileLint", targets: ["ProfileLint"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
        // `profilelint serve`: the HTTP server, multipart uploads, the HR password's KDF, structured logs.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.0.0"),
        .package(url: "https://github.com/vapor/multipart-kit", from: "4.7.0"),
        .package(url: "https://github.com/apple/swift-crypto", "3.0.0"..<"5.0.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.0.0"),
        // The run history (`batch --history`) is a SQLite database; GRDB links the system's libsqlite3.
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        // Byte scans with SSE2 or NEON: Swift's SIMD types do not vectorise them (see the header).
        .target(name: "CProfileLintScan"),
        .target(
            name: "ProfileLint",
            dependencies: [
                "CProfileLintScan",
                .product(name: "Yams", package: "Yams"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            exclude: ["Formats/profile.schema.json", "Formats/profile-card.schema.json"]
        ),
        // The web front end: an employee page and an HR dashboard over the same library API.
        .target(
            name: "ProfileLintServer",
            dependencies: [
                "ProfileLint",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "MultipartKit", package: "multipart-kit"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "_CryptoExtras", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        .executableTarget(
            name: "profilelint",
            dependencies: [
                "ProfileLint",
                "ProfileLintServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // Builds the generated files (embedded rules, rule reference, README sections); tests compare against it.
        .target(name: "ProfileLintGenerator", dependencies: ["ProfileLint"]),
        // Writes the generated files: `swift run profilelint-generate`.
        .executableTarget(name: "profilelint-generate", dependencies: ["ProfileLintGenerator"]),
        // Times each phase of batch scoring on one thread (see Benchmarks/README.md).
        .executableTarget(
            name: "profilelint-phases",
            dependencies: ["ProfileLint"]
        ),
        // libFuzzer harnesses, built and run by .ci/fuzz; a plain build makes them replay input files.
        .target(name: "FuzzSupport", dependencies: ["ProfileLint"]),
        .executableTarget(name: "FuzzJSON", dependencies: ["ProfileLint", "FuzzSupport"]),
        .executableTarget(name: "FuzzCSV", dependencies: ["ProfileLint", "FuzzSupport"]),
        .executableTarget(name: "FuzzZIP", dependencies: ["ProfileLint", "FuzzSupport"]),
        .executableTarget(name: "FuzzRules", dependencies: ["ProfileLint", "FuzzSupport"]),
        .testTarget(
            name: "ProfileLintTests",
            // The executable is a dependency so that end-to-end tests can run the built binary.
            dependencies: [
                "ProfileLint", "ProfileLintGenerator", "profilelint", "ProfileLintServer",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ],
            // Reporter golden files and the SARIF schema are read from the source tree by path, not bundled.
            exclude: ["Reporters/Golden", "Reporters/Schemas"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
