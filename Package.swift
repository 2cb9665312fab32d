// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "ftap",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "ftap", targets: ["ftap"]),
        .library(name: "FTAPKit", targets: ["FTAPKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/swhitty/FlyingFox", exact: "0.27.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        .systemLibrary(name: "CSystemCalls"),
        // Precompressed siblings of the site's text files (.gz, .br), as GitLab Pages serves them.
        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        .systemLibrary(
            name: "CBrotli",
            pkgConfig: "libbrotlienc",
            providers: [.apt(["libbrotli-dev"])]
        ),
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]
        ),
        // A per-thread bump allocator handed to cmark-gfm (see arena.c).
        .target(name: "CMarkArena", dependencies: ["CCmarkGFM"]),
        // French typography (no-break spaces, quotes, ordinals, superscripts) for any text or
        // HTML: nothing of the fund's domain.
        .target(name: "FrenchTypesetting"),
        // The closest of a list of names to a mistyped one (« vouliez-vous dire … ? »).
        .target(name: "Suggestions"),
        // ftap's Mustache engine (the specification's whitespace rules and inheritance, typed
        // values, HTML escaping, templates set in French typography): nothing of the domain.
        .target(name: "Mustache", dependencies: ["FrenchTypesetting", "Suggestions"]),
        .target(
            name: "FTAPKit",
            dependencies: [
                "FrenchTypesetting",
                "Mustache",
                "Suggestions",
                "CCmarkGFM",
                "CMarkArena",
                "CSystemCalls",
                "CYAML",
                "CZlib",
                "CBrotli",
                .product(name: "FlyingSocks", package: "FlyingFox"),
            ]
        ),
        .executableTarget(
            name: "ftap",
            dependencies: [
                "FTAPKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // `make fuzz` builds it with libFuzzer (-sanitize=fuzzer -DFUZZING); built plainly, it
        // replays the inputs given as arguments.
        .executableTarget(
            name: "FTAPFuzz",
            dependencies: ["FTAPKit"]
        ),
        // What several test targets share (a seeded random generator).
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "FrenchTypesettingTests", dependencies: ["FrenchTypesetting", "TestSupport"]),
        .testTarget(name: "MustacheTests", dependencies: ["Mustache"]),
        .testTarget(
            name: "FTAPKitTests",
            dependencies: ["FTAPKit", "FrenchTypesetting", "Mustache", "Suggestions", "TestSupport"],
            exclude: ["Fixtures"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
