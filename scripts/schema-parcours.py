#!/usr/bin/env python3
"""Draw content/media/schemas/parcours-d-un-projet.png, the example site's diagram of the five
steps of a project of the fund, as the DITP's page on the fund describes them (dépôt, instruction,
comité de sélection, engagement réciproque, suivi), in the DSFR's colours and Marianne font.

Usage: .venv/bin/python scripts/schema-parcours.py   (needs Pillow: make checkers-setup, and the
DSFR's fonts: make dsfr). The image is committed; run this only to change it."""
from pathlib import Path
from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parent.parent
FONTS = ROOT / "templates/static/dsfr/fonts"
OUT = ROOT / "content/media/schemas/parcours-d-un-projet.png"
BLUE, LIGHT, GREY, WHITE = (0, 0, 145), (227, 227, 253), (58, 58, 58), (255, 255, 255)
STEPS = [
    ("1", "Dépôt", ["du dossier par", "l’administration"]),
    ("2", "Instruction", ["la DITP vérifie", "le projet et aide", "à le consolider"]),
    ("3", "Sélection", ["le comité désigne", "les lauréats"]),
    ("4", "Engagement", ["réciproque : coûts,", "versements,", "économies, résultats"]),
    ("5", "Suivi", ["des jalons clés", "avec la DITP"]),
]


def main():
    width, height = 1600, 900
    image = Image.new("RGB", (width, height), WHITE)
    draw = ImageDraw.Draw(image)
    title = ImageFont.truetype(str(FONTS / "Marianne-Bold.woff2"), 56)
    number = ImageFont.truetype(str(FONTS / "Marianne-Bold.woff2"), 64)
    name = ImageFont.truetype(str(FONTS / "Marianne-Bold.woff2"), 38)
    box, gap, top, margin = 268, 40, 300, 50
    # The largest type whose longest line fits a box.
    size = 30
    while size > 16:
        text = ImageFont.truetype(str(FONTS / "Marianne-Regular.woff2"), size)
        if max(draw.textlength(line, font=text) for _, _, lines in STEPS for line in lines) <= box - 44:
            break
        size -= 1
    draw.text((margin, 80), "Le parcours d’un projet du fonds", font=title, fill=BLUE)
    draw.text((margin, 160), "D’après la page de la DITP consacrée au FTAP", font=text, fill=GREY)
    for index, (digit, label, lines) in enumerate(STEPS):
        left = margin + index * (box + gap)
        draw.rounded_rectangle((left, top, left + box, top + 440), radius=16, fill=LIGHT)
        draw.ellipse((left + 24, top + 24, left + 124, top + 124), fill=BLUE)
        bounds = draw.textbbox((0, 0), digit, font=number)
        draw.text((left + 74 - (bounds[2] + bounds[0]) / 2, top + 74 - (bounds[3] + bounds[1]) / 2), digit, font=number, fill=WHITE)
        draw.text((left + 22, top + 160), label, font=name, fill=BLUE)
        for row, line in enumerate(lines):
            draw.text((left + 22, top + 225 + row * round(size * 1.45)), line, font=text, fill=GREY)
        if index < len(STEPS) - 1:
            x, y = left + box + 6, top + 220
            draw.line((x, y, x + gap - 20, y), fill=BLUE, width=6)
            draw.polygon([(x + gap - 22, y - 12), (x + gap - 10, y), (x + gap - 22, y + 12)], fill=BLUE)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    image.save(OUT, optimize=True)
    print(OUT.relative_to(ROOT), OUT.stat().st_size, "octets")


if __name__ == "__main__":
    main()
