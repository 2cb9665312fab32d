/// The example texts `ftap new` writes for an author to replace, in one place: the scaffolds
/// write them, and a published file that still holds one gets `valeur-exemple`.
package enum ScaffoldExample {
    package static let projectTitle = "Intitulé du projet"
    package static let projectSummary = "Résumé du projet."
    package static let carrierName = "Nom de l'entité qui porte le projet"
    package static let projectBody = "Texte de la fiche, en Markdown."
    package static let author = "Prénom Nom"
    package static let role = "Fonction de la personne citée"
    package static let quote = "Les mots de la personne citée."
    package static let newsTitle = "Titre de l'actualité"
    package static let newsSummary = "Résumé affiché dans les listes et les flux."
    package static let newsBody = "Texte de l'actualité, en Markdown."
    package static let pageTitle = "Titre de la page"
    package static let pageBody = "Texte de la page, en Markdown."
    package static let sourceTitle = "Titre de la source"
    package static let figureBody = "Texte facultatif, affiché sur la page de l'appel (par exemple la phrase de la source)."

    /// Example texts a front matter value may keep by mistake.
    static let values: Set<String> = [projectTitle, projectSummary, carrierName, author, role, newsTitle, newsSummary,
                                      pageTitle, sourceTitle]
    /// Example texts a body may keep by mistake, each on a line of its own.
    static let bodies: Set<String> = [projectBody, quote, newsBody, pageBody, figureBody]
}
