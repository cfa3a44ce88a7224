"""`fix` on 155 hand-checked cases (benchmarks/data/fix-gevallen.yaml): real
sentences from government texts and the examples of issue 13. Every change
must be right Dutch; where a change is not sure, the sentence stays."""
import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import fix_cases  # noqa: E402


def test_fix_writes_exactly_the_checked_result():
    cases = yaml.safe_load(fix_cases.DATA.read_text(encoding="utf8"))
    assert len(cases) >= 150
    assert sum(c["tekst"] != c["verwacht"] for c in cases) >= 20  # it does fix things
    wrong = fix_cases.run(cases)
    assert not wrong, [(c["tekst"], out) for c, out in wrong]


def test_the_examples_of_the_issue_are_not_broken():
    for text, never in [
        ("Wij verzoeken u binnen 14 dagen na dagtekening van deze brief te reageren.", "van deze brief van deze brief"),
        ("Wij stellen u een vervangende woning ter beschikking.", "ter besluit"),
        ("U bent woonachtig in Utrecht.", "bent wonen"),
        ("Deze werkzaamheden worden in mei uitgevoerd.", "Deze werk "),
        ("Uw bezwaar wordt niet-ontvankelijk verklaard.", "genomen verklaard"),
        ("Er kan te veel uitkering zijn verstrekt.", "zijn geeft"),
    ]:
        assert never not in fix_cases.fixed(text), text
