"""Is every change `fix` makes right Dutch? Runs the fix planner (jargon and
abbreviations, as `begrijpelijk fix` does) on the cases in
benchmarks/data/fix-gevallen.yaml and compares with the hand-checked result.

A case is a sentence and the sentence `fix` should write: the same sentence
when no change is sure to be right. The cases are real sentences from
government texts (the sentences of benchmarks/data/passief-echt.yaml and the
letters in benchmarks/corpus/) and the examples named in issue 13.

    python benchmarks/fix_cases.py          # the score and every difference
"""
from __future__ import annotations

import sys
from pathlib import Path

import yaml

DATA = Path(__file__).parent / "data" / "fix-gevallen.yaml"


def fixed(text: str) -> str:
    from begrijpelijk import Settings
    from begrijpelijk.check.run import check_documents
    from begrijpelijk.config import fix_settings
    from begrijpelijk.fix.edits import apply, plan
    from begrijpelijk.readers import read_bytes

    document = read_bytes(text.encode("utf8"), "geval.txt")
    report = check_documents([document], fix_settings(Settings(), ["jargon", "afkorting"])).files[0]
    return apply(document.source, plan(report, document.source).changes)


def run(cases) -> list[tuple[dict, str]]:
    """(case, what fix wrote) for every case where it differs from the expected."""
    return [(case, out) for case in cases if (out := fixed(case["tekst"])) != case["verwacht"]]


def main() -> int:
    cases = yaml.safe_load(DATA.read_text(encoding="utf8"))
    wrong = run(cases)
    changed = sum(c["tekst"] != c["verwacht"] for c in cases)
    print(f"{len(cases)} gevallen ({changed} met een verandering): {len(cases) - len(wrong)} goed, {len(wrong)} anders")
    for case, out in wrong:
        print(f"\n  tekst:    {case['tekst']}\n  verwacht: {case['verwacht']}\n  fix:      {out}")
    return 1 if wrong else 0


if __name__ == "__main__":
    sys.exit(main())
