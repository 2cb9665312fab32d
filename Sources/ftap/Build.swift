import ArgumentParser
import Foundation
import FTAPKit

struct Build: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Vérifie le contenu puis construit tout le site ; en cas d'erreur, rien n'est écrit.")

    @OptionGroup var common: CommonOptions
    @Option(name: .long, help: ArgumentHelp(PrecedentHelp.text, valueName: "fichier ou adresse"))
    var precedent: String?
    @Option(name: .long, help: ArgumentHelp("Comment les anciennes adresses (« anciennes_adresses ») mènent aux nouvelles : pages (par défaut : une page de renvoi à chaque ancienne adresse, pour tout hébergeur, et le fichier _redirects) ou hebergeur (le fichier _redirects seul, pour GitLab Pages et Netlify, qui servent un fichier existant avant d’appliquer leurs redirections).", valueName: "pages|hebergeur"))
    var redirections: RedirectionMode = .pages

    /// How former addresses are redirected.
    enum RedirectionMode: String, ExpressibleByArgument {
        case pages, hebergeur
    }

    func run() async throws {
        let start = ContinuousClock.now
        let outcome: BuildOutcome
        do {
            var options = try common.buildOptions()
            options.precompress = true
            options.previousAddressesPath = precedent
            options.redirectPages = redirections == .pages
            // The command ends just after reporting: the system takes back the run's memory at once.
            options.keepsWorkUntilExit = true
            outcome = try await SiteBuilder(options: options).build()
        } catch {
            Report.fail(error, format: common.format)
        }
        Report.printDiagnostics(outcome.diagnostics, sources: outcome.sources, format: common.format)
        let line = SummaryLine(success: "Site construit dans « \(common.output) »", failure: "rien n'a été publié")
        Report.summary(line.text(outcome, pages: outcome.pagesWritten, elapsed: ContinuousClock.now - start))
        Foundation.exit(outcome.hasErrors ? 1 : 0)
    }
}
