"""The B1 verdict (ja / bijna / nee) against texts labelled plain or bureaucratic.

Reads the labels of benchmarks/corpus/SOURCES.tsv (parts dev, test, vers,
vers2, vers3) and benchmarks/data/b1-vers4.yaml (part vers4, with its close
calls), labelled by ../shared/ANNOTATION.md before any run, and prints per part
and label how many texts get "B1: ja", "bijna" and "nee". The goal (issue 34):
plain texts B1 in at least 85%, bureaucratic in at most 10%.

    python benchmarks/b1.py
    python benchmarks/b1.py --deel vers4
"""
from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).parent
LABELS_V4 = HERE / "data" / "b1-vers4.yaml"


def rows() -> list[dict]:
    from precisie import sources

    out = [dict(r, pad=HERE / "corpus" / r["bestand"], twijfel=False) for r in sources() if r["label"] != "gemengd"]
    for item in yaml.safe_load(LABELS_V4.read_text(encoding="utf8")):
        out.append({
            "bestand": item["bestand"], "deel": "vers4", "pad": HERE / "corpus-vers4" / item["bestand"],
            "label": item["klasse"], "twijfel": item.get("twijfel") in (True, "ja"),
        })
    return out


def main(argv=None) -> int:
    from begrijpelijk import check_file

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--deel")
    args = parser.parse_args(argv)
    table: dict = collections.defaultdict(collections.Counter)
    for row in rows():
        if args.deel and row["deel"] != args.deel:
            continue
        outcome = check_file(row["pad"]).files[0].scores.outcome
        for group in [(row["deel"], row["label"], "alle")] + ([] if row["twijfel"] else [(row["deel"], row["label"], "zonder twijfel")]):
            table[group][outcome] += 1
    print("| deel | label | teksten | B1: ja | bijna | nee |")
    print("|---|---|---|---|---|---|")
    for (part, label, which), cell in sorted(table.items()):
        n = sum(cell.values())
        name = label if which == "alle" else f"{label} (zonder twijfel)"
        print(f"| {part} | {name} | {n} | {cell['ja']} ({cell['ja'] / n:.0%}) | {cell['bijna']} | {cell['nee']} |")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    sys.exit(main())
