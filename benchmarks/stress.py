"""How often does the stress checklist agree with a careful reader?

Reads benchmarks/data/stress-gelabeld.yaml (42 texts in benchmarks/stress/,
labelled per check as ok, fail or na by an independent session before any
run, by ../shared/ANNOTATION.md) and runs `check` with every stress check on.
Per check and part (dev / test):

- agreement: of the texts both judge (ok or fail), those where begrijpelijk
  says what the label says; apart, the texts only the label, only
  begrijpelijk, or both call n.v.t. (the labels say n.v.t. where a text is cut
  off; begrijpelijk where a text is no letter or asks nothing of the reader);
- checks the labels name that begrijpelijk does not have yet are listed apart.

    python benchmarks/stress.py               # both parts
    python benchmarks/stress.py --deel test   # the held-aside part
    python benchmarks/stress.py --verschil    # also every text where they differ
    python benchmarks/stress.py --set vers6   # set 6 (benchmarks/corpus-vers6, data/stress-vers6.yaml)
"""
from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).parent
SETS = {  # labelled set → (texts, labels)
    "stress": (HERE / "stress", HERE / "data" / "stress-gelabeld.yaml"),
    "vers6": (HERE / "corpus-vers6", HERE / "data" / "stress-vers6.yaml"),
    "vers7": (HERE / "corpus-vers7", HERE / "data" / "stress-vers7.yaml"),
    **{f"vers{k}": (HERE / f"corpus-vers{k}", HERE / "data" / f"stress-vers{k}.yaml") for k in range(8, 61) if (HERE / "data" / f"stress-vers{k}.yaml").exists()},
}
TEXTS, LABELS = SETS["stress"]


def run(names: list[str], texts: Path = TEXTS) -> dict[str, dict[str, str]]:
    """Per text: check id → "ok", "fail" or "nvt", as the checklist says."""
    from begrijpelijk import Settings, check_file
    from begrijpelijk.rules import registry

    stress_rules = {rule_id for rule_id, rule in registry().items() if rule.checklist}
    settings = Settings(enabled=stress_rules)
    out = {}
    for name in names:
        stress = check_file(texts / name, settings).files[0].stress
        out[name] = {c.rule: c.outcome for c in (stress.checks if stress else [])}
    return out


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=tuple(SETS), default="stress", help="welke gelabelde set")
    parser.add_argument("--deel", choices=("dev", "test"))
    parser.add_argument("--verschil", action="store_true")
    args = parser.parse_args(argv)
    texts, label_file = SETS[args.set]
    labels = [item for item in yaml.safe_load(label_file.read_text(encoding="utf8")) if not args.deel or item["deel"] == args.deel]
    said = run([item["bestand"] for item in labels], texts)
    table: dict = collections.defaultdict(collections.Counter)
    missing: collections.Counter = collections.Counter()
    differences = []
    for item in labels:
        tool = said[item["bestand"]]
        for check, label in item["checks"].items():
            outcome = label["uitkomst"] if isinstance(label, dict) else label
            if check not in tool:
                missing[check] += 1
                continue
            cell = table[(item["deel"], check)]
            label_nvt, tool_nvt = outcome == "na", tool[check] == "nvt"
            if label_nvt or tool_nvt:
                cell["label_nvt"] += label_nvt and not tool_nvt
                cell["tool_nvt"] += tool_nvt and not label_nvt
                cell["beide_nvt"] += label_nvt and tool_nvt
                continue
            cell["oordeel"] += 1
            agree = tool[check] == outcome
            cell["gelijk"] += agree
            if not agree:
                differences.append(f"{item['deel']} {check} {item['bestand']}: label {outcome}, begrijpelijk {tool[check]}")
    print("| deel | check | gelijk (beide ok of fail) | alleen label n.v.t. | alleen begrijpelijk n.v.t. | beide n.v.t. |")
    print("|---|---|---|---|---|---|")
    totals = collections.Counter()
    for (part, check), cell in sorted(table.items()):
        share = f"{cell['gelijk']}/{cell['oordeel']} ({cell['gelijk'] / cell['oordeel']:.2f})" if cell["oordeel"] else "-"
        print(f"| {part} | {check} | {share} | {cell['label_nvt']} | {cell['tool_nvt']} | {cell['beide_nvt']} |")
        for key in ("gelijk", "oordeel", "label_nvt", "tool_nvt", "beide_nvt"):
            totals[part, key] += cell[key]
    for part in sorted({p for p, _ in table}):
        n = totals[part, "oordeel"]
        print(
            f"| {part} | **alle checks** | {totals[part, 'gelijk']}/{n} ({totals[part, 'gelijk'] / n:.2f}) "
            f"| {totals[part, 'label_nvt']} | {totals[part, 'tool_nvt']} | {totals[part, 'beide_nvt']} |"
        )
    if missing:
        print("\nChecks die begrijpelijk nog niet heeft: " + ", ".join(f"{c} ({n} teksten)" for c, n in sorted(missing.items())))
    if args.verschil:
        print("\n" + "\n".join(differences))
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(HERE.parent / "src"))
    sys.exit(main())
