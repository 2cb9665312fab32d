import Foundation
@_spi(Fuzzing) import FTAPKit
#if canImport(Glibc)
import Glibc
#endif
import FTAPContent
import FTAPCore

/// The three targets of `make fuzz`, chosen by `FTAP_FUZZ_TARGET` (`FUZZ_TARGET=…` for make):
/// the validation stage, the template engine, the typography.
enum FuzzTarget: String {
    case validation, gabarits, typographie

    static let chosen = FuzzTarget(rawValue: ProcessInfo.processInfo.environment["FTAP_FUZZ_TARGET"] ?? "") ?? .validation
    /// `FTAP_FUZZ_PLANTED_TRAP=1` plants a Swift trap on an input holding « piege », to prove
    /// that a crash is saved (and replayed).
    static let plantsTrap = ProcessInfo.processInfo.environment["FTAP_FUZZ_PLANTED_TRAP"] == "1"

    func run(_ input: UnsafeRawBufferPointer) {
        if Self.plantsTrap, String(decoding: input, as: UTF8.self).contains("piege") {
            var overflowing = Int.max
            overflowing += input.count
            print(overflowing)
        }
        switch self {
        case .validation: validate(input)
        case .gabarits: FuzzingEntryPoints.renderTemplates([UInt8](input))
        case .typographie:
            // A property that fails is a crash: libFuzzer keeps the input that broke it.
            if let fault = FuzzingEntryPoints.typographyFault(String(decoding: input, as: UTF8.self)) {
                FileHandle.standardError.write(Data("typographie : \(fault)\n".utf8))
                abort()
            }
        }
    }
}

/// One fuzz input: its first byte chooses what the rest is (a project sheet, a testimonial, a
/// news item, a free page, a published figure, a year of budget execution or `site.yml`), and the whole validation stage runs on it, from bytes to
/// diagnostics: text decoding, front matter, YAML, typed values, Markdown, cross-file rules; then
/// the reports, the text one with each faulty line of the input under its diagnostic.
func validate(_ input: UnsafeRawBufferPointer) {
    guard let selector = input.first else { return }
    let bytes = [UInt8](input.dropFirst())
    let kinds: [ContentKind] = [.project, .testimonial, .news, .page, .officialFigure, .budgetExecution]
    let site = Array("titre: \"T\"\nurl: \"https://exemple.gouv.fr\"\ndescription: \"D\"\n".utf8)
    let source: ContentSource
    if Int(selector) % (kinds.count + 1) == kinds.count {
        source = ContentSource(root: "content", siteSettingsBytes: bytes, files: [])
    } else {
        let kind = kinds[Int(selector) % (kinds.count + 1)]
        // A budget execution's file is named by its year.
        let slug = kind == .budgetExecution ? "2019" : "fuzz"
        let file = ContentFile(path: "content/\(kind.folder)/\(slug).md", kind: kind, slug: slug, bytes: bytes)
        let project = ContentFile(path: "content/projets/autre.md", kind: .project, slug: "autre",
                                  bytes: Array("---\ntitre: \"A\"\nresume: \"R\"\nappel: 2019\nporteur:\n  nom: \"N\"\n  type: operateur\nmontant: 5\n---\n".utf8))
        source = ContentSource(root: "content", siteSettingsBytes: site, files: [file, project])
    }
    guard let today = ContentDate(year: 2026, month: 11, day: 26) else { return }
    var options = BuildOptions(buildDate: today)
    options.templatesPath = "/nonexistent"
    options.includeDrafts = true
    let outcome = SiteBuilder(options: options).check(source)
    _ = DiagnosticFormat.json.render(outcome.diagnostics)
    _ = DiagnosticFormat.text.render(outcome.diagnostics, sources: outcome.sources, workingDirectory: "/depot", colours: true)
}

#if FUZZING
/// libFuzzer's entry point (built with `-sanitize=fuzzer`, see `make fuzz`).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzTarget.chosen.run(UnsafeRawBufferPointer(start: data, count: data == nil ? 0 : size))
    return 0
}

@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(_ argc: UnsafeMutablePointer<CInt>,
                     _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                     _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt

/// SwiftPM links an executable's `main` to `<module>_main`; here it hands over to libFuzzer.
@_cdecl("FTAPFuzz_main")
public func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return withUnsafeMutablePointer(to: &arguments) { runFuzzerDriver(&count, $0, fuzzOneInput) }
}
#else
/// Without the fuzzer: replays the files given as arguments (a crash found by `make fuzz`).
@main
struct Replay {
    static func main() {
        for path in CommandLine.arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: path) else { continue }
            data.withUnsafeBytes(FuzzTarget.chosen.run)
            print("rejoué : \(path)")
        }
    }
}
#endif
