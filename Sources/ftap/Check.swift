import ArgumentParser
import Foundation
import FTAPKit

struct Check: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Vérifie tout le contenu et signale chaque erreur à sa ligne, sans rien écrire.")

    @OptionGroup var common: CommonOptions
    @Option(name: .long, help: ArgumentHelp(PrecedentHelp.text, valueName: "fichier ou adresse"))
    var precedent: String?

    func run() async throws {
        let start = ContinuousClock.now
        let outcome: BuildOutcome
        do {
            var options = try common.buildOptions()
            // The command ends just after reporting: the system takes back the run's memory at once.
            options.keepsWorkUntilExit = true
            options.previousAddressesPath = precedent
            outcome = try await SiteBuilder(options: options).checkAgainstPrevious()
        } catch {
            Report.fail(error, format: common.format)
        }
        Report.printDiagnostics(outcome.diagnostics, sources: outcome.sources, format: common.format)
        let line = SummaryLine(success: "Contenu valide", failure: "rien n'a été publié")
        Report.summary(line.text(outcome, elapsed: ContinuousClock.now - start))
        Foundation.exit(outcome.hasErrors ? 1 : 0)
    }
}
