import FTAPContent
import FTAPCore
import FTAPModel
import FTAPPlan
import FTAPValidation

/// What a build keeps of the site's past: the figures' history from git, and the addresses the
/// previous version published (`--precedent`, or the last build in a preview).
extension SiteBuilder {
    /// How the published sheets' and official figures' figures changed in the content's history.
    func figureHistories(_ history: ContentHistory, of site: PublishedSite, in source: ContentSource) -> [String: FigureHistory] {
        let shown = Set(site.projects.map(\.file) + site.officialFigures.map(\.file))
        return FigureHistories.make(history, files: source.files.filter { shown.contains($0.path) }, since: site.settings.historySince)
    }

    /// The previous version's addresses (`--precedent`), read or fetched; nil without the option.
    func loadPrevious() async -> PreviousAddresses.Loaded? {
        guard let path = options.previousAddressesPath else { return options.lastBuildAddresses.map { .list($0) } }
        return await PreviousAddresses.load(path, contentPath: options.contentPath)
    }

    /// With `--precedent`, every address the previous version published that this one would drop.
    func checkAddresses(_ plan: SitePlan, against previous: PreviousAddresses.Loaded?) -> [Diagnostic] {
        switch previous {
        case nil: return []
        case let .unavailable(diagnostic)?: return [diagnostic]
        case let .list(list)?:
            let kept = Set(plan.publicAddresses).union(plan.redirects.map(\.from)).union(plan.withdrawnAddresses)
            return list.vanished(keeping: kept, contentPath: options.contentPath)
        }
    }

    /// GitLab Pages reads the first 1,000 rules of `_redirects` only: beyond, a former address
    /// without its page would answer nothing (`--redirections hebergeur`).
    func checkRedirectLimit(_ plan: SitePlan) -> [Diagnostic] {
        guard !plan.redirectPages, plan.redirects.count > Self.hostRedirectLimit else { return [] }
        return [Diagnostic(file: options.contentPath, position: nil, code: DiagnosticCode.vanishedAddress,
                           message: "le site a \(plan.redirects.count) anciennes adresses, et GitLab Pages ne lit que les \(Self.hostRedirectLimit) premières règles du fichier _redirects : les autres ne mèneraient nulle part ; construisez sans « --redirections hebergeur », pour qu'une page de renvoi réponde à chacune")]
    }

    /// The rules of `_redirects` GitLab Pages reads by default.
    static let hostRedirectLimit = 1_000
}
