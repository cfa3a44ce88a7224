"""Recall, precision and advice of begrijpelijk on spans a careful reader marked.

Reads benchmarks/data/spans-vers.yaml (jargon, afkorting, vage-termijn and
passief spans in the texts of benchmarks/corpus-vers/, labelled by an
independent session before any run, by ../shared/ANNOTATION.md) and runs
`check` with every rule switched on. Per rule and part (dev / test):

- recall: the labelled spans a finding of the same rule overlaps (jargon
  without the 'mild' spans, which the criterion keeps apart; with them too);
- precision: the findings that overlap a labelled span of the same rule
  (for jargon a 'mild' span counts as right);
- advice (jargon): of the found spans with a labelled plain word, how often
  the first word the finding offers is one of the words the labeller wrote in
  the form the sentence needs ('fits'); for legal spans, how often the advice
  is to explain the term ("Leg uit …") instead of a synonym.

    python benchmarks/spans.py                 # both parts
    python benchmarks/spans.py --deel test     # the held-aside part
    python benchmarks/spans.py --missers       # also every span not found and every finding not labelled
    python benchmarks/spans.py --set vers2     # the second set (benchmarks/corpus-vers2)
"""
from __future__ import annotations

import argparse
import collections
import re
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).parent
SETS = {  # labelled set → (texts, labels)
    "vers": (HERE / "corpus-vers", HERE / "data" / "spans-vers.yaml"),
    "vers2": (HERE / "corpus-vers2", HERE / "data" / "spans-vers2.yaml"),
    "vers3": (HERE / "corpus-vers3", HERE / "data" / "spans-vers3.yaml"),
    "vers4": (HERE / "corpus-vers4", HERE / "data" / "spans-vers4.yaml"),
    "vers5": (HERE / "corpus-vers5", HERE / "data" / "spans-vers5.yaml"),
    "vers6": (HERE / "corpus-vers6", HERE / "data" / "spans-vers6.yaml"),
    "vers7": (HERE / "corpus-vers7", HERE / "data" / "spans-vers7.yaml"),
    **{f"vers{k}": (HERE / f"corpus-vers{k}", HERE / "data" / f"spans-vers{k}.yaml") for k in range(8, 61) if (HERE / "data" / f"spans-vers{k}.yaml").exists()},
}
CORPUS, LABELS = SETS["vers"]
RULES = ("jargon", "afkorting", "vage-termijn", "passief")
# an abbreviation of officialese ("t.a.v.", "n.a.v.") may be labelled as jargon and found as an abbreviation
# (with the plain word), or the other way round: either finding gives the writer the advice
SAME_ADVICE = {"jargon": ("jargon", "afkorting"), "afkorting": ("afkorting", "jargon")}
QUOTED = re.compile(r"'([^']+)'")


def _place(text: str, label: dict) -> tuple[int, int] | None:
    """The source span of a label: its sentence first, then its words in it."""
    sentence = text.find(label["zin"])
    if sentence < 0:
        return None
    parts = [p.strip() for p in label["tekst"].split("…") if p.strip()]
    start = text.find(parts[0], sentence)
    end = start + len(parts[0])
    for part in parts[1:]:
        at = text.find(part, end)
        end = at + len(part) if at >= 0 else end
    return (start, end) if start >= 0 else None


def run(labels: list[dict]) -> dict[str, list]:
    from begrijpelijk import Settings, check_file
    from begrijpelijk.rules import registry

    settings = Settings(enabled=set(registry()))
    files = sorted({label["bestand"] for label in labels})
    # lange-zin counts only where the labeller marked long sentences (set 5 on)
    rules = set(RULES) | ({"lange-zin"} & {label["regel"] for label in labels})
    return {name: [f for f in check_file(CORPUS / name, settings).findings if f.rule in rules] for name in files}


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def measure(labels: list[dict], found: dict[str, list], part: str | None):
    texts = {name: (CORPUS / name).read_text(encoding="utf8") for name in found}
    table: dict = collections.defaultdict(collections.Counter)
    misses: list[str] = []
    used: set[tuple[str, int]] = set()
    for label in labels:
        if part and label["deel"] != part:
            continue
        rule, name = label["regel"], label["bestand"]
        span = _place(texts[name], label)
        cell = table[(label["deel"], rule)]
        kind = label.get("soort", "")
        cell["spans"] += 1
        cell["spans_hoofd"] += kind != "mild"
        rules = SAME_ADVICE.get(rule, (rule,))
        hits = [f for f in found[name] if f.rule in rules and span is not None and _overlaps(span, (f.start, f.end))]
        for f in hits:
            used.add((name, f.start))
        if not hits:
            misses.append(f"{label['deel']} {rule} mist '{label['tekst']}' ({name}): {label['zin'][:120]}")
            continue
        cell["gevonden"] += 1
        cell["gevonden_hoofd"] += kind != "mild"
        if rule != "jargon":
            continue
        best = max(hits, key=lambda f: _overlap_share(span, (f.start, f.end)))
        advice = best.suggestion or ""
        if kind in ("juridisch", "weglaten"):
            cell["juridisch"] += 1
            cell["juridisch_uitleg"] += advice.startswith(("Leg uit", "Schrijf in gewone woorden"))
            continue
        past = label.get("past") or []
        wanted = {w.lower() for w in ([past] if isinstance(past, str) else past)}  # set 8 writes one word as a string
        if not wanted:
            continue
        offered = QUOTED.findall(advice)
        cell["advies"] += 1
        fits = bool(offered) and _fits(label, best.text, offered[0], wanted)
        cell["past"] += fits
        cell["zonder_woord"] += not offered
        if not fits:
            misses.append(f"{label['deel']} advies '{label['tekst']}' → {offered[:2]} (label: {sorted(wanted)}) [{label.get('soort')}]: {label['zin'][:90]}")
    for name, findings in found.items():
        for f in findings:
            parts = {label["deel"] for label in labels if label["bestand"] == name}
            deel = parts.pop() if len(parts) == 1 else "?"
            if part and deel != part:
                continue
            table[(deel, f.rule)]["meldingen"] += 1
            if (name, f.start) in used or _labelled_as_other(labels, texts[name], name, f):
                table[(deel, f.rule)]["raak"] += 1
            else:
                misses.append(f"{deel} {f.rule} niet gelabeld '{f.text}' ({name})")
    return table, misses


def _overlap_share(a: tuple[int, int], b: tuple[int, int]) -> float:
    """How much of the two spans is shared (1.0: the same span)."""
    shared = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    return shared / (max(a[1], b[1]) - min(a[0], b[0])) if shared else 0.0


def _norm(text: str) -> str:
    return " ".join(text.lower().replace("…", " ").split())


def _fits(label: dict, found: str, offered: str, wanted: set[str]) -> bool:
    """Does the offered word make one of the labelled rewrites? Either it is
    one of them, or putting it in place of the found words inside the labelled
    span gives one ("verzoeken wij u" with 'vragen' for "verzoeken" is
    "vragen wij u")."""
    if offered.lower() in wanted:
        return True
    span = _norm(label["tekst"])
    wanted_norm = {_norm(w) for w in wanted}
    parts = [_norm(p) for p in found.split("…") if p.strip()] if "…" in found else [found]
    if not parts or any(p not in span for p in parts):
        return False
    # the first part becomes the offered word, the other parts go ("Bent … van mening" → 'vindt')
    rewritten = span.replace(parts[0], offered.lower(), 1)
    for part in parts[1:]:
        rewritten = rewritten.replace(part, "", 1)
    return _norm(rewritten) in wanted_norm


def _labelled_as_other(labels: list[dict], text: str, name: str, finding) -> bool:
    """A finding of one rule on a span labelled with the rule of the same advice."""
    rules = SAME_ADVICE.get(finding.rule, ())
    for label in labels:
        if label["bestand"] == name and label["regel"] in rules and label["regel"] != finding.rule:
            span = _place(text, label)
            if span is not None and _overlaps(span, (finding.start, finding.end)):
                return True
    return False


def _share(a: int, b: int) -> str:
    return f"{a}/{b} ({a / b:.2f})" if b else "-"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=tuple(SETS), default="vers", help="welke gelabelde set")
    parser.add_argument("--deel", choices=("dev", "test"))
    parser.add_argument("--missers", action="store_true")
    args = parser.parse_args(argv)
    global CORPUS, LABELS
    CORPUS, LABELS = SETS[args.set]
    labels = yaml.safe_load(LABELS.read_text(encoding="utf8"))
    chosen = [label for label in labels if not args.deel or label["deel"] == args.deel]
    found = run(chosen)
    table, misses = measure(chosen, found, args.deel)
    print("| deel | regel | recall (zonder mild) | recall (alles) | precisie | advies past | zonder woord | juridisch: uitleg |")
    print("|---|---|---|---|---|---|---|---|")
    for (part, rule), c in sorted(table.items()):
        print(
            f"| {part} | {rule} | {_share(c['gevonden_hoofd'], c['spans_hoofd'])} | {_share(c['gevonden'], c['spans'])} "
            f"| {_share(c['raak'], c['meldingen'])} | {_share(c['past'], c['advies'])} | {c['zonder_woord'] or '-'} "
            f"| {_share(c['juridisch_uitleg'], c['juridisch'])} |"
        )
    if args.missers:
        print("\n" + "\n".join(misses))
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(HERE.parent / "src"))
    sys.exit(main())
