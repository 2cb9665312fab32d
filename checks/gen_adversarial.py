#!/usr/bin/env python3
"""Generate a content folder built to be slow: the cases issue 21 found quadratic or heavy,
each on top of a small valid site from gen_content.py. `make bench` times ftap on each.

Usage: gen_adversarial.py CASE OUTDIR
Cases:
  cles-distinctes    one sheet whose front matter is 1 MB of distinct unknown keys
  cles-repetees      one sheet whose front matter is 1 MB of the same key repeated
  ministeres         20,000 sheets naming 20,000 ministries whose names differ only by
                     punctuation, so all share one page name
  tableau-colonnes   one sheet whose body holds a table of 25,000 columns: a header and its
                     delimiter row, no data row
Test data only; never publish it."""
import subprocess, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
MEGABYTE = 1_000_000  # the « 1 Mo » a front matter may hold


def generate(sheets: int, outdir: Path) -> None:
    subprocess.run([sys.executable, str(HERE / "gen_content.py"), str(sheets), str(outdir)],
                   check=True, stdout=subprocess.DEVNULL)


def with_front_matter_lines(sheet: Path, lines) -> None:
    """Adds lines at the end of a sheet's front matter (before its closing ---)."""
    text = sheet.read_text(encoding="utf-8")
    end = text.index("\n---\n", 4)
    sheet.write_text(text[:end] + "\n" + "\n".join(lines) + text[end:], encoding="utf-8")


def keys(distinct: bool):
    """Lines of keys up to just under the 1 MB a front matter may hold."""
    size, index = 0, 0
    while size < MEGABYTE - 16_384:
        line = f"cle_inconnue_{index:06d}: valeur" if distinct else "cle_repetee: valeur"
        size += len(line) + 1
        index += 1
        yield line


def punctuation_name(index: int) -> str:
    """« Ministère de l'Exemple » followed by `index` written in punctuation marks: distinct
    names for the fund (punctuation counts), one page name (punctuation does not)."""
    marks, written = ".,;", ""
    while True:
        written += marks[index % 3]
        index //= 3
        if index == 0:
            return "Ministère de l'Exemple " + written


def main() -> None:
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    case, outdir = sys.argv[1], Path(sys.argv[2])
    first = outdir / "projets" / "projet-de-test-0001.md"
    if case in ("cles-distinctes", "cles-repetees"):
        generate(20, outdir)
        with_front_matter_lines(first, keys(case == "cles-distinctes"))
    elif case == "ministeres":
        generate(20_000, outdir)
        for index, sheet in enumerate(sorted((outdir / "projets").glob("*.md"))):
            text = sheet.read_text(encoding="utf-8")
            lines = [line for line in text.split("\n") if not line.startswith("  ministere:")]
            at = next(i for i, line in enumerate(lines) if line.startswith("  nom:"))
            lines.insert(at + 1, f'  ministere: "{punctuation_name(index)}"')
            sheet.write_text("\n".join(lines), encoding="utf-8")
    elif case == "tableau-colonnes":
        generate(20, outdir)
        columns = 25_000
        table = ["| " + " | ".join(f"c{i}" for i in range(columns)) + " |",
                 "|" + "---|" * columns]
        text = first.read_text(encoding="utf-8")
        body = text.index("\n---\n", 4) + 5
        first.write_text(text[:body] + "\n".join(table) + "\n", encoding="utf-8")
    else:
        sys.exit(f"gen_adversarial: unknown case {case!r}\n\n{__doc__}")


if __name__ == "__main__":
    main()
