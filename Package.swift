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
        // libvips decodes and encodes the photos of media/; CImageShim calls its variadic C API.
        .systemLibrary(
            name: "CVips",
            pkgConfig: "vips",
            providers: [.apt(["libvips-dev"])]
        ),
        .target(name: "CImageShim", dependencies: ["CVips"]),
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
        // The fund's build, a target per stage in the order of ARCHITECTURE.md; each depends
        // only on earlier ones, so the compiler refuses a use the other way.
        .target(name: "FTAPCore"),
        .target(name: "FTAPFileSystem", dependencies: ["FTAPCore"]),
        .target(name: "FTAPImages", dependencies: ["FTAPFileSystem", "CImageShim"]),
        .target(
            name: "FTAPContent",
            dependencies: ["FTAPCore", "FTAPFileSystem", "FTAPImages", "FrenchTypesetting", "Suggestions", "CCmarkGFM", "CMarkArena", "CYAML"]
        ),
        .target(name: "FTAPModel", dependencies: ["FTAPCore", "FTAPContent"]),
        .target(name: "FTAPPlan", dependencies: ["FTAPCore", "FTAPImages", "FTAPContent", "FTAPModel"]),
        .target(
            name: "FTAPValidation",
            dependencies: ["FTAPCore", "FTAPFileSystem", "FTAPImages", "FTAPContent", "FTAPModel", "FTAPPlan", "Suggestions"]
        ),
        .target(name: "FTAPAggregation", dependencies: ["FTAPCore", "FTAPModel"]),
        .target(
            name: "FTAPRendering",
            dependencies: [
                "FTAPCore", "FTAPFileSystem", "FTAPImages", "FTAPContent", "FTAPModel", "FTAPPlan", "FTAPValidation",
                "FTAPAggregation", "FrenchTypesetting", "Mustache", "Suggestions",
            ]
        ),
        .target(
            name: "FTAPOutput",
            dependencies: [
                "FTAPCore", "FTAPFileSystem", "FTAPImages", "FTAPContent", "FTAPModel", "FTAPPlan", "FTAPValidation",
                "FTAPRendering", "CSystemCalls", "CZlib", "CBrotli",
            ]
        ),
        // `ftap diff`: what changes from one built site to another, read back from its files.
        .target(
            name: "FTAPDiff",
            dependencies: ["FTAPCore", "FTAPFileSystem", "FTAPModel"]
        ),
        .target(
            name: "FTAPWorkshop",
            dependencies: ["FTAPCore", "FTAPContent", "FTAPEditing", "FTAPFileSystem", "FTAPValidation"]
        ),
        .target(
            name: "FTAPEditing",
            dependencies: ["FTAPCore", "FTAPContent", "FTAPValidation"]
        ),
        // The build as a list of calls, one per stage (`SiteBuilder`), and the fuzz entry points.
        .target(
            name: "FTAPKit",
            dependencies: [
                "FTAPCore", "FTAPFileSystem", "FTAPImages", "FTAPContent", "FTAPModel", "FTAPPlan", "FTAPValidation",
                "FTAPAggregation", "FTAPRendering", "FTAPOutput", "FTAPDiff", "FrenchTypesetting", "Mustache",
            ]
        ),
        // `ftap serve`: the preview server, which runs builds.
        .target(
            name: "FTAPServing",
            dependencies: ["FTAPCore", "FTAPContent", "FTAPEditing", "FTAPFileSystem", "FTAPKit", "FTAPOutput", "FTAPPlan", "FTAPValidation", "FTAPWorkshop", "FrenchTypesetting",
                           .product(name: "FlyingSocks", package: "FlyingFox")]
        ),
        .executableTarget(
            name: "ftap",
            dependencies: [
                "FTAPCore", "FTAPContent", "FTAPModel", "FTAPOutput", "FTAPKit", "FTAPServing",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // `make fuzz` builds it with libFuzzer (-sanitize=fuzzer -DFUZZING); built plainly, it
        // replays the inputs given as arguments.
        .executableTarget(
            name: "FTAPFuzz",
            dependencies: ["FTAPCore", "FTAPContent", "FTAPKit"]
        ),
        // What several test targets share (a seeded random generator).
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "FrenchTypesettingTests", dependencies: ["FrenchTypesetting", "TestSupport"]),
        // Specification/: the official Mustache specification's cases, read by SpecificationTests.
        .testTarget(name: "MustacheTests", dependencies: ["Mustache"], exclude: ["Specification"]),
        .testTarget(
            name: "FTAPKitTests",
            dependencies: [
                "FTAPCore", "FTAPFileSystem", "FTAPImages", "FTAPContent", "FTAPModel", "FTAPPlan", "FTAPValidation",
                "FTAPAggregation", "FTAPRendering", "FTAPOutput", "FTAPDiff", "FTAPEditing", "FTAPWorkshop", "FTAPKit", "FTAPServing", "FrenchTypesetting", "Mustache", "Suggestions", "TestSupport",
            ],
            exclude: ["Fixtures"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
