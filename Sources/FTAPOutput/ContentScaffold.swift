import FTAPContent
import FTAPCore
import FTAPModel
import FTAPValidation

/// The starting text of a new content file: every key, commented in French, with values to replace.
/// Every kind that can be a draft starts as one, and the example texts come from `ScaffoldExample`,
/// so a file published before it is filled in gets `valeur-exemple` instead of going live.
package enum ContentScaffold {
    /// The file text for a new item of a kind; `today` fills the date keys, `slug` the year of a
    /// budget execution (its file is named by its year).
    package static func text(for kind: ContentKind, today: ContentDate, slug: String = "") -> String {
        switch kind {
        case .project:
            return """
            ---
            titre: "\(ScaffoldExample.projectTitle)"
            # Résumé en un paragraphe, 300 caractères au plus (listes et moteurs de recherche).
            resume: "\(ScaffoldExample.projectSummary)"
            # Programme : ftap, france-experimentation, fitn, participation-citoyenne ou defis-carte-blanche.
            programme: ftap
            # Année de l'appel à projets.
            appel: \(today.year)
            porteur:
              nom: "\(ScaffoldExample.carrierName)"
              # Type, seulement si une source le donne (sinon « type non précisé ») : administration-centrale,
              # service-deconcentre, operateur, universite, collectivite ou autre.
              # type: administration-centrale
              # ministere: "Ministère de rattachement (facultatif)"
            # Montant accordé par le fonds, en euros entiers (24_300_000 est accepté) ; sans montant,
            # la fiche indique « Montant accordé : non publié ».
            # montant: 24_300_000
            # Si la source donne « près de » ou « plus de » : montant_approximation: environ (ou au-moins)
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
            #  - titre: "\(ScaffoldExample.sourceTitle)"
            #    url: "https://www.modernisation.gouv.fr/"
            # Date à laquelle les sources ont été relues (affichée « sources vérifiées le … »).
            mise_a_jour: \(today.iso)
            # date_publication: \(today.iso)   (la fiche n'est pas publiée avant cette date)
            \(mediaKeys(videos: true))
            \(correctionKeys(today: today, formerAddress: "/projets/ancien-nom/"))
            # Identifiant du projet dans les données ouvertes : ne le changez pas, même en renommant le fichier.
            \(slug.isEmpty ? "# identifiant: nom-du-fichier" : "identifiant: \(slug)")
            # Brouillon : la fiche n'est pas publiée ; mettez « false » quand elle est prête.
            brouillon: true
            ---
            \(ScaffoldExample.projectBody)

            """
        case .testimonial:
            return """
            ---
            auteur: "\(ScaffoldExample.author)"
            fonction: "\(ScaffoldExample.role)"
            # organisation: "Organisation (facultatif)"
            # projet: nom-du-fichier-du-projet   (sans « .md », facultatif)
            date: \(today.iso)
            # Où la citation a été publiée (facultatif) :
            # source:
            #   titre: "\(ScaffoldExample.sourceTitle)"
            #   url: "https://www.modernisation.gouv.fr/"
            \(mediaKeys(videos: false))
            \(correctionKeys(today: today))
            # Brouillon : le témoignage n'est pas publié ; mettez « false » quand il est prêt.
            brouillon: true
            ---
            \(ScaffoldExample.quote)

            """
        case .news:
            return """
            ---
            titre: "\(ScaffoldExample.newsTitle)"
            date: \(today.iso)
            resume: "\(ScaffoldExample.newsSummary)"
            rubriques: ["Pilotage de la transformation publique"]
            # Projets liés (noms de fichiers sans « .md ») : projets: [nom-du-projet]
            projets: []
            \(mediaKeys(videos: true))
            \(correctionKeys(today: today, formerAddress: "/actualites/ancien-nom/"))
            # Brouillon : l'actualité n'est pas publiée ; mettez « false » quand elle est prête.
            # Une actualité datée après le jour de la construction attend sa date.
            brouillon: true
            ---
            \(ScaffoldExample.newsBody)

            """
        case .page:
            return """
            ---
            titre: "\(ScaffoldExample.pageTitle)"
            # resume: "Description courte (facultatif)"
            \(mediaKeys(videos: true))
            \(correctionKeys(today: today, formerAddress: "/ancien-nom/"))
            # Brouillon : la page n'est pas publiée ; mettez « false » quand elle est prête.
            brouillon: true
            ---
            \(ScaffoldExample.pageBody)

            """
        case .officialFigure:
            return """
            ---
            titre: "Lauréats de l'appel à projets \(today.year)"
            # Date à laquelle l'émetteur a publié ce chiffre (AAAA-MM-JJ ; 2022-10 ou 2020 si la
            # source ne donne que le mois ou l'année).
            date: \(today.iso)
            # Qui l'a publié (obligatoire) : etat, cour-des-comptes, parlement ou presse.
            # Le site écrit « Selon l'État », « Selon la Cour des comptes »… d'après cette clé.
            emetteur:
            # Le nom de l'émetteur : « DITP », « Sénat », le journal (obligatoire pour la presse).
            # emetteur_nom: "DITP"
            # Ce que compte le chiffre : laureats (par défaut), consommation (crédits consommés)
            # ou economies ; « prevision: true » pour une prévision.
            # nature: laureats
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
            # Si la source arrondit : « près de » → approximation: environ, « plus de » → au-moins,
            # « moins de » → au-plus ; et ses mots, tels quels : montant_publie: "près de 69 millions d'euros"
            # Où il a été publié (obligatoire, adresses complètes en https://).
            sources:
              - titre: "\(ScaffoldExample.sourceTitle)"
                url: "https://www.modernisation.gouv.fr/"
            \(correctionKeys(today: today))
            # Brouillon : le chiffre n'est pas publié ni compté ; mettez « false » quand il est prêt.
            brouillon: true
            ---
            \(ScaffoldExample.figureBody)

            """
        case .budgetExecution:
            return """
            ---
            # Année budgétaire ; le fichier porte son nom (execution-budgetaire/2024.md).
            annee: \(slug)
            # Programme budgétaire (349 par défaut).
            programme_budgetaire: "349"
            # Montants en euros entiers, tels que les publie le rapport annuel de performances
            # (justification au premier euro) ; au moins l'un des quatre.
            # Autorisations d'engagement (AE) votées en loi de finances initiale, puis consommées :
            # ae_lfi: 0
            # ae_consommees: 0
            # Crédits de paiement (CP) votés en loi de finances initiale, puis consommés :
            # cp_lfi: 0
            # cp_consommes: 0
            # Quand le programme paie plus que le fonds (depuis 2022 : les crédits de la DITP) :
            # perimetre: "Programme entier, y compris les crédits de fonctionnement de la DITP."
            # Chiffres partiels, lus à une date de l'année : provisoire: \(today.iso)
            # Montants publiés arrondis (« 103 millions d'euros ») : arrondi: true
            # Les documents lus (obligatoire, adresses complètes en https://).
            sources:
              - titre: "\(ScaffoldExample.sourceTitle)"
                url: "https://www.budget.gouv.fr/"
            \(correctionKeys(today: today))
            # Brouillon : l'année n'est pas publiée ; mettez « false » quand elle est prête.
            brouillon: true
            ---

            """
        }
    }

    /// The corrections made public, commented (facultative).
    /// With `formerAddress` (an example), the former addresses of a renamed file, commented too.
    private static func correctionKeys(today: ContentDate, formerAddress: String? = nil) -> String {
        let corrections = """
        # Rectificatifs (facultatif) : une correction faite après la publication, datée et dite en
        # clair, montrée au-dessus du texte et sur la page « Rectificatifs » :
        # rectificatifs:
        #   - date: \(today.iso)
        #     texte: "Ce qui était faux, et ce qui est juste."
        """
        guard let formerAddress else { return corrections }
        return corrections + """

        # Anciennes adresses (après avoir renommé ce fichier) : chacune renvoie vers la nouvelle :
        # anciennes_adresses:
        #   - \(formerAddress)
        """
    }

    /// The media keys, commented (facultative): the illustration, the videos with their
    /// transcript (`videos`), the documents to download.
    private static func mediaKeys(videos: Bool) -> String {
        let image = """
        # Illustration (facultatif) : une photo ou un schéma de content/media/, et ce qu'il montre
        # pour qui ne le voit pas (ou « decorative: true »).
        # image:
        #   fichier: /media/photos/nom-de-la-photo.jpg
        #   alt: "Ce que montre la photo"
        #   legende: "La légende, sous l'image (facultatif)"
        #   credit: "L'auteur de la photo (facultatif)"
        """
        let video = """
        # Vidéos (facultatif), chacune avec sa transcription (ce qui est dit et montré) :
        # videos:
        #   - titre: "Titre de la vidéo"
        #     url: "https://…"   (PeerTube, YouTube, Dailymotion, Vimeo ; ou fichier: /media/videos/….mp4)
        #     transcription: |
        #       Ce qui est dit et montré dans la vidéo.
        #     sous_titres: /media/videos/….vtt   (pour une vidéo de content/media/)
        #     vignette: /media/videos/….jpg   (l'image montrée avant que la vidéo soit chargée)
        """
        let documents = """
        # Documents à télécharger (facultatif) :
        # documents:
        #   - titre: "Titre du document"
        #     fichier: /media/documents/nom-du-document.pdf
        #     langue: en   (seulement si le document n'est pas en français)
        """
        return ([image] + (videos ? [video] : []) + [documents]).joined(separator: "\n")
    }
}
