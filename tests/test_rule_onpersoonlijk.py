from conftest import rule_findings


def test_impersonal_words_for_the_reader():
    findings = rule_findings("De aanvrager dient de stukken in te leveren. Men kan bezwaar maken.", "onpersoonlijk")
    assert [f.text for f in findings] == ["De aanvrager", "Men"]
    assert all("'u'" in f.suggestion for f in findings)


def test_letter_that_never_addresses_the_reader():
    text = (
        "De gemeente heeft de aanvraag voor bijzondere bijstand ontvangen. De aanvraag wordt binnen acht weken "
        "behandeld. Daarna volgt een besluit. Het besluit wordt per post verstuurd. Bij vragen is het team "
        "bereikbaar op werkdagen."
    )
    findings = rule_findings(text, "onpersoonlijk")
    assert any("nergens" in f.message for f in findings)


def test_letter_that_speaks_to_the_reader_passes():
    text = "Wij hebben uw aanvraag ontvangen. U hoort binnen acht weken van ons. Hebt u vragen? Bel ons dan."
    assert rule_findings(text, "onpersoonlijk") == []


def test_short_text_is_not_judged_as_a_letter():
    assert rule_findings("Het team helpt graag.", "onpersoonlijk") == []
