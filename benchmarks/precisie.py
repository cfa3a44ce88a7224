"""How often is a finding of begrijpelijk right, per rule, on real texts?

Runs `check` with every rule switched on over the texts in benchmarks/corpus/
and looks up each finding in benchmarks/data/meldingen-gelabeld.yaml (hand-made
judgments: goed or fout, with the reason). Per rule and part (dev: used to
improve the rules; test: held aside) it reports how many labelled findings the
rule still gives and how many of them are right. Jargon is split by severity.

It also gives the B1 verdict per label (eenvoudig / ambtelijk) and part.

    python benchmarks/precisie.py            # both tables
    python benchmarks/precisie.py --fouten   # also every wrong finding that is still given
"""
from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).parent
CORPUS = HERE / "corpus"
LABELS = HERE / "data" / "meldingen-gelabeld.yaml"
TARGET = {"fout": 0.90, "waarschuwing": 0.80, "suggestie": 0.80}


def sources() -> list[dict]:
    rows = []
    for line in (CORPUS / "SOURCES.tsv").read_text(encoding="utf8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        c = line.split("\t")
        rows.append({"bestand": c[0], "label": c[6], "deel": c[7], "soort": c[8]})
    return rows


def key(bestand: str, rule: str, text: str, sentence: str) -> tuple:
    return (bestand, rule, text[:80], " ".join(sentence[:200].split()))


def run(only_rules=None, parts=None):
    """(findings per file, reports per file) with every rule on; ``parts``:
    only the texts of these parts (dev, test, vers …)."""
    from begrijpelijk import Settings, check_file
    from begrijpelijk.rules import registry

    every = set(registry())
    settings = Settings(enabled=every) if only_rules is None else Settings(only=set(only_rules))
    found, verdicts = {}, {}
    for row in sources():
        if parts is not None and row["deel"] not in parts:
            continue
        report = check_file(CORPUS / row["bestand"], settings)
        found[row["bestand"]] = report.findings
        verdicts[row["bestand"]] = report.files[0].scores
    return found, verdicts


PASSIVE_JUDGED = HERE / "data" / "passief-oordeel-vers2.yaml"
PASSIVE_TEXTS = HERE / "corpus-vers2"


def passive_judged() -> dict:
    """The passive findings on benchmarks/corpus-vers2 now, looked up in the
    independent judgments of passief-oordeel-vers2.yaml (a passive? and the
    example right?): {"goed": n, "fout": n, "weg": n (judged, no longer given),
    "nieuw": n (given, not judged)}. The labels of meldingen-gelabeld.yaml for
    passief judged examples the rule no longer writes; these are newer."""
    from begrijpelijk import Settings, check_file

    judged = yaml.safe_load(PASSIVE_JUDGED.read_text(encoding="utf8"))
    verdicts = {(j["bestand"], j["gevonden"], " ".join(j["zin"].split())): j for j in judged}
    cell = {"goed": 0, "fout": 0, "weg": 0, "nieuw": 0}
    seen = set()
    for name in sorted({j["bestand"] for j in judged}):
        for f in check_file(PASSIVE_TEXTS / name, Settings(only={"passief"})).findings:
            k = (name, f.text, " ".join((f.sentence or "").split()))
            j = verdicts.get(k)
            if j is None:
                cell["nieuw"] += 1
                continue
            seen.add(k)
            right = j["passief"] == "ja" and j.get("oordeel") != "fout"
            cell["goed" if right else "fout"] += 1
    cell["weg"] = len(verdicts) - len(seen)
    return cell


def precision(found, labels):
    present = set()
    for bestand, findings in found.items():
        for f in findings:
            present.add(key(bestand, f.rule, f.text, f.sentence or ""))
    table = collections.defaultdict(lambda: {"goed": 0, "fout": 0, "weg": 0, "fouten": []})
    for label in labels:
        group = (label["deel"], label["regel"], label["ernst"] if label["regel"] == "jargon" else "")
        k = key(label["bestand"], label["regel"], label["tekst"], label["zin"])
        cell = table[group]
        if k not in present:
            cell["weg"] += 1
            continue
        cell[label["oordeel"]] += 1
        if label["oordeel"] == "fout":
            cell["fouten"].append(label)
    return table


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fouten", action="store_true", help="toon elke foute melding die er nog is")
    args = parser.parse_args(argv)
    from begrijpelijk.rules import registry

    labels = yaml.safe_load(LABELS.read_text(encoding="utf8"))
    found, verdicts = run()
    table = precision(found, labels)
    rules = registry()
    print(f"{len(labels)} meldingen met de hand beoordeeld, {sum(len(v) for v in found.values())} meldingen nu (alle regels aan)\n")
    print("| deel | regel | ernst | standaard | beoordeeld | goed | precisie | doel |")
    print("|---|---|---|---|---|---|---|---|")
    for (part, rule, severity), cell in sorted(table.items()):
        n = cell["goed"] + cell["fout"]
        sev = severity or rules[rule].severity.value
        share = f"{cell['goed'] / n:.2f}" if n else "-"
        on = "aan" if rules[rule].default_on else "uit"
        gone = f" (+{cell['weg']} niet meer gemeld)" if cell["weg"] else ""
        print(f"| {part} | {rule} | {sev} | {on} | {n}{gone} | {cell['goed']} | {share} | {TARGET[sev]:.2f} |")
    print("\nB1-oordeel (B1: ja) per label:\n")
    print("| deel | label | B1: ja | teksten |")
    print("|---|---|---|---|")
    counts = collections.Counter()
    totals = collections.Counter()
    for row in sources():
        if row["label"] == "gemengd":
            continue
        group = (row["deel"], row["label"])
        totals[group] += 1
        counts[group] += bool(verdicts[row["bestand"]].b1)
    for group in sorted(totals):
        print(f"| {group[0]} | {group[1]} | {counts[group]} ({counts[group] / totals[group]:.0%}) | {totals[group]} |")
    if args.fouten:
        for (part, rule, severity), cell in sorted(table.items()):
            for label in cell["fouten"]:
                print(f"\n{part} {rule}: '{label['tekst']}' in {label['bestand']}\n  {label['reden']}")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(HERE.parent / "src"))
    sys.exit(main())
