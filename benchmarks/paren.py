"""Does the version after a rewrite score better than the one before it?

Reads benchmarks/paren/amsterdam-complex-simple.csv: sentences of 48 documents of
the city of Amsterdam before and after a language expert rewrote them (see
benchmarks/paren/LEESMIJ.md). Per document, the sentences before form one text
and the sentences after another, one sentence per paragraph; begrijpelijk checks
both with its default settings. Per pair:

- the B1 verdict (ja / bijna / nee) and the difficulty in LiNT points: is the
  version after easier (a lower difficulty), the same, or harder?
- the jargon findings per 100 words, before and after.

Only documents with at least --min pairs of sentences count (default 5): a
document with one changed heading says little about the whole.

    python benchmarks/paren.py
    python benchmarks/paren.py --lijst      # also every document
"""
from __future__ import annotations

import argparse
import collections
import csv
import sys
from pathlib import Path

HERE = Path(__file__).parent
PAIRS = HERE / "paren" / "amsterdam-complex-simple.csv"
ORDER = {"nee": 0, "bijna": 1, "ja": 2}


def documents(minimum: int) -> dict[str, tuple[str, str]]:
    """Per document id: (text before, text after), one sentence per paragraph."""
    grouped: dict[str, list[tuple[str, str]]] = collections.defaultdict(list)
    with PAIRS.open(encoding="utf8", newline="") as handle:
        for row in csv.DictReader(handle):
            grouped[row["Document ID"]].append((row["Complex"].strip(), row["Simple"].strip()))
    return {
        key: ("\n\n".join(b for b, _ in pairs), "\n\n".join(a for _, a in pairs))
        for key, pairs in grouped.items()
        if len(pairs) >= minimum
    }


def measure(text: str) -> dict:
    from begrijpelijk import check_text

    report = check_text(text)
    scores = report.files[0].scores
    jargon = sum(1 for f in report.findings if f.rule == "jargon")
    return {"uitkomst": scores.outcome, "moeite": scores.difficulty, "jargon": 100 * jargon / max(scores.words, 1)}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--min", type=int, default=5, help="zoveel zinparen heeft een document minstens")
    parser.add_argument("--lijst", action="store_true")
    args = parser.parse_args(argv)
    count: collections.Counter = collections.Counter()
    rows = []
    for key, (before, after) in sorted(documents(args.min).items(), key=lambda kv: int(kv[0])):
        old, new = measure(before), measure(after)
        easier = new["moeite"] is not None and old["moeite"] is not None and new["moeite"] < old["moeite"]
        harder = new["moeite"] is not None and old["moeite"] is not None and new["moeite"] > old["moeite"]
        count["paren"] += 1
        count["makkelijker"] += easier
        count["moeilijker"] += harder
        count["oordeel beter"] += ORDER[new["uitkomst"]] > ORDER[old["uitkomst"]]
        count["oordeel slechter"] += ORDER[new["uitkomst"]] < ORDER[old["uitkomst"]]
        count["minder jargon"] += new["jargon"] < old["jargon"]
        count["meer jargon"] += new["jargon"] > old["jargon"]
        rows.append(
            f"| {key} | {old['uitkomst']} → {new['uitkomst']} | {old['moeite']:.1f} → {new['moeite']:.1f} "
            f"| {old['jargon']:.1f} → {new['jargon']:.1f} |"
        )
    n = count["paren"]
    print(f"| meting | documenten (van {n}) |")
    print("|---|---|")
    for key in ("makkelijker", "moeilijker", "oordeel beter", "oordeel slechter", "minder jargon", "meer jargon"):
        print(f"| {key} na herschrijven | {count[key]} ({count[key] / n:.0%}) |")
    if args.lijst:
        print("\n| document | B1 | moeite (LiNT-punten) | jargon per 100 woorden |\n|---|---|---|---|")
        print("\n".join(rows))
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(HERE.parent / "src"))
    sys.exit(main())
