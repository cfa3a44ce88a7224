"""Round 34, the checklist on the first runs of sets 57-60 and the reviews: the parts of a
letter (a salutation under a date or a title in the same block, "Aan:" with the readers,
'Dagopvang' in a letterhead), 'verhaal' as a threat, short names in capitals, 'wanbetaler',
and 'graag bespreken' with someone else than the reader."""
from __future__ import annotations

import pytest

from begrijpelijk.check.structure import parts
from begrijpelijk.document import Document
from begrijpelijk.readers import text as text_reader

BODY = "Door de hoge kosten gaat de contributie omhoog. U betaalt vanaf 1 januari € 5 per maand meer.\n\n"


def _parts(letter: str):
    return parts(Document(path="brief.txt", source=letter, paragraphs=text_reader.paragraphs_of(letter)))


def _first_body_text(letter: str) -> str:
    found = _parts(letter)
    document_paragraphs = text_reader.paragraphs_of(letter)
    return document_paragraphs[found.first_body].text


@pytest.mark.parametrize("above", ["29-5", "Nieuwsbrief maart 2023", "Zaalcontributie 2021-2022\n12 mei 2021"])
def test_a_salutation_under_a_date_or_title_in_the_same_block_is_the_salutation(above):
    letter = f"{above}\nBeste leden en ouders,\n\n{BODY}Met vriendelijke groet,\n\nHet bestuur\n"
    found = _parts(letter)
    assert found.salutation == 0
    assert _first_body_text(letter).startswith("Door de hoge kosten")


@pytest.mark.parametrize("letterhead", ["Woonstichting De Kern\nDagelijks bereikbaar via 088 123 45 67", "Kinderdagverblijf De Vlinder\nDagopvang voor kinderen van 0-4 jaar"])
def test_a_word_that_starts_like_a_salutation_is_no_salutation(letterhead):
    """'Dagelijks' and 'Dagopvang' start with 'dag' (the review of round 34): the salutation is 'Beste huurder,'."""
    letter = f"{letterhead}\n\nBeste huurder,\n\n{BODY}Met vriendelijke groet,\n\nDe verhuurder\n"
    assert _parts(letter).salutation == 1
    assert _first_body_text(letter).startswith("Door de hoge kosten")


def test_a_sentence_above_the_salutation_keeps_the_block_in_the_body():
    """"Wij hebben nieuws." is a sentence, not a letterhead line: the block is not a salutation."""
    letter = f"Wij hebben nieuws.\nBeste leden,\n\n{BODY}Met vriendelijke groet,\n\nHet bestuur\n"
    assert _parts(letter).salutation != 0


@pytest.mark.parametrize(
    "addressee",
    # ("Aan: alle ouders/verzorgers" was read right before; it stays as a guard)
    ["Aan:\nDe directe bewoners en belangenbehartigers van de omgeving kruising Havenstraat/Kerklaan", "Aan: alle ouders/verzorgers"],
)
def test_aan_with_a_colon_and_the_readers_is_the_letterhead(addressee):
    letter = f"Aanpassing kruising\n\n{addressee}\n\n{BODY}Met vriendelijke groet,\n\nDe dorpsraad\n"
    assert _first_body_text(letter).startswith("Door de hoge kosten")


LETTER = (
    "Beste meneer Jansen,\n\n{}\n\nWij helpen u graag. Bel Anna de Boer: 030 123 45 67, op maandag tot en met donderdag "
    "van 9.00 tot 12.00 uur.\n\nMet vriendelijke groet,\n\nAnna de Boer{}\n"
)


@pytest.mark.parametrize(
    "opening, alarmed",
    [
        ("Wij horen graag uw verhaal over de afgelopen maanden, zodat wij u kunnen helpen met de nieuwe regels.", False),
        ("Wij horen graag uw verhaal, zodat wij samen kunnen kijken hoe u de kosten van uw huur kunt betalen.", False),
        ("Een mooi verhaal over de kerst in onze wijk.", False),
        ("Als u niet betaalt, halen wij verhaal en komen de kosten voor uw rekening.", True),
        ("Als u niet betaalt, zullen wij verhaal zoeken bij uw werkgever.", True),
        ("De gemeente neemt verhaal op u voor de bijstand die u te veel kreeg.", True),
    ],
)
def test_verhaal_is_a_threat_only_as_recourse(opening, alarmed):
    """'verhaal' (set 57: "je verhaal") frightens only as recourse: 'verhaal halen', 'zoeken', 'nemen'
    (the review of round 34: a bag of words let "uw verhaal … de kosten" through, and missed 'zoeken')."""
    from sample_letters import check_letter

    words = [f.message.split("'")[1] for f in check_letter(LETTER.format(opening, ""), "dreigend-begin")]
    assert ("verhaal" in words) is alarmed


@pytest.mark.parametrize(
    "opening, signature, shouts",
    [
        ("Wij hebben nieuws over uw huur: die blijft gelijk.", ", secretaris HB HSV", False),
        ("De GGD RIVM adviseert iedereen om thuis te blijven.", "", False),
        ("Wij hebben nieuws over uw huur: die blijft gelijk.", "\n\nLET OP", True),
        ("Wij hebben nieuws over uw huur: die blijft gelijk.", "\n\nNU NIET", True),
        ("BEL ONS als u vragen heeft over uw huur.", "", True),  # short Dutch words (the review of round 34)
        ("DOE MEE en neem uw buren mee naar de avond.", "", True),
    ],
)
def test_short_names_in_capitals_side_by_side_are_no_shouting(opening, signature, shouts):
    """"[naam], secretaris HB HSV" (set 58) is two short names; "LET OP", "BEL ONS" and "DOE MEE" shout."""
    from sample_letters import check_letter

    assert bool(check_letter(LETTER.format(opening, signature), "hoofdletters-uitroep")) is shouts


def test_wanbetaler_is_a_label_that_blames_the_reader():
    """"onze wanbetalende leden" (set 59; sets 19 and 31 label 'wanbetaler' the same way)."""
    from sample_letters import check_letter

    found = check_letter(LETTER.format("Dit is een laatste poging om onze wanbetalende leden te bereiken: betaal vóór 1 mei.", ""), "schuld-toon")
    assert [f.text for f in found] == ["wanbetalende"]


@pytest.mark.parametrize(
    "last, helps",
    [
        ("Zodra de verbouwing klaar is, maken we de balans op en die willen we graag bespreken met het bestuur.", False),
        ("Wilt u meer weten? Dat bespreken we graag met u.", True),
        ("Wij willen dit graag met u bespreken.", True),
    ],
)
def test_discussing_it_with_others_is_no_help_for_the_reader(last, helps):
    """'graag bespreken met het seniorennetwerk' (set 59) offers the reader nothing."""
    from sample_letters import check_letter

    letter = f"Beste leden,\n\nDe contributie blijft dit jaar gelijk: € 20 per maand.\n\n{last}\n\nMet vriendelijke groet,\n\nHet bestuur\n"
    assert (check_letter(letter, "positief-afsluiten") == []) is helps
