/// The starting text of a new content file: every key, commented in French, with values to replace.
enum ContentScaffold {
    /// The file text for a new item of a kind; `today` fills the date keys.
    static func text(for kind: ContentKind, today: ContentDate) -> String {
        switch kind {
        case .project:
            return """
            ---
            titre: "Intitulé du projet"
            # Résumé en un paragraphe, 300 caractères au plus (listes et moteurs de recherche).
            resume: "Résumé du projet."
            # Programme : ftap, france-experimentation, fitn, participation-citoyenne ou defis-carte-blanche.
            programme: ftap
            # Année de l'appel à projets.
            appel: \(today.year)
            porteur:
              nom: "Nom de l'entité qui porte le projet"
              # Type : administration-centrale, service-deconcentre, operateur, universite, collectivite ou autre.
              type: administration-centrale
              # ministere: "Ministère de rattachement (facultatif)"
            # Montant accordé par le fonds, en euros entiers (24_300_000 est accepté).
            montant: 0
            # Facultatif, au moins égal au montant : cout_total: 0
            # Facultatif, économies annuelles attendues : economies: 0
            # Leviers (facultatif) : donnees-ia, systemes-information, dematerialisation, nouveaux-outils.
            leviers: []
            # Statut : laureat, en-cours, termine ou abandonne.
            statut: laureat
            # Jalons (facultatif) ; etat : prevu, atteint ou en-retard.
            jalons: []
            #  - date: \(today.iso)
            #    libelle: "Mise en service"
            #    etat: prevu
            # Versements du fonds (facultatif) ; leur somme ne dépasse pas le montant.
            versements: []
            #  - date: \(today.iso)
            #    montant: 0
            objectifs: []
            # Sources publiques des chiffres (adresses complètes en https://).
            sources: []
            #  - titre: "Titre de la source"
            #    url: "https://www.modernisation.gouv.fr/"
            # Date de la dernière vérification des chiffres.
            mise_a_jour: \(today.iso)
            # date_publication: \(today.iso)   (la fiche n'est pas publiée avant cette date)
            brouillon: true
            ---
            Texte de la fiche, en Markdown.

            """
        case .testimonial:
            return """
            ---
            auteur: "Prénom Nom"
            fonction: "Fonction de la personne citée"
            # organisation: "Organisation (facultatif)"
            # projet: nom-du-fichier-du-projet   (sans « .md », facultatif)
            date: \(today.iso)
            ---
            Les mots de la personne citée.

            """
        case .news:
            return """
            ---
            titre: "Titre de l'actualité"
            date: \(today.iso)
            resume: "Résumé affiché dans les listes et les flux."
            rubriques: ["Pilotage de la transformation publique"]
            # Projets liés (noms de fichiers sans « .md ») : projets: [nom-du-projet]
            projets: []
            brouillon: true
            ---
            Texte de l'actualité, en Markdown.

            """
        case .page:
            return """
            ---
            titre: "Titre de la page"
            # resume: "Description courte (facultatif)"
            ---
            Texte de la page, en Markdown.

            """
        case .officialFigure:
            return """
            ---
            titre: "Lauréats de l'appel à projets \(today.year)"
            # Date à laquelle l'État a publié ce chiffre.
            date: \(today.iso)
            # Programme : ftap, france-experimentation, fitn, participation-citoyenne ou defis-carte-blanche.
            programme: ftap
            # Soit « appel » (l'année de l'appel, avec « session » s'il y en a eu plusieurs cette année-là),
            # soit « periode » pour un chiffre cumulé sur plusieurs années (debut et fin).
            appel: \(today.year)
            # session: 1
            # periode: {debut: 2018, fin: 2022}
            # Au moins l'un des deux : nombre de projets lauréats annoncés, montant annoncé en euros entiers.
            # projets: 12
            # montant: 80_000_000
            # Où l'État l'a publié (obligatoire, adresses complètes en https://).
            sources:
              - titre: "Titre de la source"
                url: "https://www.modernisation.gouv.fr/"
            ---
            Texte facultatif, affiché sur la page de l'appel (par exemple la phrase de la source).

            """
        }
    }
}
