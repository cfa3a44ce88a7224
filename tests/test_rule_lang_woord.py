from conftest import rule_findings


def test_long_compound_is_flagged():
    findings = rule_findings("Neem contact op met de uitkeringsinstantie.", "lang-woord")
    assert [f.text for f in findings] == ["uitkeringsinstantie"]
    assert "lettergrepen" in findings[0].message


def test_everyday_words_pass():
    assert rule_findings("U krijgt informatie over de gemeente en uw uitkering.", "lang-woord") == []


def test_options():
    text = "U krijgt een uitnodiging."
    assert rule_findings(text, "lang-woord") == []
    assert rule_findings("De woningcorporatie belt u.", "lang-woord", max_lettergrepen=9, max_letters=40) == []
