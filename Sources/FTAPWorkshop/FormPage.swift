import FTAPContent
import FTAPCore
import FTAPEditing
import FTAPValidation

/// The atelier's page for one file: the form of its kind, drawn from the schema (a key added to
/// `ContentSchema` shows here with no code of its own), the text of the file under it, the
/// diagnostics of `ftap check` beside their fields and summed up at the top, as the DSFR shows
/// errors.
package struct FormPage: Sendable {
    package var title: String
    package var schema: KindSchema
    package var values: [FrontMatterEntry]
    package var body: String
    /// The text as the site shows it, under the text's input (the script writes it again as the
    /// author types).
    package var bodyHTML: String {
        MarkdownBody.parse(body, firstLine: 1, file: "").body.html
    }
    package var context: FormContext
    /// Diagnostics that no field holds (the file's, the body's), shown in the summary only.
    package var otherErrors: [String] = []
    /// Whether the page follows the form's saving: it says so at the top, and whether the site
    /// can be published with the file as it is.
    package var isJustSaved = false
    /// The comments that saving this form would lose, shown before it is saved; sending the form
    /// again with them named (`commentaires_perdus`) saves it.
    package var commentsToLose: [FrontMatterEdit.LostComment] = []
    /// Where the form is sent, the session's token and the version of the file it was loaded from.
    package var action: String
    package var token: String
    package var version: String

    package init(title: String, schema: KindSchema, values: [FrontMatterEntry], body: String, context: FormContext,
                 action: String, token: String, version: String) {
        self.title = title
        self.schema = schema
        self.values = values
        self.body = body
        self.context = context
        self.action = action
        self.token = token
        self.version = version
    }

    package var html: String {
        let fields = schema.fields.map { field in
            FormField(field: field, name: field.key, value: values.first { $0.key == field.key }?.value, context: context).html
        }
        return WorkshopLayout.page(title: title, main: """
        <p><a class="fr-link" href="/">← Tout le contenu</a></p>
        <h1>\(XMLText.escape(title))</h1>
        \(savedNotice)\(commentsNotice)<div id="resume-erreurs" aria-live="polite">\(summary)</div>
        <form method="post" action="\(XMLText.escape(action))" enctype="multipart/form-data" data-verifier="\(XMLText.escape(action.replacingOccurrences(of: "/modifier/", with: "/verifier/")))">
        <input type="hidden" name="jeton" value="\(XMLText.escape(token))">
        <input type="hidden" name="version" value="\(XMLText.escape(version))">\(commentsConfirmation)
        \(fields.joined(separator: "\n"))
        <div class="fr-input-group"><label class="fr-label" for="champ-texte">Texte de la page<span class="fr-hint-text" id="champ-texte-aide">En Markdown, après l'en-tête (partie 5 du guide de rédaction).</span></label>
        <textarea class="fr-input" id="champ-texte" name="texte" rows="16" aria-describedby="champ-texte-aide">
        \(XMLText.escape(body))</textarea></div>
        <section class="fr-mb-4w" aria-labelledby="apercu-titre"><h2 class="fr-h6" id="apercu-titre">Aperçu du texte, mis en forme comme sur le site</h2>
        <div id="apercu-texte" class="fr-p-2w fr-background-alt--grey">\(bodyHTML)</div></section>
        <button class="fr-btn" type="submit">Enregistrer</button>
        </form>
        <ul class="fr-btns-group fr-btns-group--inline-md fr-btns-group--sm fr-mt-6w">
        \(action.hasPrefix("/modifier/\(ContentKind.budgetExecution.folder)/") ? "" : "<li><a class=\"fr-btn fr-btn--tertiary\" href=\"\(XMLText.escape(action.replacingOccurrences(of: "/modifier/", with: "/renommer/")))\">Renommer ce fichier…</a></li>")
        <li><a class="fr-btn fr-btn--tertiary" href="\(XMLText.escape(action.replacingOccurrences(of: "/modifier/", with: "/supprimer/")))">Supprimer ce fichier…</a></li>
        </ul>
        <script src="/atelier.js" defer></script>
        """)
    }

    /// « Enregistré », and what it means for the site.
    private var savedNotice: String {
        guard isJustSaved else { return "" }
        let hasErrors = !context.errors.isEmpty || !otherErrors.isEmpty
        let (style, text) = hasErrors
            ? ("fr-alert--warning", "Le fichier est enregistré, mais le site ne sera pas publié tant que les problèmes ci-dessous restent.")
            : ("fr-alert--success", "Le fichier est enregistré, sans erreur.")
        return "<div class=\"fr-alert \(style) fr-alert--sm fr-mb-4w\" role=\"status\"><p>\(text)</p></div>"
    }

    /// The keys whose comments would be lost, as the form sends them back to confirm.
    package static func confirmation(of lost: [FrontMatterEdit.LostComment]) -> String {
        lost.map(\.key).joined(separator: ",")
    }

    private var commentsConfirmation: String {
        commentsToLose.isEmpty ? "" : "<input type=\"hidden\" name=\"commentaires_perdus\" value=\"\(XMLText.escape(Self.confirmation(of: commentsToLose)))\">"
    }

    /// What saving would lose, said before: the comments, by key, and how to keep them.
    private var commentsNotice: String {
        guard !commentsToLose.isEmpty else { return "" }
        let items = commentsToLose.map { lost in
            "<li>« \(XMLText.escape(lost.key)) » : " + lost.comments.map { "<code>\(XMLText.escape($0))</code>" }.joined(separator: ", ") + "</li>"
        }
        return "<div class=\"fr-alert fr-alert--warning fr-mb-4w\" role=\"alert\"><h2 class=\"fr-alert__title\">Rien n'est encore enregistré : des commentaires seraient retirés</h2>"
            + "<p>L'atelier réécrit les clés que vous avez changées, sans les commentaires (lignes « # ») qu'elles contenaient :</p><ul>\(items.joined())</ul>"
            + "<p>Cliquez de nouveau sur « Enregistrer » pour enregistrer sans eux, ou recopiez-les d'abord ailleurs (dans le texte, ou au-dessus de la clé dans votre éditeur).</p></div>"
    }

    /// A diagnostic's message as a sentence on its own: its first letter capitalised.
    package static func sentence(_ message: String) -> String {
        message.first.map { $0.uppercased() + message.dropFirst() } ?? message
    }

    /// The DSFR error summary: how many problems, each a link to its field.
    private var summary: String {
        let byField = context.errors.sorted { $0.key < $1.key }.flatMap { name, messages in
            messages.map { "<li><a href=\"#\(FormField.id(name))\">\(XMLText.escape(Self.sentence($0)))</a></li>" }
        }
        let items = byField + otherErrors.map { "<li>\(XMLText.escape(Self.sentence($0)))</li>" }
        guard !items.isEmpty else { return "" }
        let count = items.count == 1 ? "1 problème" : "\(items.count) problèmes"
        return "<div class=\"fr-alert fr-alert--error fr-mb-4w\"><h2 class=\"fr-alert__title\">\(count) à corriger</h2>"
            + "<p>Vous pouvez enregistrer ce brouillon ; le site ne sera pas publié tant que ces problèmes restent.</p><ul>\(items.joined())</ul></div>"
    }
}
