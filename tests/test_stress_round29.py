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
        ("Uw formulier dient direct te worden teruggestuurd.", "direct"),
    ],
)
def test_a_term_without_a_date(sentence, found):
    assert [f.text for f in check_letter(sentence, "vage-termijn")] == [found]


@pytest.mark.parametrize(
    "sentence",
    ["De aanvraag moet tijdig door de gemeente worden behandeld.", "De storing moet direct worden verholpen.", "Wij vinden dat de schade meteen moet worden hersteld."],
)
def test_the_organisations_own_passive_is_no_term_for_the_reader(sentence):
    assert check_letter(sentence, "vage-termijn") == []


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


# the review of round 29: what the first versions of these checks got wrong


@pytest.mark.parametrize(
    "change, fails",
    [
        (("Betaal de contributie vóór 1 oktober 2027.", "Bel ons meteen als u de contributie niet kunt betalen. Kom vóór 1 oktober 2027 langs."), False),
        (("Betaal de contributie vóór 1 oktober 2027.", "U moet wel voldoen aan de voorwaarden. Kom vóór 1 oktober 2027 langs."), False),
        (("vóór 1 oktober 2027.", "vóór 1 oktober 2027 met de QR-code hieronder."), False),
        (("vóór 1 oktober 2027.", "vóór 1 oktober 2027. Geef het geld in een gesloten envelop mee naar de training."), False),
        (("Hebt u vragen?", "Mijn collega helpt u graag. Houd er rekening mee dat het druk is. Hebt u vragen?"), True),
        (("Betaal de contributie vóór 1 oktober 2027.", "Wij verzoeken u het bedrag vóór 1 oktober 2027 over te maken."), True),
        # the second review: ways to pay in whole words, more ways to ask
        (("Hebt u vragen?", "Neem ook uw apparaat mee. Met Pinksteren is er geen training. Hebt u vragen?"), True),
        (("Hebt u vragen?", "Wij houden rekening met uw situatie. Hebt u vragen?"), True),
        (("Betaal de contributie vóór 1 oktober 2027.", "Wij vragen u de contributie vóór 1 oktober 2027 over te maken aan de penningmeester."), True),
        (("Betaal de contributie vóór 1 oktober 2027.", "Vergeet niet de contributie vóór 1 oktober 2027 te betalen."), True),
        (("Betaal de contributie vóór 1 oktober 2027.", "Betaal de contributie vóór 1 oktober 2027, of bel ons als u niet kunt betalen."), True),
        (("Betaal de contributie vóór 1 oktober 2027.", "Wilt u liever in delen betalen? Bel dan de penningmeester vóór 1 oktober 2027."), False),
        (("Betaal de contributie vóór 1 oktober 2027.", "U moet weten dat u dit jaar niets extra hoeft te betalen. Kom vóór 1 oktober 2027 langs."), False),
    ],
)
def test_how_to_pay_is_read_from_the_way_not_from_any_word(change, fails):
    found = check_letter(PAY_LETTER.replace(*change), "actie-onduidelijk")
    assert bool(found) == fails


@pytest.mark.parametrize(
    "task",
    [
        "Wij vragen u het formulier in te vullen en wij hopen u snel te zien.",
        "Wij vragen u het formulier in te vullen, zodat wij u kunnen helpen en u niet te veel hoeft te betalen.",
        "U moet weten dat het lastig is om een baan te vinden en te houden.",
    ],
)
def test_verbs_after_te_in_another_clause_are_no_second_task(task):
    assert check_letter(KIND.replace(OPENING, OPENING + "\n\n" + task), "stappen") == []


@pytest.mark.parametrize(
    "opening",
    [
        "Op 1 april is het zover: dan krijgt u meer huurtoeslag.",
        "Wat een goed nieuws: u krijgt vanaf 1 april meer huurtoeslag.",
        "U heeft misschien gehoord dat de huurtoeslag omhoog gaat: u krijgt vanaf 1 april 40 euro per maand meer.",
    ],
)
def test_the_news_after_a_colon_is_the_core(opening):
    assert check_letter(KIND.replace(OPENING, opening), "kern-eerst") == []


@pytest.mark.parametrize(
    "end",
    [
        "Bent u het niet eens met dit besluit? Dan kunt u niet meer bij ons terecht. U kunt in beroep gaan bij de rechtbank.",
        HELP + "\n\nBedankt voor uw begrip. Betaalt u niet, dan komt de deurwaarder.",
    ],
)
def test_no_help_and_a_threat_after_thanks_still_fail(end):
    assert stress_outcome(KIND.replace(HELP, end), "positief-afsluiten") == "fail"


def test_capitals_at_the_end_of_a_sentence_and_on_a_form():
    found = check_letter("Dat mag NIET. Er waren 30 stemmen VOOR en 12 TEGEN.", "hoofdletters-uitroep")
    assert [f.text for f in found] == ["NIET", "VOOR", "TEGEN"]
    assert check_letter("Gaat u akkoord? JA / NEE. Gebruik de ingang (IN). Kenmerk: UIT 2027 0312", "hoofdletters-uitroep") == []


# the second review of round 29


@pytest.mark.parametrize(
    "task, findings",
    [
        ("Wij verzoeken u uw loonstroken mee te nemen en uw paspoort te laten zien.", 1),
        ("Graag vragen wij u de bijlage te lezen en het formulier te ondertekenen.", 1),
        ("Wij vragen u vriendelijk om het formulier in te vullen en het terug te sturen.", 1),
        ("Wij vragen u het formulier in te vullen, te ondertekenen en terug te sturen.", 1),
        ("U dient te weten dat wij u graag helpen en dat het niet moeilijk hoeft te zijn.", 0),
    ],
)
def test_two_tasks_the_office_way_as_the_parser_hangs_them(task, findings):
    letter = KIND.replace(OPENING, OPENING + "\n\n" + task)
    assert len(check_letter(letter, "stappen")) == findings


def test_a_pleasant_last_line_after_the_help_leaves_the_help_as_the_end():
    letter = KIND.replace(HELP, HELP + "\n\nNogmaals bedankt voor uw geduld. Tot ziens!")
    assert stress_outcome(letter, "positief-afsluiten") == "ok"


@pytest.mark.parametrize(
    "sentence, found",
    [
        ("De storing dient direct te worden verholpen.", []),  # the organisation's own task
        ("Wijzigingen in uw inkomen moeten direct worden doorgegeven.", ["direct"]),
        ("Dit moet direct worden gemeld bij de gemeente.", ["direct"]),
    ],
)
def test_a_duty_in_the_passive_is_the_readers_by_its_subject_or_its_verb(sentence, found):
    assert [f.text for f in check_letter(sentence, "vage-termijn")] == found


@pytest.mark.parametrize(
    "opening, fails",
    [
        ("Wat een weer: het regent al weken.", True),
        ("Het is weer zover: de zomer komt eraan.", True),
        ("U heeft misschien gehoord dat de bus sinds maandag om 7:15 vertrekt.", True),
        ("Op 1 april is het zover: dan krijgt u meer huurtoeslag.", False),
    ],
)
def test_a_colon_passes_only_with_news_for_the_reader(opening, fails):
    assert bool(check_letter(KIND.replace(OPENING, opening), "kern-eerst")) == fails


def test_capitals_before_a_date_in_brackets_and_a_plain_nee_shout():
    found = check_letter("Betaal VOOR 1 oktober. Vul dit deel (NIET verplicht) in. Wij zeggen NEE tegen uitstel.", "hoofdletters-uitroep")
    assert [f.text for f in found] == ["VOOR", "NIET", "NEE"]


def test_thanks_for_your_help_is_no_help_and_dank_u_wel_is_thanks():
    assert stress_outcome(KIND.replace(HELP, "De verbouwing duurt vier weken. Alvast bedankt voor jullie hulp daarbij."), "positief-afsluiten") == "fail"
    assert stress_outcome(KIND.replace(HELP, HELP + "\n\nDank u wel voor uw geduld."), "positief-afsluiten") == "ok"


@pytest.mark.parametrize(
    "opening, fails",
    [
        ("Goed nieuws! U krijgt vanaf 1 april meer huurtoeslag.", True),  # a cry without a verb
        ("Een nieuw kalenderjaar, een nieuwe schoolregel! Vanaf 1 januari is het schoolplein rookvrij.", True),
        ("Betaal vóór 1 mei! Dan is alles geregeld.", False),  # an order has its verb
        ("Welkom bij de schuldhulp! U krijgt een vaste contactpersoon.", False),  # the news of a welcome
    ],
)
def test_an_exclamation_without_a_verb_is_no_core(opening, fails):
    assert bool(check_letter(KIND.replace(OPENING, opening), "kern-eerst")) == fails


def test_help_refused_is_no_help():
    refused = "Wij hebben uw vraag bekeken. Wij kunnen u hiermee niet verder helpen."
    assert stress_outcome(KIND.replace(HELP, refused), "positief-afsluiten") == "fail"
    assert stress_outcome(KIND.replace(HELP, refused + " Bel het wijkteam: 14 020."), "positief-afsluiten") == "ok"
