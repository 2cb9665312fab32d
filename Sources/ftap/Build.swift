import ArgumentParser
import FTAPKit
import Foundation

struct Build: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Vérifie le contenu puis construit tout le site ; en cas d'erreur, rien n'est écrit.")

    @OptionGroup var common: CommonOptions

    func run() async throws {
        let outcome: BuildOutcome
        do {
            outcome = try await SiteBuilder(options: common.buildOptions()).build()
        } catch {
            Report.fail(error, format: common.format)
        }
        Report.printDiagnostics(outcome.diagnostics, format: common.format)
        if outcome.hasErrors { 
            Report.summary(outcome.diagnostics, format: common.format, success: "", failure: " : rien n'a été publié")
            throw ExitCode(1)
        }
        Report.summary(outcome.diagnostics, format: common.format,
                       success: "Site construit dans « \(common.output) » : \(outcome.pagesWritten) pages, \(outcome.filesWritten) fichiers.")
    }
}
