import FTAPAggregation
import FTAPCore
import FTAPPlan
import Mustache

/// The key-figures page: the State's figures first, then what the sheets detail; every table and
/// chart comes from `Aggregates`.
extension ViewModels {
    func keyFiguresPage() -> PageSpec {
        let byYear = aggregates.byYear.map { row in
            merged(figuresView(row.figures), ["label": String(row.year), "href": SitePlan.callYear(row.year)])
        }
        let byType = aggregates.byType.map { row in
            merged(figuresView(row.figures), ["label": row.type.groupLabel, "href": SitePlan.beneficiaryType(row.type)])
        }
        let types = aggregates.byType.map(\.type)
        let matrix = aggregates.byYear.map { yearRow -> TemplateObject in
            ["year": String(yearRow.year), "cells": types.map { type -> TemplateObject in
                // A year without sheets of a type shows « — », not « 0 — 0 € ».
                guard let cell = aggregates.byYearAndType.first(where: { $0.year == yearRow.year && $0.type == type }),
                      cell.figures.projects > 0 else { return ["empty": true] }
                // « montant non publié » when none of the cell's sheets publishes its amount, never « 0 € ».
                let figures = figuresView(cell.figures)
                var view: TemplateObject = ["empty": false, "projects": FrenchFormat.count(cell.figures.projects, "projet", "projets"),
                                            "amount": figures["amount"]]
                view["withoutAmountNote"] = figures["withoutAmountNote"]
                return view
            }]
        }
        let context = merged(layout(title: "Chiffres clés", description: "Les chiffres publiés sur le fonds par l'État, la Cour des comptes, le Parlement ou la presse, chacun avec sa source, et ce que détaillent les fiches de ce site.",
                                    url: SitePlan.keyFigures, section: "chiffres", breadcrumb: [("Chiffres clés", nil)]), [
            "headline": headlineView(),
            "officialFigures": aggregates.officialFigures.filter { $0.figure.countsLaureates }.map(officialView),
            "spendingFigures": aggregates.officialFigures.filter { !$0.figure.countsLaureates }.map(officialView),
            "envelopes": envelopeViews(),
            "budgetExecution": budgetExecutionView(),
            "figures": figuresView(aggregates.total),
            "byYear": byYear, "byType": byType,
            "byMinistry": aggregates.byMinistry.map { row in
                merged(figuresView(row.figures), ["label": ministryLabel(row.name), "href": SitePlan.ministry(row.slug)])
            },
            "matrixTypes": types.map { ["label": $0.groupLabel] }, "matrix": matrix,
            "others": aggregates.otherProgrammes.map { merged(figuresView($0.figures), ["label": $0.programme.label]) },
            "yearChart": Charts.bars(id: "graphique-annees", title: "Projets détaillés sur ce site : montant de leurs fiches, par appel à projets",
                                     rows: aggregates.byYear.map { (String($0.year), Self.chartValue($0.figures), Self.chartLabel($0.figures)) }),
            "typeChart": Charts.bars(id: "graphique-types", title: "Projets détaillés sur ce site : montant de leurs fiches, par type de porteur",
                                     rows: aggregates.byType.map { ($0.type.groupLabel, Self.chartValue($0.figures), Self.chartLabel($0.figures)) }),
            "hasFigures": aggregates.total.projects > 0,
            "hasPaidColumn": hasPaidColumn,
            "updated": FrenchFormat.date(site.buildDate), "updatedISO": site.buildDate.iso,
        ])
        return PageSpec(url: SitePlan.keyFigures, context: context)
    }

    /// A bar's length: the amount of the group's sheets, nil (no bar) when none publishes its amount.
    static func chartValue(_ f: Aggregates.Figures) -> Int? {
        f.projects > 0 && f.projectsWithoutAmount == f.projects ? nil : f.amount
    }

    /// The words after a bar: its amount, or « montant non publié ».
    static func chartLabel(_ f: Aggregates.Figures) -> String {
        chartValue(f).map { AmountWords.sum($0, f.amountPrecision) } ?? unpublishedAmount
    }
}
