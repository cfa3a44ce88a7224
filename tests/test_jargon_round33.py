"""Round 33: officialese that labellers of two or more sets marked and begrijpelijk missed,
each with the everyday use it must leave alone, and advice the judges of sets 49 and 50
found did not keep the sense."""
from __future__ import annotations

import pytest

from conftest import rule_findings


def _advice(text: str, rule: str = "jargon") -> dict[str, str]:
    return {f.text: f.suggestion for f in rule_findings(text, rule)}


@pytest.mark.parametrize(
    "sentence, word, start",
    [
        ("Wanneer de patiënt cq. zijn vertegenwoordiger niet betaalt, sturen wij een brief.", "cq.", "Schrijf 'of'."),
        ("De praktijkkosten worden doorbelast.", "doorbelast", "Schrijf in gewone woorden"),
        ("Wij belasten de kosten door aan u.", "belasten de kosten door", "Schrijf in gewone woorden"),
        ("In januari beleggen wij een vergadering.", "beleggen", "Schrijf 'houden'."),
        ("Wij bieden enkel opvang aan kinderen van ouders met een cruciaal beroep.", "enkel", "Schrijf 'alleen'."),
        ("We vervangen de aansluiting vanaf de erfgrens tot het riool.", "erfgrens", "Schrijf 'grens van uw tuin'"),
        ("Het is nodig om de vereniging in stand te houden.", "in stand te houden", "Schrijf 'te laten bestaan'"),
        ("Er worden opstallen geplaatst zonder vergunning.", "opstallen", "Schrijf 'schuurtje'"),
        ("Bij overmacht betaalt u niets.", "overmacht", "Leg uit wat 'overmacht' hier betekent."),
        ("Voor alle duidelijkheid: de datum van betaling telt.", "Voor alle duidelijkheid", "Laat het weg"),
        ("Betaal op de manier zoals aangegeven op de acceptgiro.", "zoals aangegeven", "Schrijf 'zoals … staat'"),
        ("De nutsbedrijven leggen nieuwe kabels.", "nutsbedrijven", "Schrijf 'bedrijf voor gas, water en stroom'"),
        ("Wie niet betaalt, wordt geroyeerd.", "geroyeerd", "Schrijf 'uit de vereniging zetten'"),
        ("Het bestuur stelt royement voor.", "royement", "Schrijf in gewone woorden"),
        ("Wij zijn verplicht € 5 per lid af te dragen aan de kas.", "af te dragen", "Schrijf 'te betalen'."),
        ("De bekendmaking staat in de krant.", "bekendmaking", "Schrijf 'aankondiging'."),
        ("Zo is de continuïteit van het onderwijs geborgd.", "continuïteit", "Schrijf in gewone woorden"),
        ("Uitnodiging tot kandidaatstelling", "kandidaatstelling", "Schrijf 'aanmelding als kandidaat'."),
        ("In de bebouwde kom rijdt u 50.", "bebouwde kom", "Schrijf in gewone woorden"),
        ("Dit heeft gevolgen voor de invulling van de activiteiten.", "invulling", "Schrijf in gewone woorden"),
        ("[naam] is directievoerder en begeleidt het werk.", "directievoerder", "Schrijf in gewone woorden"),
    ],
)
def test_office_words_the_labellers_of_several_sets_marked(sentence, word, start):
    assert _advice(sentence).get(word, "").startswith(start)


@pytest.mark.parametrize(
    "sentence, word",
    [
        ("U kunt uw geld beleggen bij de bank.", "beleggen"),  # investing money, not holding a meeting
        ("Dat is geen enkel probleem.", "enkel"),  # 'geen enkel' is 'not one'
        ("Er zijn enkele ouders die helpen.", "enkele"),  # 'enkele' is 'a few', not 'alleen'
        ("We spelen enkel en dubbel.", "enkel"),  # a single in tennis
    ],
)
def test_the_everyday_use_is_left_alone(sentence, word):
    assert word not in _advice(sentence)


def test_cq_keeps_the_sentence_whole():
    """'cq.' is an abbreviation: the sentence goes on after it."""
    from begrijpelijk import nlp

    text = "Wanneer de patiënt cq. zijn vertegenwoordiger niet betaalt, sturen wij een brief."
    assert [s.text for s in nlp.load()(text).sents] == [text]


def test_lessons_of_the_judges_of_sets_49_and_50():
    # 'aanmaning' in a letter that counts the reminder and the dunning letter as separate steps
    steps = _advice("Na de eerste herinnering sturen wij een aanmaning.")
    assert steps["aanmaning"].startswith("Leg uit wat een aanmaning is.")
    assert _advice("U krijgt een aanmaning als u niet betaalt.")["aanmaning"].startswith("Schrijf 'brief met de vraag om te betalen'.")
    # 'onverminderd' as an adverb is 'in full, as before'; the legal sense takes a noun group
    assert _advice("De stichting laat alle activiteiten onverminderd doorgaan.")["onverminderd"].startswith("Schrijf 'gewoon'")
    assert _advice("Dit geldt onverminderd uw recht op bezwaar.")["onverminderd"].startswith("Schrijf 'zonder af te doen aan'")
    # "een grote impact op" keeps its article and preposition with 'invloed'
    assert _advice("Dit heeft een grote impact op de economie.")["impact"].startswith("Schrijf 'invloed'")
    # a brook is no ditch
    assert "'waterloop'" in _advice("Het water stroomt door de watergang.")["watergang"]
