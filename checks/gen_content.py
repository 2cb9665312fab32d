#!/usr/bin/env python3
"""Generate a valid, deterministic content folder for a large-site run of the checkers and
for benchmarks: N project sheets, about N/5 testimonials and N/4 news items (all pointing to
existing sheets), three free pages, site.yml and retraits.yml, as /work/shared/DESIGN.md describes them.

Usage: gen_content.py N OUTDIR [--seed 42]
Test data only: every name is a clearly fake "... de test NNNN"; never publish it."""
import argparse, json, random, struct, sys, zlib
from datetime import date, timedelta
from pathlib import Path

PROGRAMMES = ["ftap"] * 17 + ["france-experimentation", "fitn", "participation-citoyenne", "defis-carte-blanche"]
TYPES = {  # porteur.type -> name pattern of its entities, relative weight
    "administration-centrale": ("Direction de test {:04d}", 31),
    "service-deconcentre": ("Préfecture de test {:04d}", 9),
    "operateur": ("Opérateur de test {:04d}", 17),
    "universite": ("Université de test {:04d}", 4),
    "collectivite": ("Collectivité de test {:04d}", 2),
    "autre": ("Organisme de test {:04d}", 2),
}
MINISTERES = ["Ministère de l'Exemple", "Ministère des Essais", "Ministère de la Démonstration",
              "Ministère des Maquettes", "Ministère du Prototype", "Ministère de l'Échantillon"]
LEVIERS = ["donnees-ia", "systemes-information", "dematerialisation", "nouveaux-outils"]
STATUTS = ["laureat", "en-cours", "en-cours", "termine", "abandonne"]
ETATS = ["prevu", "atteint", "en-retard"]
SUJETS = ["la dématérialisation des demandes de subvention", "l'accueil des usagers en préfecture",
          "le tri automatique du courrier entrant", "la gestion des ressources humaines",
          "le suivi des contrôles sanitaires", "la délivrance des titres d'identité",
          "l'archivage électronique des dossiers", "la mutualisation des achats publics",
          "le traitement des demandes d'aide sociale", "la prévision des besoins en personnel"]
BENEFICES = ["réduire les délais de traitement", "simplifier les démarches des usagers",
             "libérer du temps pour les missions d'accueil", "fiabiliser les données partagées",
             "diminuer les coûts de fonctionnement", "améliorer la qualité du service rendu"]
RUBRIQUES = ["Pilotage de la transformation publique", "Appels à projets", "Lauréats", "Numérique"]
LAST_DAY = date(2025, 12, 31)  # every generated date is on or before it, whatever today is


def q(s: str) -> str:
    """A YAML double-quoted scalar (JSON strings are valid YAML)."""
    return json.dumps(s, ensure_ascii=False)


def day(rng, first: date, last: date = LAST_DAY) -> date:
    return first + timedelta(days=rng.randrange(max(1, (last - first).days + 1)))


def euros(rng, lo, hi, step=1000) -> int:
    return rng.randrange(lo // step, hi // step + 1) * step


def yaml_int(n: int, underscores: bool) -> str:
    return f"{n:_}" if underscores else str(n)


def entities(rng, n):
    """About 0.8 entity per project, each name always with the same type."""
    kinds = [t for t, (_, w) in TYPES.items() for _ in range(w)]
    return [(TYPES[t][0].format(i + 1), t) for i, t in enumerate(rng.choice(kinds) for _ in range(max(3, n * 4 // 5)))]


def project(rng, i, n, porteurs):
    slug = f"projet-de-test-{i:04d}"
    sujet, benefice = rng.choice(SUJETS), rng.choice(BENEFICES)
    appel = rng.randint(2018, 2023)
    nom, typ = rng.choice(porteurs)
    montant = euros(rng, 50_000, 20_000_000)
    big = i % 7 == 0  # a few sheets write amounts as YAML allows: 12_500_000
    leviers = rng.sample(LEVIERS, rng.randint(1, 2))
    resume = (f"Le projet de test {i:04d} porte sur {sujet}. Il doit {benefice} et s'appuie sur "
              f"{len(leviers)} levier(s) de transformation, avec un financement du fonds attribué en {appel}.")
    assert len(resume) <= 300
    y = [f"titre: {q(f'Projet de test {i:04d} : {sujet}')}",
         f"resume: {q(resume)}",
         f"programme: {rng.choice(PROGRAMMES)}",
         f"appel: {appel}",
         "porteur:",
         f"  nom: {q(nom)}"]
    # One entity in eleven has no type: no source gives it (« type non précisé »).
    if sum(map(ord, nom)) % 11:
        y.append(f"  type: {typ}")
    if rng.random() < 0.8:
        y.append(f"  ministere: {q(rng.choice(MINISTERES))}")
    y.append(f"montant: {yaml_int(montant, big)}")
    if i % 17 == 0:  # a few amounts published as « plus de »: every sum with them says « au moins »
        y.append("montant_approximation: au-moins")
    if rng.random() < 0.7:
        y.append(f"cout_total: {yaml_int(montant + euros(rng, 0, montant), big)}")
    if rng.random() < 0.5:
        y.append(f"economies: {yaml_int(euros(rng, 10_000, max(10_000, montant // 2)), big)}")
    y.append("leviers:")
    y += [f"  - {l}" for l in leviers]
    y.append(f"statut: {rng.choice(STATUTS)}")
    start = date(appel, 1, 1)
    if rng.random() < 0.7:
        y.append("jalons:")
        dates = sorted(day(rng, start, min(date(appel + 3, 12, 31), LAST_DAY)) for _ in range(rng.randint(1, 3)))
        for k, d in enumerate(dates):
            y += [f"  - date: {d}", f"    libelle: {q(f'Étape {k + 1} du projet de test {i:04d}')}",
                  f"    etat: {rng.choice(ETATS)}"]
    if rng.random() < 0.6:
        y.append("versements:")
        left = montant
        for d in sorted(day(rng, date(appel, 6, 1)) for _ in range(rng.randint(1, 3))):
            part = euros(rng, 0, left // 2) if left >= 2000 else 0  # the sum never exceeds montant
            left -= part
            y += [f"  - date: {d}", f"    montant: {part}"]
    if rng.random() < 0.6:
        y.append("objectifs:")
        y += [f"  - {q(b.capitalize())}" for b in rng.sample(BENEFICES, 2)]
    if rng.random() < 0.8:
        y += ["sources:", f"  - titre: {q(f'Dossier de presse de test {appel}')}",
              f"    url: \"https://www.example.org/sources/{slug}.html\""]
    y.append(f"mise_a_jour: {day(rng, date(2024, 1, 1))}")
    if i == 5:  # a renamed sheet's former address, redirected
        y += ["anciennes_adresses:", f"  - /projets/{slug}-ancien/"]
    if i % 10 == 3:  # a public correction on one sheet in ten (no draw: the rest stays the same)
        y += ["rectificatifs:", f"  - date: 2025-0{1 + i % 9}-1{i % 10}",
              f"    texte: {q(f'Rectificatif de test : le montant du projet de test {i:04d} a été corrigé.')}"]
    other = f"projet-de-test-{rng.randint(1, n):04d}"
    body = f"""Ce projet de test vise à {benefice} pour {sujet}.

## Ce qui change

- une démarche plus simple pour les usagers ;
- des agents déchargés des tâches répétitives ;
- des données mieux partagées entre services.

## Calendrier

| Étape | Année |
|---|---|
| Sélection | {appel} |
| Déploiement | {appel + 1} |

Voir aussi le [projet de test {other[-4:]}](/projets/{other}/) et le
[site de la transformation publique](https://www.modernisation.gouv.fr/).
"""
    return slug, "---\n" + "\n".join(y) + "\n---\n\n" + body


def testimonial(rng, i, slugs):
    slug = rng.choice(slugs)
    return f"temoignage-de-test-{i:04d}", f"""---
auteur: {q(f"Camille Test {i:04d}")}
fonction: "Cheffe de projet"
organisation: {q(f"Organisation de test {i:04d}")}
projet: {slug}
date: {day(rng, date(2019, 1, 1))}
---

Le fonds nous a permis d'aller plus vite : sans lui, le projet de test {slug[-4:]} aurait
attendu deux ans de plus. **Les usagers** voient déjà la différence.
"""


def news(rng, i, slugs):
    linked = rng.sample(slugs, min(len(slugs), rng.randint(1, 3)))
    d = day(rng, date(2018, 1, 1))
    items = "\n".join(f"- [Projet de test {s[-4:]}](/projets/{s}/)" for s in linked)
    return f"actualite-de-test-{i:04d}", f"""---
titre: {q(f"Actualité de test {i:04d}")}
date: {d}
resume: {q(f"Actualité de test {i:04d} du {d:%d/%m/%Y} : point d'étape sur {len(linked)} projet(s) financé(s).")}
rubriques:
  - {q(rng.choice(RUBRIQUES))}
projets:
""" + "".join(f"  - {s}\n" for s in linked) + (f"""rectificatifs:
  - date: {LAST_DAY}
    texte: {q(f"Rectificatif de test : la date de l'actualité de test {i:04d} a été corrigée.")}
""" if i % 7 == 2 else "") + f"""---

Point d'étape sur les projets suivants :

{items}

| Indicateur | Valeur |
|---|---|
| Projets suivis | {len(linked)} |
"""


PAGES = {
    "accessibilite": ("Accessibilité", "Déclaration d'accessibilité du site de test.",
                      "Ce site de test **n'est pas conforme** au RGAA : il n'a pas été audité.\n\n"
                      "## Signaler un problème\n\n- par courriel ;\n- par courrier.\n"),
    "mentions-legales": ("Mentions légales", None,
                         "Site de test, contenu fictif. Les données sont publiées sous "
                         "[Licence Ouverte 2.0](https://www.etalab.gouv.fr/licence-ouverte-open-licence/).\n\n"
                         "Fichiers de test : [un schéma](/media/schema-de-test.svg), [une image](/media/image-de-test.png), "
                         "[un tableau](/media/tableau-de-test.csv).\n"),
    "donnees-personnelles": ("Données personnelles", None,
                             "Ce site de test ne collecte aucune donnée personnelle et ne dépose aucun cookie.\n"),
}


def png(width: int, height: int, rgb) -> bytes:
    """A plain PNG of one colour."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    rows = b"".join(b"\x00" + bytes(rgb) * width for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", type=int, help="number of project sheets")
    ap.add_argument("outdir", type=Path, help="content folder to create (must not exist or be empty)")
    ap.add_argument("--seed", type=int, default=42)
    a = ap.parse_args()
    if a.n < 1:
        sys.exit("gen_content: N must be at least 1")
    if a.outdir.exists() and any(a.outdir.iterdir()):
        sys.exit(f"gen_content: {a.outdir} is not empty; refusing to write into it")
    rng = random.Random(a.seed)
    porteurs = entities(rng, a.n)
    files = {"site.yml": "titre: \"Fonds pour la transformation de l'action publique (test)\"\n"
                         "url: \"https://ftap.example.org\"\n"
                         "description: \"Site de test généré par checks/gen_content.py : contenu fictif.\"\n"
                         "langue: fr\n"
                         "enveloppes:\n"
                         "  - nom: ftap-1\n    titre: \"FTAP 1 (fictif)\"\n    montant: 700_000_000\n"
                         "    appels: {debut: 2018, fin: 2022}\n"
                         "    sources:\n      - titre: \"Source fictive\"\n        url: \"https://ftap.example.org/source\"\n"
                         "    revisions:\n      - date: 2021-12-30\n        montant: 780_000_000\n        texte: \"une loi de finances fictive\"\n"
                         "        sources:\n          - titre: \"Source fictive\"\n            url: \"https://ftap.example.org/revision\"\n"
                         "signaler_erreur: \"mailto:erreurs@ftap.example.org\"\n",
             "chiffres-officiels/presse-fictive.md": "---\ntitre: \"Chiffre fictif de la presse\"\ndate: 2020-10\nemetteur: presse\n"
                                                     "emetteur_nom: \"Journal fictif\"\nappel: 2020\nprojets: 60\nmontant: 112_000_000\n"
                                                     "approximation: environ\nmontant_publie: \"près de 112 millions d'euros\"\n"
                                                     "sources:\n  - titre: \"Article fictif\"\n    url: \"https://ftap.example.org/presse\"\n"
                                                     "rectificatifs:\n  - date: 2021-03-04\n    texte: \"Rectificatif de test : le nom du journal a été corrigé.\"\n---\n",
             "chiffres-officiels/consommation-fictive.md": "---\ntitre: \"Consommation fictive\"\ndate: 2025-11-13\n"
                                                           "emetteur: cour-des-comptes\nnature: consommation\nprevision: true\n"
                                                           "periode: {debut: 2018, fin: 2025}\nmontant: 800_000_000\napproximation: environ\n"
                                                           "sources:\n  - titre: \"Rapport fictif\"\n    url: \"https://ftap.example.org/cour\"\n---\n",
             "execution-budgetaire/2019.md": "---\nannee: 2019\nae_lfi: 245_000_000\nae_consommees: 65_330_908\ncp_lfi: 160_000_000\n"
                                             "cp_consommes: 37_596_883\nsources:\n  - titre: \"Rapport fictif\"\n"
                                             "    url: \"https://ftap.example.org/rap-2019\"\n"
                                             "rectificatifs:\n  - date: 2020-06-01\n    texte: \"Rectificatif de test : les AE consommées ont été corrigées.\"\n---\n",
             "execution-budgetaire/2024.md": "---\nannee: 2024\ncp_lfi: 163_000_000\ncp_consommes: 103_000_000\nprovisoire: 2024-10-20\n"
                                             "arrondi: true\nperimetre: \"Programme entier (fictif).\"\nsources:\n  - titre: \"Rapport fictif\"\n"
                                             "    url: \"https://ftap.example.org/senat-2025\"\n---\n",
             "chiffres-officiels/bilan-fictif.md": "---\ntitre: \"Bilan fictif des appels 2018 à 2022\"\ndate: 2023-02-10\nemetteur: etat\nemetteur_nom: \"DITP\"\n"
                                                   f"periode: {{debut: 2018, fin: 2022}}\nprojets: {2 * a.n}\nmontant: {min(a.n * 40_000_000, 10_000_000_000):_}\n"
                                                   "sources:\n  - titre: \"Source fictive\"\n    url: \"https://ftap.example.org/bilan\"\n"
                                                   "---\nChiffre fictif, pour les tests.\n"}
    for i in range(1, a.n + 1):
        slug, text = project(rng, i, a.n, porteurs)
        files[f"projets/{slug}.md"] = text
    slugs = [f"projet-de-test-{i:04d}" for i in range(1, a.n + 1)]
    for i in range(1, max(1, a.n // 5) + 1):
        slug, text = testimonial(rng, i, slugs)
        files[f"temoignages/{slug}.md"] = text
    for i in range(1, max(1, a.n // 4) + 1):
        slug, text = news(rng, i, slugs)
        files[f"actualites/{slug}.md"] = text
    for slug, (titre, resume, body) in PAGES.items():
        head = f"titre: {q(titre)}\n" + (f"resume: {q(resume)}\n" if resume else "")
        files[f"pages/{slug}.md"] = f"---\n{head}---\n\n{body}"
    # Media of every inert kind the checkers open: an SVG drawing, a CSV, and a PNG below.
    files["media/schema-de-test.svg"] = ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 40" role="img">'
                                         '<title>Schéma de test</title><rect width="120" height="40" fill="#000091"/>'
                                         '<text x="10" y="25" fill="#fff">Test</text></svg>\n')
    files["media/tableau-de-test.csv"] = "annee;projets\n2018;17\n2019;16\n"
    # An address withdrawn on purpose, which shows its reason.
    files["retraits.yml"] = ("# Adresses retirées (fictives)\n- adresse: /projets/projet-de-test-retire/\n  date: 2024-05-06\n"
                             "  motif: \"Retrait de test : la fiche reprenait un montant qu'aucune source ne publie.\"\n")
    for rel, text in files.items():
        path = a.outdir / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    (a.outdir / "media" / "image-de-test.png").write_bytes(png(8, 8, (0, 0, 145)))
    print(f"gen_content: {len(files)} files in {a.outdir} ({a.n} projects, seed {a.seed})")


if __name__ == "__main__":
    main()
