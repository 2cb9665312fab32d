/// Something whose figures a reviewer follows — a project, a call year, an official figure, an
/// envelope — with its figures in French, each named (« Montant accordé » : « 24,3 M€ »).
package struct FigureSubject: Sendable, Hashable {
    /// Sorts and identifies it across two sites (`2-projet/cloud-etat`).
    package var key: String
    /// What it is called in the report (« Projet « Cloud d'État » »).
    package var title: String
    /// Its figures, in the order the report gives them.
    package var fields: [Field]

    /// A figure: its name and its value as the site writes it.
    package struct Field: Sendable, Hashable {
        package var name: String
        package var value: String
    }

    package init(key: String, title: String, fields: [(String, String)]) {
        self.key = key
        self.title = title
        self.fields = fields.map { Field(name: $0.0, value: $0.1) }
    }

    /// The value of the figure named `name`, if it has one.
    package func value(of name: String) -> String? {
        fields.first { $0.name == name }?.value
    }
}
