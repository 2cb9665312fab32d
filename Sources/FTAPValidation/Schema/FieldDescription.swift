import FTAPContent
import FTAPModel

/// One key of a kind of content, described once: validation takes its key lists from it, the
/// authors' guide's key tables are made from it (`KindSchema.guideTable`), and the atelier's forms
/// are drawn from it (a key added here shows in its kind's form).
package struct FieldDescription: Sendable {
    /// The key as written in the file (`montant`), without its parents.
    package let key: String
    /// What the key means, in French, as the guide's « sens » column says it.
    package let meaning: String
    /// The values it takes, in French, as the guide's « valeurs possibles » column says them.
    package let values: String
    /// Whether every file of the kind must give it (a key required only in some cases says so in
    /// `meaning` and is false here).
    package let isRequired: Bool
    /// What kind of value it holds, for the forms.
    package let form: FieldForm

    package init(_ key: String, meaning: String, values: String, required: Bool = false, form: FieldForm) {
        self.key = key
        self.meaning = meaning
        self.values = values
        self.isRequired = required
        self.form = form
    }

    /// The sub-keys of a group or of each item of a list, in their order; empty for a plain value.
    package var children: [FieldDescription] {
        switch form {
        case let .group(children, _), let .repeated(children, _): children
        default: []
        }
    }

    /// Whether the guide lists the sub-keys under this key (the media keys have their own table).
    package var listsChildren: Bool {
        switch form {
        case let .group(_, listed), let .repeated(_, listed): listed
        default: false
        }
    }
}

/// The kind of value a key holds, as a form asks for it.
package indirect enum FieldForm: Sendable {
    /// One line of text, at most `maxLength` characters when given.
    case text(maxLength: Int? = nil)
    /// Text on several lines (Markdown for a transcript, lines of an address).
    case longText
    /// Whole euros (« 12 500 000 € »).
    case euros
    /// A whole number, 0 or more.
    case integer
    /// A year (`2021`).
    case year
    /// A day (`AAAA-MM-JJ`).
    case date
    /// A day, a month or a year, as precise as the source (`AAAA-MM-JJ`, `AAAA-MM` or `AAAA`).
    case partialDate
    /// One value of a closed list.
    case choice([FieldChoice])
    /// Any values of a closed list.
    case choices([FieldChoice])
    /// `true` or `false`.
    case flag
    /// A full web address.
    case address
    /// A list of texts.
    case texts
    /// The file name of one item of a kind (`geoplateforme`).
    case reference(ContentKind)
    /// The file names of items of a kind.
    case references(ContentKind)
    /// A file of `content/media/` (`/media/…`).
    case mediaFile
    /// Sub-keys; `listed`: the guide lists them under the key.
    case group([FieldDescription], listed: Bool = true)
    /// A list of items, each with these sub-keys; `listed` as for a group.
    case repeated([FieldDescription], listed: Bool = true)
    /// A former key, refused with the name of the one that replaced it.
    case obsolete(replacement: String)
}

/// One allowed value of a closed list, with how it reads on the site.
package struct FieldChoice: Sendable, Equatable {
    package let value: String
    package let label: String

    package init(value: String, label: String) {
        self.value = value
        self.label = label
    }

    /// Every value of a content enumeration, in its order.
    package static func all<Value: ContentEnum>(_ type: Value.Type) -> [FieldChoice] {
        Value.allCases.map { FieldChoice(value: $0.rawValue, label: $0.label) }
    }
}
