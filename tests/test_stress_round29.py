"""Round 29: the stress checks on what the first run of sets 31 and 32 showed
(a teaser or small talk first, a thank-you line after the help, a term without a
date said in the passive, one word in capitals), each with the case it must leave alone."""
from __future__ import annotations

import pytest

from sample_letters import KIND, check_letter, stress_outcome

OPENING = "U bent welkom voor een eerste gesprek over uw geldzorgen. Wij helpen u graag."
HELP = "Hebt u vragen? Bel mij gerust. Ik ben Anna de Boer. Mijn nummer is 030 123 45 67. U kunt mij bellen van maandag tot en met donderdag, van 9.00 tot 12.00 uur."


@pytest.mark.parametrize(
    "opening",
    [
        "Woensdag 18 september is het zover! Wij gaan op schoolreis naar Duinrell.",  # a teaser
        "Wat is er veel regen deze week gevallen. Toch werken wij door in uw buurt.",  # small talk
        "U heeft vast de berichtgeving over de griepgolf gezien. Ook wij hebben zieke leraren.",  # what the reader saw
    ],
)
def test_a_first_sentence_that_does_not_say_what_it_is_about_fails(opening):
    assert check_letter(KIND.replace(OPENING, opening), "kern-eerst")


@pytest.mark.parametrize(
    "opening",
    [
        "Wat fijn dat u zich heeft aangemeld! U bent welkom voor een eerste gesprek.",
        "Wat moet u doen voor een eerste gesprek? Kom langs op dinsdag.",
        "Hierbij wil ik u hartelijk danken voor uw stem. Onze groep is nu de grootste in de commissie. Wij gaan hard aan het werk. U hoort snel meer.",
    ],
)
def test_news_a_question_or_thanks_first_passes(opening):
    assert check_letter(KIND.replace(OPENING, opening), "kern-eerst") == []


def test_a_thank_you_line_after_the_help_leaves_the_help_as_the_end():
    letter = KIND.replace(HELP, "Mochten jullie nog vragen hebben over de verbouwing, stel ze dan gerust!\n\nZoals altijd: heel erg bedankt voor jullie vertrouwen en flexibiliteit!")
    assert stress_outcome(letter, "positief-afsluiten") == "ok"


def test_a_thank_you_line_after_a_threat_still_fails():
    letter = KIND.replace(HELP, "Betaalt u niet, dan geven wij de vordering uit handen aan de deurwaarder.\n\nAlvast bedankt voor uw medewerking!")
    assert stress_outcome(letter, "positief-afsluiten") == "fail"


@pytest.mark.parametrize("end", ["Voor meer informatie kunt u bij ons terecht.", "U kunt op ons rekenen."])
def test_a_place_to_go_or_support_is_help(end):
    assert stress_outcome(KIND.replace(HELP, end), "positief-afsluiten") == "ok"


@pytest.mark.parametrize(
    "sentence, found",
    [
        ("Wil je dan zo snel als mogelijk een bericht sturen aan de ledenadministratie?", "zo snel als mogelijk"),
        ("Wilt u niet betalen via de app, dan dient dit tijdig kenbaar te worden gemaakt aan de penningmeester.", "tijdig"),
        ("Het formulier moet direct worden teruggestuurd.", "direct"),
    ],
)
def test_a_term_without_a_date(sentence, found):
    assert [f.text for f in check_letter(sentence, "vage-termijn")] == [found]


def test_the_organisations_own_passive_is_no_term_for_the_reader():
    assert check_letter("De aanvraag moet tijdig door de gemeente worden behandeld.", "vage-termijn") == []


def test_one_word_in_capitals_is_shouting_an_abbreviation_is_not():
    found = check_letter("Laat ons weten of u VOOR of TEGEN de vergunning bent. De MR vergadert op 3 mei.", "hoofdletters-uitroep")
    assert [f.text for f in found] == ["VOOR", "TEGEN"]
    assert check_letter("BELANGRIJKE DATA\n\nDe MR vergadert op 3 mei.", "hoofdletters-uitroep") == []


@pytest.mark.parametrize(
    "task, findings",
    [
        ("Wij vragen u het formulier volledig in te vullen en het uiterlijk 11 mei per mail terug te sturen.", 1),
        ("U dient het formulier in te vullen en op te sturen.", 1),
        ("Wij vragen u het formulier in te vullen, zodat wij u beter kunnen helpen.", 0),  # one task
    ],
)
def test_two_tasks_said_the_office_way_in_one_sentence(task, findings):
    letter = KIND.replace(OPENING, OPENING + "\n\n" + task)
    assert [f.message for f in check_letter(letter, "stappen")] == ["Deze zin geeft meer dan één opdracht."] * findings


def test_a_long_salutation_that_ends_with_its_comma_is_the_salutation():
    from begrijpelijk.check.structure import parts
    from begrijpelijk.document import Document
    from begrijpelijk.readers import text as text_reader

    letter = "Schoolreis\n\nBeste ouders/ verzorgers van de kinderen van groep 5,6 en 7,\n\nWoensdag gaan we naar Duinrell.\n\nMet vriendelijke groet,\n\nDe school\n"
    found = parts(Document(path="brief.txt", source=letter, paragraphs=text_reader.paragraphs_of(letter)))
    assert found.salutation == 1 and found.body[0] == 2


PAY_LETTER = """Beste leden,

De ledenvergadering heeft de contributie voor dit seizoen vastgesteld op 120 euro per jaar.

Betaal de contributie vóór 1 oktober 2027. Wie niet op tijd betaalt, mag niet meer meedoen aan wedstrijden.

Hebt u vragen? Bel de penningmeester, Anna de Boer: 030 123 45 67, op maandag van 9.00 tot 12.00 uur.

Met vriendelijke groet,

Het bestuur
"""


def test_a_letter_that_asks_for_money_must_say_how_to_pay():
    found = check_letter(PAY_LETTER, "actie-onduidelijk")
    assert [f.message for f in found] == ["De brief vraagt de lezer te betalen, maar zegt nergens hoe: er staat geen rekeningnummer of betaallink."]
    paid = PAY_LETTER.replace("vóór 1 oktober 2027.", "vóór 1 oktober 2027 op rekening NL12 RABO 0123 4567 89.")
    assert check_letter(paid, "actie-onduidelijk") == []
