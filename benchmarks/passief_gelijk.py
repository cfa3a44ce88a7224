"""Does the rule `passief` still say exactly the same? A check for refactoring.

Runs the rule `passief` (with examples, as `begrijpelijk check` does by
default) over every sentence of benchmarks/data/passief-echt.yaml and every
text in benchmarks/corpus*/ and benchmarks/stress/, and writes one line per
finding: where (file and sentence number, or file), the offsets, the message
and the suggestion with its example, in a stable order.

The saved file begins with the inputs it was made from ("# invoer" lines,
each with a fingerprint), so that ``--vergelijk`` reruns exactly those: a
text added later is named but not compared, and a text or sentence that
changed since makes the comparison fail, because it no longer compares the
same input.

    python benchmarks/passief_gelijk.py              # the file, on standard output
    python benchmarks/passief_gelijk.py --schrijf    # save it as the reference (data/passief-voorbeelden-voor.txt)
    python benchmarks/passief_gelijk.py --vergelijk  # rerun; exit 1 with a diff when anything differs
"""
from __future__ import annotations

import argparse
import difflib
import hashlib
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).parent
SENTENCES = HERE / "data" / "passief-echt.yaml"
REFERENCE = HERE / "data" / "passief-voorbeelden-voor.txt"
INPUT = "# invoer\t"


def _settings():
    from begrijpelijk import Settings

    return Settings(only={"passief"}, options={"passief": {"voorbeeld": True}})


def _line(where: str, finding) -> str:
    fields = [where, f"{finding.start}-{finding.end}", finding.message, finding.suggestion or ""]
    return "\t".join(" ".join(f.split()) for f in fields)


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:16]


def sentences() -> list[str]:
    """Every distinct sentence of the benchmark, in the order of the file."""
    rows = yaml.safe_load(SENTENCES.read_text(encoding="utf8"))
    return list(dict.fromkeys(r["zin"] for r in rows))


def text_files() -> list[str]:
    """Every text, as its path under benchmarks/."""
    folders = sorted(p for p in HERE.glob("corpus*") if p.is_dir()) + [HERE / "stress"]
    return [f.relative_to(HERE).as_posix() for folder in folders for f in sorted(folder.glob("*.txt"))]


def manifest(texts: list[str], count: int) -> list[str]:
    """The "# invoer" lines: the first ``count`` sentences and the texts, each with a fingerprint."""
    first = "\n".join(sentences()[:count]).encode("utf8")
    lines = [f"{INPUT}{SENTENCES.name}\t{count}\t{_digest(first)}"]
    return lines + [f"{INPUT}{name}\t{_digest((HERE / name).read_bytes())}" for name in texts]


def sentence_lines(count: int) -> list[str]:
    from begrijpelijk import check_text

    settings = _settings()
    lines = []
    for n, sentence in enumerate(sentences()[:count], 1):
        for finding in check_text(sentence, settings).findings:
            lines.append(_line(f"{SENTENCES.name}:{n}", finding))
    return lines


def text_lines(texts: list[str]) -> list[str]:
    """Every text, read and checked the way `begrijpelijk check FILE` does."""
    from begrijpelijk import check_file

    settings = _settings()
    lines = []
    for name in texts:
        report = check_file(HERE / name, settings)
        for finding in sorted(report.findings, key=lambda f: (f.start, f.end, f.message)):
            lines.append(_line(name, finding))
    return lines


def _recorded(reference: list[str]) -> tuple[list[str], int]:
    """The texts and the number of sentences a saved file was made from."""
    inputs = [line[len(INPUT) :].split("\t") for line in reference if line.startswith(INPUT)]
    count = next(int(fields[1]) for fields in inputs if fields[0] == SENTENCES.name)
    return [fields[0] for fields in inputs if fields[0] != SENTENCES.name], count


def compare() -> int:
    reference = REFERENCE.read_text(encoding="utf8").splitlines()
    texts, count = _recorded(reference)
    recorded = [line for line in reference if line.startswith(INPUT)]
    missing = [name for name in texts if not (HERE / name).is_file()]
    now = manifest([name for name in texts if name not in missing], count) if len(sentences()) >= count else []
    changed = missing + [line.split("\t")[1] for line in sorted(set(now) - set(recorded))]
    if len(sentences()) < count:
        changed.append(SENTENCES.name)
    if changed:
        print("De invoer is veranderd sinds het bewaren; dit vergelijkt niet meer hetzelfde:\n  " + "\n  ".join(changed))
        return 1
    added = sorted(set(text_files()) - set(texts))
    if added:
        folders = sorted({name.rsplit("/", 1)[0] for name in added})
        print(f"{len(added)} nieuwe teksten in {', '.join(folders)}: niet vergeleken (niet in {REFERENCE.name})")
    before = [line + "\n" for line in reference if not line.startswith("#")]
    lines = sentence_lines(count) + text_lines(texts)
    diff = list(difflib.unified_diff(before, [line + "\n" for line in lines], "voor", "nu"))
    if diff:
        sys.stdout.writelines(diff)
        print(f"\nverschil: {sum(d.startswith('-') for d in diff[2:])} regels weg, {sum(d.startswith('+') for d in diff[2:])} erbij")
        return 1
    print(f"gelijk: {len(lines)} meldingen")
    return 0


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--schrijf", action="store_true", help=f"bewaar de uitvoer als {REFERENCE.name}")
    group.add_argument("--vergelijk", action="store_true", help=f"vergelijk met {REFERENCE.name}; code 1 bij verschil")
    args = parser.parse_args(argv)
    if args.vergelijk:
        return compare()
    texts, count = text_files(), len(sentences())
    lines = manifest(texts, count) + sentence_lines(count) + text_lines(texts)
    text = "".join(line + "\n" for line in lines)
    if args.schrijf:
        REFERENCE.write_text(text, encoding="utf8")
        print(f"{len(lines) - len(texts) - 1} meldingen bewaard in {REFERENCE}")
        return 0
    sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
