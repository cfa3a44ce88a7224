import pytest
from conftest import rule_findings

LONG = (
    "Wij verzoeken u om de gevraagde gegevens, waaronder uw loonstroken van de afgelopen drie maanden "
    "en een recent bankafschrift, zo snel mogelijk aan ons te sturen, zodat wij uw aanvraag kunnen behandelen."
)


def test_long_sentence_is_flagged_with_its_length_and_a_split():
    findings = rule_findings(LONG, "lange-zin")
    assert len(findings) == 1
    f = findings[0]
    assert "heeft 32 woorden" in f.message
    assert f.text == LONG  # the whole sentence, exactly as in the source
    assert f.suggestion.startswith("Maak er twee zinnen van")


def test_short_sentences_pass():
    assert rule_findings("Stuur ons uw loonstroken. Stuur ook een bankafschrift mee.", "lange-zin") == []


def test_option_max_woorden():
    text = "Stuur ons vóór vrijdag uw loonstroken van de laatste drie maanden."
    assert rule_findings(text, "lange-zin") == []
    assert len(rule_findings(text, "lange-zin", max_woorden=5)) == 1


def test_phone_number_counts_as_one_word():
    # 20 words if the phone number is one word; 23 if it were split
    text = "U kunt ons bellen op 030 123 45 67 als u vragen hebt over deze brief of over het geld dat u krijgt."
    assert rule_findings(text, "lange-zin") == []



@pytest.mark.parametrize(
    "sentence, never",
    [
        ("Wij zijn open van maandag tot en met vrijdag van negen uur in de ochtend tot vijf uur in de middag voor al uw vragen.", "voor 'en'"),
        ("U kunt een of meer formulieren sturen naar het adres van de gemeente dat bovenaan deze brief staat bij de naam van uw consulent.", "voor 'of'"),
    ],
)
def test_a_split_hint_never_falls_inside_a_fixed_combination(sentence, never):
    findings = rule_findings(sentence, "lange-zin")
    assert len(findings) == 1
    assert never not in (findings[0].suggestion or "")
