import FTAPModel

/// The keys of every kind of content and of `site.yml`: the one description that validation,
/// the authors' guide and the atelier's forms read (see `FieldDescription`).
package enum ContentSchema {
    /// Every table of the guide, in its order.
    package static let all: [KindSchema] = [project, testimonial, news, page, officialFigure, budgetExecution, site, MediaSchema.table, CorrectionSchema.table,
                                                WithdrawalSchema.table]
}
