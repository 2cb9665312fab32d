import ArgumentParser
import Foundation
import FTAPContent
import FTAPCore
import FTAPKit
import FTAPOutput

struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Crée un fichier de contenu avec toutes ses clés, commentées en français.")

    enum Kind: String, ExpressibleByArgument, CaseIterable {
        case projet, temoignage, actualite, page
        case chiffreOfficiel = "chiffre-officiel"
        case executionBudgetaire = "execution-budgetaire"
        var contentKind: ContentKind {
            switch self {
            case .projet: .project
            case .temoignage: .testimonial
            case .actualite: .news
            case .page: .page
            case .chiffreOfficiel: .officialFigure
            case .executionBudgetaire: .budgetExecution
            }
        }
    }

    @Argument(help: ArgumentHelp("Type de contenu : projet, temoignage, actualite, page, chiffre-officiel ou execution-budgetaire.", valueName: "type"))
    var kind: Kind
    @Argument(help: ArgumentHelp("Nom du fichier sans « .md » : minuscules, chiffres et tirets ; pour execution-budgetaire, l'année (2024).", valueName: "nom"))
    var slug: String
    @Option(name: .long, help: ArgumentHelp("Dossier du contenu.", valueName: "dossier"))
    var content = "content"

    func validate() throws {
        guard Slug.isValid(slug) else {
            // « x.md »: the name goes without its extension.
            let stem = slug.lowercased().hasSuffix(".md") ? String(slug.dropLast(3)) : slug
            let reason = stem == slug ? "minuscules sans accents, chiffres et tirets simples" : "le nom s'écrit sans « .md », que ftap ajoute"
            throw ValidationError("nom « \(slug) » invalide : \(reason), par exemple « \(Slug.suggestion(for: stem)) »")
        }
        if kind == .executionBudgetaire, !(slug.count == 4 && slug.allSatisfy(\.isNumber)) {
            throw ValidationError("nom « \(slug) » invalide : une année d'exécution budgétaire se nomme par son année, par exemple « ftap new execution-budgetaire 2024 »")
        }
    }

    func run() throws {
        do {
            let today = try BuildOptions.buildDate(environment: ProcessInfo.processInfo.environment, now: Date().timeIntervalSince1970)
            let path = try ScaffoldWriter.create(kind.contentKind, slug: slug, contentPath: content, today: today)
            print("Créé : \(path)")
        } catch {
            FileHandle.standardError.write(Data("erreur : \(error)\n".utf8))
            throw ExitCode(2)
        }
    }
}
