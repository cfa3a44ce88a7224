"""How right are the active examples of `passief` on real sentences?

Reads benchmarks/data/passief-echt.yaml (real passive sentences from public
government texts, each with the hand-written active sentences that are exactly
right) and runs the rule on every sentence. Per part (dev: used to improve the
rule; test: held aside) it reports:

- found: the rule flags the passive (the finding covers the participle);
- with example: the finding has a concrete active sentence;
- exactly right: that sentence is one of the hand-written ones.

Targets (issue 13): exactly right ≥ 90% of the examples given, and examples
for ≥ 70% of the sentences.

    python benchmarks/passief.py            # the table
    python benchmarks/passief.py --fouten   # also every example that is not right
    python benchmarks/passief.py --deel dev # only dev, while the test part stays unseen
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import yaml

DATA = Path(__file__).parent / "data" / "passief-echt.yaml"
EXAMPLE = re.compile(r"bijvoorbeeld: '(.*)'$")


def normal(text: str) -> str:
    return " ".join(text.split())


def example_for(findings, sentence: str, participle: str) -> tuple[bool, str | None]:
    """(found, example) for the passive whose participle is ``participle``."""
    at = sentence.find(participle)
    for finding in findings:
        if finding.start <= at < finding.end or participle in finding.text:
            m = EXAMPLE.search(finding.suggestion or "")
            return True, (m.group(1) if m else None)
    return False, None


BATCH = 200  # sentences parsed in one batched pipe (the same findings as one by one, faster)


def measure(rows):
    from begrijpelijk import Settings
    from begrijpelijk.check.run import check_documents
    from begrijpelijk.document import Document
    from begrijpelijk.readers import text as text_reader

    settings = Settings(only={"passief"}, options={"passief": {"voorbeeld": True}}).validate()
    sentences = list(dict.fromkeys(row["zin"] for row in rows))
    cache: dict[str, list] = {}
    for k in range(0, len(sentences), BATCH):
        part = sentences[k : k + BATCH]
        documents = [Document(path="<tekst>", source=s, paragraphs=text_reader.paragraphs_of(s)) for s in part]
        for sentence, report in zip(part, check_documents(documents, settings).files):
            cache[sentence] = report.findings
    results = []
    for row in rows:
        sentence = row["zin"]
        found, example = example_for(cache[sentence], sentence, row["deelwoord"])
        right = example is not None and normal(example) in {normal(g) for g in row["goed"]}
        results.append({**row, "found": found, "example": example, "right": right})
    return results


def table(results) -> list[str]:
    lines = ["| deel | zinnen | gevonden | met voorbeeld | precies goed | goed / met voorbeeld | met voorbeeld / zinnen |", "|---|---|---|---|---|---|---|"]
    for part in ("dev", "test", "alles"):
        rows = [r for r in results if part == "alles" or r["deel"] == part]
        if not rows:
            continue
        n = len(rows)
        found = sum(r["found"] for r in rows)
        given = sum(r["example"] is not None for r in rows)
        right = sum(r["right"] for r in rows)
        precision = right / given if given else 0.0
        coverage = given / n
        lines.append(f"| {part} | {n} | {found} | {given} | {right} | {precision:.2f} | {coverage:.2f} |")
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fouten", action="store_true", help="laat elk voorbeeld zien dat niet precies goed is")
    parser.add_argument("--deel", choices=("dev", "test"), help="meet alleen dit deel (dev: zonder de apart gehouden zinnen te zien)")
    args = parser.parse_args()
    rows = yaml.safe_load(DATA.read_text(encoding="utf8"))
    if args.deel:
        rows = [r for r in rows if r["deel"] == args.deel]
    results = measure(rows)
    print("\n".join(table(results)))
    if args.fouten:
        for r in results:
            if r["example"] is not None and not r["right"]:
                print(f"\n[{r['deel']}] {r['zin']}\n  gegeven: {r['example']}\n  goed:    {r['goed'][0]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
