from conftest import rule_findings


def test_auxiliary_far_from_main_verb():
    text = "Wij hebben uw aanvraag voor bijzondere bijstand van 3 februari 2027 voor de kosten van uw nieuwe bed ontvangen."
    findings = rule_findings(text, "tangconstructie")
    assert len(findings) == 1
    assert findings[0].text.startswith("hebben") and findings[0].text.endswith("ontvangen")


def test_separable_verb_far_apart():
    text = "Stuur het formulier met uw loonstroken van de afgelopen drie maanden en uw bankafschrift van deze maand terug."
    findings = rule_findings(text, "tangconstructie")
    assert len(findings) == 1 and findings[0].text.startswith("Stuur")


def test_close_together_passes():
    assert rule_findings("Wij hebben uw aanvraag ontvangen.", "tangconstructie") == []
    assert rule_findings("Wij kunnen uw aanvraag pas behandelen als alle papieren er zijn.", "tangconstructie") == []


def test_option_max_afstand():
    assert len(rule_findings("Wij hebben uw aanvraag van vorige week ontvangen.", "tangconstructie", max_afstand=2)) == 1
