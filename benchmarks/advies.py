"""Does the advice of jargon and afkorting fit the sentence? Judged findings, replayed.

An independent judge answers three questions for every jargon and afkorting
finding on a set (terecht, past, betekenis; see the header of
benchmarks/data/jargon-oordeel-vers4.yaml). This script

- writes the findings of today's code in the format the judge reads
  (`--schrijf FILE`), so a fresh set is judged on exactly what a user sees;
- replays a judged set: a finding with the same file, sentence, words and advice
  keeps its judgment; a finding whose advice changed, or that is new, is counted
  apart as "niet beoordeeld" (a figure on a judged set after tuning is a dev
  figure; only the first run on a fresh judgment counts as held aside).

    python benchmarks/advies.py --set vers4                  # replay the judgment
    python benchmarks/advies.py --set vers4 --lijst          # also what does not fit
    python benchmarks/advies.py --set vers6 --schrijf benchmarks/data/meldingen-vers6.yaml
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml

from spans import _share

HERE = Path(__file__).parent
RULES = ("jargon", "afkorting")


def findings(corpus: Path) -> list[dict]:
    """Every jargon and afkorting finding on the texts of a set, in output order."""
    from begrijpelijk import Settings, check_file
    from begrijpelijk.rules import registry

    settings = Settings(enabled=set(registry()))
    out = []
    for path in sorted(corpus.glob("*.txt")):
        for f in check_file(path, settings).findings:
            if f.rule in RULES:
                out.append({
                    "bestand": path.name, "regel": f.rule, "zin": " ".join((f.sentence or "").split()),
                    "gevonden": f.text, "advies": f.suggestion or f.message,
                })
    return out


def _key(item: dict) -> tuple:
    return (item["bestand"], item["regel"], " ".join(str(item["zin"]).split()), item["gevonden"], item["advies"])


def replay(found: list[dict], judged: list[dict]) -> dict:
    """Judgments of the findings that are still given with the same advice."""
    by_key: dict[tuple, list[dict]] = {}
    for item in judged:
        by_key.setdefault(_key(item), []).append(item)
    kept, new = [], []
    for item in found:
        same = by_key.get(_key(item))
        if same:
            kept.append(same.pop(0))
        else:
            new.append(item)
    return {"kept": kept, "new": new, "gone": sum(len(v) for v in by_key.values())}


def table(result: dict) -> list[str]:
    kept = result["kept"]
    justified = sum(i["terecht"] == "ja" for i in kept)
    fit = [i for i in kept if i["past"] in ("ja", "nee")]
    sense = [i for i in kept if i["betekenis"] in ("goed", "fout")]
    return [
        "| vraag | uitkomst |", "|---|---|",
        f"| melding terecht | {_share(justified, len(kept))} |",
        f"| advies past in de zin | {_share(sum(i['past'] == 'ja' for i in fit), len(fit))} |",
        f"| betekenis klopt | {_share(sum(i['betekenis'] == 'goed' for i in sense), len(sense))} |",
        f"| niet beoordeeld (nieuw of ander advies) | {len(result['new'])} |",
        f"| beoordeeld, niet meer gegeven | {result['gone']} |",
    ]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", required=True, help="vers4, vers6, …: benchmarks/corpus-<set>")
    parser.add_argument("--schrijf", type=Path, help="schrijf de meldingen voor de beoordelaar naar dit bestand")
    parser.add_argument("--lijst", action="store_true", help="toon ook wat niet past of van betekenis verandert")
    args = parser.parse_args(argv)
    corpus = HERE / f"corpus-{args.set}"
    found = findings(corpus)
    if args.schrijf:
        args.schrijf.write_text(yaml.safe_dump(found, allow_unicode=True, sort_keys=False, width=1000), encoding="utf8")
        print(f"{len(found)} meldingen geschreven naar {args.schrijf}")
        return 0
    judged = yaml.safe_load((HERE / "data" / f"jargon-oordeel-{args.set}.yaml").read_text(encoding="utf8"))
    result = replay(found, judged)
    print("\n".join(table(result)))
    if args.lijst:
        for item in result["kept"]:
            if item["past"] == "nee" or item["betekenis"] == "fout":
                print(f"- {item['gevonden']} | {item['advies']} | {item.get('reden', '')[:150]}")
        print("\nNieuw of ander advies:")
        for item in result["new"]:
            print(f"- {item['gevonden']} | {item['advies']} | {item['zin'][:120]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
