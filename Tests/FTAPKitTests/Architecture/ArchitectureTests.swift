import Foundation
import Testing
@testable import FTAPKit

/// The house rules that keep the code easy to change: stages only use earlier stages, no two
/// files use each other, and every diagnostic code is documented.
@Suite struct ArchitectureTests {
    /// The folders of the library in data-flow order; `SiteBuilder.swift` and `BuildOptions.swift`
    /// (the table of contents) come after Output/, and the preview server runs builds.
    static let stages = ["Core", "FileSystem", "Content", "Model", "Plan", "Validation", "Aggregation", "Rendering",
                         "Output", "", "Serving"]
    static let library = FTAPProcess.packageRoot.appendingPathComponent("Sources/FTAPKit")

    struct SourceFile {
        var path: String
        var stage: String
        var code: String
    }

    static func sourceFiles() throws -> [SourceFile] {
        try filesByPath(in: library).keys.filter { $0.hasSuffix(".swift") }.sorted().map { relative in
            let text = try String(contentsOf: library.appendingPathComponent(relative), encoding: .utf8)
            let code = text.replacingOccurrences(of: #"//.*"#, with: "", options: .regularExpression)
            let stage = relative.contains("/") ? String(relative.split(separator: "/")[0]) : ""
            return SourceFile(path: relative, stage: stage, code: code)
        }
    }

    /// Every type and free function, by the file that declares it.
    static func declarations(_ files: [SourceFile]) throws -> [String: String] {
        let pattern = try NSRegularExpression(pattern: #"^(?:[ \t]*(?:public|internal|private|fileprivate|final|indirect|@\w+)[ \t]+)*(?:struct|enum|class|actor|protocol|typealias|func)[ \t]+(\w+)"#,
                                              options: .anchorsMatchLines)
        var declared: [String: String] = [:]
        for file in files {
            for match in pattern.matches(in: file.code, range: NSRange(file.code.startIndex..., in: file.code)) {
                guard let range = Range(match.range(at: 1), in: file.code) else { continue }
                let name = String(file.code[range])
                // Methods share names across types; only capitalised types and top-level functions count.
                let isTopLevel = file.code[..<range.lowerBound].split(separator: "\n").last?.first.map { $0 != " " } ?? true
                if name.first?.isUppercase == true || isTopLevel { declared[name] = declared[name] ?? file.path }
            }
        }
        return declared
    }

    static func uses(_ files: [SourceFile]) throws -> [String: Set<String>] {
        let declared = try declarations(files)
        let word = try NSRegularExpression(pattern: #"\b[A-Za-z_]\w*\b"#)
        var uses: [String: Set<String>] = [:]
        for file in files {
            let names = Set(word.matches(in: file.code, range: NSRange(file.code.startIndex..., in: file.code))
                .compactMap { Range($0.range, in: file.code).map { String(file.code[$0]) } })
            uses[file.path] = Set(names.compactMap { declared[$0] }.filter { $0 != file.path })
        }
        return uses
    }

    @Test func noStageUsesALaterOne() throws {
        let files = try Self.sourceFiles()
        let stageOf = Dictionary(uniqueKeysWithValues: files.map { ($0.path, $0.stage) })
        #expect(Set(files.map(\.stage)).isSubset(of: Self.stages), "dossier hors des étapes : \(Set(files.map(\.stage)).subtracting(Self.stages))")
        func rank(_ stage: String) -> Int { Self.stages.firstIndex(of: stage) ?? Self.stages.count }
        var backward: [String] = []
        for (file, used) in try Self.uses(files) {
            for other in used where rank(stageOf[other] ?? "") > rank(stageOf[file] ?? "") {
                backward.append("\(file) → \(other)")
            }
        }
        #expect(backward.isEmpty, "flèches à l'envers : \(backward.sorted())")
    }

    @Test func noTwoFilesUseEachOther() throws {
        let uses = try Self.uses(Self.sourceFiles())
        let mutual = uses.flatMap { file, used in used.filter { $0 > file && uses[$0]?.contains(file) == true }.map { "\(file) ↔ \($0)" } }
        #expect(mutual.isEmpty, "\(mutual.sorted())")
    }

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
        for (relative, _) in filesByPath(in: Self.library) where relative.hasSuffix(".swift") {
            let lines = try String(contentsOf: Self.library.appendingPathComponent(relative), encoding: .utf8)
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
