import ArgumentParser
import Foundation
import FTAPDiff
import FTAPKit

struct Diff: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Compare deux sites (construits, ou dossiers de contenu) : pages ajoutées, retirées et modifiées, et chaque chiffre qui change.")

    @Argument(help: ArgumentHelp("Le site d'avant : un site construit (dossier avec index.html et donnees/) ou un dossier de contenu (avec site.yml).", valueName: "ancien"))
    var old: String

    @Argument(help: ArgumentHelp("Le site d'après, de la même façon.", valueName: "nouveau"))
    var new: String

    @Option(name: .long, help: ArgumentHelp("Dossier des gabarits, pour construire un dossier de contenu.", valueName: "dossier"))
    var templates = "templates"

    @Option(name: .long, help: ArgumentHelp("markdown (pour une demande de fusion, par défaut), court (pour un terminal) ou json.", valueName: "format"))
    var format: String = "markdown"

    @Option(name: .long, help: ArgumentHelp("Dossier où garder les largeurs déjà faites des photos de media/.", valueName: "dossier"))
    var cache = ".cache/ftap"

    func validate() throws {
        guard DiffReport.Format(rawValue: format) != nil else {
            throw ValidationError("format « \(format) » inconnu : markdown, court ou json")
        }
    }

    func run() async throws {
        do {
            var options = BuildOptions(buildDate: try BuildOptions.buildDate(environment: ProcessInfo.processInfo.environment,
                                                                            now: Date().timeIntervalSince1970))
            options.templatesPath = templates
            options.cachePath = cache
            options.installedDSFRPath = CommonOptions.installedDSFR
            let report = try await SiteComparison.report(old: old, new: new, options: options, format: DiffReport.Format(rawValue: format) ?? .markdown)
            FileHandle.standardOutput.write(Data(report.utf8))
        } catch {
            Report.fail(error, format: .text)
        }
    }
}
