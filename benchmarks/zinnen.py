"""Sentence boundaries as a reader sees them, against begrijpelijk's.

Reads benchmarks/data/zinnen-gelabeld.yaml (every sentence of 23 texts in
benchmarks/corpus, marked by an independent session as a reader counts
them: a heading and each list line are sentences, a colon or a dotted
abbreviation ends none) and compares the ends of begrijpelijk's sentences
(`check --format json`, "sentences") with the labelled ends.

    python benchmarks/zinnen.py            # the table
    python benchmarks/zinnen.py --verschil # also every boundary that differs

A boundary is the place in the text (white space and list marks ignored)
where a sentence ends. Reported: boundaries found / labelled (recall), right /
given (precision), and for the sentences both split the same way, how often
both call the sentence long (more than 20 words).
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).parent
CORPUS = HERE / "corpus"
LABELS = HERE / "data" / "zinnen-gelabeld.yaml"
LONG = 20


def _squash(text: str) -> str:
    """Letters and digits only: the same stream for the file, the labels and the tool."""
    return re.sub(r"[\W_]+", "", text.lower())


def _ends(sentences: list[str], stream: str) -> list[int]:
    """The end of each sentence in the squashed text, in order (unfound ones are skipped)."""
    ends, at = [], 0
    for sentence in sentences:
        squashed = _squash(sentence)
        if not squashed:
            continue
        found = stream.find(squashed, at)
        if found < 0:
            continue
        at = found + len(squashed)
        ends.append(at)
    return ends


def tool_sentences(path: Path) -> list[dict]:
    from begrijpelijk import Settings, check_file
    from begrijpelijk.formatters.json_format import to_dict

    report = check_file(path, Settings(only={"lange-zin"}))
    return to_dict(report)["files"][0]["sentences"]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verschil", action="store_true")
    args = parser.parse_args(argv)
    labels = yaml.safe_load(LABELS.read_text(encoding="utf8"))
    labelled = given = right = 0
    same = agree = 0
    differences: list[str] = []
    for item in labels:
        path = CORPUS / item["bestand"]
        stream = _squash(path.read_text(encoding="utf8"))
        wanted_sentences = [s["tekst"] for s in item["zinnen"]]
        tool = tool_sentences(path)
        wanted = _ends(wanted_sentences, stream)
        got = _ends([s["text"] for s in tool], stream)
        labelled += len(wanted)
        given += len(got)
        right += len(set(wanted) & set(got))
        words_by_end = {end: s["words"] for end, s in zip(_ends([s["text"] for s in tool], stream), tool)}
        for end, sentence in zip(wanted, item["zinnen"]):
            if end in words_by_end:
                same += 1
                agree += (words_by_end[end] > LONG) == (sentence["woorden"] > LONG)
        for end in sorted(set(wanted) ^ set(got)):
            kind = "gemist" if end in wanted else "extra"
            differences.append(f"{item['bestand']}: {kind} bij '…{stream[max(0, end - 30):end]}|{stream[end:end + 20]}…'")
    print("| grenzen gelabeld | door begrijpelijk | goed | recall | precisie | lang/kort gelijk (zelfde zin) |")
    print("|---|---|---|---|---|---|")
    print(f"| {labelled} | {given} | {right} | {right / labelled:.2f} | {right / given:.2f} | {agree}/{same} ({agree / same:.2f}) |")
    if args.verschil:
        print("\n" + "\n".join(differences))
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(HERE.parent / "src"))
    sys.exit(main())
