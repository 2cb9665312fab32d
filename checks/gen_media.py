#!/usr/bin/env python3
"""Add photos, a video and documents to a content folder made by gen_content.py, as an author
would publish them (issue 25): a phone's photo (4,000 × 3,000 JPEG with its GPS position in
EXIF), a drawing with transparency (PNG), a large PDF, and a news item that shows the photo as
its image and in its text, two platform videos with their transcripts, and the PDF; the first
sheet gets the drawing as its image (its card's thumbnail in every list).

Usage: gen_media.py CONTENT   (run with the checkers' Python: it needs Pillow)
Test data only: the videos' addresses are made-up identifiers on real platforms, never fetched
by the checkers before a click (that is what they check)."""
import sys
from pathlib import Path
from PIL import Image

NEWS = """---
titre: "Rencontre de test avec les lauréats"
date: 2025-06-12
resume: "Une rencontre de test, illustrée d'une photo prise au téléphone, avec deux vidéos et leur transcription."
rubriques:
  - "Essais"
image:
  fichier: /media/photos/reunion-telephone.jpg
  alt: "Dégradé d'essai du bleu au jaune, à la place d'une photo de réunion"
  legende: "Photo d'essai de 4 000 × 3 000 pixels"
  credit: "Données de test"
videos:
  - titre: "Entretien de test sur YouTube"
    url: https://www.youtube.com/watch?v=aaaaaaaaaaa
    vignette: /media/schemas/parcours-transparent.png
    transcription: |
      **Question** : que teste cette vidéo ?

      **Réponse** : qu'aucune requête ne part vers la plateforme avant le clic.
  - titre: "Entretien de test sur Vimeo"
    url: https://vimeo.com/100000001
    transcription: |
      Une seconde vidéo d'essai, sans vignette.
documents:
  - titre: "Règlement de test de l'appel à projets"
    fichier: /media/documents/reglement-appel.pdf
  - titre: "Test rules of the call for projects"
    fichier: /media/documents/reglement-appel.pdf
    langue: en
---

La photo d'essai, dans le texte :

![Dégradé d'essai du bleu au jaune, à la place d'une photo de réunion](/media/photos/reunion-telephone.jpg)

Le schéma d'essai, transparent :

![Schéma d'essai : trois bandes de couleur sur fond transparent](/media/schemas/parcours-transparent.png)

Lire [le règlement de test](/media/documents/reglement-appel.pdf).
"""


def photo(path: Path):
    image = Image.new("RGB", (4000, 3000))
    pixels = [((x * 255) // 3999, (y * 255) // 2999, 128) for y in range(0, 3000, 50) for x in range(0, 4000, 50)]
    small = Image.new("RGB", (80, 60))
    small.putdata(pixels)
    image = small.resize((4000, 3000), Image.BILINEAR)
    exif = Image.Exif()
    exif[0x010F] = "Fabricant de test"
    exif[0x8825] = {1: "N", 2: (48.0, 51.0, 24.0), 3: "E", 4: (2.0, 21.0, 3.0)}
    image.save(path, quality=88, exif=exif)


def drawing(path: Path):
    image = Image.new("RGBA", (1600, 900), (0, 0, 0, 0))
    for index, colour in enumerate([(0, 0, 145, 255), (225, 0, 15, 200), (24, 117, 60, 128)]):
        band = Image.new("RGBA", (1600, 200), colour)
        image.paste(band, (0, 100 + index * 250))
    image.save(path)


def main():
    content = Path(sys.argv[1])
    for folder in ("photos", "schemas", "documents"):
        (content / "media" / folder).mkdir(parents=True, exist_ok=True)
    photo(content / "media/photos/reunion-telephone.jpg")
    drawing(content / "media/schemas/parcours-transparent.png")
    pdf = b"%PDF-1.4\n" + b"% test\n" * 500_000 + b"%%EOF\n"
    (content / "media/documents/reglement-appel.pdf").write_bytes(pdf)
    (content / "actualites/rencontre-test-video.md").write_text(NEWS, encoding="utf-8")
    sheet = sorted((content / "projets").glob("*.md"))[0]
    text = sheet.read_text(encoding="utf-8")
    end = text.index("\n---\n", 4)
    image = ('\nimage:\n  fichier: /media/schemas/parcours-transparent.png\n'
             '  alt: "Schéma d\'essai : trois bandes de couleur sur fond transparent"')
    sheet.write_text(text[:end] + image + text[end:], encoding="utf-8")


if __name__ == "__main__":
    main()
