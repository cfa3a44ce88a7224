import pytest

from conftest import rule_findings


@pytest.mark.parametrize(
    "text, span",
    [
        ("Uw aanvraag wordt door ons behandeld.", "wordt door ons behandeld"),
        ("Het formulier is door de gemeente verstuurd.", "is door de gemeente verstuurd"),
        ("Er wordt contact met u opgenomen.", "wordt contact met u opgenomen"),
        ("Uw uitkering werd vorige maand stopgezet.", "werd vorige maand stopgezet"),
    ],
)
def test_passives_are_found_with_the_verb_group(text, span):
    findings = rule_findings(text, "passief")
    assert len(findings) == 1, [f.text for f in findings]
    assert findings[0].text == span
    assert "Schrijf wie het doet" in findings[0].suggestion


@pytest.mark.parametrize(
    "text",
    [
        "Hij is gisteren naar het gemeentehuis gekomen.",  # perfect tense with zijn
        "Wij hebben uw aanvraag gisteren gedaan.",  # perfect tense with hebben
        "Mijn moeder wordt ziek.",  # copula
        "Wij behandelen uw aanvraag binnen acht weken.",
        "De gestelde termijn is voorbij.",  # participle as adjective
    ],
)
def test_not_passive(text):
    assert rule_findings(text, "passief") == []


def test_impersonal_passive_gets_its_own_message():
    findings = rule_findings("Er wordt gebeld.", "passief")
    assert len(findings) == 1
    assert "Wij nemen contact met u op" in findings[0].suggestion


@pytest.mark.parametrize(
    "text, rewrite",
    [
        ("Uw aanvraag wordt door ons behandeld.", "Wij behandelen uw aanvraag."),
        ("Er wordt contact met u opgenomen.", "Wij nemen contact met u op."),
        ("Uw uitkering wordt volgende maand stopgezet.", "Wij zetten uw uitkering volgende maand stop."),
        ("Het formulier moet worden ondertekend.", "U moet het formulier ondertekenen."),
    ],
)
def test_concrete_active_rewrite_for_the_sentence(text, rewrite):
    findings = rule_findings(text, "passief")
    assert findings and f"'{rewrite}'" in findings[0].suggestion


def test_no_rewrite_when_someone_else_does_it():
    findings = rule_findings("Het formulier is door de gemeente verstuurd.", "passief")
    assert findings[0].suggestion == "Schrijf wie het doet: begin de zin met 'de gemeente' en gebruik het werkwoord 'versturen'."


@pytest.mark.parametrize(
    "form, expected",
    [("gestuurd", True), ("betaald", True), ("gegeven", True), ("gedaan", True), ("overgegaan", True),
     ("stopgezet", True), ("aangevraagd", True), ("overschreden", True), ("dictee", False),
     ("minister-president", False), ("voetbalfeest", False), ("werkwoord", False)],
)
def test_participle_shape(form, expected):
    from begrijpelijk.rules.passief import looks_like_participle

    assert looks_like_participle(form) is expected


def test_a_noun_the_tagger_calls_a_participle_is_no_passive():
    # "werkwoord" ends in -d like a participle; the part of speech says noun
    assert rule_findings("Lopen is een werkwoord.", "passief") == []
    assert rule_findings("Bart werd minister-president.", "passief") == []


@pytest.mark.parametrize(
    "text",
    ["Uw aanvraag wordt door ons binnen acht weken behandeld.", "Het besluit wordt door de gemeente genomen."],
)
def test_the_active_example_never_keeps_the_door_phrase(text):
    findings = rule_findings(text, "passief")
    assert len(findings) == 1
    assert " door " not in findings[0].suggestion
