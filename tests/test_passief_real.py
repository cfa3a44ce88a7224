"""The active examples of `passief` on real sentences from government texts
(benchmarks/data/passief-echt.yaml, hand-labelled). An advisor who sees one
wrong example stops trusting the others: the examples that are given must be
right, and fewer examples is better than wrong ones."""
import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import passief  # noqa: E402


def test_data_is_labelled_and_split():
    rows = yaml.safe_load(passief.DATA.read_text(encoding="utf8"))
    assert len(rows) >= 100
    assert {r["deel"] for r in rows} == {"dev", "test"}
    for row in rows:
        assert row["deelwoord"] in row["zin"], row
        assert row["goed"] and all(g.strip() for g in row["goed"]), row
        assert row["bron"].startswith("http"), row


def test_examples_on_real_sentences_are_right():
    rows = yaml.safe_load(passief.DATA.read_text(encoding="utf8"))
    results = passief.measure(rows)
    given = [r for r in results if r["example"] is not None]
    right = [r for r in given if r["right"]]
    assert len(right) / len(given) >= 0.90, [(r["zin"], r["example"]) for r in given if not r["right"]]
    # the share of sentences with an example may not fall back (measured: 0.71 over all 660, with set J
    # in test, where the first run gave examples for 0.64 of the sentences)
    assert len(given) / len(results) >= 0.70
    dev = [r for r in given if r["deel"] == "dev"]
    # dev holds the sentences the rule was improved on: at most 2 in 100 examples may still be wrong
    # (measured 408/409 with sets H and I in dev)
    assert sum(r["right"] for r in dev) / len(dev) >= 0.98, [(r["zin"], r["example"]) for r in dev if not r["right"]]
