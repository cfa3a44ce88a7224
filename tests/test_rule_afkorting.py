import pytest
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


def test_a_dotted_abbreviation_of_officialese_gets_the_plain_word():
    findings = rule_findings("Wij betalen dit t.b.v. uw aanvraag.", "afkorting")
    assert findings[0].edits[0].replacement == "voor"
    assert "ten behoeve van" in findings[0].suggestion


@pytest.mark.parametrize("abbreviation", ["dd.", "art.", "ca.", "etc."])
def test_more_dotted_abbreviations(abbreviation):
    findings = rule_findings(f"Zie de brief {abbreviation} 5 maart en de regels.", "afkorting")
    assert [f.text for f in findings] == [abbreviation]


@pytest.mark.parametrize(
    "text, found",
    [
        ("Het belastingkantoor GBLT int de belasting.", ["GBLT"]),
        ("U hebt een diploma op HAVO-niveau nodig.", ["HAVO"]),
        ("Dit geldt b.v. voor uw inkomen.", ["b.v."]),
        ("De onroerende-zaakbelasting (OZB) betaalt u elk jaar. De OZB is een belasting.", []),
        ("LET OP: betaal op tijd.", []),  # a line of capitals shouts, it abbreviates nothing
        ("Stuur het naar Postbus 578, 2100 AN Heemstede.", []),  # a postcode
        ("Met vriendelijke groet, H.J.J. de Vries", []),  # initials
        ("Dit staat in hoofdstuk IV van de regels.", []),  # a Roman numeral
    ],
)
def test_an_abbreviation_the_list_does_not_know(text, found):
    assert [f.text for f in rule_findings(text, "afkorting")] == found


def test_dotted_abbreviation_the_tokenizer_splits():
    # the tokenizer gives 'v.v' and '.': the abbreviation is still found, with its dot
    findings = rule_findings("Het verkeer gaat via de Spoorlaan v.v. naar huis.", "afkorting")
    assert [f.text for f in findings] == ["v.v."] and findings[0].edits[0].replacement == "en andersom"
    near = rule_findings("U kunt parkeren t.h.v. het station.", "afkorting")
    assert [f.text for f in near] == ["t.h.v."] and "'bij'" in near[0].suggestion


@pytest.mark.parametrize(
    "sentence, found",
    [
        ("Ref.: [naam], tel. [telefoonnummer]", ["tel."]),  # '[telefoonnummer]' does not write 'telefoon' out
        ("Het bedrag kan overgemaakt worden t.n.v. FreshWay te Amsterdam.", ["t.n.v."]),
        ("AAN DE BEWONERS VAN NUMMER 5 EN 7", []),  # a line in capitals
        ("Het huis staat op ADRES in de wijk.", []),  # a word in capitals
        ("Hij gaat naar het ROC in de stad.", ["ROC"]),  # short: an abbreviation
        ("Neem contact op met DUS-I via de website.", ["DUS"]),
    ],
)
def test_round_24_abbreviations(sentence, found):
    from begrijpelijk import Settings, check_text

    assert [f.text for f in check_text(sentence, Settings(only={"afkorting"})).findings] == found


def test_a_dotted_abbreviation_is_not_defined_by_a_common_word_before_it():
    """Set 12 (dev): "Naar aanleiding van uw brief dd. 21 maart" — the 'van' of
    "naar aanleiding van" does not write 'dd.' out."""
    findings = rule_findings("Naar aanleiding van uw brief dd. 21 maart 2020 schrijf ik u.", "afkorting")
    assert [f.text for f in findings] == ["dd."]


def test_listed_abbreviations_inside_a_word_get_advice_without_an_edit():
    findings = rule_findings("Per 1 juli veranderen alle inkomsten, zoals WAO/WIA/WW en een Anw-uitkering.", "afkorting")
    assert [f.text for f in findings] == ["WAO", "WIA", "WW", "Anw"]
    assert all(not f.edits and "voluit" in f.suggestion for f in findings)


def test_a_hyphen_in_the_written_out_words_still_writes_them_out():
    assert rule_findings("De onroerende-zaakbelasting is gestegen. U betaalt nu meer OZB.", "afkorting") == []


def test_inside_a_word_only_what_was_written_out_before_counts():
    findings = rule_findings("U ontvangt een Anw-uitkering. Die Algemene nabestaandenwet regelt dat.", "afkorting")
    assert [f.text for f in findings] == ["Anw"]


@pytest.mark.parametrize(
    "sentence, found",
    [
        ("Ontvangt u bijstand voor de kosten van pgb beheer?", "pgb"),  # lower case, as schools and care write it
        ("Directie obs De Linde", "obs"),
        ("Beh. ambtenaar: [naam]", "Beh."),
    ],
)
def test_listed_abbreviations_in_the_way_letters_write_them(sentence, found):
    assert found in [f.text for f in rule_findings(sentence, "afkorting")]


@pytest.mark.parametrize(
    "sentence, found",
    [
        ("Schoolreisje voor groep 1 tm 7.", ["tm"]),  # 't/m' without its slash
        ("Maak het bedrag over tnv Ouderraad De Schatkist.", ["tnv"]),
        ("Ons verzoek is oa geweest dat de gemeente iedereen uitnodigt.", ["oa"]),
        ("Het bestuur van Stg. BOL verhoogt de prijzen.", ["Stg.", "BOL"]),  # "Stg." does not end the sentence
        ("Dit is NIET de bedoeling.", []),  # emphasis, no abbreviation
        ("Kom WEL op tijd naar school.", []),
        ("Maak het bedrag over op NL 55 RABO 0123 4567 89.", []),  # the bank's letters in an account number
    ],
)
def test_round_28_abbreviations(sentence, found):
    """Round 28 (sets 27-28, after their first run): abbreviations without their dots, a word
    in capitals for emphasis, and the bank code in an account number."""
    from begrijpelijk import Settings, check_text

    assert [f.text for f in check_text(sentence, Settings(only={"afkorting"})).findings] == found


@pytest.mark.parametrize(
    "sentence, found, replacement",
    [
        ("Het geld is tbv de schoolreis.", "tbv", "voor"),  # like 't.b.v.', not "ten behoeve van (tbv)"
        ("Kom zsm langs op het kantoor.", "zsm", "zo snel mogelijk"),
        ("Het OP en het OOP van de school krijgen een training.", "OOP", None),  # OP is left as emphasis ("Let OP")
    ],
)
def test_review_28_undotted_and_capitals(sentence, found, replacement):
    from begrijpelijk import Settings, check_text

    findings = {f.text: f for f in check_text(sentence, Settings(only={"afkorting"})).findings}
    assert found in findings
    assert [e.replacement for e in findings[found].edits] == ([replacement] if replacement else [])
