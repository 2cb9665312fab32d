/// One page to render: its address, which template, with which view model.
struct PageSpec {
    var url: String
    var template: String
    var context: TemplateObject

    /// The output file, e.g. `projets/x/index.html`.
    var path: String { SitePlan.file(of: url) }
}
