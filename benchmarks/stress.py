"""How often does the stress checklist agree with a careful reader?

Reads benchmarks/data/stress-gelabeld.yaml (42 texts in benchmarks/stress/,
labelled per check as ok, fail or na by an independent session before any
run, by ../shared/ANNOTATION.md) and runs `check` with every stress check on.
Per check and part (dev / test):

- agreement: the texts where begrijpelijk says what the label says, of the
  texts the label judges (ok or fail);
- na: the texts the label says the check does not apply to, and what
  begrijpelijk said there (today the checklist knows only ✓ and ✗);
- checks the labels name that begrijpelijk does not have yet are listed apart.

    python benchmarks/stress.py               # both parts
    python benchmarks/stress.py --deel test   # the held-aside part
    python benchmarks/stress.py --verschil    # also every text where they differ
"""
from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).parent
TEXTS = HERE / "stress"
LABELS = HERE / "data" / "stress-gelabeld.yaml"


def run(names: list[str]) -> dict[str, dict[str, bool]]:
    """Per text: check id → ok (True) or fail (False), as the checklist says."""
    from begrijpelijk import Settings, check_file
    from begrijpelijk.rules import registry

    stress_rules = {rule_id for rule_id, rule in registry().items() if rule.checklist}
    settings = Settings(enabled=stress_rules)
    out = {}
    for name in names:
        stress = check_file(TEXTS / name, settings).files[0].stress
        out[name] = {c.rule: c.ok for c in (stress.checks if stress else [])}
    return out


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--deel", choices=("dev", "test"))
    parser.add_argument("--verschil", action="store_true")
    args = parser.parse_args(argv)
    labels = [item for item in yaml.safe_load(LABELS.read_text(encoding="utf8")) if not args.deel or item["deel"] == args.deel]
    said = run([item["bestand"] for item in labels])
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
            if outcome == "na":
                cell["na"] += 1
                cell["na_tool_ok"] += tool[check]
                continue
            cell["oordeel"] += 1
            agree = tool[check] == (outcome == "ok")
            cell["gelijk"] += agree
            if not agree:
                differences.append(f"{item['deel']} {check} {item['bestand']}: label {outcome}, begrijpelijk {'ok' if tool[check] else 'fail'}")
    print("| deel | check | gelijk | n.v.t. volgens label (begrijpelijk zei ✓) |")
    print("|---|---|---|---|")
    totals = collections.Counter()
    for (part, check), cell in sorted(table.items()):
        share = f"{cell['gelijk']}/{cell['oordeel']} ({cell['gelijk'] / cell['oordeel']:.2f})" if cell["oordeel"] else "-"
        print(f"| {part} | {check} | {share} | {cell['na']} ({cell['na_tool_ok']}) |")
        totals[part, "gelijk"] += cell["gelijk"]
        totals[part, "oordeel"] += cell["oordeel"]
    for part in sorted({p for p, _ in table}):
        n = totals[part, "oordeel"]
        print(f"| {part} | **alle checks** | {totals[part, 'gelijk']}/{n} ({totals[part, 'gelijk'] / n:.2f}) | |")
    if missing:
        print("\nChecks die begrijpelijk nog niet heeft: " + ", ".join(f"{c} ({n} teksten)" for c, n in sorted(missing.items())))
    if args.verschil:
        print("\n" + "\n".join(differences))
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(HERE.parent / "src"))
    sys.exit(main())
