"""Round 32: kern-eerst on first sentences of the labelled dev letters (sets 26-44):
small talk about the time of year, an update that says nothing, "Zoals u … heeft
gemerkt", and what happened at a moment that is surely past."""
from __future__ import annotations

import pytest

from sample_letters import KIND, check_letter

FIRST = "U bent welkom voor een eerste gesprek over uw geldzorgen."


def _fails(opening: str) -> bool:
    assert FIRST in KIND
    return bool(check_letter(KIND.replace(FIRST, opening), "kern-eerst"))


@pytest.mark.parametrize(
    "opening",
    [
        "Het kalenderjaar 2016 nadert zijn einde, een gezellige tijd.",
        "Het seizoen 2013/2014 loopt nagenoeg ten einde.",
        "Het 1e kwartaal van 2020 is alweer achter de rug.",
        "De winter heeft in Nederland zijn intrede gedaan.",
        "We zitten inmiddels in het nieuwe jaar.",
        "Allereerst namens het bestuur de beste wensen voor 2022.",
        "Graag even een update van onze vereniging in deze lastige tijd.",
        "Graag brengen wij u op de hoogte van een aantal belangrijke zaken.",
        "Zoals u in de vorige brief heeft kunnen lezen passen wij niet meer in het gebouw.",
        "Zoals u waarschijnlijk wel heeft gezien hebben de nutspartijen sleuven gegraven.",
        "Op 19 september j.l. hebt u een uitnodiging van de gemeente ontvangen.",
        "Vorig jaar november informeerde de gemeente u over de plannen.",
        "Afgelopen vrijdag zijn de stemmen van de ouders geteld.",
        "Enige tijd geleden bent u door de scholen geïnformeerd over de staking.",
    ],
)
def test_a_run_up_or_history_first_fails(opening):
    assert _fails(opening)


@pytest.mark.parametrize(
    "opening",
    [
        "Het schooljaar is weer begonnen, en dat betekent het verzoek om de ouderbijdrage te betalen.",
        "Afgelopen vrijdag is er duidelijkheid gekomen over de betaling van de kinderopvang.",  # 'komen' takes 'zijn': the news
        "Tot eind maart is de Dorpsstraat afgesloten.",  # a state, not what happened
        "U heeft te veel huurtoeslag gekregen.",
        "Afgelopen week is uw aanvraag goedgekeurd.",  # a decision is the news
        "Op dinsdag 12 mei a.s. komt de monteur bij u langs.",
    ],
)
def test_the_news_first_passes(opening):
    assert not _fails(opening)


def test_two_words_for_one_task_are_one_step():
    """"niet stop te zetten of te storneren" is one task in two words (set 22's labeller); 'en' makes two."""
    from conftest import rule_findings

    assert not rule_findings("Wij vragen u om deze incasso niet stop te zetten of te storneren.", "stappen")
    assert rule_findings("Wij vragen u het formulier in te vullen en het vóór 11 mei terug te sturen.", "stappen")


@pytest.mark.parametrize(
    "opening, fails",
    [
        # sets 45 and 46 after their first run
        ("Donderdag jl. kon ik u via een brief het goede nieuws meedelen over de school.", True),  # parser hangs 'kon' wrong
        ("Zoals een ieder ongetwijfeld weet is de lockdown verlengd tot en met 9 februari.", True),
        ("Het Scouting seizoen zit er weer op en alle speltakken kijken terug op een mooi kamp!", True),
        ("De zomerstop zit erop en dat betekent dat het tussendoren weer gaat beginnen.", False),
        ("Op 1 maart jl. hebben wij uw uitkering gestopt.", False),  # a decision is the news
    ],
)
def test_openings_of_sets_45_and_46(opening, fails):
    assert _fails(opening) is fails


@pytest.mark.parametrize(
    "opening, fails",
    [
        # sets 47 and 48 after their first run
        ("Zoals u wellicht al in het Eilanden Nieuws heeft gelezen, is het besluit genomen.", True),
        ("In aansluiting op de brief die is verspreid onder de inwoners, melden wij dit.", True),
        ("Allereerst willen wij u een prettige jaarwisseling wensen vanuit het bestuur.", True),
        ("Onderstaande mail is vandaag aan de voorzitter gestuurd:", True),
        ("Op de afsluitende feestmiddag van de Woonstichting was er de mogelijkheid om wensen te geven.", True),
        ("Afgelopen donderdag stemde de gemeenteraad in met het voorstel om 300 asielzoekers op te vangen.", False),
        ("Na de feestdagen gaat uw huur omhoog.", False),
    ],
)
def test_openings_of_sets_47_and_48(opening, fails):
    assert _fails(opening) is fails


@pytest.mark.parametrize(
    "opening",
    [
        # the review of round 32: the news, not history or small talk
        "Vorig jaar heeft u te veel huurtoeslag gekregen.",
        "Vorig kwartaal heeft u geen voorschot betaald.",
        "Vorig jaar is uw uitkering te hoog vastgesteld.",
        "U krijgt geld terug over het afgelopen jaar, omdat uw voorschotten te hoog zijn vastgesteld.",
        "De werkzaamheden in uw straat zitten erop.",
        "De verbouwing van uw woning is achter de rug.",
        "Uw contract loopt binnenkort ten einde.",
        "Uw WW-uitkering nadert haar einde.",
        "De school is dicht vanaf 20 december; wij wensen iedereen fijne feestdagen.",
        "Twee weken geleden is uw fiets weggehaald door de gemeente.",
        "Vorige week is de vergadering uitgesteld naar 12 mei.",
        "Op de ledenvergadering hebben de leden gekozen voor een hogere contributie.",
    ],
)
def test_the_news_after_the_review_passes(opening):
    assert not _fails(opening)


def test_the_message_quotes_the_opening_as_written():
    (finding,) = check_letter(KIND.replace(FIRST, "Zoals u j.l. heeft gelezen in de krant, gaat de school dicht."), "kern-eerst")
    assert "'Zoals u j.l. heeft …'" in finding.message


def test_whether_and_a_choice_are_two_tasks():
    from conftest import rule_findings

    assert rule_findings("Wij vragen u na te gaan of alles klopt, het formulier te ondertekenen.", "stappen")
    assert rule_findings("Wij verzoeken u het bedrag te betalen of een regeling af te spreken.", "stappen")


@pytest.mark.parametrize(
    "first",
    [
        "Jullie hebben ongetwijfeld al kennis genomen van de nieuwe maatregelen.",  # what the reader saw before (set 52)
        "In navolging van de brief die u afgelopen vrijdag gekregen heeft, sturen wij u dit bericht.",  # history first (set 52)
        "Het jaar 2022 ligt alweer een paar maanden achter ons.",  # the time of year first (set 55)
        "Het is bijna een dag geleden dat onze overheid ingrijpende maatregelen heeft getroffen.",  # history first (set 56)
    ],
)
def test_round_33_history_first_fails(first):
    assert _fails(first)


def test_in_navolging_van_others_is_the_news():
    """The review of round 33: only following up on a letter is history first."""
    assert not _fails("In navolging van andere gemeenten stopt Utrecht per 1 januari met het ophalen van oud papier.")


@pytest.mark.parametrize(
    "sentence",
    ["Zorg dat de schade binnen twee weken hersteld wordt.", "Wij verwachten dat de lekkage binnen 14 dagen gerepareerd wordt door uw installateur."],
)
def test_work_the_reader_must_see_to_keeps_its_vague_term(sentence):
    """The review of round 33: 'hersteld wordt' is the organisation's own work only when the reader need not see to it."""
    first = "U bent welkom voor een eerste gesprek over uw geldzorgen."
    assert check_letter(KIND.replace(first, first + " " + sentence), "vage-termijn")
    assert not check_letter(KIND.replace(first, first + " Wij keuren de bomen; dit zal zo snel mogelijk opgepakt worden."), "vage-termijn")


@pytest.mark.parametrize(
    "closing, ok",
    [
        ("Mocht u vragen hebben, dan horen wij het graag.", True),  # an offer to ask (labels of sets 34 and 41)
        ("Wanneer er verder vragen of opmerkingen zijn, laat het ons weten.", True),
        ("We zien u graag op dinsdag 24 januari.", True),  # an invitation
        ("Graag vraag ik in het bijzonder aandacht voor Zon op School.", False),  # 'graag' alone is no help (set 53)
        ("We hebben sinds 2012 vele moeders in nood kunnen helpen.", False),  # help given to others before, not offered
        ("Kom naar de vergadering op 28 november. Ik hoop u daar van harte te kunnen begroeten.", True),  # set 55
        ("Ik wens iedereen fijne feestdagen en hoop iets van jullie te vernemen in 2025.", True),  # set 56
        # the review of round 33
        ("Als u de vragen die wij hebben niet beantwoordt, stoppen wij uw uitkering.", False),
        ("Wij willen meer weten over uw inkomen. Stuur ons de loonstroken vóór 1 mei.", False),
        ("U kunt het formulier ook mailen naar de afdeling Belastingen.", False),
        ("Graag zien wij uw betaling binnen 14 dagen tegemoet.", False),  # a closing formula
        ("Onze medewerkers helpen graag als het invullen niet lukt.", True),
        ("Heeft u belangstelling en wilt u graag meer weten?", True),
    ],
)
def test_round_33_what_counts_as_help_at_the_end(closing, ok):
    from sample_letters import check_letter as check

    body, _last, greeting, name = KIND.rsplit("\n\n", 3)
    assert greeting == "Met vriendelijke groet,"
    text = "\n\n".join([body, closing, greeting, name])
    assert (not check(text, "positief-afsluiten")) is ok
