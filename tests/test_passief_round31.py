"""Round 31: a passive whose verb cluster holds a modal before 'worden' (sets 41 and 44)."""
from __future__ import annotations

import pytest

from conftest import rule_findings


@pytest.mark.parametrize(
    "sentence, found",
    [
        ("Als de rekening onbetaald blijft, zullen deze leden persoonlijk benaderd gaan worden.", "benaderd gaan worden"),
        ("De contributie die betaald hoeft te worden is lager.", "betaald hoeft te worden"),
        ("Het formulier dat ingevuld moet worden, staat online.", "ingevuld moet worden"),
    ],
)
def test_a_modal_inside_the_verb_cluster_keeps_the_passive(sentence, found):
    assert found in [f.text for f in rule_findings(sentence, "passief")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Wij hebben het formulier ingevuld en gaan het morgen versturen.",  # active, another clause
        "Het is gelukt om alles op tijd te doen.",  # a verb that takes 'zijn'
    ],
)
def test_no_passive_without_worden_in_the_cluster(sentence):
    assert rule_findings(sentence, "passief") == []
