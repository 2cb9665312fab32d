import FTAPPlan
import Mustache

/// One page to render: its address, which template, with which view model.
struct PageSpec {
    var url: String
    /// The template that writes it: the planned page's (`SitePlan.Page.template`).
    var template = ""
    var context: TemplateObject

    /// The output file, e.g. `projets/x/index.html`.
    var path: String { SitePlan.file(of: url) }
}
