import ArgumentParser
import FTAPKit
import Foundation

struct Check: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Vérifie tout le contenu et signale chaque erreur à sa ligne, sans rien écrire.")

    @OptionGroup var common: CommonOptions

    func run() async throws {
        let diagnostics: [Diagnostic]
        do {
            diagnostics = try SiteBuilder(options: common.buildOptions()).check()
        } catch {
            Report.fail(error, format: common.format)
        }
        Report.printDiagnostics(diagnostics, format: common.format)
        Report.summary(diagnostics, format: common.format, success: "Contenu valide.")
        if diagnostics.contains(where: { $0.severity == .error }) { throw ExitCode(1) }
    }
}
