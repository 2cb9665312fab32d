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
        .target(
            name: "FTAPKit",
            dependencies: [
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
        .testTarget(
            name: "FTAPKitTests",
            dependencies: ["FTAPKit"],
            exclude: ["Fixtures"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
