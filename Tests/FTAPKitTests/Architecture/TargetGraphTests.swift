import Foundation
import Testing

/// The targets of `Package.swift` depend only on those before them in ARCHITECTURE.md's table of
/// targets (the compiler then refuses a use the other way), and the general-purpose libraries
/// (the typesetter, the template engine, the suggestions) on no target of the fund's domain.
@Suite struct TargetGraphTests {
    /// The targets named in the first column of ARCHITECTURE.md's table of targets, row by row.
    static func documentedOrder() throws -> [[String]] {
        let text = try String(contentsOf: FTAPProcess.packageRoot.appendingPathComponent("ARCHITECTURE.md"), encoding: .utf8)
        let start = try #require(text.range(of: "Targets (`Package.swift`)"))
        var rows: [[String]] = []
        for line in text[start.upperBound...].split(separator: "\n", omittingEmptySubsequences: false).dropFirst() {
            if line.isEmpty { if rows.isEmpty { continue } else { break } }
            guard line.hasPrefix("| `") else { continue }
            let cell = line.split(separator: "|", omittingEmptySubsequences: true).first ?? ""
            rows.append(cell.split(separator: "`").enumerated().filter { $0.offset % 2 == 1 }.map { String($0.element) })
        }
        return rows
    }

    /// The targets of `swift package dump-package`, as its JSON objects.
    static func manifestTargets() throws -> [[String: Any]] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        // A scratch folder of its own: the package's `.build` is locked by the `swift test` that runs this.
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("ftap-manifest-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        process.arguments = ["swift", "package", "--scratch-path", scratch.path, "dump-package"]
        process.currentDirectoryURL = FTAPProcess.packageRoot
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let manifest = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        return try #require(manifest["targets"] as? [[String: Any]])
    }

    /// Each target of the package with the targets it depends on.
    static func dependencies() throws -> [String: Set<String>] {
        var graph: [String: Set<String>] = [:]
        for target in try manifestTargets() {
            let name = try #require(target["name"] as? String)
            let dependencies = (target["dependencies"] as? [[String: Any]] ?? []).compactMap { dependency -> String? in
                // {"byName": [name, condition]}, {"target": [name, condition]} or {"product": [name, package, …]}.
                (dependency.values.first as? [Any])?.first as? String
            }
            graph[name] = Set(dependencies)
        }
        return graph
    }

    @Test func everyTargetDependsOnlyOnEarlierOnes() throws {
        let rows = try Self.documentedOrder()
        #expect(rows.count >= 5, "tableau des cibles introuvable dans ARCHITECTURE.md : \(rows)")
        let rank = Dictionary(rows.enumerated().flatMap { index, names in names.map { ($0, index) } }, uniquingKeysWith: min)
        let graph = try Self.dependencies()
        var backward: [String] = []
        for (target, row) in rank {
            let used = try #require(graph[target], "\(target) est dans ARCHITECTURE.md mais pas dans Package.swift")
            for other in used where (rank[other] ?? -1) >= row {
                backward.append("\(target) → \(other)")
            }
        }
        #expect(backward.isEmpty, "dépendances vers une cible qui n'est pas avant dans ARCHITECTURE.md : \(backward.sorted())")
    }

    /// A target missing from the table would escape the order: every target of the product is in it
    /// (tests and what they share apart).
    @Test func everyTargetIsInTheTable() throws {
        let documented = Set(try Self.documentedOrder().joined())
        let built = try Self.manifestTargets().filter {
            $0["type"] as? String != "test" && !(($0["path"] as? String)?.hasPrefix("Tests/") ?? false)
        }.compactMap { $0["name"] as? String }
        #expect(Set(built).subtracting(documented).isEmpty, "cibles absentes du tableau d'ARCHITECTURE.md : \(Set(built).subtracting(documented).sorted())")
    }

    @Test func theGeneralLibrariesKnowNothingOfTheFund() throws {
        let graph = try Self.dependencies()
        let general: Set<String> = ["Suggestions", "FrenchTypesetting", "Mustache"]
        for target in general {
            let used = try #require(graph[target])
            #expect(used.isSubset(of: general), "\(target) dépend de \(used.subtracting(general).sorted())")
        }
    }
}
