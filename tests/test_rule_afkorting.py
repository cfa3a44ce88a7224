from conftest import rule_findings


def test_abbreviation_not_written_out_is_flagged():
    findings = rule_findings("Vermeld uw BSN op het formulier.", "afkorting")
    assert [f.text for f in findings] == ["BSN"]
    assert "burgerservicenummer (BSN)" in findings[0].suggestion


def test_written_out_at_first_use_passes_and_later_uses_are_fine():
    text = "Vermeld uw burgerservicenummer (BSN) op het formulier. Uw BSN staat ook op uw paspoort."
    assert rule_findings(text, "afkorting") == []


def test_only_the_first_use_is_reported():
    findings = rule_findings("Het UWV betaalt. Het UWV belt u ook.", "afkorting")
    assert len(findings) == 1


def test_dotted_abbreviation_any_case():
    findings = rule_findings("I.v.m. uw verhuizing bellen wij u.", "afkorting")
    assert [f.text for f in findings] == ["I.v.m."]
    assert "in verband met" in findings[0].suggestion


def test_not_in_addresses_or_quotes():
    assert rule_findings("Mail naar info@uwv.nl of kijk op www.svb.nl.", "afkorting") == []
    assert rule_findings("Lees de folder 'Alles over de AOW' goed door.", "afkorting") == []
