import pytest
from conftest import rule_findings


def test_jargon_word_with_plain_alternative():
    findings = rule_findings("Wij verzoeken u het formulier te retourneren.", "jargon")
    texts = {f.text: f for f in findings}
    assert set(texts) == {"verzoeken", "retourneren"}
    assert "'terugsturen'" in texts["retourneren"].suggestion


def test_inflected_form_is_found_by_lemma():
    findings = rule_findings("De gemeente retourneert het formulier.", "jargon")
    assert [f.text for f in findings] == ["retourneert"]
    assert "terugsturen" in findings[0].suggestion


def test_multi_word_expression():
    findings = rule_findings("Met betrekking tot uw aanvraag bellen wij u.", "jargon")
    assert [f.text for f in findings] == ["Met betrekking tot"]
    assert "'over'" in findings[0].suggestion


def test_split_verb_doen_toekomen():
    findings = rule_findings("Wij doen u het besluit toekomen.", "jargon")
    assert len(findings) == 1
    f = findings[0]
    assert f.text.startswith("doen") and f.text.endswith("toekomen")
    assert "'sturen'" in f.suggestion


def test_capitalised_at_sentence_start():
    findings = rule_findings("Indien u vragen hebt, bel ons.", "jargon")
    assert [f.text for f in findings] == ["Indien"]
    # the safe rewrite keeps the capital
    assert findings[0].edits[0].replacement == "Als"


def test_plain_letter_has_no_jargon():
    assert rule_findings("Als u vragen hebt, bel ons dan. Wij helpen u graag.", "jargon") == []


def test_allow_list_silences_a_word():
    from begrijpelijk import Settings, check_text

    settings = Settings(only={"jargon"}, allow_words=("retourneren",))
    assert check_text("Wilt u het formulier retourneren?", settings).findings == []


def test_separable_verb_with_its_particle_later_in_the_sentence():
    findings = rule_findings("Wij delen u mede dat uw aanvraag klaar is.", "jargon")
    assert len(findings) == 1
    assert findings[0].text.startswith("delen") and findings[0].text.endswith("mede")
    assert "laten weten" in findings[0].suggestion


def test_separable_verb_in_one_word():
    findings = rule_findings("Wij willen u mededelen dat uw aanvraag klaar is.", "jargon")
    assert [f.text for f in findings] == ["mededelen"]


def test_words_in_names_quotes_and_addresses_are_not_flagged():
    text = (
        "Lees de folder 'Retourneren en verstrekken' of mail naar retourneren@gemeente.nl. "
        "Kijk op www.verstrekken.nl voor de Stichting Onverwijld Helpen."
    )
    assert rule_findings(text, "jargon") == []


def test_separable_verb_before_its_subject():
    # inversion after a long opening: "… delen wij u mede", not "mede" = "ook"
    findings = rule_findings("Naar aanleiding van uw brief van 3 februari 2027 delen wij u mede dat alles klopt.", "jargon")
    texts = [f.text for f in findings]
    assert "delen wij u mede" in texts
    assert "mede" not in texts


def test_separable_verb_with_a_noun_particle():
    findings = rule_findings("Het gesprek vindt plaats in het stadhuis.", "jargon")
    assert [f.text for f in findings] == ["vindt plaats"]
    assert "'gebeuren'" in findings[0].suggestion


@pytest.mark.parametrize(
    "text, term",
    [
        ("Opschorten betekent dat u tijdelijk geen uitkering krijgt. Wij schorten uw uitkering op.", "opschorten"),
        ("Dan krijgt u een hersteltermijn. Dat is een periode waarin u de papieren nog kunt sturen.", "hersteltermijn"),
    ],
)
def test_a_term_the_letter_explains_is_not_jargon(text, term):
    """B1 guides: a term the reader needs may stay when the letter explains it."""
    assert not [f for f in rule_findings(text, "jargon") if term in f.text.lower()]


def test_an_adverb_before_is_is_no_explanation():
    assert [f.text for f in rule_findings("Thans is uw aanvraag in behandeling.", "jargon")][:1] == ["Thans"]
