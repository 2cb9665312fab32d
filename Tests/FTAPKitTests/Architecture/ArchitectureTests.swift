import Foundation
@testable import FTAPCore
import Testing

/// The house rules the compiler cannot keep: every diagnostic code is documented, and the public
/// surface is small and documented. (The order of the stages is the compiler's, through the
/// targets: `TargetGraphTests`.)
@Suite struct ArchitectureTests {
    static let sources = FTAPProcess.packageRoot.appendingPathComponent("Sources")

    @Test func everyDiagnosticCodeIsInTheREADMEAndNoOther() throws {
        let readme = try String(contentsOf: FTAPProcess.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let section = try #require(readme.range(of: "Every diagnostic has a stable code:"))
        let paragraph = readme[section.upperBound...].prefix { $0 != "#" }
        let listed = Set(paragraph.matches(of: /`([a-z0-9]+(?:-[a-z0-9]+)*)`/).map { String($0.1) })
        let codes = Set(DiagnosticCode.allCases.map(\.rawValue))
        #expect(codes.subtracting(listed).isEmpty, "codes absents du README : \(codes.subtracting(listed).sorted())")
        let unknown = listed.filter { $0.contains("-") }.subtracting(codes)
        #expect(unknown.isEmpty, "codes du README inconnus du code : \(unknown.sorted())")
    }

    /// The public surface is what the command line and the fuzz target use, and each of its
    /// symbols says in a sentence what it is.
    @Test func everyPublicSymbolIsDocumented() throws {
        var undocumented: [String] = []
        var count = 0
        // The fund's library targets, whose public symbols are what the command line and the fuzz target use.
        for (relative, _) in filesByPath(in: Self.sources) where relative.hasPrefix("FTAP") && !relative.hasPrefix("FTAPFuzz/")
            && relative.hasSuffix(".swift") {
            let lines = try String(contentsOf: Self.sources.appendingPathComponent(relative), encoding: .utf8)
                .split(separator: "\n", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            for (index, line) in lines.enumerated() where line.hasPrefix("public ") {
                count += 1
                let before = lines[..<index].last { !$0.hasPrefix("@") } ?? ""
                if !before.hasPrefix("///") { undocumented.append("\(relative): \(line)") }
            }
        }
        #expect(undocumented.isEmpty, "\(undocumented.sorted())")
        #expect(count < 100, "surface publique de \(count) déclarations : n'exposez que ce que la ligne de commande utilise")
    }
}
