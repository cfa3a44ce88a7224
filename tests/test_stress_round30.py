"""Round 30: the parts of a letter on what the dev sets showed (a greeting
without 'Beste', a line that names who the letter is for), each with the case
it must leave alone."""
from __future__ import annotations

import pytest

from sample_letters import KIND, check_letter


def _parts(letter: str):
    from begrijpelijk.check.structure import parts
    from begrijpelijk.document import Document
    from begrijpelijk.readers import text as text_reader

    return parts(Document(path="brief.txt", source=letter, paragraphs=text_reader.paragraphs_of(letter)))


BODY = "Op maandag 12 maart beginnen wij met het werk in uw straat.\n\nHebt u vragen? Bel ons.\n\n"


@pytest.mark.parametrize(
    "greeting",
    ["Mevrouw, Mijnheer,", "Geachte heer, mevrouw,", "Spikerleden,", "Aan alle ouders,", "Geacht bestuur,"],
)
def test_a_greeting_without_beste_is_the_salutation(greeting):
    found = _parts(f"Werk in de straat\n\n{greeting}\n\n{BODY}Met vriendelijke groet,\n\nDe gemeente\n")
    assert found.salutation == 1 and found.body[0] == 2


@pytest.mark.parametrize("closing", ["Met sportieve groet,", "Namens het bestuur,"])
def test_a_closing_line_with_a_comma_is_no_greeting(closing):
    found = _parts(f"Werk in de straat\n\n{BODY}{closing}\n\nDe penningmeester\n")
    assert found.salutation is None and found.body == [1, 2] and found.closing == 3


def test_a_short_line_with_a_comma_after_the_first_sentence_is_no_greeting():
    found = _parts(f"Werk in de straat\n\n{BODY}Kortom,\n\nDe gemeente\n")
    assert found.salutation is None and 3 in found.body


def test_the_line_that_names_who_the_letter_is_for_is_not_its_first_sentence():
    letter = (
        "Bewonersbrief\n\nAan alle kinderen van 0-19 jaar uit de omgeving van de speelplek aan het Houtwolplantsoen\n\n"
        "Buitenspelen is gezond en leuk! We gaan de speelplek in jouw buurt opknappen.\n\nMet vriendelijke groet,\n\nDe gemeente\n"
    )
    found = _parts(letter)
    assert found.subject == [0, 1] and found.body[0] == 2


def test_a_month_ahead_is_the_core_in_a_long_first_paragraph():
    first = (
        "In de maanden januari en februari gaat de gemeente het groen in uw buurt snoeien. Op de kaart ziet u waar. "
        "Heeft u speciale wensen? Of wilt u juist dat er weinig weggaat? Laat het ons weten."
    )
    opening = "U bent welkom voor een eerste gesprek over uw geldzorgen. Wij helpen u graag."
    assert check_letter(KIND.replace(opening, first), "kern-eerst") == []
    looking_back = first.replace("In de maanden januari en februari gaat de gemeente het groen in uw buurt snoeien", "In januari en februari heeft de gemeente het groen in uw buurt gesnoeid")
    assert check_letter(KIND.replace(opening, looking_back), "kern-eerst")


@pytest.mark.parametrize(
    "sentence",
    [
        "We doen ons uiterste best om u tijdig te informeren, maar er zijn weinig medewerkers.",  # what we do for the reader
        "Om de controles zo snel mogelijk klaar te hebben, willen wij werken met drie ouders per klas.",  # our aim
    ],
)
def test_our_own_aim_is_no_term_for_the_reader(sentence):
    assert check_letter(sentence, "vage-termijn") == []


@pytest.mark.parametrize(
    "sentence, found",
    [
        ("Uw zienswijze moet binnen de daarvoor gestelde termijn worden ingediend.", "binnen de daarvoor gestelde termijn"),
        ("U dient ons tijdig te informeren over wijzigingen.", "tijdig"),
        ("Om het zo snel mogelijk te regelen, stuurt u het formulier terug.", "zo snel mogelijk"),
        ("Zeg uw afspraak minimaal 2 volle praktijkwerkdagen voorafgaand aan uw afspraak af.", "minimaal 2 volle praktijkwerkdagen voorafgaand"),
        # the review of round 30: a purpose clause without a comma, our request to the reader
        ("Om in aanmerking te komen voor de korting moeten ouders zich zo snel mogelijk aanmelden.", "zo snel mogelijk"),
        ("Wij verzoeken u tijdig te berichten of u komt.", "tijdig"),
    ],
)
def test_a_term_for_the_reader_without_a_date(sentence, found):
    assert [f.text for f in check_letter(sentence, "vage-termijn")] == [found]


@pytest.mark.parametrize("text", ["Niet nagekomen afspraak", "Een niet nagekomen afspraak is een afspraak die u niet afzegt."])
def test_a_kind_of_appointment_is_no_reproach(text):
    assert check_letter(text, "schuld-toon") == []


@pytest.mark.parametrize("text", ["U bent uw afspraak niet nagekomen.", "Omdat u de regeling niet nagekomen bent, stoppen wij."])
def test_what_the_reader_did_not_do_is(text):
    assert [f.text for f in check_letter(text, "schuld-toon")] == ["niet nagekomen"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Deelname aan dit onderhoud is verplicht!",
        "Houdt u er rekening mee dat een afspraak uiterlijk op woensdag dient te worden afgezegd!",
        "Wie te laat is, krijgt een boete!",
    ],
)
def test_an_exclamation_mark_on_a_duty_shouts(sentence):
    assert [f.message for f in check_letter(sentence, "hoofdletters-uitroep")] == ["Een uitroepteken bij een plicht of waarschuwing voelt als schreeuwen."]


def test_warm_exclamation_marks_do_not_shout():
    text = (
        "Heel erg bedankt voor jullie hulp! Samen moeten we het doen! Het was een mooie dag! Let op! Tot snel! "
        "Je moet echt een keer komen kijken, het is prachtig! Uiterlijk vrijdag hoort u of u gewonnen heeft! Gratis, dus geen boete!"
    )
    assert check_letter(text, "hoofdletters-uitroep") == []


def test_a_sentence_without_its_full_stop_after_the_salutation_stays_in_the_body():
    found = _parts("Beste lezer,\n\nAan het eind van deze maand gaat de bibliotheek dicht voor een grote verbouwing van de zaal\n\nWij zijn blij.\n\nMet vriendelijke groet,\n\nDe bieb\n")
    assert found.salutation == 0 and found.body == [1, 2]


def test_a_greeting_inside_a_sentence_is_no_closing():
    found = _parts("Beste lezer,\n\nMet een groet van de burgemeester begint om 20.00 uur het feest.\n\nBel ons gerust.\n\nMet vriendelijke groet,\n\nDe gemeente\n")
    assert found.body == [1, 2] and found.closing == 3


def test_rules_that_were_not_kept_are_a_reproach():
    assert [f.text for f in check_letter("De regels die niet nagekomen werden, staan hieronder.", "schuld-toon")] == ["niet nagekomen"]
